import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// A command remembers the log entry it writes itself, not only the heads it
/// saw when it opened the vault: otherwise a keyless writer could delete the
/// newest entry (a black-out just recorded) and the next export would write
/// the face whole with nothing noticing (attacker, session 28).
@Suite struct LogFreshnessOwnEntryTests {
    @Test func deletingTheEntryTheLastCommandWroteIsARollback() throws {
        let f = try AttachmentFixture()
        let admin = try f.admin()
        _ = try VaultIndex.load(admin)
        let name = try admin.log(LogAction(action: "read", document: f.id, level: "internal"))
        try FileManager.default.removeItem(at: admin.paths.log.appendingPathComponent("\(name).json"))
        let next = try f.admin()
        #expect {
            _ = try VaultIndex.load(next)
        } throws: { error in
            guard case VaultError.rollback = error else { return false }
            return true
        }
    }

    @Test func theNextCommandStillOpensTheVault() throws {
        let f = try AttachmentFixture()
        let admin = try f.admin()
        _ = try VaultIndex.load(admin)
        _ = try admin.log(LogAction(action: "read", document: f.id, level: "internal"))
        _ = try admin.log(LogAction(action: "read", document: f.id, level: "internal"))
        #expect(throws: Never.self) { _ = try VaultIndex.load(try f.admin()) }
        #expect(VaultChecker.check(try f.admin()).isClean)
    }
}
