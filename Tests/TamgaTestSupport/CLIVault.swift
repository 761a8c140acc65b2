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
}

public struct CLIVaultError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
