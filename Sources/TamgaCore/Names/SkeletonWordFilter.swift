/// Which plain words of a text cannot be part of any key, decided from their
/// first base letters before their skeleton is built, so the scanner writes
/// one placeholder symbol for them instead (`SkeletonText.placeholder`).
///
/// Why: most words of a report are not names, and building, remembering and
/// scanning their skeletons was most of the matcher's time (BENCHMARKS.md,
/// "Name matching after the speed-up").
///
/// Why it is exact: the automaton reports a key only from a word start, and
/// every word a key covers starts one of the key's segments (its runs of
/// letters). A word whose skeleton cannot begin any segment is in no hit; and
/// the only other readers of a word's letters (a patronymic or уулу after a
/// mention, an initial) either take the real skeleton of a placeholder
/// (`SkeletonText.wordSymbols`) or need a capital, which a skipped word lacks.
///
/// The skeleton's first symbol is one of few for a base letter (`s` may start
/// `sh` → `w`, `y` reads `i`, and an `i` becomes `e` in `ie`); where the first
/// two base letters are both plain (each its own symbol whatever follows), the
/// first two symbols are exactly those letters and the pair is checked.
struct SkeletonWordFilter: Sendable {
    /// Bit `s - a` for each symbol that begins some key segment.
    private let segmentStarts: UInt32
    /// Per first symbol, bit per second symbol of segments of two or more symbols.
    private let segmentPairs: [UInt32]
    /// First symbols of one-symbol segments that end a key (an ending may follow them).
    private let singleSymbolSegments: UInt32
    /// Bit per base letter whose possible first symbols meet `segmentStarts`.
    private let possibleStarts: UInt32

    init(keys: [[UInt8]]) {
        var starts: UInt32 = 0, singles: UInt32 = 0
        var pairs = [UInt32](repeating: 0, count: 26)
        for key in keys {
            var segment: [UInt8] = []
            for (position, symbol) in (key + [SkeletonText.space]).enumerated() {
                if SkeletonText.isLetter(symbol) {
                    segment.append(symbol)
                    continue
                }
                if let first = segment.first.flatMap(Self.index) {
                    starts |= 1 << first
                    if segment.count >= 2, let second = Self.index(segment[1]) {
                        pairs[Int(first)] |= 1 << second
                    } else if segment.count >= 2 || position == key.count {
                        // A one-symbol segment inside a key needs a boundary
                        // after its letter; at the key's end, an ending may follow.
                        singles |= 1 << first
                    }
                }
                segment = []
            }
        }
        segmentStarts = starts
        segmentPairs = pairs
        singleSymbolSegments = singles
        var possible: UInt32 = 0
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") where Self.firstSymbols(of: letter) & starts != 0 {
            possible |= 1 << UInt32(letter - UInt8(ascii: "a"))
        }
        possibleStarts = possible
    }

    @inline(__always)
    private static func index(_ letter: UInt8) -> UInt32? {
        letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") ? UInt32(letter - UInt8(ascii: "a")) : nil
    }

    /// The symbols (bits) a word beginning with base letter `letter` may begin
    /// with, by `SkeletonRewriter`'s rules; all of them for anything else.
    static func firstSymbols(of letter: UInt8) -> UInt32 {
        guard let own = index(letter) else { return ~0 }
        func bits(_ letters: String) -> UInt32 { letters.utf8.reduce(0) { $0 | 1 << index($1)! } }
        switch letter {
        case UInt8(ascii: "s"): return bits("sw")
        case UInt8(ascii: "z"): return bits("zj")
        case UInt8(ascii: "d"): return bits("dj")
        case UInt8(ascii: "k"): return bits("kh")
        case UInt8(ascii: "c"): return bits("cqk")
        case UInt8(ascii: "t"): return bits("tcq")
        case UInt8(ascii: "y"), UInt8(ascii: "i"): return bits("ie")  // ie → e
        case UInt8(ascii: "j"): return bits("ji")
        default: return 1 << own
        }
    }

    /// A letter that is its own symbol at the start of a word whatever follows
    /// (no digraph begins with it, no glide or vowel fold involves it).
    static func isPlainFirst(_ letter: UInt8) -> Bool { "abefghilmopru".utf8.contains(letter) }

    /// A second letter that is its own symbol after a plain first one.
    static func isPlainSecond(_ letter: UInt8) -> Bool { "bfhlmprv".utf8.contains(letter) }

    /// Whether a word whose base letters begin `first`, `second` (0: none)
    /// may begin a key segment.
    @inline(__always)
    func mayBeginKey(_ first: UInt8, _ second: UInt8) -> Bool {
        guard let a = Self.index(first) else { return true }
        if Self.isPlainFirst(first), Self.isPlainSecond(second), let b = Self.index(second) {
            return singleSymbolSegments & (1 << a) != 0 || segmentPairs[Int(a)] & (1 << b) != 0
        }
        return possibleStarts & (1 << a) != 0
    }
}
