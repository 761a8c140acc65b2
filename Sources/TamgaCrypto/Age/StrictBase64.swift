/// Base64 (RFC 4648, standard alphabet) that accepts exactly one spelling of
/// each byte string, for age and minisign.
///
/// Both formats are authenticated only over the decoded bytes or over the
/// exact text, so a decoder that accepts two spellings of the same bytes
/// (Foundation turns both "QQ==" and "QR==" into 0x41, crypto.md pitfall 7)
/// makes files malleable. This one refuses: any byte outside the alphabet
/// (spaces, CR, LF included), set bits left over in the last character,
/// padding in the unpadded form, and missing or misplaced padding in the
/// padded form. Internal: the age and minisign readers are its only users.
enum StrictBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The 6-bit value of each ASCII byte, 0xFF for bytes outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = UInt8(index) }
        return table
    }()

    /// The encoding of `bytes`: unpadded (age headers) or with `=` padding
    /// (age armor, minisign).
    static func encode(_ bytes: some Collection<UInt8>, padded: Bool) -> String {
        String(decoding: encodedBytes(bytes, padded: padded), as: UTF8.self)
    }

    /// The encoding of `bytes` as ASCII bytes.
    static func encodedBytes(_ bytes: some Collection<UInt8>, padded: Bool) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next(), third = second == nil ? nil : iterator.next()
            let group = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            let characters = second == nil ? 2 : (third == nil ? 3 : 4)
            for index in 0..<characters { output.append(alphabet[Int(group >> (18 - 6 * UInt32(index)) & 63)]) }
            if padded { for _ in characters..<4 { output.append(UInt8(ascii: "=")) } }
        }
        return output
    }

    /// Decodes `text`, or nil when it is not the canonical encoding of anything.
    static func decode(_ text: String, padded: Bool) -> [UInt8]? {
        decode(bytes: Array(text.utf8), padded: padded)
    }

    /// Decodes the ASCII bytes `text`, or nil when they are not canonical.
    static func decode(bytes text: some Collection<UInt8>, padded: Bool) -> [UInt8]? {
        var characters = Array(text)
        if padded {
            guard characters.count % 4 == 0 else { return nil }
            var padding = 0
            while padding < 2, characters.last == UInt8(ascii: "=") {
                characters.removeLast()
                padding += 1
            }
        }
        guard characters.count % 4 != 1 else { return nil }
        var output = [UInt8]()
        output.reserveCapacity(characters.count * 3 / 4)
        var accumulator: UInt32 = 0, bits = 0
        for character in characters {
            let value = values[Int(character)]
            guard value != 0xFF else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        // Canonical: the bits the last character carries beyond the data are zero.
        guard accumulator == 0 else { return nil }
        return output
    }
}
