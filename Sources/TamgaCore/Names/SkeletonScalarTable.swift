import Foundation

/// What one Unicode scalar contributes to a name skeleton, packed in 64 bits
/// so that the scanner's hot loop is one array load per scalar.
///
/// Bits 0–7 hold the `Kind`, bit 8 says the scalar is uppercase, bit 9 that
/// it has a look-alike in the other script, bits 16–47 hold up to four base
/// letters (ASCII, lowercase) and bits 48–63 up to two base letters of the
/// look-alike (what the letter would be read as in the other script).
struct ScalarEntry {
    let raw: UInt64

    enum Kind: UInt8 {
        /// Ends a word and never appears inside a name (digits, most punctuation, other scripts).
        case boundary = 0
        case latin, cyrillic
        /// Removed: zero-width characters, soft hyphen, combining marks, ь ъ, BGN/ISO primes.
        case soft
        case space, newline, dot, comma, hyphen
        /// `'` or `’`: a boundary before an English possessive `s`, removed otherwise (D'yakov, O'Brien).
        case apostrophe
    }

    var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: raw)) ?? .boundary }
    var isUpper: Bool { raw & 0x100 != 0 }
    var hasLookAlike: Bool { raw & 0x200 != 0 }
    var isLetter: Bool { let k = raw & 0xFF; return k == 1 || k == 2 }
    /// The base letters, in order, zero-terminated.
    var base: UInt32 { UInt32(truncatingIfNeeded: raw >> 16) }
    var lookAlike: UInt32 { UInt32(truncatingIfNeeded: raw >> 48) & 0xFFFF }

    init(raw: UInt64) { self.raw = raw }

    init(_ kind: Kind, base: String = "", upper: Bool = false, lookAlike: String = "") {
        var value = UInt64(kind.rawValue)
        if upper { value |= 0x100 }
        if !lookAlike.isEmpty { value |= 0x200 }
        for (i, byte) in base.utf8.prefix(4).enumerated() { value |= UInt64(byte) << (16 + 8 * i) }
        for (i, byte) in lookAlike.utf8.prefix(2).enumerated() { value |= UInt64(byte) << (48 + 8 * i) }
        raw = value
    }
}

/// The scalar table behind `SkeletonText`: Latin and Cyrillic letters to base
/// letters, and every other scalar to its role (space, soft, boundary, ...).
///
/// The Cyrillic column is a plain Latin reading (ж→zh, х→kh, ц→ts, ч→ch,
/// ш→sh, щ→shch, й/ы→y, ю→yu, я→ya, ң→ng, ө→o, ү→u, ё→e); the skeleton
/// rules then fold it together with every Latin spelling of the same sound,
/// so no transliteration system has to be enumerated at match time.
/// Latin diacritics fold by hand-written exceptions first (ž č š ŝ, Turkish
/// ş ç ğ ı, ß æ ø ł đ) and by Foundation's diacritic folding otherwise; й
/// never reaches that folding, so it is never confused with и by accident
/// (in the skeleton both read `i` on purpose, as Aibek/Айбек/Аибек demand).
enum SkeletonScalarTable {
    /// Entries for U+0000..<U+2100, built once.
    static let entries: [UInt64] = build()
    static let count = 0x2100

    @inline(__always)
    static func entry(_ value: UInt32) -> ScalarEntry {
        if value < UInt32(count) { return ScalarEntry(raw: entries[Int(value)]) }
        return slowEntry(value)
    }

    /// Scalars above the table: CJK, emoji, tags, variation selectors, ...
    static func slowEntry(_ value: UInt32) -> ScalarEntry {
        switch value {
        case 0x3000: return ScalarEntry(.space)
        case 0xFEFF, 0xFE00...0xFE0F, 0xE0000...0xE007F, 0xE0100...0xE01EF: return ScalarEntry(.soft)
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return ScalarEntry(.boundary) }
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark: return ScalarEntry(.soft)
        default: break
        }
        return scalar.properties.isWhitespace ? ScalarEntry(.space) : ScalarEntry(.boundary)
    }

    /// Cyrillic lowercase letters (Russian, Kyrgyz, and the neighbours a
    /// Central Asian report may quote) to base letters. ь and ъ are soft.
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
        // Kyrgyz (ң also as the ligature ҥ and as ӈ), Kazakh, Uzbek, Tajik, Ukrainian, Belarusian, Serbian.
        // Belarusian ў reads v: it stands where Russian writes в (Садыкоў, Петроў, Аўгуст; red-team round 2).
        "ң": "ng", "ҥ": "ng", "ӈ": "ng", "ө": "o", "ү": "u", "ә": "a", "ғ": "g", "қ": "k", "ҳ": "kh",
        "һ": "h", "ұ": "u", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "v", "ӯ": "u", "ӣ": "i",
        "ҷ": "dzh", "ђ": "dj", "ј": "j", "љ": "l", "њ": "n", "ћ": "ch", "џ": "dzh", "ѕ": "s",
        "ѐ": "e", "ѝ": "i", "ӏ": "l", "ԁ": "d", "ԛ": "k", "ԝ": "v", "ӧ": "o", "ӱ": "u",
    ]

    /// Latin letters whose folding is a sound, not a bare letter.
    static let latinSpecial: [Character: String] = [
        "ž": "zh", "č": "ch", "š": "sh", "ŝ": "shch", "ş": "sh", "ș": "sh", "ç": "ch", "ğ": "g",
        "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "dj", "ð": "d",
        "þ": "th", "ǰ": "j", "ʒ": "zh", "ŋ": "ng", "ĳ": "ij", "x": "ks", "q": "k", "w": "v",
    ]

    /// Look-alike pairs whose readings differ: what a Latin letter would be
    /// read as in a Cyrillic word, and the reverse. (а/a, е/e, о/o, к/k, м/m,
    /// т/t read the same in both scripts and need no entry.)
    static let latinLookAlike: [Character: String] = [
        "c": "s", "C": "s", "p": "r", "P": "r", "x": "kh", "X": "kh", "y": "u", "Y": "u",
        "B": "v", "H": "n",
    ]
    static let cyrillicLookAlike: [Character: String] = [
        "с": "c", "С": "c", "р": "p", "Р": "p", "х": "ks", "Х": "ks", "у": "y", "У": "y",
        "В": "b", "Н": "h",
    ]

    private static func build() -> [UInt64] {
        var table = [UInt64](repeating: ScalarEntry(.boundary).raw, count: count)
        func set(_ value: Int, _ entry: ScalarEntry) { table[value] = entry.raw }
        for value in [0x20, 0x09, 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x202F, 0x205F] { set(value, ScalarEntry(.space)) }
        for value in 0x2000...0x200A { set(value, ScalarEntry(.space)) }
        for value in [0x0A, 0x0D, 0x2028, 0x2029] { set(value, ScalarEntry(.newline)) }
        let soft = [0xAD, 0x34F, 0x180E, 0xB7, 0x2BC, 0x2BA, 0x2B9, 0x2032, 0x2033, 0x2E1, 0x2BE, 0x2BF]
            + Array(0x200B...0x200F) + Array(0x202A...0x202E) + Array(0x2060...0x206F)
            + Array(0x300...0x36F) + Array(0x483...0x489)
        for value in soft { set(value, ScalarEntry(.soft)) }
        set(0x2E, ScalarEntry(.dot))
        set(0x2C, ScalarEntry(.comma))
        for value in [0x2D, 0x2010, 0x2011] { set(value, ScalarEntry(.hyphen)) }
        for value in [0x27, 0x2019, 0x2BB, 0x60, 0xB4] { set(value, ScalarEntry(.apostrophe)) }
        for value in 0..<count {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            if table[value] != ScalarEntry(.boundary).raw { continue }
            if let entry = letterEntry(scalar) { set(value, entry) }
        }
        return table
    }

    private static func letterEntry(_ scalar: Unicode.Scalar) -> ScalarEntry? {
        let upper = scalar.properties.isUppercase
        let lower = Character(scalar.properties.lowercaseMapping)
        let original = Character(scalar)
        if (0x400...0x52F).contains(scalar.value) {
            if lower == "ь" || lower == "ъ" { return ScalarEntry(.soft) }
            guard let base = cyrillic[lower] else { return nil }
            return ScalarEntry(.cyrillic, base: base, upper: upper, lookAlike: cyrillicLookAlike[original] ?? "")
        }
        if let base = latinSpecial[lower] {
            return ScalarEntry(.latin, base: base, upper: upper, lookAlike: latinLookAlike[original] ?? "")
        }
        if (0x370...0x3FF).contains(scalar.value) {
            // Greek look-alikes of Latin letters (ο α ε ρ ...), an old homoglyph trick.
            let greek: [Character: String] = [
                "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
                "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "ks", "ζ": "z", "γ": "g", "δ": "d", "λ": "l",
            ]
            guard let base = greek[lower] else { return nil }
            return ScalarEntry(.latin, base: base, upper: upper)
        }
        let folded = String(lower).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard !folded.isEmpty, folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        let base = latinSpecial[Character(folded)] ?? folded
        return ScalarEntry(.latin, base: base, upper: upper, lookAlike: latinLookAlike[original] ?? "")
    }
}
