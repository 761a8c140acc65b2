import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// `tamga check` compares every attachment it can open with the hash recorded at intake.
@Suite struct AttachmentCheckTests {
    @Test func checkReportsContentThatDoesNotMatchTheRecordedHash() throws {
        let f = try AttachmentFixture()
        let vault = try f.admin()
        let good = try AttachmentStore(vault: vault).attach(try f.file([1, 2, 3]), to: f.id)
        #expect(VaultChecker.check(vault).problems.isEmpty)
        let bad = try AttachmentIntakeTests.storeRaw([4, 5, 6], recorded: AttachmentFixture.sha256([4, 5]), in: f, vault: vault)
        let problems = VaultChecker.check(try f.admin()).problems
        #expect(problems.count == 1 && problems.first?.path.hasSuffix(bad) == true && problems.first?.path.hasSuffix(good.object) == false)
    }
}
