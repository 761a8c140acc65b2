import Foundation
import TamgaCrypto

/// A member's private cache of what the vault holds, on their own machine:
/// what `list`, `export` and every writer would otherwise learn by reading
/// every log entry and every document. Encrypted with a key derived from the
/// member's own secret key (XChaCha20-Poly1305, bound to the vault and the
/// member), so it is no weaker than the vault; written 0600 in
/// `$XDG_STATE_HOME/tamga/<vault id>/`. A cache that does not open, or that
/// disagrees with the vault, is rebuilt from the vault: it is never trusted
/// over the signed log.
struct LocalCache: Sendable {
    let vault: UnlockedVault

    var file: URL {
        LocalMemory(vaultID: vault.vaultID).file.deletingLastPathComponent()
            .appendingPathComponent("index-\(vault.member.fingerprint)")
    }

    private var associatedData: [UInt8] {
        Array("tamga/v1/local-cache\0\(vault.vaultID)\0\(vault.member.fingerprint)".utf8)
    }

    private func key() throws -> SecretBytes {
        let derived = try BLAKE2b.hash(Array("tamga/v1/local-cache".utf8), outputByteCount: 32, key: vault.identity.encryption.secretKey)
        var bytes = derived
        return try SecretBytes(copyingAndWiping: &bytes)
    }

    func load() -> VaultIndex.Contents? {
        guard let sealed = try? DurableFile.readAll(file),
              let plaintext = try? XChaCha20Poly1305.open(sealed, using: try key(), authenticating: associatedData) else { return nil }
        return plaintext.withUnsafeBytes { try? JSONDecoder().decode(VaultIndex.Contents.self, from: Data($0)) }
    }

    /// Saves the cache; a failure only costs speed next time.
    func save(_ contents: VaultIndex.Contents) {
        guard let json = try? JSONEncoder().encode(contents),
              let sealed = try? XChaCha20Poly1305.seal(Array(json), using: try key(), authenticating: associatedData) else { return }
        try? DurableFile.write(sealed, to: file.deletingLastPathComponent(), name: file.lastPathComponent, replace: true)
    }
}
