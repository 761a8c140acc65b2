import Foundation
import TamgaCore
import TamgaCrypto

/// The document keys of a vault (issue 18, crypto-shredding): what lets a
/// destruction reach copies made before it.
///
/// In a vault of format `tamga-vault/3`, every part and attachment of a
/// document is sealed to a key pair of that document and level, `DK`, not to
/// the level key itself. `DK`'s secret is kept in one small object,
/// `datakeys/<blind>/<level>/<sha256>` (kind `dataKey`), sealed to the level
/// key of its epoch, with `DK`'s public key in clear in the header's content
/// tag (so a contributor, who cannot open it, can still seal to it). Deleting
/// a document's few data-key files makes every copy of its parts and
/// attachments unreadable, wherever the bulk ciphertext was copied: a backup
/// of `documents/` alone opens nothing.
///
/// Readers need no change: `LevelKeySet.keyPair(level:keyID:)` asks this
/// resolver for any key id that is not a level key. It finds the data-key
/// file by the id of the public key in its header, opens it with the
/// member's level keys, and checks that the secret it holds is the key of
/// that public key, so a planted or swapped file can only fail to open
/// something, never open it with another key. State members open the State
/// and public data keys only: clearance stays cryptographic.
///
/// One per unlocked vault; thread-safe (the web front end reads from many
/// requests). Secrets live in `SecretBytes`, wiped when the last copy goes.
public final class DocumentKeys: @unchecked Sendable {
    private let folder: URL
    private let lock = NSLock()
    /// Data-key files by the id of the public key they hold, and every file
    /// whose header was read: another process (another member's command, a
    /// sync) adds files while this one runs, so a miss reads the new ones.
    private var files: [[UInt8]: [URL]] = [:]
    private var seen: Set<String> = []
    private var opened: [[UInt8]: X25519KeyPair] = [:]

    public init(folder: URL) { self.folder = folder }

    /// The key pair whose public key has id `keyID` at `level`, if a data-key
    /// file here holds it and `levelKeys` open that file.
    func keyPair(level: Level, keyID: [UInt8], levelKeys: LevelKeySet) -> X25519KeyPair? {
        lock.withLock {
            if let pair = opened[keyID] { return pair }
            if files[keyID] == nil { scanNewFiles() }
            for url in files[keyID] ?? [] {
                if let pair = Self.open(url, level: level, keyID: keyID, levelKeys: levelKeys) {
                    opened[keyID] = pair
                    return pair
                }
            }
            return nil
        }
    }

    /// The id of every data key whose file is here (headers only, no key
    /// needed): what a restriction key can never be (`EvidenceLog`), or a
    /// claim naming one would re-seal an ordinary image to its claimant.
    public func allKeyIDs() -> Set<[UInt8]> {
        lock.withLock {
            scanNewFiles()
            return Set(files.keys)
        }
    }

    /// Tells the resolver of a data-key file this process just wrote (its pair is known).
    func remember(_ pair: X25519KeyPair, file: URL) throws {
        let keyID = try VaultObject.keyID(of: pair.publicKey)
        lock.withLock {
            opened[keyID] = pair
            if seen.insert(file.path).inserted { files[keyID, default: []].append(file) }
        }
    }

    /// Reads the header of every data-key file not read before, by the id of
    /// the public key it names. Headers only: nothing is decrypted until a
    /// reader asks for that key. Listing the folders is cheap (one small file
    /// per document and level); each header is read once per process.
    private func scanNewFiles() {
        for blind in VaultPaths.fileNames(in: folder) {
            for level in Level.allCases {
                let directory = folder.appendingPathComponent("\(blind)/\(level.rawValue)", isDirectory: true)
                for name in VaultPaths.fileNames(in: directory) where !name.hasPrefix(".") {
                    let url = directory.appendingPathComponent(name)
                    guard seen.insert(url.path).inserted,
                          let bytes = try? DurableFile.readAll(url), let header = try? VaultObject.header(of: bytes),
                          header.kind == .dataKey, header.level == level,
                          let keyID = try? VaultObject.keyID(of: header.contentTag) else { continue }
                    files[keyID, default: []].append(url)
                }
            }
        }
    }

    /// Opens one data-key file with the level keys alone (a data key never
    /// seals another), and keeps its secret only if it is the key named.
    private static func open(_ url: URL, level: Level, keyID: [UInt8], levelKeys: LevelKeySet) -> X25519KeyPair? {
        guard let bytes = try? DurableFile.readAll(url),
              let (header, secret) = try? VaultObject.open(bytes, keys: levelKeys.withoutDocumentKeys),
              header.kind == .dataKey, header.level == level,
              let pair = try? X25519KeyPair(secretKey: secret),
              pair.publicKey == header.contentTag, (try? VaultObject.keyID(of: pair.publicKey)) == keyID else { return nil }
        return pair
    }
}
