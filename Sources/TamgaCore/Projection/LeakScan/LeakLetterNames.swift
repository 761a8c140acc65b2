/// Readings of letters taken from their Unicode names, for the look-alikes
/// Unicode's confusables data (`LeakLookAlikes`) does not list or reads only
/// one way (red-team round 5): `ҡ` CYRILLIC SMALL LETTER BASHKIR KA and `ӄ`
/// KA WITH HOOK read к, `ʋ` LATIN SMALL LETTER V WITH HOOK reads v (its
/// skeleton says u), `ү` STRAIGHT U reads у, which among Latin letters is y,
/// and a Greek letter reads as its transliteration too (`υ` upsilon: u by
/// shape, y by name). A letter's name is its base letter plus what was
/// added to it (a hook, a descender, a script's own variant); a reader who
/// does not know the letter reads the base.
///
/// Each derived reading goes where it can only add hits:
/// - `folds`: a letter the normalizer would keep as it is (no confusable
///   reading) is folded to its base (ҡ → к), as the confusables are;
/// - `alternates`: a base in the other script than the letter's first
///   reading (ԁ reads d by shape, д by name; ү reads ү, y among Latin
///   letters) is chosen by the word's script (`MixedScriptText`);
/// - `secondReadings`: other readings in the same script (υ: u, then y)
///   are each tried in a reader's view of their own (`SecondReadingText`).
///
/// The Kyrgyz and Kazakh letters reports are written in (ү ө ң қ ғ ...) are
/// letters of their own, never folded: only their reading in a Latin word
/// (ү → y, ө → o) is an alternate.
enum LeakLetterNames {
    static let folds: [Unicode.Scalar: Unicode.Scalar] = derived.folds
    static let alternates: [Unicode.Scalar: Unicode.Scalar] = derived.alternates
    static let secondReadings: [Unicode.Scalar: [Unicode.Scalar]] = derived.second

    /// The blocks of letters a reader may take for Latin or Cyrillic ones
    /// (Latin Extended-B, IPA, Greek, Cyrillic beyond Russian, phonetic
    /// extensions, Latin Extended Additional, Greek Extended, Latin
    /// Extended-C/D/E, Cyrillic Extended-B/C).
    static let blocks: [ClosedRange<UInt32>] = [
        0x180...0x2AF, 0x370...0x3FF, 0x450...0x52F, 0x1C80...0x1C8F, 0x1D00...0x1DBF, 0x1E00...0x1FFF,
        0x2C60...0x2C7F, 0xA640...0xA69F, 0xA720...0xA7FF, 0xAB30...0xAB6F,
    ]

    /// Kyrgyz and Kazakh letters: letters of the reports' own alphabets.
    static let native: Set<Unicode.Scalar> = Set("ғқңүұһөәҳіё".unicodeScalars)

    /// Shapes no name gives: round omega `ѻ` is an о with a line through it.
    static let byShape: [Unicode.Scalar: Unicode.Scalar] = ["ѻ": "о", "ꙩ": "о", "ꙫ": "о"]

    /// Greek letters by their transliteration (ELOT 743, one letter each).
    static let greek: [String: Unicode.Scalar] = [
        "ALPHA": "a", "BETA": "v", "GAMMA": "g", "DELTA": "d", "EPSILON": "e", "ZETA": "z", "ETA": "i", "IOTA": "i",
        "KAPPA": "k", "LAMDA": "l", "MU": "m", "NU": "n", "XI": "x", "OMICRON": "o", "PI": "p", "RHO": "r", "SIGMA": "s",
        "TAU": "t", "UPSILON": "y", "PHI": "f", "CHI": "h", "OMEGA": "o",
    ]

    /// Name words that change a letter's shape beyond its base (`ʌ` TURNED V
    /// is no v): such a letter takes no reading from its name.
    static let reshaping: Set<Substring> = ["TURNED", "REVERSED", "INVERTED", "SIDEWAYS", "IOTIFIED", "DOUBLE", "BINOCULAR",
                                            "MULTIOCULAR", "BLENDED", "CLOSED", "BROKEN", "TAILLESS", "DIGRAPH", "LIGATURE"]

    /// The Russian letters by the last word of their names (`KA` → к, `U` → у).
    static let russian: [Substring: Unicode.Scalar] = {
        var table: [Substring: Unicode.Scalar] = [:]
        for value in 0x430...0x44F {
            let scalar = Unicode.Scalar(UInt32(value))!
            guard let name = scalar.properties.name, let word = name.split(separator: " ").last else { continue }
            let full = name.split(separator: " ").drop { $0 != "LETTER" }.dropFirst().joined(separator: " ")
            // SHORT I, HARD SIGN: only a one-word name stands for its letter alone.
            if !full.contains(" ") { table[word] = scalar }
        }
        return table
    }()

    /// The base letter a reader reads for `scalar` by its name, lowercase.
    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let shape = byShape[scalar] { return shape }
        guard let name = scalar.properties.name else { return nil }
        let head = name.components(separatedBy: " WITH ")[0].split(separator: " ")
        guard let letter = head.firstIndex(of: "LETTER"), letter + 1 < head.count,
              !head.contains(where: reshaping.contains) else { return nil }
        let last = head[head.count - 1]
        switch head[0] {
        case "LATIN":
            guard last.count == 1, let only = last.unicodeScalars.first, ("A"..."Z").contains(only) else { return nil }
            return Unicode.Scalar(only.value + 0x20)
        case "CYRILLIC": return russian[last]
        case "GREEK": return greek[String(last)]
        default: return nil
        }
    }

    private static let derived: (folds: [Unicode.Scalar: Unicode.Scalar], alternates: [Unicode.Scalar: Unicode.Scalar],
                                 second: [Unicode.Scalar: [Unicode.Scalar]]) = {
        var folds: [Unicode.Scalar: Unicode.Scalar] = [:]
        var alternates: [Unicode.Scalar: Unicode.Scalar] = [:]
        var second: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        let confusables = LeakNormalizer.shapeConfusables
        func reading(_ scalar: Unicode.Scalar) -> Unicode.Scalar { confusables[scalar] ?? scalar }
        func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x400..<0x530).contains(scalar.value) }
        func add(_ letter: Unicode.Scalar, _ other: Unicode.Scalar) {
            let first = folds[letter] ?? reading(letter)
            guard other != first, other != letter else { return }
            if isCyrillic(other) != isCyrillic(first) {
                if LeakLookAlikes.alternates[letter] == nil, alternates[letter] == nil { alternates[letter] = other }
            } else if !native.contains(letter), second[letter]?.contains(other) != true {
                second[letter, default: []].append(other)
            }
        }
        for block in blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                guard lower.count == 1, let letter = lower.first, let base = base(of: scalar) else { continue }
                let other = reading(base)
                if !native.contains(letter), confusables[letter] == nil, folds[letter] == nil, other != letter {
                    folds[letter] = other
                } else {
                    add(letter, other)
                }
                // A capital read by its own shape (`Η` reads h, its small `η` n).
                if letter != scalar, let own = LeakLookAlikes.single[scalar] { add(letter, own) }
            }
        }
        // A letter folded to a native one reads that letter's other reading too (ҡ → к, k among Latin letters).
        for (letter, base) in folds where alternates[letter] == nil && LeakLookAlikes.alternates[letter] == nil {
            if let other = LeakLookAlikes.alternates[base] { alternates[letter] = other }
        }
        return (folds, alternates, second)
    }()
}
