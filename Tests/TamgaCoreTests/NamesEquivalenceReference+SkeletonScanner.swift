// Frozen copy of Sources/TamgaCore/Names/SkeletonScanner.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// The single pass that turns UTF-8 into a `SkeletonText`.
    ///
    /// Letters are gathered a word at a time (a word needs to be whole before
    /// its look-alike letters can be read in the script of the majority), then
    /// the word's base letters are rewritten to skeleton symbols. Everything
    /// works on bytes and integer offsets: no `Character`, no `String` slicing,
    /// no regular expressions, because this runs over every byte of an export.
    struct SkeletonScanner {
        let utf8: UnsafeBufferPointer<UInt8>

        private struct Pending {
            var entry: ScalarEntry
            var start: Int32
            var end: Int32
            var softBefore: Bool
        }
        private var word: [Pending] = []
        private var letters: [UInt8] = []
        private var letterStart: [Int32] = []
        private var letterEnd: [Int32] = []
        private var letterSoft: [Bool] = []

        init(utf8: UnsafeBufferPointer<UInt8>) {
            self.utf8 = utf8
            word.reserveCapacity(64)
            letters.reserveCapacity(128)
            letterStart.reserveCapacity(128)
            letterEnd.reserveCapacity(128)
            letterSoft.reserveCapacity(128)
        }

        /// Decodes the scalar at `offset` (invalid bytes read as U+FFFD, one byte long).
        @inline(__always)
        func decode(_ offset: Int) -> (value: UInt32, length: Int) {
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

        mutating func run(into out: inout SkeletonText) {
            var offset = 0
            var joinNext = false
            let n = utf8.count
            while offset < n {
                let (value, length) = decode(offset)
                let entry = SkeletonScalarTable.entry(value)
                let next = offset + length
                switch entry.kind {
                case .latin, .cyrillic:
                    let camel = entry.isUpper && !(word.last?.entry.isUpper ?? true)
                    word.append(Pending(entry: entry, start: Int32(offset), end: Int32(next), softBefore: joinNext || camel))
                    joinNext = false
                case .soft:
                    if !word.isEmpty { word[word.count - 1].end = Int32(next) }
                case .apostrophe:
                    if !word.isEmpty, !isPossessive(after: next) {
                        word[word.count - 1].end = Int32(next)
                    } else {
                        flush(into: &out)
                        append(SkeletonText.boundary, offset, next, into: &out)
                    }
                case .hyphen:
                    if !word.isEmpty, let resume = lineBreakJoin(after: next) {
                        word[word.count - 1].end = Int32(resume)
                        joinNext = true
                        offset = resume
                        continue
                    }
                    flush(into: &out)
                    append(SkeletonText.space, offset, next, into: &out)
                case .space, .newline:
                    flush(into: &out)
                    append(SkeletonText.space, offset, next, into: &out)
                case .dot:
                    flush(into: &out)
                    append(SkeletonText.dot, offset, next, into: &out)
                case .comma:
                    flush(into: &out)
                    append(SkeletonText.comma, offset, next, into: &out)
                case .boundary:
                    flush(into: &out)
                    append(SkeletonText.boundary, offset, next, into: &out)
                }
                offset = next
            }
            flush(into: &out)
        }

        /// `'s` followed by a non-letter: the English possessive, which ends the name.
        private func isPossessive(after offset: Int) -> Bool {
            guard offset < utf8.count, utf8[offset] | 0x20 == 0x73 else { return false }
            let after = offset + 1
            return after >= utf8.count || !SkeletonScalarTable.entry(decode(after).value).isLetter
        }

        /// After a hyphen: optional spaces, one line break, optional whitespace, then a
        /// letter. Returns the offset of that letter (the word is joined across), or nil.
        private func lineBreakJoin(after offset: Int) -> Int? {
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

        private func append(_ symbol: UInt8, _ start: Int, _ end: Int, into out: inout SkeletonText) {
            if symbol == SkeletonText.space || symbol == SkeletonText.boundary, let last = out.symbols.last, last == symbol {
                out.ends[out.ends.count - 1] = Int32(end)
                return
            }
            out.symbols.append(symbol)
            out.starts.append(Int32(start))
            out.ends.append(Int32(end))
        }

        // MARK: - A whole word

        private mutating func flush(into out: inout SkeletonText) {
            guard !word.isEmpty else { return }
            var hasLatin = false, hasCyrillic = false
            for pending in word {
                if pending.entry.kind == .latin { hasLatin = true } else { hasCyrillic = true }
            }
            var readAs: ScalarEntry.Kind? = nil
            if hasLatin && hasCyrillic {
                var latin = 0, cyrillic = 0
                for pending in word where !pending.entry.hasLookAlike {
                    if pending.entry.kind == .latin { latin += 1 } else { cyrillic += 1 }
                }
                readAs = latin > cyrillic ? .latin : (cyrillic > latin ? .cyrillic : nil)
            }
            letters.removeAll(keepingCapacity: true)
            letterStart.removeAll(keepingCapacity: true)
            letterEnd.removeAll(keepingCapacity: true)
            letterSoft.removeAll(keepingCapacity: true)
            for pending in word {
                var base = pending.entry.base
                if let readAs, pending.entry.kind != readAs, pending.entry.hasLookAlike { base = pending.entry.lookAlike }
                var first = true
                while base != 0 {
                    letters.append(UInt8(truncatingIfNeeded: base))
                    letterStart.append(pending.start)
                    letterEnd.append(pending.end)
                    letterSoft.append(first && pending.softBefore)
                    first = false
                    base >>= 8
                }
            }
            word.removeAll(keepingCapacity: true)
            SkeletonRewriter.rewrite(letters, letterStart, letterEnd, letterSoft, into: &out)
        }
    }
}
