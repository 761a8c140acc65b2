import Foundation

/// `config.json`: the only plaintext file that is not a key or a signature.
/// It names the format (so another version refuses clearly) and the vault id
/// (which the keyring chain must reproduce).
public struct VaultConfig: Codable, Sendable, Equatable {
    public static let formatName = "tamga-vault/2"

    public var format: String
    public var vault: String

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
        guard config.format == formatName else {
            throw VaultError.unsupportedFormat(path: paths.config.path, found: config.format)
        }
        return config
    }
}
