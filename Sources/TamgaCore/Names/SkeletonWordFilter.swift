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
/// mention, an initial) take the real skeleton of a placeholder
/// (`SkeletonText.wordSymbols`). A capital first letter is allowed (one word in
/// six of the benchmark corpus is capitalized); a capital after a small
/// letter is not, as it may start a name (camel case: "АйбекСадыков").
///
/// The skeleton's first symbol is one of few for a base letter (`s` may start
/// `sh` → `w`, `y` reads `i`, and an `i` becomes `e` in `ie`); where the first
/// two base letters alone decide the first two symbols (`leadingSymbols`:
/// both plain, or a digraph's first letter before a letter that cannot
/// complete it, as in "sa", "ka", "ta", "ya", "ca" → `ka`), the pair is checked.
struct SkeletonWordFilter: Sendable {
    /// Per first base letter `a`…`z`: bit `b - a` set where a word beginning
    /// with that letter and then base letter `b` may begin a key segment, and
    /// bit 26 where a word beginning with it and then anything else may.
    /// Precomputed so that the scanner's check is one load and one test: it
    /// runs for every word of every text (a per-call string search here was
    /// a tenth of the matcher's time).
    private let rows: [UInt32]

    /// Column of `rows` for a second letter that is not `a`…`z` (or none).
    private static let otherColumn: UInt32 = 26

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
        // A word may begin a key if one of its possible first symbols begins
        // a segment; where both first letters are plain, only if that exact
        // pair begins one (or the first letter alone ends a key).
        var rows = [UInt32](repeating: 0, count: 26)
        for a in 0..<26 {
            let first = UInt8(ascii: "a") + UInt8(a)
            let possible = Self.firstSymbols(of: first) & starts != 0
            var row: UInt32 = possible ? 1 << Self.otherColumn : 0
            for b in 0..<26 {
                let second = UInt8(ascii: "a") + UInt8(b)
                var may = possible
                if let (one, two) = Self.leadingSymbols(first, second), let x = Self.index(one) {
                    let seconds = Self.secondSymbols(of: two).compactMap(Self.index)
                    may = singles & (1 << x) != 0 || seconds.contains { pairs[Int(x)] & (1 << $0) != 0 }
                }
                if may { row |= 1 << b }
            }
            rows[a] = row
        }
        self.rows = rows
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
        case UInt8(ascii: "f"): return bits("fv")  // ff → v
        default: return 1 << own
        }
    }

    /// A letter that is its own symbol at the start of a word whatever follows
    /// (no digraph begins with it, no glide or vowel fold involves it; `j`
    /// reads as a glide only after a vowel, never first).
    /// (`f` is not: ff reads v.)
    static func isPlainFirst(_ letter: UInt8) -> Bool { "abeghijlmopruv".utf8.contains(letter) }

    /// The symbols a plain second letter may read as, by what follows it:
    /// `f` before `f` reads `v` (-off, -eff).
    static func secondSymbols(of letter: UInt8) -> [UInt8] {
        letter == UInt8(ascii: "f") ? [letter, UInt8(ascii: "v")] : [letter]
    }

    /// A second letter that is its own symbol after a plain first one, whatever
    /// follows: no digraph begins with it and it never folds into the letter
    /// before (`e` does after `i`, `o`, `u`; `i`, `y`, `j` may). A vowel after
    /// it may fold into it (`oe` → `o`), which leaves it the second symbol;
    /// `f` may read `v` (`secondSymbols`).
    static func isPlainSecond(_ letter: UInt8) -> Bool { "abfghlmnopruv".utf8.contains(letter) }

    /// The first two skeleton symbols of every word whose first two base
    /// letters are `first`, `second`, where those two letters decide them
    /// (`SkeletonRewriter`'s rules); nil where a later letter may change them.
    ///
    /// Why more than `isPlainFirst`/`isPlainSecond`: most words start with a
    /// consonant and a vowel, and keys start with s, t, k, y, ... too; checking
    /// only plain pairs kept every word starting with `s` ("с", "со", "суток")
    /// once one key did, and building those words' skeletons was a fifth of
    /// the matcher's time.
    static func leadingSymbols(_ first: UInt8, _ second: UInt8) -> (UInt8, UInt8)? {
        let e = UInt8(ascii: "e"), h = UInt8(ascii: "h")
        // `e` is its own symbol after a letter it cannot fold into (not i, y, o, u).
        guard isPlainSecond(second) || second == e else { return nil }
        // A doubled consonant reads as one (ff as v, vff as v): the third letter decides.
        if secondSymbols(of: second).contains(first) { return nil }
        switch first {
        case UInt8(ascii: "i"), UInt8(ascii: "y"):
            return second == e ? nil : (UInt8(ascii: "i"), second)  // ie → e
        case UInt8(ascii: "o"), UInt8(ascii: "u"):
            return second == e ? nil : (first, second)  // oe → o
        case UInt8(ascii: "f"):
            return (first, second)  // ff → v: a doubled f is caught above
        case UInt8(ascii: "c"):
            // ch → q; c before e is ц, before any other plain letter k.
            if second == h { return nil }
            return (second == e ? UInt8(ascii: "c") : UInt8(ascii: "k"), second)
        case UInt8(ascii: "s"), UInt8(ascii: "z"), UInt8(ascii: "k"):
            return second == h ? nil : (first, second)  // sh, zh, kh
        case UInt8(ascii: "n"):
            return second == UInt8(ascii: "g") ? nil : (first, second)  // ng → n, then the third letter
        case UInt8(ascii: "d"), UInt8(ascii: "t"):
            return (first, second)  // dz, dj, ts, tc: z, j, s, c are never plain seconds
        default:
            return isPlainFirst(first) ? (first, second) : nil
        }
    }

    /// Whether a word whose base letters begin `first`, `second` (0: none)
    /// may begin a key segment.
    @inline(__always)
    func mayBeginKey(_ first: UInt8, _ second: UInt8) -> Bool {
        let a = first &- UInt8(ascii: "a")
        guard a < 26 else { return true }
        let b = second &- UInt8(ascii: "a")
        let column = b < 26 ? UInt32(b) : Self.otherColumn
        return rows.withUnsafeBufferPointer { $0[Int(a)] } & (1 << column) != 0
    }
}
