/// age's ASCII armor: strict PEM (RFC 7468, section 3) with the label
/// "AGE ENCRYPTED FILE", padded base64 in 64-column lines.
///
/// Armor is not authenticated, so anything a lax decoder would let through
/// twice (extra headers, non-canonical base64, long or short lines, spaces)
/// would make files malleable. The decoder accepts only: up to 1 KiB of
/// whitespace before and after the block, and LF or CRLF line ends, as the
/// spec allows. Both directions stream, 48 bytes per line.
enum AgeArmor {
    static let beginLine = Array("-----BEGIN AGE ENCRYPTED FILE-----".utf8)
    static let endLine = Array("-----END AGE ENCRYPTED FILE-----".utf8)
    static let bytesPerLine = 48
    static let maximumWhitespace = 1024

    /// True when `prefix` (the first bytes of a file, after optional
    /// whitespace) looks like armor rather than a binary age header.
    static func looksArmored(_ prefix: some Collection<UInt8>) -> Bool {
        prefix.first { !isWhitespace($0) } == UInt8(ascii: "-")
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

/// Decodes armor from `reader`, as a source for the age reader.
final class AgeArmorDecoder {
    private let reader: AgeByteReader
    private var started = false
    private var finished = false
    private var decoded: [UInt8] = []
    private var decodedStart = 0

    init(reader: AgeByteReader) {
        self.reader = reader
    }

    /// The next line without its LF or CRLF; the end of input inside the
    /// block is an armor failure.
    private func line() throws(AgeError) -> [UInt8] {
        guard var line = try reader.readLine(limit: AgeArmor.maximumWhitespace + 2, tooLong: .armor("line too long")) else {
            throw .armor("the armored block has no end line")
        }
        if line.last == 0x0A { line.removeLast() }
        if line.last == 0x0D { line.removeLast() }
        return line
    }

    /// After the end line: only whitespace (at most 1 KiB) may follow.
    private func drainTrailing() throws(AgeError) {
        let rest = try reader.peek(AgeArmor.maximumWhitespace)
        guard rest.allSatisfy(AgeArmor.isWhitespace) else { throw .armor("data after the armored block") }
        guard rest.count < AgeArmor.maximumWhitespace else { throw .armor("too much whitespace after the armored block") }
        finished = true
    }

    private func decodeNextLine() throws(AgeError) {
        var skipped = 0
        while !started {
            let line = try line()
            if line.allSatisfy(AgeArmor.isWhitespace) {
                skipped += line.count + 1
                guard skipped <= AgeArmor.maximumWhitespace else { throw .armor("too much whitespace before the armored block") }
                continue
            }
            guard line == AgeArmor.beginLine else { throw .armor("the first line is not -----BEGIN AGE ENCRYPTED FILE-----") }
            started = true
        }
        let line = try line()
        if line == AgeArmor.endLine {
            try drainTrailing()
            return
        }
        guard !line.isEmpty else { throw .armor("empty line in the armored block") }
        guard line.count <= 64 else { throw .armor("armored line longer than 64 columns") }
        guard let bytes = StrictBase64.decode(bytes: line, padded: true) else { throw .armor("invalid base64 in the armored block") }
        decoded = bytes
        decodedStart = 0
        if bytes.count < AgeArmor.bytesPerLine {
            guard try self.line() == AgeArmor.endLine else { throw .armor("a short line is not followed by the end line") }
            try drainTrailing()
        }
    }

    /// Source function: decoded bytes, 0 at the end of the block.
    func read(into output: UnsafeMutableRawBufferPointer) throws(AgeError) -> Int {
        guard output.count > 0 else { return 0 }
        while decodedStart == decoded.count {
            if finished { return 0 }
            try decodeNextLine()
        }
        let count = min(output.count, decoded.count - decodedStart)
        guard count > 0 else { return 0 }
        decoded.withUnsafeBytes { output.baseAddress!.copyMemory(from: $0.baseAddress! + decodedStart, byteCount: count) }
        decodedStart += count
        return count
    }
}

/// Encodes armor, passing each finished line to `sink`.
final class AgeArmorEncoder {
    private let sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
    private var pending: [UInt8] = []

    init(sink: @escaping (UnsafeRawBufferPointer) throws(AgeError) -> Void) throws(AgeError) {
        self.sink = sink
        try emit(AgeArmor.beginLine + [0x0A])
    }

    private func emit(_ bytes: [UInt8]) throws(AgeError) {
        try withAgeBytes(bytes) { buffer throws(AgeError) in try sink(buffer) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(AgeError) {
        pending += bytes
        var start = 0
        var lines = [UInt8]()
        while pending.count - start >= AgeArmor.bytesPerLine {
            lines += StrictBase64.encodedBytes(pending[start..<(start + AgeArmor.bytesPerLine)], padded: true) + [0x0A]
            start += AgeArmor.bytesPerLine
        }
        pending.removeFirst(start)
        if !lines.isEmpty { try emit(lines) }
    }

    func finish() throws(AgeError) {
        var tail = [UInt8]()
        if !pending.isEmpty { tail = StrictBase64.encodedBytes(pending, padded: true) + [0x0A] }
        try emit(tail + AgeArmor.endLine + [0x0A])
        pending = []
    }
}
