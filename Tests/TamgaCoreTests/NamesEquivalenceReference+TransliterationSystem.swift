// Frozen copy of Sources/TamgaCore/Names/TransliterationSystem.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// The Cyrillic → Latin systems a name may have been written in, as
    /// hand-written tables (not ICU: on Linux its Russian transform leaves
    /// Kyrgyz ң ө ү alone and its Kyrgyz one writes й as ĭ, unlike the
    /// published tables; STYLE.md, redaction.md 1.9).
    ///
    /// The matcher does not need these to match (the skeleton folds them); they
    /// give the person registry and the leak scan the spellings to show and to
    /// search, and the tests prove, table by table, that the skeleton folds every
    /// system's output onto the Cyrillic.
    public enum TransliterationSystem: String, CaseIterable, Sendable {
        /// ICAO Doc 9303 Part 3 (machine-readable travel documents), used in Russian
        /// passports since FMS order No. 320 (2012), with the Kyrgyz extension ү→u, ң→n, ө→o.
        case icao9303
        /// BGN/PCGN 1947 for Russian; Kyrgyz letters as in BGN/PCGN 1979.
        case bgnPCGNRussian
        /// BGN/PCGN 1979 for Kyrgyz (PCGN table, checked 2022).
        case bgnPCGNKyrgyz
        /// ISO 9:1995 (GOST 7.79-2000 system A), one Latin letter per Cyrillic letter.
        case iso9
        /// ODNI ICS 630-01 Annex R (2015) for Kyrgyz personal names: ASCII, ъ ь dropped.
        case odniKyrgyz
        /// What people type without a standard: j for й, ю, я (Ajbek, Julija),
        /// h for х, i for ы, oe/ue for ө/ү.
        case informal

        /// The table for lowercase letters. `е` and `ё` are handled in `latin(_:)`
        /// because BGN/PCGN writes them ye/yë at the start of a word and after a vowel, й, ъ, ь.
        var table: [Character: String] {
            var t = Self.common
            switch self {
            case .icao9303:
                t.merge(["ё": "e", "ж": "zh", "й": "i", "ъ": "ie", "ь": "", "ю": "iu", "я": "ia",
                         "ң": "n", "ө": "o", "ү": "u"]) { $1 }
            case .bgnPCGNRussian:
                t.merge(["ё": "ë", "ж": "zh", "й": "y", "ъ": "ʺ", "ь": "ʼ", "ю": "yu", "я": "ya",
                         "ң": "ng", "ө": "ö", "ү": "ü"]) { $1 }
            case .bgnPCGNKyrgyz:
                t.merge(["ё": "yo", "ж": "j", "й": "y", "ъ": "ʺ", "ь": "ʼ", "ю": "yu", "я": "ya",
                         "ң": "ng", "ө": "ö", "ү": "ü"]) { $1 }
            case .iso9:
                t.merge(["ё": "ë", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
                         "ъ": "ʺ", "ь": "ʹ", "э": "è", "ю": "û", "я": "â", "ң": "ṇ", "ө": "ô", "ү": "ù"]) { $1 }
            case .odniKyrgyz:
                t.merge(["ё": "yo", "ж": "j", "й": "y", "ъ": "", "ь": "", "ю": "yu", "я": "ya",
                         "ң": "ng", "ө": "o", "ү": "u"]) { $1 }
            case .informal:
                t.merge(["ё": "jo", "ж": "j", "й": "j", "х": "h", "ъ": "", "ь": "", "ы": "i", "ю": "ju", "я": "ja",
                         "ң": "n", "ө": "oe", "ү": "ue", "ц": "c", "щ": "sch"]) { $1 }
            }
            return t
        }

        /// Whether е is written ye (and ё yë/yo) at the start of a word and after a vowel, й, ъ, ь.
        var iotatesE: Bool { self != .icao9303 && self != .iso9 }

        private static let common: [Character: String] = [
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k",
            "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
        ]
    }
}
