/// Reading the UTF-8 under the scanner: one scalar at a time, and the two
/// look-aheads that decide where a name ends (an English possessive) or whether
/// a hyphenated word continues on the next line. Kept apart from the scan loop
/// so each file stays readable; all of it is inlined into the loop.
extension SkeletonScanner {
    /// Decodes the scalar at `offset` (invalid bytes read as U+FFFD, one byte long).
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(utf8[offset])
        if b0 < 0x80 { return (b0, 1) }
        let n = utf8.count
        if b0 & 0xE0 == 0xC0, offset + 1 < n {
            return (((b0 & 0x1F) << 6) | (UInt32(utf8[offset + 1]) & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, offset + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(utf8[offset + 1]) & 0x3F) << 6) | (UInt32(utf8[offset + 2]) & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, offset + 3 < n {
            let v = ((b0 & 0x07) << 18) | ((UInt32(utf8[offset + 1]) & 0x3F) << 12)
                | ((UInt32(utf8[offset + 2]) & 0x3F) << 6) | (UInt32(utf8[offset + 3]) & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    func decode(_ offset: Int) -> (value: UInt32, length: Int) { Self.decode(utf8, offset) }

    /// `'s` followed by a non-letter: the English possessive, which ends the name.
    func isPossessive(after offset: Int) -> Bool {
        guard offset < utf8.count, utf8[offset] | 0x20 == 0x73 else { return false }
        let after = offset + 1
        return after >= utf8.count || !SkeletonScalarTable.entry(decode(after).value).isLetter
    }

    /// After a hyphen: optional spaces, one line break, optional whitespace, then a
    /// letter. Returns the offset of that letter (the word is joined across), or nil.
    func lineBreakJoin(after offset: Int) -> Int? {
        var position = offset
        var sawBreak = false
        while position < utf8.count {
            let (value, length) = decode(position)
            let entry = SkeletonScalarTable.entry(value)
            switch entry.kind {
            case .space, .soft: position += length
            case .newline: sawBreak = true; position += length
            case .latin, .cyrillic: return sawBreak ? position : nil
            default: return nil
            }
        }
        return nil
    }
}
