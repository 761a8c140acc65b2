// Frozen copy of Sources/TamgaCore/Names/Transliteration.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// Transliteration of names between Cyrillic and Latin, both ways.
    ///
    /// Cyrillic → Latin follows one `TransliterationSystem` exactly. Latin →
    /// Cyrillic cannot be exact (y is ы, й or и; j is ж or й), so it gives the
    /// Russian-style and the Kyrgyz-style readings of a Latin name, enough for a
    /// declared "Aibek Sadykov" to show as Айбек Садыков in the registry. The
    /// matcher does not depend on either direction: it matches skeletons.
    public enum Transliteration {
        /// `text` in Latin letters per `system`, keeping the capitalization of each word.
        public static func latin(_ text: String, system: TransliterationSystem) -> String {
            let table = system.table
            var out = ""
            var previous: Character? = nil
            for character in text {
                let lower = Character(character.lowercased())
                var piece: String
                if lower == "е" || lower == "ё", system.iotatesE, previous.map(iotates) ?? true {
                    let glide = system == .informal ? "j" : "y"
                    piece = glide + (lower == "е" ? "e" : (system == .bgnPCGNRussian ? "ë" : "o"))
                } else if let mapped = table[lower] {
                    piece = mapped
                } else {
                    piece = String(character)
                    previous = character.isLetter ? Character(character.lowercased()) : nil
                    out += piece
                    continue
                }
                if character.isUppercase, let first = piece.first {
                    let nextIsUpper = isAllCapsContext(text, after: character)
                    piece = nextIsUpper ? piece.uppercased() : first.uppercased() + piece.dropFirst()
                }
                out += piece
                previous = lower
            }
            return out
        }

        /// е after these (or at the start of a word) is iotated: Yelena, Alekseyev, Podʺyezd.
        private static func iotates(_ c: Character) -> Bool {
            "аеёиоуыэюяйъьөү".contains(c) || !c.isLetter
        }

        private static func isAllCapsContext(_ text: String, after character: Character) -> Bool {
            let letters = text.filter(\.isLetter)
            return letters.count > 1 && letters.allSatisfy(\.isUppercase)
        }

        /// Cyrillic readings of a Latin name: Russian-style first (ja → я), then
        /// Kyrgyz-style (j → ж always, ü → ү, ö → ө, ng → ң), without duplicates.
        public static func cyrillic(_ text: String) -> [String] {
            var seen: [String] = []
            for kyrgyz in [false, true] {
                let reading = cyrillicReading(text, kyrgyz: kyrgyz)
                if !seen.contains(reading) { seen.append(reading) }
            }
            return seen
        }

        private static let latinDigraphs: [(String, String)] = [
            ("shch", "щ"), ("dzh", "дж"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
            ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iu", "ю"), ("ia", "я"), ("ju", "ю"), ("ja", "я"),
        ]
        private static let latinLetters: [Character: String] = [
            "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л",
            "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
            "c": "ц", "q": "к", "w": "в", "x": "кс", "y": "ы", "j": "ж", "ü": "ү", "ö": "ө", "é": "е", "ë": "ё",
        ]

        private static func cyrillicReading(_ text: String, kyrgyz: Bool) -> String {
            var out = ""
            for (index, word) in text.split(separator: " ").enumerated() {
                if index > 0 { out += " " }
                let letters = Array(word.lowercased())
                var i = 0
                var piece = ""
                let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ü", "ö"]
                while i < letters.count {
                    let rest = String(letters[i...])
                    let atStart = i == 0
                    if kyrgyz, rest.hasPrefix("ng"), i > 0 { piece += "ң"; i += 2; continue }
                    if let (latin, cyr) = latinDigraphs.first(where: { rest.hasPrefix($0.0) }),
                       !(latin.first == "i" && atStart), !(kyrgyz && latin.first == "j") {
                        piece += (latin == "ye" && !atStart) ? "е" : cyr
                        i += latin.count
                        continue
                    }
                    let c = letters[i]
                    let afterVowel = i > 0 && vowels.contains(letters[i - 1])
                    let beforeVowel = i + 1 < letters.count && vowels.contains(letters[i + 1])
                    if (c == "y" || c == "i" || c == "j") && afterVowel && !beforeVowel {
                        piece += "й"
                    } else if c == "e" && atStart {
                        piece += "э"
                    } else if !kyrgyz, c == "ü" || c == "ö" {
                        piece += c == "ü" ? "у" : "о"
                    } else {
                        piece += latinLetters[c] ?? String(c)
                    }
                    i += 1
                }
                if let first = word.first, first.isUppercase {
                    piece = piece.prefix(1).uppercased() + piece.dropFirst()
                }
                out += piece
            }
            return out
        }
    }
}
