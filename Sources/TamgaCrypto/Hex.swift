public import Foundation

/// Lowercase hexadecimal, for vectors, fingerprints and diagnostics.
/// Encoding uses arithmetic rather than table lookups or branches on the
/// byte values, so hex-encoding a key does not leak it through timing.
public enum Hex {
    /// The bytes as lowercase hex, two characters per byte.
    public static func encode(_ bytes: some ContiguousBytes) -> String {
        bytes.withUnsafeBytes { input in
            let utf8 = [UInt8](unsafeUninitializedCapacity: input.count * 2) { out, initialized in
                for (index, byte) in input.enumerated() {
                    out[2 * index] = digit(byte >> 4)
                    out[2 * index + 1] = digit(byte & 0x0f)
                }
                initialized = input.count * 2
            }
            return String(decoding: utf8, as: UTF8.self)
        }
    }

    /// Decodes hex (either case). Throws `.invalidEncoding` on an odd length
    /// or any character that is not a hex digit; no whitespace is skipped.
    public static func decode(_ text: String) throws(CryptoError) -> [UInt8] {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { throw .invalidEncoding }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = value(of: utf8[index]), let low = value(of: utf8[index + 1]) else {
                throw .invalidEncoding
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    /// 0...9 -> "0"..."9", 10...15 -> "a"..."f", without branching on `nibble`.
    @inline(__always)
    private static func digit(_ nibble: UInt8) -> UInt8 {
        let n = Int(nibble)
        // (9 - n) >> 8 is all ones when n > 9; then add the gap from ":" to "a".
        let letterOffset = ((9 - n) >> 8) & 0x27
        return UInt8(truncatingIfNeeded: 0x30 + n + letterOffset)
    }

    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
