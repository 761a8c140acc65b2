// Frozen copy of Sources/TamgaCore/Names/SkeletonText.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// A text reduced to its name skeleton, with a map back to the original.
    ///
    /// The matcher never compares spellings; it compares skeletons. Both the
    /// text and every name go through this one function, so whatever it folds
    /// is folded on both sides and cannot cause a miss:
    ///
    /// - case, NFC/NFD (combining marks are dropped), ё/е, Latin diacritics;
    /// - zero-width characters, soft hyphens, bidi controls, ь ъ and BGN/ISO
    ///   primes are removed (but stay inside the span of the letter before them);
    /// - whitespace runs (NBSP and line breaks included) and hyphens become one
    ///   space; `.` and `,` stay, as initials and "Sadykov, Aibek" need them;
    ///   anything else (digits, quotes, other scripts) is a word boundary `#`;
    /// - a look-alike letter of the other script inside a word (Cyrillic а in
    ///   "Sаdykov", Latin p in "Pахимов") is read in the script of the word's
    ///   unambiguous letters;
    /// - sounds spelled differently by ISO 9, ICAO, BGN/PCGN, ODNI and informal
    ///   practice collapse to one symbol: zh/j/dzh/dj/ж/дж → `j`, kh/h/х → `h`,
    ///   ch/č/ч → `q`, sh/sch/shch/š/ш/щ → `w`, ts/ц and c before e i y → `c` (other c → `k`), ng/ң → `n`,
    ///   y/i/й/ы/и (a run of them) → `i`, q → `k`, w → `v`, x → `ks`, ye/ie/e →
    ///   `e`, oe/ö/ө → `o`, ue/ü/ү → `u`, and j is a glide (`i`) after a vowel
    ///   before a consonant or the end (Ajbek, Sergej).
    ///
    /// Word boundaries that are also joins ("Сады-⏎ков" hyphenated across a line
    /// break, "АйбекСадыков" written without a space) are kept in
    /// `softBoundaries`: a name may end or start there, or run across.
    struct SkeletonText {
        var symbols: [UInt8] = []
        /// UTF-8 offset in the original where each symbol's text starts.
        var starts: [Int32] = []
        /// UTF-8 offset in the original where each symbol's text ends.
        var ends: [Int32] = []
        /// Symbol indices before which a word may also begin.
        var softBoundaries: Set<Int32> = []

        static let space: UInt8 = 0x20, dot: UInt8 = 0x2E, comma: UInt8 = 0x2C, boundary: UInt8 = 0x23

        @inline(__always)
        static func isLetter(_ symbol: UInt8) -> Bool { symbol >= 0x61 && symbol <= 0x7A }

        init(_ text: String) {
            var copy = text
            self = copy.withUTF8 { SkeletonText(utf8: $0) }
        }

        init(utf8: UnsafeBufferPointer<UInt8>) {
            symbols.reserveCapacity(utf8.count)
            starts.reserveCapacity(utf8.count)
            ends.reserveCapacity(utf8.count)
            var scanner = SkeletonScanner(utf8: utf8)
            scanner.run(into: &self)
        }

        /// The skeleton of a short string (a name or an ending) as text, for keys and tests.
        static func key(_ text: String) -> String {
            String(decoding: SkeletonText(text).symbols, as: UTF8.self)
        }

        /// Whether a word may begin at symbol index `index`.
        @inline(__always)
        func isWordStart(_ index: Int) -> Bool {
            index == 0 || !Self.isLetter(symbols[index - 1]) || softBoundaries.contains(Int32(index))
        }

        /// Whether a word may end just before symbol index `index`.
        @inline(__always)
        func isWordEnd(_ index: Int) -> Bool {
            index >= symbols.count || !Self.isLetter(symbols[index]) || softBoundaries.contains(Int32(index))
        }

        /// The end of the word that contains symbol `index` (the first non-letter after it).
        func wordEnd(from index: Int) -> Int {
            var end = index
            while end < symbols.count, Self.isLetter(symbols[end]) { end += 1 }
            return end
        }
    }
}
