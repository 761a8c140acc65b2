import TamgaCrypto

/// The keyring's commitment to the index key. Sealed boxes authenticate
/// nothing about who sealed them, so without it a keyless writer could
/// replace a member's `keys/index/<fp>.sealed` with a key of his own, then
/// learn the folder ids of the documents that member adds. The reader
/// compares what it unsealed with the signed keyring before using it.
public enum IndexKeyCommitment {
    public static func of(_ key: SecretBytes) throws -> String {
        Hex.encode(try BLAKE2b.hash(Array("tamga/v2/index-key-commitment".utf8), outputByteCount: 32, key: key))
    }
}
