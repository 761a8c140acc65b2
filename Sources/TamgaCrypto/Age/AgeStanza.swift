/// One recipient stanza of an age header: a type, its arguments and a
/// binary body (wrapped base64 in the file).
///
///     -> X25519 <base64 ephemeral share>
///     <base64 body, 64 columns per line, ending with a line shorter than 64>
public struct AgeStanza: Sendable, Equatable {
    /// The first argument (`X25519`, `scrypt`, or a third party's name).
    public let type: String
    /// The remaining arguments, each 1+ printable ASCII characters.
    public let arguments: [String]
    /// The decoded body.
    public let body: [UInt8]

    public init(type: String, arguments: [String], body: [UInt8]) {
        self.type = type
        self.arguments = arguments
        self.body = body
    }

    /// The stanza's lines as they appear in a header.
    func encoded() -> [UInt8] {
        var output = Array("->".utf8)
        for argument in [type] + arguments { output += [0x20] + Array(argument.utf8) }
        output.append(0x0A)
        let text = StrictBase64.encodedBytes(body, padded: false)
        var start = 0
        // Full 64-column lines, then a final shorter one (possibly empty).
        while text.count - start >= 64 {
            output += text[start..<(start + 64)] + [0x0A]
            start += 64
        }
        output += text[start...] + [0x0A]
        return output
    }

    /// True for a non-empty string of ASCII 33...126 (the spec's VCHAR).
    static func isValidArgument(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (33...126).contains($0) }
    }
}
