import Foundation
import TamgaCore

/// Where each kind of file lives in a vault (docs/VAULT-FORMAT.md, Layout).
/// One place, so no caller builds a path by hand.
public struct VaultPaths: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Resolves the vault folder: `--vault DIR`, else `TAMGA_VAULT`, else `./vault`.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> VaultPaths {
        let path = option ?? environment["TAMGA_VAULT"].flatMap { $0.isEmpty ? nil : $0 } ?? "vault"
        return VaultPaths(root: URL(fileURLWithPath: path))
    }

    public var config: URL { root.appendingPathComponent("config.json") }
    public var keyring: URL { root.appendingPathComponent("keyring", isDirectory: true) }
    public var members: URL { root.appendingPathComponent("members", isDirectory: true) }
    public var keys: URL { root.appendingPathComponent("keys", isDirectory: true) }
    public var documents: URL { root.appendingPathComponent("documents", isDirectory: true) }
    public var attachments: URL { root.appendingPathComponent("attachments", isDirectory: true) }
    public var log: URL { root.appendingPathComponent("log", isDirectory: true) }
    /// Document keys (issue 18): the small part of a vault that a destruction deletes.
    public var dataKeys: URL { root.appendingPathComponent("datakeys", isDirectory: true) }

    /// The folder of one document's data keys at one level.
    public func dataKeys(blind: String, level: Level) -> URL {
        dataKeys.appendingPathComponent("\(blind)/\(level.rawValue)", isDirectory: true)
    }

    public func memberKey(fingerprint: String) -> URL {
        members.appendingPathComponent("\(fingerprint).key")
    }

    /// The folder of one level epoch's sealed secret keys.
    public func levelKeys(_ level: Level, epoch: Int) -> URL {
        keys.appendingPathComponent("levels/\(level.rawValue)/\(epoch)", isDirectory: true)
    }

    public var indexKeys: URL { keys.appendingPathComponent("index", isDirectory: true) }

    /// The folder of one index key epoch's sealed copies.
    public func indexKeys(epoch: Int) -> URL { indexKeys.appendingPathComponent("\(epoch)", isDirectory: true) }
    public var signingKeys: URL { keys.appendingPathComponent("signing", isDirectory: true) }

    /// The folder of one export-signing key epoch's sealed seeds (members cleared internal, and recovery).
    public func signingKeys(epoch: Int) -> URL { signingKeys.appendingPathComponent("\(epoch)", isDirectory: true) }

    /// The parts of one document (by its blind id) at one level.
    public func parts(blind: String, level: Level) -> URL {
        documents.appendingPathComponent("\(blind)/\(level.rawValue)", isDirectory: true)
    }

    public func attachments(blind: String) -> URL {
        attachments.appendingPathComponent(blind, isDirectory: true)
    }

    /// The names of the regular files in a folder, sorted; a missing folder is empty.
    /// Temporary files of interrupted writes (`.tmp-*`) are skipped.
    public static func fileNames(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }
}
