import Foundation

/// `config.json`: the only plaintext file that is not a key or a signature.
/// It names the format (so another version refuses clearly) and the vault id
/// (which the keyring chain must reproduce).
public struct VaultConfig: Codable, Sendable, Equatable {
    /// What `tamga init` writes: format 3 seals each document to its own
    /// data keys (`DocumentKeys`, issue 18). Format 2 vaults are read and
    /// written as before (parts sealed to the level keys); an older tamga
    /// refuses format 3 rather than report every new part as "no key".
    public static let formatName = "tamga-vault/3"
    /// The format before data keys, still read and written (issue 18).
    public static let formatWithoutDataKeys = "tamga-vault/2"
    /// Every format this tamga reads.
    public static let readableFormats: Set<String> = [formatWithoutDataKeys, formatName]

    public var format: String
    public var vault: String

    /// Whether new parts and attachments are sealed to document keys. The
    /// signed keyring says so too (`KeyringBody.dataKeys`), and the two must
    /// agree: config.json is not signed, and turning "3" into "2" would
    /// otherwise make every writer stop using data keys unnoticed.
    public var usesDocumentKeys: Bool { format == Self.formatName }

    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Reads and checks the config of the vault at `paths`.
    public static func load(_ paths: VaultPaths) throws -> VaultConfig {
        guard FileManager.default.fileExists(atPath: paths.config.path) else {
            throw VaultError.notAVault(path: paths.root.path)
        }
        let bytes = try DurableFile.readAll(paths.config)
        guard let config = try? JSONDecoder().decode(VaultConfig.self, from: Data(bytes)) else {
            throw VaultError.damaged(path: "config.json", problem: "not a vault configuration")
        }
        guard readableFormats.contains(config.format) else {
            throw VaultError.unsupportedFormat(path: paths.config.path, found: config.format)
        }
        return config
    }
}
