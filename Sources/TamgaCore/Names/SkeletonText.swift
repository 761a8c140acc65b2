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
    /// The offset map, compact (see `SkeletonOutput`): read with `start(_:)` and `end(_:)`.
    private var startDeltas: [UInt8] = []
    private var endDeltas: [UInt8] = []
    private var checkpoints: [Int32] = []
    private var startEscapes: [Int32: Int32] = [:]
    private var endEscapes: [Int32: Int32] = [:]
    /// Symbol indices before which a word may also begin.
    var softBoundaries: Set<Int32> = []

    static let space: UInt8 = 0x20, dot: UInt8 = 0x2E, comma: UInt8 = 0x2C, boundary: UInt8 = 0x23
    /// One symbol standing for a whole word that no key can cover
    /// (`SkeletonWordFilter`): a letter for word boundaries, in no key.
    static let placeholder: UInt8 = 0x7B

    @inline(__always)
    static func isLetter(_ symbol: UInt8) -> Bool { symbol >= 0x61 && symbol <= placeholder }

    init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { SkeletonText(utf8: $0) }
    }

    /// The scanner writes straight into the arrays' storage (see `SkeletonOutput`),
    /// sized for the worst case of two symbols per byte (see `SkeletonScanner`).
    /// With a `filter`, words no key can cover are one `placeholder` each.
    init(utf8: UnsafeBufferPointer<UInt8>, filter: SkeletonWordFilter? = nil) {
        let capacity = 2 * utf8.count + 1
        var out: SkeletonOutput? = nil
        var startDeltas: [UInt8] = [], endDeltas: [UInt8] = [], checkpoints: [Int32] = []
        symbols = [UInt8](unsafeUninitializedCapacity: capacity) { symbolBuffer, symbolCount in
            startDeltas = [UInt8](unsafeUninitializedCapacity: capacity) { startBuffer, startCount in
                endDeltas = [UInt8](unsafeUninitializedCapacity: capacity) { endBuffer, endCount in
                    let blocks = SkeletonOutput.checkpointCount(capacity)
                    checkpoints = [Int32](unsafeUninitializedCapacity: blocks) { checkpointBuffer, checkpointCount in
                        var output = SkeletonOutput(
                            symbols: symbolBuffer.baseAddress!, startDeltas: startBuffer.baseAddress!,
                            endDeltas: endBuffer.baseAddress!, checkpoints: checkpointBuffer.baseAddress!, capacity: capacity)
                        var scanner = SkeletonScanner(utf8: utf8, filter: filter)
                        scanner.run(into: &output)
                        checkpointCount = output.count == 0 ? 0 : ((output.count - 1) >> SkeletonOutput.blockShift) + 1
                        out = output
                    }
                    endCount = out!.count
                }
                startCount = out!.count
            }
            symbolCount = out!.count
        }
        self.startDeltas = startDeltas
        self.endDeltas = endDeltas
        self.checkpoints = checkpoints
        startEscapes = out!.startEscapes
        endEscapes = out!.endEscapes
        softBoundaries = out!.softBoundaries
    }

    /// UTF-8 offset in the original where symbol `index`'s text starts.
    func start(_ index: Int) -> Int {
        precondition(index >= 0 && index < symbols.count)
        return startDeltas.withUnsafeBufferPointer { deltas in
            checkpoints.withUnsafeBufferPointer { checkpoints in
                Int(SkeletonOutput.start(index, startDeltas: deltas.baseAddress!, checkpoints: checkpoints.baseAddress!, escapes: startEscapes))
            }
        }
    }

    /// UTF-8 offset in the original where symbol `index`'s text ends.
    func end(_ index: Int) -> Int {
        let start = Int32(start(index))
        return endDeltas.withUnsafeBufferPointer { deltas in
            Int(SkeletonOutput.end(index, start: start, endDeltas: deltas.baseAddress!, escapes: endEscapes))
        }
    }

    /// The skeleton of a short string (a name or an ending) as text, for keys and tests.
    static func key(_ text: String) -> String {
        String(decoding: SkeletonText(text).symbols, as: UTF8.self)
    }

    /// The symbols of the word at `range`: for a placeholder, the skeleton of
    /// the word it stands for (a plain word's skeleton depends on its bytes
    /// alone, see `SkeletonWordMemo`), for the rules that read a word after a
    /// mention (patronymics, уулу).
    func wordSymbols(_ range: Range<Int>, utf8: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
        guard range.count == 1, symbols[range.lowerBound] == Self.placeholder else { return symbols[range] }
        let word = UnsafeBufferPointer(rebasing: utf8[start(range.lowerBound)..<end(range.lowerBound)])
        return SkeletonText(utf8: word).symbols[...]
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
