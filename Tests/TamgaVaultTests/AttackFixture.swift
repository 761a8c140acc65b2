import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// The vault every attack runs on, built once by the real `tamga` binary:
/// an administrator, an internal member (Ana), a State member (Liaison), a
/// contributor (Field), and two removed members (Gone, internal; Old admin,
/// an administrator), with the interview INT-2014-044 (detainee D-0042, whose
/// consent to be named to the State was granted and then withdrawn), the
/// visit report VR-2014-017, a policy set in the vault and a recommendation
/// response. The removed members' keys are kept from a copy taken before
/// their removal, as an insider would keep them.
final class AttackFixture: @unchecked Sendable {
    let cli: CLIVault
    /// The vault as it was before the removals (the insiders' own copy).
    let before: String
    /// The removed members' keys, opened before their removal.
    let removedKeys: [String: UnlockedVault]

    static func removed(_ name: String) throws -> UnlockedVault {
        try #require(try shared.get().removedKeys[name])
    }

    static let shared = Result { try AttackFixture() }

    static let members: [(name: String, clearance: String, administrator: Bool)] = [
        ("Ana", "internal", false), ("Liaison", "state", false), ("Field", "contributor", false),
        ("Gone", "internal", false), ("Old admin", "internal", true),
    ]

    private init() throws {
        let cli = try CLIVault()
        func run(_ arguments: [String]) throws {
            let result = try cli.run(arguments)
            guard result.status == 0 else { throw CLIVaultError(message: "tamga \(arguments.joined(separator: " ")): \(result.standardError)") }
        }
        for member in Self.members {
            let key = try cli.run(["member", "invite", "--name", member.name]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            try run(["member", "add", "--member", "Admin", member.name, key, "--clearance", member.clearance] + (member.administrator ? ["--administrator"] : []))
        }
        for example in ["INT-2014-044.md", "VR-2014-017.md"] {
            try run(["add", "--member", "Admin", try cli.folder.write(example, try CLIVault.example(example))])
        }
        try run(["person", "consent", "--member", "Admin", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "G. A."])
        try run(["person", "consent", "--member", "Admin", "D-0042", "--withdraw", "state", "--date", "2015-01-10", "--obtained-by", "G. A."])
        let policy = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        try run(["policy", "set", "--member", "Admin", try cli.folder.write("policy.yaml", policy + "\n# set in the vault\n")])
        try run(["rec", "respond", "--member", "Admin", "R-2014-017-1", "--from", "GSIN", "--date", "2015-02-01", "--status", "accepted"])
        let before = cli.folder.path("before-removals")
        try VaultFiles.copy(cli.vault, to: before)
        let paths = VaultPaths(root: URL(fileURLWithPath: cli.vault))
        var removedKeys: [String: UnlockedVault] = [:]
        for name in ["Gone", "Old admin"] {
            removedKeys[name] = try UnlockedVault.unlock(paths, memberName: name, allowTestParameters: true) {
                try SecretBytes(copying: Array(AttackCase.passphrase.utf8))
            }
        }
        self.cli = cli
        self.before = before
        self.removedKeys = removedKeys
        try run(["member", "remove", "--member", "Admin", "Gone"])
        try run(["member", "remove", "--member", "Admin", "Old admin"])
        try run(["check", "--member", "Admin"])
    }

    /// A fresh copy of the vault and of this machine's memory of it, for one case.
    func copy() throws -> AttackCase.Vault {
        let scratch = try TemporaryFolder("tamga-attack")
        try VaultFiles.copy(cli.vault, to: scratch.path("vault"))
        try VaultFiles.copy(cli.folder.path("state"), to: scratch.path("state"))
        return AttackCase.Vault(scratch: scratch, paths: VaultPaths(root: scratch.url.appendingPathComponent("vault")),
                                state: scratch.path("state"), before: before)
    }
}
