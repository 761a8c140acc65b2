import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 7, class A (names): the round-6 "one slip" reader held
/// capitalised words only, so the same slips in lower case (a relative's
/// WhatsApp message pasted by a monitor) passed; a Czech/scientific
/// transliteration with its háčeks stripped (Sevcenko, Cyngyz) passed; and
/// Uzbek forms (the a→o shift, the -jon suffix) passed. The red team's
/// strings first, then every variant of the class generated for each of
/// the 18 persons (round7.md, "Persons used"), with recall printed per kind.
@Suite struct NameRound7ClassTests {
    /// Round 6's persons (the same 18 names in round 7) and the consented official S-9.
    static let front7 = NameRound6ClassTests.front6
        + "  S-9:\n    name: Gulnara Abdyldaeva\n    role: official\n    consent: [state, public]\n"

    struct Setup7 {
        let document: Document
        let scanner: LeakScanner
        let matcher: NameMatcher

        init(front: String = NameRound7ClassTests.front7) throws {
            document = try Fixture.parse(front: front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])
        }

        /// The persons the public scan finds in the text as written (no projection).
        func refused(_ text: String) -> Set<String> {
            do {
                try scanner.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }

        /// The persons the matcher (the projection) replaces in the text.
        func replaced(_ text: String) -> Set<String> {
            Set(matcher.matches(in: text).flatMap(\.candidates))
        }
    }

    static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// Round 7's lower-case failures (A-002, A-003, A-201…A-206, A-301…A-306, A-209) in the red team's sentences.
    static let lowerCaseCases: [(sentence: String, id: String)] = [
        ("msg from relative: oybek is in cell 3 now", "D-A"), ("relative wrote: dilshat has not eaten for two days", "D-R"),
        ("сестра пишет: садыкв в больнице", "D-A"), ("сестра пишет: дилшат в больнице", "D-R"),
        ("Апасы жазды: айбак ооруп жатат", "D-A"), ("they said usmonov hit him", "O-1"), ("msg: chyngys was moved", "D-Q"),
        ("msg: sadykvo was moved", "D-A"), ("msg: dilshood was moved", "D-R"), ("msg: rakhimof was moved", "D-R"),
        ("msg: nurlon was moved", "D-K"), ("msg: irkin was moved", "D-C"), ("msg: hasanov was moved", "D-C"),
        ("the lawyer of kuznecov called", "D-H"), ("Visit after oybek hunger strike", "D-A"),
    ]

    @Test(arguments: lowerCaseCases)
    func roundSevenLowerCaseSlipIsRefused(_ c: (sentence: String, id: String)) throws {
        #expect(try Setup7().refused(c.sentence).contains(c.id), "not refused: \(c.sentence)")
    }

    /// Where a lower-case name is written: a pasted chat, English, Russian and Kyrgyz prose.
    static func lowerCaseSentences(_ word: String) -> [String] {
        isCyrillic(word)
            ? ["сестра пишет: \(word) в больнице", "Нам сказали, что \(word) не ел два дня.", "Бизге \(word) эки күн тамак жебегенин айтышты."]
            : ["msg from relative: \(word) is in cell 3 now", "We were told that \(word) had not eaten for two days."]
    }

    /// Recall per kind over every one-edit spelling of every protected part,
    /// in lower case, in each context. Lexicon words are the words (counted
    /// apart); a consonant left out is not claimed (it makes other surnames).
    @Test func everyLowerCaseSlipIsRefused() throws {
        let setup = try Setup7()
        typealias Edit = NameRound6ClassTests.Edit6
        var total: [Edit: Int] = [:], refused: [Edit: Int] = [:], lexicon = 0
        var missed: [String] = []
        for (id, part) in NameRound6ClassTests.parts6 {
            for (kind, spellings) in NameRound6ClassTests.oneEditSpellings6(part) where kind != .consonantOut {
                for spelling in spellings.map({ $0.lowercased() }).sorted() {
                    if CommonWords.shared.isWordForm(spelling) { lexicon += 1; continue }
                    for sentence in Self.lowerCaseSentences(spelling) {
                        total[kind, default: 0] += 1
                        if setup.refused(sentence).contains(id) {
                            refused[kind, default: 0] += 1
                        } else if missed.count < 40 { missed.append(sentence) }
                    }
                }
            }
        }
        for kind in Edit.allCases where kind != .consonantOut {
            print("round 7 lower-case one-edit spellings, \(kind.rawValue): \(refused[kind] ?? 0)/\(total[kind] ?? 0) refused")
        }
        print("round 7 lower-case one-edit spellings: \(lexicon) lexicon words left to the lexicon")
        for kind in Edit.allCases where kind != .consonantOut {
            #expect(Double(refused[kind] ?? 0) >= 0.97 * Double(total[kind] ?? 1), "\(kind.rawValue): missed\n\(missed.joined(separator: "\n"))")
        }
    }
}

extension NameRound7ClassTests {
    /// The Czech (scientific) writing of a Cyrillic part with each háček
    /// letter either stripped (š→s, č→c, ž→z, ň→n) or written as an English
    /// digraph (sh, ch, zh): every mix, the all-digraph one excepted.
    static func strippedSpellings(_ part: String) -> Set<String> {
        let czech = ForeignTransliteration.czech.latin(part)
        let choices: [Character: [String]] = ["š": ["s", "sh"], "č": ["c", "ch"], "ž": ["z", "zh"], "ň": ["n"]]
        var spellings = [""]
        for letter in czech {
            let options = choices[letter] ?? [String(letter)]
            spellings = spellings.flatMap { prefix in options.map { prefix + $0 } }
        }
        let english = czech.map { choices[$0]?.last ?? String($0) }.joined()
        return Set(spellings.filter { $0 != english && $0 != czech }.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    }

    /// The Cyrillic parts with a letter Czech writes with a háček.
    static var hacekParts: [(id: String, part: String)] {
        NameRound6ClassTests.parts6.filter { isCyrillic($0.part) && $0.part.lowercased().contains(where: { "шчжщң".contains($0) }) }
    }

    /// A-009, A-207, A-212 and every mix for every part: the projection
    /// replaces them with the pseudonym (the matcher), so the scan of the raw
    /// text refuses them too. In lower case only where the part is no common
    /// word: жылдыз is "star", and `zyldyz` in lower case is the word, as
    /// `жылдыз` is (the lexicon decides, not the case).
    @Test func hacekStrippedSpellingsAreReplaced() throws {
        let setup = try Setup7()
        var total = 0, replaced = 0, refused = 0
        var missed: [String] = []
        let redTeam: [(id: String, part: String, spelling: String)] = [("D-N", "Шевченко", "Sevcenko"), ("D-N", "Шевченко", "Sevchenko"),
                                                                       ("D-Q", "Чыңгыз", "Cyngyz")]
        let generated = Self.hacekParts.flatMap { p in Self.strippedSpellings(p.part).map { (p.id, p.part, $0) } }
        for (id, part, spelling) in redTeam + generated.sorted(by: { $0.2 < $1.2 }) {
            let lowerCase = CommonWords.shared.isNamePart(part) ? [] : ["The lawyer of \(spelling.lowercased()) called."]
            for sentence in ["Detainee \(spelling) complained."] + lowerCase {
                total += 1
                let inMatcher = setup.replaced(sentence).contains(id), inScan = setup.refused(sentence).contains(id)
                if inMatcher { replaced += 1 }
                if inScan { refused += 1 }
                if !inMatcher, missed.count < 30 { missed.append(sentence) }
            }
        }
        print("round 7 háček-stripped spellings: \(replaced)/\(total) replaced, \(refused)/\(total) refused by the scan")
        #expect(replaced == total, "not replaced:\n\(missed.joined(separator: "\n"))")
        #expect(refused == total)
    }
}

extension NameRound7ClassTests {
    /// Uzbek forms: the vowel shift a→o (Abdurahmonova, Sodiqov, Usmonov),
    /// kh written h, and the diminutive -jon (Oybekjon): a derivation, so one
    /// more slip on top is still the person.
    static var uzbekSpellings: [(id: String, spelling: String)] {
        var out: [(String, String)] = [("D-M", "Abdurahmonova"), ("D-A", "Oybekjon")]
        for (id, part) in NameRound6ClassTests.parts6 where !isCyrillic(part) {
            let lower = part.lowercased()
            let bases = lower.contains("kh") ? [lower, lower.replacingOccurrences(of: "kh", with: "h")] : [lower]
            for base in bases {
                let letters = Array(base)
                // The shift, then one more slip: another vowel elsewhere, or a u after the first syllable (Abdurahmonova).
                for index in letters.indices where letters[index] == "a" {
                    var shifted = letters
                    shifted[index] = "o"
                    var slipped: [[Character]] = []
                    for other in letters.indices where other != index && "aeiouy".contains(letters[other]) {
                        var variant = shifted
                        variant[other] = letters[other] == "u" ? "i" : "u"
                        slipped.append(variant)
                    }
                    for variant in [shifted] + slipped {
                        out.append((id, String(variant.prefix(1)).uppercased() + String(variant.dropFirst())))
                    }
                }
            }
        }
        for (id, given) in [("D-A", "Aibek"), ("D-A", "Oybek"), ("D-R", "Dilshod"), ("D-K", "Nurlan"), ("D-C", "Erkin"), ("D-E", "Maksat"),
                            ("D-Q", "Chyngyz"), ("D-T", "Aizhan"), ("D-M", "Zhyldyz")] {
            out.append((id, given + "jon"))
        }
        for (id, given) in [("D-A", "Айбек"), ("D-R", "Дилшод"), ("D-K", "Нурлан"), ("D-T", "Айжан")] {
            out.append((id, given + "жон"))
            out.append((id, given + "джон"))
        }
        return out
    }

    @Test func uzbekFormsAreRefused() throws {
        let setup = try Setup7()
        var missed: [String] = []
        let cases = Self.uzbekSpellings
        for (id, spelling) in cases {
            let sentence = Self.isCyrillic(spelling) ? "Задержанный \(spelling) жаловался." : "Detainee \(spelling) complained."
            if !setup.refused(sentence).contains(id) { missed.append(sentence) }
        }
        print("round 7 Uzbek forms: \(cases.count - missed.count)/\(cases.count) refused")
        #expect(missed.isEmpty, "not refused:\n\(missed.joined(separator: "\n"))")
    }
}

extension NameRound7ClassTests {
    /// The red team's weak cases that a rule of the class reads: Belarusian ў
    /// for в with the vowel shift (Сямёнаў, A-102) and the Kyrgyz
    /// diminutive of a name opening with a doubled syllable (Бүбүш, A-093).
    /// Not read: Бибисара (two vowels of another class: other names are two
    /// vowels from Бүбүсара too).
    @Test(arguments: [("Затрыманы Пятро Сямёнаў скардзіўся.", "D-S"), ("Бүбүш ооруп калды.", "D-U"), ("Бүбүшкө кат жазды.", "D-U")])
    func weakFormsOfTheClassAreCaught(_ c: (sentence: String, id: String)) throws {
        let setup = try Setup7()
        #expect(setup.refused(c.sentence).contains(c.id) || setup.replaced(c.sentence).contains(c.id), "left: \(c.sentence)")
    }
}
