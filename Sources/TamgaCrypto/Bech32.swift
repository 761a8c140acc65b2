public import Foundation

/// Bech32 (BIP 173) text for binary data: a human-readable prefix, "1", the
/// data in a 32-letter alphabet and a 6-letter checksum that catches typos.
/// Used for recovery shares (`tamga-share1…`) and by age (`age1…`,
/// `AGE-SECRET-KEY-1…`).
///
/// As in age, there is no 90-character limit, and the checksum is computed
/// over the lowercase string: encode lowercase, then uppercase the result if
/// the format wants capitals (AGE-SECRET-KEY). Mixed case is refused.
public enum Bech32 {
    private static let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

    /// `humanReadablePart` + "1" + data + checksum, in lowercase.
    /// - Throws: `.invalidEncoding` for an empty prefix or one with
    ///   characters outside ASCII 33...126.
    public static func encode(humanReadablePart: String, data: some ContiguousBytes) throws(CryptoError) -> String {
        let prefix = Array(humanReadablePart.lowercased().utf8)
        guard !prefix.isEmpty, prefix.allSatisfy({ (33...126).contains($0) }) else { throw .invalidEncoding }
        var groups = data.withUnsafeBytes { regroup(Array($0), from: 8, to: 5, padding: true) } ?? []
        defer { wipe(&groups) }
        let checksum = self.checksum(prefix: prefix, groups: groups)
        var text = prefix + [UInt8(ascii: "1")]
        text.reserveCapacity(text.count + groups.count + 6)
        for group in groups + checksum { text.append(alphabet[Int(group)]) }
        defer { wipe(&text) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Splits and checks a Bech32 string.
    /// - Returns: the lowercase prefix and the decoded bytes.
    /// - Throws: `.invalidEncoding` for mixed case, a missing separator,
    ///   a character outside the alphabet, a wrong checksum or bad padding.
    public static func decode(_ text: String) throws(CryptoError) -> (humanReadablePart: String, data: [UInt8]) {
        var bytes = Array(text.utf8)
        defer { wipe(&bytes) }
        guard bytes.allSatisfy({ (33...126).contains($0) }) else { throw .invalidEncoding }
        let hasLower = bytes.contains { (97...122).contains($0) }
        let hasUpper = bytes.contains { (65...90).contains($0) }
        guard !(hasLower && hasUpper) else { throw .invalidEncoding }
        for index in bytes.indices where (65...90).contains(bytes[index]) { bytes[index] += 32 }
        guard let separator = bytes.lastIndex(of: UInt8(ascii: "1")),
              separator > 0, bytes.count - separator - 1 >= 6 else { throw .invalidEncoding }
        let prefix = Array(bytes[..<separator])
        var groups = [UInt8]()
        defer { wipe(&groups) }
        for character in bytes[(separator + 1)...] {
            guard let value = alphabet.firstIndex(of: character) else { throw .invalidEncoding }
            groups.append(UInt8(value))
        }
        guard polymod(expand(prefix) + groups) == 1 else { throw .invalidEncoding }
        guard let data = regroup(Array(groups.dropLast(6)), from: 5, to: 8, padding: false) else {
            throw .invalidEncoding
        }
        return (String(decoding: prefix, as: UTF8.self), data)
    }

    /// Decodes `text` and checks that its prefix is `humanReadablePart`
    /// (compared in lowercase).
    public static func decode(_ text: String, expecting humanReadablePart: String) throws(CryptoError) -> [UInt8] {
        let (prefix, data) = try decode(text)
        guard prefix == humanReadablePart.lowercased() else { throw .invalidEncoding }
        return data
    }

    private static func checksum(prefix: [UInt8], groups: [UInt8]) -> [UInt8] {
        let value = polymod(expand(prefix) + groups + [0, 0, 0, 0, 0, 0]) ^ 1
        return (0..<6).map { UInt8((value >> (5 * (5 - UInt32($0)))) & 31) }
    }

    private static func expand(_ prefix: [UInt8]) -> [UInt8] {
        prefix.map { $0 >> 5 } + [0] + prefix.map { $0 & 31 }
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 { check ^= generator[bit] }
        }
        return check
    }

    /// Re-cuts a bit string into groups of `to` bits. Without padding, the
    /// leftover must be shorter than `from` bits and all zero (BIP 173).
    private static func regroup(_ input: [UInt8], from: Int, to: Int, padding: Bool) -> [UInt8]? {
        var accumulator = 0, bits = 0
        var output = [UInt8]()
        let mask = (1 << to) - 1
        for value in input {
            accumulator = (accumulator << from | Int(value)) & 0xffff
            bits += from
            while bits >= to {
                bits -= to
                output.append(UInt8((accumulator >> bits) & mask))
            }
        }
        if padding {
            if bits > 0 { output.append(UInt8((accumulator << (to - bits)) & mask)) }
        } else if bits >= from || (accumulator << (to - bits)) & mask != 0 {
            return nil
        }
        return output
    }
}
