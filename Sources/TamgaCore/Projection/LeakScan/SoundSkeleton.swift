/// How a word sounds, for the leak scan's near-name rule (`LeakNearNames`,
/// red-team round 6, class A): every name the red team slipped past was one
/// edit from a declared spelling once vowels and the letters that write one
/// sound are read alike: Dilshod, Dilshad, Dilshat, Дилшат; Aibek, Oybek,
/// Айбак; Erkin, Irkin; Osmonov, Usmonov; Asanov, Hasanov, Asanof; Chyngyz,
/// Chyngys; Бүбүсара, Бюбюсара, Byubyusara, Biubiusara; Sadykov, Saydkov,
/// Sadykvo.
///
/// A skeleton is a string of one-byte symbols: a vowel by its class (`A`
/// a/ә/я, `E` e/э/е, `I` i/y/ы/и/й, `O` o/ө/ö/ё, `U` u/ү/ü/у/ю/yu; the
/// letters of one class are one spelling of the sound: Бүбүсара and
/// Бюбюсара and Byubyusara are all `bUbUsArA`, Aibek and Айбек `AIbEk`), and
/// one symbol per consonant sound whatever its spelling: `S` sh/ш/щ/sch/ş,
/// `C` ch/ч/tsch/ç, `j` zh/ж/j/dzh/дж/dj/dsch, `T` ts/tz/ц, `N` ng/ң/нг
/// (with the г/g that follows it), `h` kh/х/x/h (dropped at the start
/// before a vowel: Hasanov is Asanov), `v` v/w, `k` k/q/қ. Soft and hard
/// signs and doubled letters are dropped. Both scripts map to the same
/// symbols, so a skeleton compares across them too.
///
/// Input is the leak scan's normalized text (`LeakNormalizer`: lower case,
/// Cyrillic letters shaped like Latin ones already Latin), so `p`, `c`,
/// `y` and `x` are read as the Cyrillic р, с, у, х in a word that has any
/// other Cyrillic letter.
enum SoundSkeleton {
    /// The skeleton of a normalized word; empty for a word with a letter
    /// of another script (the normalizer has read every look-alike it knows).
    ///
    /// `collapsingVowels: false` keeps one symbol per vowel letter: a consonant
    /// left out between two vowels (Sadyov for Sadykov, Toktosunoa) is then
    /// one edit, where the collapsed skeleton makes it two.
    static func of(_ word: some Collection<Unicode.Scalar>, collapsingVowels: Bool = true) -> [UInt8] {
        let scalars = Array(word)
        let cyrillic = scalars.contains { (0x0400...0x04FF).contains($0.value) }
        var out: [UInt8] = []
        var index = 0
        while index < scalars.count {
            let (symbol, length) = cyrillic ? cyrillicSymbol(scalars, at: index) : latinSymbol(scalars, at: index)
            index += length
            guard let symbol else { continue }
            if symbol == UInt8(ascii: "?") { return [] }
            // ng/ң absorbs the g written after it (Чыңгыз, Chynggyz, Chyngyz are one sound).
            if symbol == UInt8(ascii: "g"), out.last == UInt8(ascii: "N") { continue }
            if out.last == symbol, collapsingVowels || !isVowel(symbol) { continue }
            out.append(symbol)
        }
        // An initial h before a vowel is not written in every system (Hasanov, Asanov; Хасан, Асан).
        if out.count > 1, out[0] == UInt8(ascii: "h"), isVowel(out[1]) { out.removeFirst() }
        return out
    }

    /// The skeleton with every `O` read as `A`: Uzbek writes the Persian and
    /// Arabic long a of a name as o (Абдурахманова → Abdurahmonova, Садыков →
    /// Sodiqov, Османов → Usmonov), so the near-name rule compares these
    /// readings too and counts the shift as no slip (red-team round 7, A-024).
    static func uzbekShifted(_ skeleton: [UInt8]) -> [UInt8] {
        skeleton.map { $0 == UInt8(ascii: "O") ? UInt8(ascii: "A") : $0 }
    }

    /// The vowel classes.
    static let vowels: Set<UInt8> = Set("AEIOU".utf8)
    static func isVowel(_ symbol: UInt8) -> Bool { vowels.contains(symbol) }

    /// Pairs a one-letter substitution may swap: voiced and voiceless
    /// (Dilshod, Dilshat; Chyngyz, Chyngys; Rakhimov, Rakhimof), k and the
    /// h of kh (Rakimov), and n beside ng.
    static let pairs: Set<UInt16> = {
        let list: [(Character, Character)] = [("b", "p"), ("d", "t"), ("g", "k"), ("k", "h"), ("z", "s"), ("v", "f"),
                                              ("j", "S"), ("j", "C"), ("n", "N"), ("S", "s"), ("T", "s")]
        var set: Set<UInt16> = []
        for (a, b) in list {
            let x = UInt16(a.asciiValue!), y = UInt16(b.asciiValue!)
            set.insert(x << 8 | y)
            set.insert(y << 8 | x)
        }
        return set
    }()

    /// The skeleton with each pair read as one symbol and every vowel as
    /// `V`: the key under which `LeakNearNames` files a skeleton, so a pair
    /// swap or another vowel is found by lookup.
    static func folded(_ skeleton: [UInt8]) -> [UInt8] {
        skeleton.map { symbol in
            if isVowel(symbol) { return UInt8(ascii: "V") }
            switch symbol {
            case UInt8(ascii: "p"): return UInt8(ascii: "b")
            case UInt8(ascii: "t"): return UInt8(ascii: "d")
            case UInt8(ascii: "k"), UInt8(ascii: "h"): return UInt8(ascii: "g")
            case UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "T"), UInt8(ascii: "C"): return UInt8(ascii: "j")
            case UInt8(ascii: "z"): return UInt8(ascii: "j")
            case UInt8(ascii: "f"): return UInt8(ascii: "v")
            case UInt8(ascii: "N"): return UInt8(ascii: "n")
            default: return symbol
            }
        }
    }

    /// Whether `word` is `part` spelled another way: the last consonant
    /// voiced or devoiced (Dilshat, Chyngys, Rakhimof: free, as it is
    /// spoken), and at most one of: a vowel of another class (Oybek,
    /// Irkin, Nurlon, Usmonov, Айбак), a vowel added or left out (Saydkov,
    /// Садыкв), two neighbours swapped (Sadykvo), a consonant typed twice
    /// next to where it belongs (Садыквов), or s for a z inside the word
    /// (Kusnetsov, the usual English misspelling).
    ///
    /// Not counted, because they make other Kyrgyz and Russian surnames,
    /// one edit apart by the way they are built: another consonant (Садыков,
    /// Сатыков), a consonant added or left out (Садыкбаев; Жээнбеков,
    /// Жээнбаев; Ибраимов, Ибрагимов; and so the typo Шевчеко), two vowels
    /// of other classes (Асанов, Усенов).
    static func isNear(word given: [UInt8], part: [UInt8]) -> Bool {
        var word = given
        if let last = word.last, let partLast = part.last, last != partLast, pairs.contains(UInt16(last) << 8 | UInt16(partLast)) {
            word[word.count - 1] = partLast
        }
        if word == part { return true }
        if word.count == part.count {
            guard let i = word.indices.first(where: { word[$0] != part[$0] }) else { return true }
            if isVowel(word[i]), isVowel(part[i]), word[(i + 1)...] == part[(i + 1)...] { return true }
            // English writes a з inside the word as s (Kusnetsov; round 8, A2): only that way round, never at the start.
            if i > 0, word[i] == UInt8(ascii: "s"), part[i] == UInt8(ascii: "z"), word[(i + 1)...] == part[(i + 1)...] { return true }
            return i + 1 < word.count && word[i] == part[i + 1] && word[i + 1] == part[i] && word[(i + 2)...] == part[(i + 2)...]
        }
        let (long, short) = word.count > part.count ? (word, part) : (part, word)
        guard long.count == short.count + 1 else { return false }
        let i = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
        guard long[(i + 1)...] == short[i...] else { return false }
        if isVowel(long[i]) { return true }
        // A consonant added to the word that the part has within two places (an echo of the keyboard).
        guard word.count > part.count else { return false }
        return part[max(0, i - 2)..<min(part.count, i + 2)].contains(long[i])
    }

    // MARK: - Letters

    private static let vowelClasses: [(Character, String)] = [
        ("A", "aäâàáåəаяә"), ("E", "eëêéèеэєё"), ("I", "iyıïîíиыйіїj"), ("O", "oöôóøоө"), ("U", "uüûúуюүўұ"),
    ]
    /// A vowel letter's class; Cyrillic е and ё are read E and O, the Latin look-alikes by their script.
    private static let latinVowelClass: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (symbol, letters) in vowelClasses {
            for letter in letters.unicodeScalars where letter.value < 0x400 && letter != "j" { table[letter] = symbol.asciiValue! }
        }
        return table
    }()
    private static let cyrillicVowelClass: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        for (symbol, letters) in vowelClasses {
            for letter in letters.unicodeScalars where letter.value >= 0x400 { table[letter] = symbol.asciiValue! }
        }
        // The normalizer's Latin look-alikes of Cyrillic vowels: а е о у і.
        table["a"] = UInt8(ascii: "A"); table["e"] = UInt8(ascii: "E"); table["o"] = UInt8(ascii: "O")
        table["y"] = UInt8(ascii: "U"); table["i"] = UInt8(ascii: "I")
        return table
    }()
    /// Latin spellings of the iotated vowels after a consonant (Byubyusara, Biubiusara for Бюбюсара).
    private static let latinIotated: [(String, Character)] = [("yu", "U"), ("iu", "U"), ("ya", "A"), ("ia", "A"), ("yo", "O"), ("io", "O")]

    /// Latin spellings of one sound, longest first.
    private static let latinGroups: [(String, Character)] = [
        ("shch", "S"), ("dsch", "j"), ("tsch", "C"), ("sch", "S"), ("dzh", "j"), ("tch", "C"),
        ("zh", "j"), ("dj", "j"), ("dž", "j"), ("sh", "S"), ("ch", "C"), ("ts", "T"), ("tz", "T"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("ng", "N"),
    ]
    private static let latinGroupScalars: [([Unicode.Scalar], UInt8)] = latinGroups.map { (Array($0.0.unicodeScalars), $0.1.asciiValue!) }

    private static let latinSingles: [Unicode.Scalar: Character] = [
        "j": "j", "š": "S", "ş": "S", "č": "C", "ç": "C", "ž": "j", "q": "k", "x": "h", "w": "v", "c": "s", "ğ": "g", "ñ": "n",
    ]

    private static func latinSymbol(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt8?, Int) {
        for (group, symbol) in latinGroupScalars where index + group.count <= scalars.count
            && scalars[index..<(index + group.count)].elementsEqual(group) {
            return (symbol, group.count)
        }
        for (group, symbol) in latinIotated where index > 0 && index + 2 <= scalars.count
            && latinVowelClass[scalars[index - 1]] == nil && scalars[index..<(index + 2)].elementsEqual(group.unicodeScalars) {
            return (symbol.asciiValue, 2)
        }
        let scalar = scalars[index]
        if let symbol = latinVowelClass[scalar] { return (symbol, 1) }
        if let symbol = latinSingles[scalar] { return (symbol.asciiValue, 1) }
        if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return (UInt8(scalar.value), 1) }
        return (scalar.properties.isAlphabetic ? UInt8(ascii: "?") : nil, 1)
    }

    private static let cyrillicSingles: [Unicode.Scalar: Character] = [
        "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "ж": "j", "з": "z", "к": "k", "қ": "k", "л": "l", "м": "m",
        "н": "n", "ң": "N", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "h", "ҳ": "h", "һ": "h", "ц": "T",
        "ч": "C", "ҷ": "j", "ш": "S", "щ": "S",
        // Latin look-alikes the normalizer put for Cyrillic letters.
        "p": "r", "c": "s", "x": "h", "h": "h",
    ]

    private static func cyrillicSymbol(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt8?, Int) {
        let scalar = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        if scalar == "д", next == "ж" { return (UInt8(ascii: "j"), 2) }
        if scalar == "н", next == "г" { return (UInt8(ascii: "N"), 2) }
        if scalar == "ь" || scalar == "ъ" { return (nil, 1) }
        // Belarusian ў after a vowel is the в of Russian (Сямёнаў for Семёнов; round 7, A-102); Uzbek ў opening a syllable is a vowel.
        if scalar == "ў", index > 0, cyrillicVowelClass[scalars[index - 1]] != nil { return (UInt8(ascii: "v"), 1) }
        if let symbol = cyrillicVowelClass[scalar] { return (symbol, 1) }
        if let symbol = cyrillicSingles[scalar] { return (symbol.asciiValue, 1) }
        if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return (UInt8(scalar.value), 1) }
        return (scalar.properties.isAlphabetic ? UInt8(ascii: "?") : nil, 1)
    }
}
