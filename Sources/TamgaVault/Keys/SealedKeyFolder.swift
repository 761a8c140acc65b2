import Foundation
import TamgaCrypto

/// A folder of one secret (a level key of one epoch, the index key, the NPM
/// signing seed) sealed once to each holder: `<fingerprint>.sealed` per member
/// and `recovery.sealed`. One file per holder, so adding or removing a holder
/// touches no other file and two copies merge by copying.
///
/// Sealed boxes authenticate nothing about who sealed them; callers check what
/// they open against the signed keyring (a level key's public half must be the
/// keyring's) before trusting it.
public struct SealedKeyFolder: Sendable {
    public let directory: URL

    public init(_ directory: URL) { self.directory = directory }

    public static let recoveryHolder = "recovery"

    /// Seals `secret` to `publicKey` as `holder.sealed`.
    public func seal(_ secret: SecretBytes, to publicKey: [UInt8], holder: String) throws {
        let box = try SealedBox.seal(secret, to: publicKey)
        try DurableFile.write(box, to: directory, name: "\(holder).sealed", replace: true)
    }

    /// Opens `holder.sealed` with the holder's X25519 key pair; nil when the
    /// holder has no file here (not cleared for it).
    public func open(holder: String, with keyPair: X25519KeyPair) throws -> SecretBytes? {
        let url = directory.appendingPathComponent("\(holder).sealed")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let box = try DurableFile.readAll(url)
        do {
            return try SealedBox.open(box, with: keyPair)
        } catch {
            throw VaultError.damaged(path: relativePath(url), problem: "the sealed key does not open")
        }
    }

    /// Removes a holder's file (a removed member's old epochs).
    public func remove(holder: String) throws {
        try DurableFile.remove(directory.appendingPathComponent("\(holder).sealed"))
    }

    /// The holders with a file here.
    public var holders: [String] {
        VaultPaths.fileNames(in: directory).filter { $0.hasSuffix(".sealed") }.map { String($0.dropLast(7)) }
    }

    private func relativePath(_ url: URL) -> String {
        url.pathComponents.suffix(5).joined(separator: "/")
    }
}
