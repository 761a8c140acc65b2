import Foundation
import Testing
import TamgaCore
import TamgaTestSupport
@testable import TamgaVault

/// Erasures of one document made apart on two copies (attacker session 38,
/// #2): while the document is unreadable, redaction refuses (a third person
/// only it declares would otherwise lose protection), and `ErasureRecovery`
/// brings it back with every erased person erased. Here one copy erased
/// two persons one after the other and the other copy a third: the side
/// that saw two is recovered (one person left to erase), and no erased name
/// comes back from the side that saw one.
@Suite struct ErasureRecoveryTests {
    static let persons = [("D-0061", "Bakyt Osmonov"), ("D-0062", "Cholpon Aitieva"), ("D-0063", "Nurlan Dzhaparov"),
                          ("R-0064", "Gulzat Osmonova")]

    @Test func threeErasuresApartAreRecoveredWithEveryErasedPersonErased() throws {
        let f = try InsiderFixture()
        let declared = Self.persons.map { id, name in "  \(id):\n    name: \(name)\n    role: \(id.hasPrefix("R") ? "relative" : "detainee")\n" }
        try f.add(Array(("---\nid: INT-2014-060\nkind: interview\ntitle: Interview, IVS-1\ndate: 2014-12-01\npersons:\n"
            + declared.joined() + "---\n\n" + Self.persons.map(\.1).joined(separator: ", ") + " were heard.\n").utf8), as: try f.admin())
        // Another document names the relative, whom only the interview declares.
        try f.add(Array("---\nid: VR-2014-061\nkind: visit-report\ntitle: Visit\ndate: 2014-12-02\nlevel: state\n---\n\nGulzat Osmonova complained.\n".utf8),
                  as: try f.admin())
        let admin = try f.admin()
        let context = try RedactionContext.load(admin, loading: .none)
        let scans = try Self.persons.prefix(3).map { id, _ in
            try ErasureScan(person: try #require(context.registry.persons[id]), registry: context.registry, names: context.names,
                            policy: context.policy.policy)
        }
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        let copy = try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        _ = try VaultIndex.load(copy)
        _ = try PersonErasure(vault: admin).erase("D-0061", reason: "erasure asked")
        _ = try PersonErasure(vault: try f.admin()).erase("D-0063", reason: "erasure asked")
        _ = try PersonErasure(vault: copy).erase("D-0062", reason: "erasure asked")
        for relative in try PersonErasureTests.files(under: ["log", "documents", "datakeys"], in: backup)
        where !FileManager.default.fileExists(atPath: admin.paths.root.appendingPathComponent(relative).path) {
            let target = admin.paths.root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: backup.appendingPathComponent(relative), to: target)
        }
        let merged = try f.admin()
        #expect(!(try VaultIndex.load(merged).lostToErasuresApart.isEmpty))
        // Fail closed: the relative left the registry with the interview, so nothing is projected or exported.
        #expect(throws: VaultError.self) { try RedactionContext.load(merged, loading: .none) }
        #expect(throws: VaultError.self) { try ExportService(vault: merged, documents: ["VR-2014-061"]) }

        let outcome = try ErasureRecovery(vault: merged).recover()
        #expect(outcome.recovered.map(\.document) == ["INT-2014-060"] && outcome.recovered.map(\.person) == ["D-0062"])
        #expect(outcome.recovered.first?.alsoErased == [], "the side that saw two erasures is the one recovered")
        let after = try f.admin()
        for (path, text) in try PersonErasureTests.liveTexts(after) {
            for scan in scans { #expect(scan.hits(in: text).isEmpty, "\(path) names \(scan.personID)") }
        }
        let registry = try RedactionContext.load(after, loading: .none).registry
        #expect(["D-0061", "D-0062", "D-0063"].allSatisfy { registry.persons[$0]?.erased == true })
        #expect(registry.persons["R-0064"]?.erased == false)
        let state = try ExportService(vault: after, documents: ["VR-2014-061"]).export(["VR-2014-061"], for: .state, as: .markdown)[0].export.text
        #expect(!state.contains("Osmonova"), "\(state)")
        _ = try VaultMaintenance(vault: after).tidy()
        #expect(!VaultChecker.check(try f.admin()).problems.contains { $0.description.contains("erasure made apart") })
        #expect(throws: VaultError.self) { try ErasureRecovery(vault: try f.admin()).recover() }
    }

    /// The same, recovered on the copy that saw one erasure only (it holds
    /// only its own side's data keys): the two persons the other copy
    /// erased are erased again, the first by the recovery, the other after.
    @Test func theSideThatSawOneErasureRecoversAndErasesBothOthers() throws {
        let f = try InsiderFixture()
        let declared = Self.persons.map { id, name in "  \(id):\n    name: \(name)\n    role: \(id.hasPrefix("R") ? "relative" : "detainee")\n" }
        try f.add(Array(("---\nid: INT-2014-060\nkind: interview\ntitle: Interview, IVS-1\ndate: 2014-12-01\npersons:\n"
            + declared.joined() + "---\n\n" + Self.persons.map(\.1).joined(separator: ", ") + " were heard.\n").utf8), as: try f.admin())
        let admin = try f.admin()
        let context = try RedactionContext.load(admin, loading: .none)
        let scans = try Self.persons.prefix(3).map { id, _ in
            try ErasureScan(person: try #require(context.registry.persons[id]), registry: context.registry, names: context.names,
                            policy: context.policy.policy)
        }
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        let unlock = { try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() } }
        _ = try VaultIndex.load(try unlock())
        _ = try PersonErasure(vault: admin).erase("D-0061", reason: "erasure asked")
        _ = try PersonErasure(vault: try f.admin()).erase("D-0063", reason: "erasure asked")
        _ = try PersonErasure(vault: try unlock()).erase("D-0062", reason: "erasure asked")
        // The other copy's log and parts arrive; its erasures' data keys stay where they were made.
        for relative in try PersonErasureTests.files(under: ["log", "documents"], in: admin.paths.root)
        where !FileManager.default.fileExists(atPath: backup.appendingPathComponent(relative).path) {
            let target = backup.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: admin.paths.root.appendingPathComponent(relative), to: target)
        }
        let outcome = try ErasureRecovery(vault: try unlock()).recover()
        #expect(outcome.recovered.count == 1 && Set([outcome.recovered[0].person] + outcome.recovered[0].alsoErased) == ["D-0061", "D-0063"],
                "\(outcome.recovered)")
        let after = try unlock()
        for (path, text) in try PersonErasureTests.liveTexts(after) {
            for scan in scans { #expect(scan.hits(in: text).isEmpty, "\(path) names \(scan.personID)") }
        }
        let registry = try RedactionContext.load(after, loading: .none).registry
        #expect(["D-0061", "D-0062", "D-0063"].allSatisfy { registry.persons[$0]?.erased == true })
        #expect(registry.persons["R-0064"]?.erased == false)
    }
}
