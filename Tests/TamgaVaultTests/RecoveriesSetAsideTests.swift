import Testing
@testable import TamgaVault

/// Which erase entries `CommitIndex` sets aside as the same recovery made
/// twice apart (attacker session 39, F4), from clear fields only. Only
/// recoveries of exactly the same erasures are one: two plain erasures made
/// apart, or a recovery beside an erasure it did not see, stay two erasures
/// apart (the document stays lost, fail closed).
@Suite struct RecoveriesSetAsideTests {
    static let folder = String(repeating: "b", count: 64)
    static func part(_ n: Int) -> String { "documents/\(folder)/internal/" + String(repeating: String(n % 10), count: 64) }

    typealias Entries = [String: (previous: [String], objects: [String], erased: [String])]

    /// root ← ea, eb (two erasures apart) ← ra, rb (each descends from both).
    static func recoveredTwice() -> Entries {
        ["root": ([], [part(0)], []), "ea": (["root"], [part(1)], [folder]), "eb": (["root"], [part(2)], [folder]),
         "ra": (["ea", "eb"], [part(3)], [folder]), "rb": (["ea", "eb"], [part(4)], [folder])]
    }

    @Test func twoRecoveriesOfTheSameErasuresReadTheLowestName() {
        let (outdated, kept) = CommitIndex.erasedObjects(Self.recoveredTwice())
        #expect(!outdated.contains(Self.part(3)), "ra, the lowest name, is read")
        #expect(outdated.contains(Self.part(4)) && !kept.contains(Self.part(4)), "rb is superseded, its files may go")
        #expect(outdated.isSuperset(of: [Self.part(0), Self.part(1), Self.part(2)]))
        #expect(!kept.contains(Self.part(1)) && !kept.contains(Self.part(2)))
    }

    @Test func twoPlainErasuresApartAreNotSetAside() {
        var entries = Self.recoveredTwice()
        entries["ra"] = nil
        entries["rb"] = nil
        let (outdated, kept) = CommitIndex.erasedObjects(entries)
        #expect(outdated.contains(Self.part(1)) && outdated.contains(Self.part(2)))
        #expect(kept.contains(Self.part(1)) && kept.contains(Self.part(2)), "still lost, kept for a recovery")
    }

    @Test func aRecoveryBesideAnErasureItDidNotSeeIsNotSetAside() {
        var entries = Self.recoveredTwice()
        // rb also saw a third erasure ec, which ra did not: they do not say the same.
        entries["ec"] = (["root"], [Self.part(5)], [Self.folder])
        entries["rb"] = (["ea", "eb", "ec"], [Self.part(4)], [Self.folder])
        let (outdated, kept) = CommitIndex.erasedObjects(entries)
        #expect(outdated.contains(Self.part(3)) && outdated.contains(Self.part(4)))
        #expect(kept.contains(Self.part(3)) && kept.contains(Self.part(4)), "two erasures apart again: both kept, none read")
    }
}
