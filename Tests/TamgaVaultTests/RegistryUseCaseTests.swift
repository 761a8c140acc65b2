import Foundation
import Testing
import TamgaCore
import TamgaTestSupport
@testable import TamgaVault

/// The person retire, refresh, policy set and preview use cases called as a
/// front end would, without the CLI (issue 20).
@Suite struct RegistryUseCaseTests {
    let vault: InsiderFixture

    init() throws { vault = try InsiderFixture() }

    private func registryHas(_ id: String) throws -> Bool {
        try RedactionContext.load(try vault.admin(), loading: .none).registry.persons[id] != nil
    }

    @Test func aPersonStillDeclaredIsNotRetiredThenIsOnceDropped() throws {
        let admin = try vault.admin()
        #expect(throws: VaultError.self) { try PersonRetirement(vault: admin).retire("D-0042", reason: "declared in error") }
        #expect(try registryHas("D-0042"))
        try vault.add(vault.interviewWithoutPersons, as: admin)
        // No State or public version names him here: nothing to confirm (PersonRetireShowsTests: one that does).
        let retirement = PersonRetirement(vault: try vault.admin())
        #expect(try retirement.plan("D-0042").shownIn.isEmpty)
        _ = try retirement.retire("D-0042", reason: "declared in error")
        #expect(try !registryHas("D-0042"))
        #expect(throws: VaultError.unknownPerson(id: "D-9999")) { try PersonRetirement(vault: admin).retire("D-9999", reason: "x") }
    }

    @Test func aRefreshIsForMembersClearedInternal() throws {
        #expect(try ProjectionRefresh(vault: try vault.admin()).run() == 0)
        let state = try vault.base.addMember("Reader", clearance: .state)
        #expect(throws: VaultError.self) { try ProjectionRefresh(vault: state).run() }
    }

    @Test func aPolicyThatLoadsIsSetAndOneThatDoesNotIsRefused() throws {
        let admin = try vault.admin()
        let yaml = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let result = try PolicyChange(vault: admin).set(yaml: yaml, file: "default.yaml")
        #expect(try PolicyStore(paths: admin.paths).current(try vault.admin()).hash == result.hash)
        #expect(throws: (any Error).self) { try PolicyChange(vault: admin).set(yaml: "levels: [", file: "bad.yaml") }
        #expect(try PolicyStore(paths: admin.paths).current(try vault.admin()).hash == result.hash)
    }

    @Test func thePreviewIsWrittenToAFileOnlyAndTheReadIsLogged() throws {
        let admin = try vault.admin()
        let out = try TemporaryFolder("tamga-preview-out")
        #expect(throws: VaultError.self) { try DocumentPreview(vault: admin).write("INT-2014-044", output: "-") }
        let path = try DocumentPreview(vault: admin).write("INT-2014-044", output: out.url.path + "/")
        #expect(path.hasSuffix("INT-2014-044.preview.html"))
        #expect(String(decoding: try DurableFile.readAll(URL(fileURLWithPath: path)), as: UTF8.self).contains("NPM INTERNAL"))
        #expect(throws: VaultError.self) { try DocumentPreview(vault: admin).write("INT-2014-044", output: path) }
    }
}
