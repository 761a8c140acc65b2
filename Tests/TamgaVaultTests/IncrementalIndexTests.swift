import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Under the write lock, the index takes in only the entries its own process
/// appends (a batch add into a large vault then costs what it adds). Its
/// answers must equal those of a full read of the vault by a fresh process.
@Suite struct IncrementalIndexTests {
    /// A process that keeps the vault open (the web front end) and took the
    /// write lock once must see what other writers append after it let go.
    @Test func entriesOfOtherWritersAreSeenOnceTheLockIsReleased() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-2014-001")
        let server = try fixture.unlock()
        do {
            let lock = try VaultLock(vault: fixture.paths.root)
            server.holdingWriteLock(lock)
            _ = try VaultIndex.load(server)
            try fixture.addDocument("VR-2014-002", as: server)
            withExtendedLifetime(lock) {}
        }
        // Another process (its own memo) writes after the lock is released.
        try fixture.addDocument("VR-2014-003", as: try fixture.unlock())
        let seen = try VaultIndex.load(server)
        #expect(seen.documents.compactMap(\.entry?.id).contains("VR-2014-003"))
        #expect(seen.heads == (try VaultIndex.load(try fixture.unlock())).heads)
    }

    @Test func aBatchUnderTheLockEndsWhereAFullReadDoes() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-2014-001")
        try fixture.addMember("Aida", clearance: .state)

        let vault = try fixture.unlock()
        let lock = try VaultLock(vault: fixture.paths.root)
        vault.holdingWriteLock(lock)
        _ = try VaultIndex.load(vault)  // the full scan under the lock
        for n in 2...12 {
            try fixture.addDocument(String(format: "VR-2014-%03d", n), as: vault, body: "text \(n)")
        }
        let incremental = try VaultIndex.load(vault)
        withExtendedLifetime(lock) {}

        // A fresh process: no memo, the cache file only as a starting point,
        // and then with no cache at all.
        let fresh = try VaultIndex.load(try fixture.unlock())
        try FileManager.default.removeItem(at: LocalCache(vault: vault).file)
        let rebuilt = try VaultIndex.load(try fixture.unlock())
        for full in [fresh, rebuilt] {
            #expect(incremental.heads == full.heads)
            #expect(incremental.nextSequence == full.nextSequence)
            #expect(incremental.commits.revisions == full.commits.revisions)
            #expect(incremental.commits.objects == full.commits.objects)
            #expect(incremental.commits.removed == full.commits.removed)
            #expect(Set(incremental.contents.entries.keys) == Set(full.contents.entries.keys))
            #expect(incremental.documents.compactMap(\.entry?.id).sorted() == full.documents.compactMap(\.entry?.id).sorted())
        }
        #expect(incremental.documents.count == 12)
        #expect(incremental.heads.count == 1, "one chain: each entry names the one before")
    }

    /// Without the lock every read lists the log folder, so an entry another
    /// process wrote meanwhile is seen.
    @Test func withoutTheLockAnotherWritersEntryIsSeen() throws {
        let fixture = try VaultFixture()
        let reader = try fixture.unlock()
        try fixture.addDocument("VR-2014-001")
        #expect(try VaultIndex.load(reader).documents.count == 1)
        try fixture.addDocument("VR-2014-002")  // another UnlockedVault: another process, as far as the memo knows
        #expect(try VaultIndex.load(reader).documents.count == 2)
    }
}
