// Frozen copy of Sources/TamgaCore/Names/NameEndings.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// The endings a name stem may carry in running text, as skeletons.
    ///
    /// Kyrgyz stacks suffixes (Садыков-дор-дун, Айбег-и-нин) and Russian has six
    /// cases in two genders and the plural, so the forms of a name are not
    /// enumerated per person: the matcher keeps one key per stem and accepts the
    /// rest of the word if it is one of these endings (redaction.md 1.8, "stem +
    /// bounded letter suffix"). Unlike the `\p{L}{0,6}` rule proposed there, the
    /// rest of the word must be a real ending, so Айбек does not swallow an
    /// unrelated "Айбекова" or "Sadykovsky" (a different surname: left alone; if
    /// it is a person of the vault it has its own key). All harmony variants are
    /// accepted after any stem: a union is cheaper than deciding the harmony class,
    /// and a wrong-harmony form in a text is still the name.
    enum NameEndings {
        /// Russian case endings (both genders, plural, adjectival -ский/-ая),
        /// Kyrgyz stacks (plural + possessive + case), and English plural -s.
        static let full: Set<[UInt8]> = {
            var set = Set<[UInt8]>()
            for ending in russian { set.insert(skeleton(ending)) }
            for plural in [""] + kyrgyzPlural {
                for possessive in [""] + kyrgyzPossessive {
                    for kase in [""] + kyrgyzCase {
                        set.insert(skeleton(plural + possessive + kase))
                    }
                }
            }
            set.insert(skeleton("s"))
            set.remove([])
            return set
        }()

        /// For short stems (fewer than four symbols: Ли, Ким, Али): one Russian or
        /// Kyrgyz case ending, no stacks, so that a short name does not turn every
        /// word that starts with it into a hit.
        static let short: Set<[UInt8]> = {
            var set = Set<[UInt8]>()
            for ending in russian.prefix(16) { set.insert(skeleton(ending)) }
            for ending in kyrgyzCase { set.insert(skeleton(ending)) }
            set.insert(skeleton("s"))
            set.remove([])
            return set
        }()

        /// The longest ending, in symbols: no need to look further into a word.
        static let longest: Int = full.map(\.count).max() ?? 0

        private static func skeleton(_ text: String) -> [UInt8] { SkeletonText(text).symbols }

        /// Russian noun and adjective endings for names (petrovich rules, both genders).
        /// The first sixteen are the common singular ones.
        static let russian = [
            "а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "е", "и", "ы", "ой", "ей", "ою", "ею",
            "ого", "его", "ому", "ему", "ая", "яя", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими",
            "ам", "ям", "ами", "ями", "ах", "ях", "ий", "ый", "ья", "ью", "ьи", "ьей",
        ]

        /// Kyrgyz plural after vowels/voiced (-лар), after д/з-like (-дар), after voiceless (-тар);
        /// written in Latin so the skeleton reads them as Kyrgyz letters (ө→o, ү→u collapse anyway).
        static let kyrgyzPlural: [String] = ["l", "d", "t"].flatMap { c in ["a", "e", "o"].map { c + $0 + "r" } }

        /// Possessive: 3rd person (-ы, -сы), 1st singular (-ым, -м), 2nd singular (-ың, -ң), 1st plural (-ыбыз, -быз).
        static let kyrgyzPossessive: [String] = {
            let narrow = ["y", "i", "u"]
            return narrow + narrow.map { "s" + $0 } + narrow.map { $0 + "m" } + ["m"]
                + narrow.map { $0 + "ng" } + ["ng"] + narrow.map { $0 + "b" + $0 + "z" } + narrow.map { "b" + $0 + "z" }
        }()

        /// Case endings with vowel harmony (a/e/o/ö, y/i/u/ü) and assimilation of the
        /// first consonant (д after voiced, т after voiceless, н after vowels or the
        /// possessive): genitive, dative, accusative, locative, ablative, and the
        /// similative (-дай) and equative (-ча) a report uses.
        static let kyrgyzCase: [String] = {
            let wide = ["a", "e", "o"], narrow = ["y", "i", "u"]
            var endings: [String] = []
            for c in ["d", "t", "n"] { for v in narrow { endings += [c + v + "n", c + v] } }          // genitive, accusative
            for c in ["g", "k", "n", ""] { for v in wide { endings.append(c + v) } }               // dative
            for c in ["d", "t", "nd"] { for v in wide { endings.append(c + v) } }                   // locative
            for c in ["d", "t", "n", "nd"] { for v in wide { endings.append(c + v + "n") } }        // ablative
            for c in ["d", "t"] { for v in wide { endings.append(c + v + "y") } }                   // similative
            for v in wide { endings.append("ch" + v) }                                               // equative
            return endings
        }()
    }
}
