import Foundation

/// A vault driven through the built binary, for end-to-end tests: its own
/// folder, passphrase file, machine-state folder and the test-only fast KDF.
public final class CLIVault: @unchecked Sendable {
    public let folder: TemporaryFolder
    public let tamga = TamgaBinary()
    public let passphrase = "correct horse battery staple"

    public var vault: String { folder.path("vault") }
    public var passphraseFile: String { folder.path("passphrase") }

    public var environment: [String: String] {
        ["TAMGA_PASSPHRASE_FILE": passphraseFile, "TAMGA_TEST_ONLY_WEAK_KDF": "1",
         "XDG_STATE_HOME": folder.path("state"), "TAMGA_VAULT": vault]
    }

    /// A new folder; with `initialise`, a vault with administrator "Admin" in it.
    public init(initialise: Bool = true) throws {
        folder = try TemporaryFolder("tamga-e2e")
        try folder.write("passphrase", passphrase + "\n")
        if initialise {
            let result = try run(["init", "--name", "Admin"])
            guard result.status == 0 else {
                throw CLIVaultError(message: "init failed: \(result.standardError)")
            }
        }
    }

    /// Runs tamga against this vault.
    public func run(_ arguments: [String], input: String? = nil, extra: [String: String] = [:]) throws -> TamgaBinary.Result {
        try tamga.run(arguments, input: input, environment: environment.merging(extra) { $1 }, in: folder.url)
    }

    /// Paths of every regular file in the vault, relative to it, sorted.
    public func files() -> [String] {
        let root = URL(fileURLWithPath: vault)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            result.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return result.sorted()
    }

    /// A copy of an example document.
    public static func example(_ name: String) throws -> String {
        try String(contentsOf: RepositoryPaths.examples.appendingPathComponent(name), encoding: .utf8)
    }

    /// The example visit report VR-2014-017 with the detainee D-0042 declared.
    /// The example names Aibek Sadykov without declaring him; only the
    /// interview INT-2014-044 declares him, so destroying the interview is
    /// refused while the report names him (issue 18, L9).
    public static func reportDeclaringTheDetainee() throws -> String {
        try example("VR-2014-017.md").replacingOccurrences(
            of: "persons:\n", with: "persons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n")
    }

    /// Adds that revision of VR-2014-017 (as `member` when given), so that
    /// INT-2014-044 can be destroyed.
    public func declareTheDetaineeInTheReport(member: String? = nil) throws {
        let file = try folder.write("VR-2014-017.declaring.md", try Self.reportDeclaringTheDetainee())
        let result = try run(["add", file] + (member.map { ["--member", $0] } ?? []))
        guard result.status == 0 else { throw CLIVaultError(message: "declaring D-0042 in VR-2014-017: \(result.standardError)") }
    }
}

public struct CLIVaultError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
