import Foundation
import TamgaCrypto

/// The plaintext layout of a document part or attachment:
/// `u32 metadata length ‖ metadata JSON ‖ content`.
public enum PartCodec {
    static func encode(_ metadata: PartMetadata, content: [UInt8]) throws -> [UInt8] {
        let json = try metadata.encoded()
        var out = withUnsafeBytes(of: UInt32(json.count).bigEndian, Array.init)
        out.reserveCapacity(4 + json.count + content.count)
        out.append(contentsOf: json)
        out.append(contentsOf: content)
        return out
    }

    /// Splits a decrypted part into its metadata and content; the content
    /// stays in wiped-on-release memory (`SecretBytes`), never a Swift array.
    static func decode(_ plaintext: SecretBytes) throws(ObjectFormatError) -> (PartMetadata, SecretBytes) {
        let decoded: (PartMetadata, Int)? = plaintext.withUnsafeBytes { raw in
            guard raw.count >= 4 else { return nil }
            let length = Int(raw[0]) << 24 | Int(raw[1]) << 16 | Int(raw[2]) << 8 | Int(raw[3])
            guard length <= raw.count - 4,
                  let metadata = try? JSONDecoder().decode(PartMetadata.self, from: Data(raw[4..<(4 + length)])) else {
                return nil
            }
            return (metadata, 4 + length)
        }
        guard let decoded, let content = try? plaintext.extracting(decoded.1..<plaintext.count) else { throw .metadata }
        return (decoded.0, content)
    }
}
