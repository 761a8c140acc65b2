import Testing
@testable import TamgaCore

/// Red-team round 8, class A1 (names): the lexicon exemption beat the
/// exact name. A lower-case word that *is* a declared surname (кузнецов,
/// петров, орлов for Orlova), a derived spelling of one (садиков for
/// Sadikov/Садыков, семенов for Семёнов) or one of its case forms
/// (кузнецова, кузнецову, кузнецовым) was published when the lexicon read
/// it as some word's form (genitive plural of кузнец, of садик, of орёл;
/// the possessive петров). The red team's sentences first, then the class
/// generated for every surname of the round's persons, with recall printed.
@Suite struct NameRound8ClassTests {
    typealias Setup = NameRound7ClassTests.Setup7

    /// A-001, A-201…A-204, A-003, A-005 as written.
    static let redTeamCases: [(sentence: String, id: String)] = [
        ("сестра пишет: кузнецов опять избили в камере", "D-H"), ("сестра пишет: петров в больнице", "D-G"),
        ("сестра пишет: кузнецова тоже вызвали", "D-H"), ("сестра пишет: кузнецову не дают лекарства", "D-H"),
        ("сестра пишет: кузнецовым занимается адвокат", "D-H"), ("сестра пишет: садиков в больнице", "D-A"),
        ("сестра пишет: орлов приходил к ней", "R-1"),
    ]

    @Test(arguments: redTeamCases)
    func roundEightExactSurnameInLowerCaseIsRefused(_ c: (sentence: String, id: String)) throws {
        #expect(try Setup().refused(c.sentence).contains(c.id), "not refused: \(c.sentence)")
    }

    /// The Russian surnames of the round's persons (-ов/-ев/-ин, either gender), by person.
    static let surnames: [(id: String, surname: String)] = [
        ("D-G", "Петров"), ("D-F", "Токтосунова"), ("D-A", "Садыков"), ("D-C", "Асанов"), ("D-D", "Старостин"),
        ("D-E", "Белов"), ("O-1", "Осмонов"), ("D-H", "Кузнецов"), ("R-1", "Орлова"), ("D-M", "Абдрахманова"),
        ("D-M", "Касымова"), ("D-R", "Рахимов"), ("D-S", "Семёнов"), ("D-T", "Жээнбекова"), ("D-U", "Өмүрбекова"),
    ]

    /// The surname, its other gender, its derived spellings (ё as е, ы as
    /// и: Sadikov read back into Cyrillic) and their case forms, lower case.
    static func lowerCaseForms(_ surname: String) -> Set<String> {
        let word = surname.lowercased()
        let masculine = word.hasSuffix("а") ? String(word.dropLast()) : word
        var bases: Set<String> = [masculine]
        if masculine.contains("ё") { bases.insert(masculine.replacingOccurrences(of: "ё", with: "е")) }
        if masculine.contains("ы") { bases.insert(masculine.replacingOccurrences(of: "ы", with: "и")) }
        var forms: Set<String> = []
        for base in bases {
            for ending in ["", "а", "у", "ым", "е", "ой", "ы", "ых", "ыми", "ом"] { forms.insert(base + ending) }
        }
        return forms
    }

    /// The surname written whole, either gender, or a derived spelling of it (ё as е, ы as и).
    static func isBase(_ form: String, of surname: String) -> Bool {
        let word = surname.lowercased()
        let masculine = word.hasSuffix("а") ? String(word.dropLast()) : word
        let readings = [masculine, masculine.replacingOccurrences(of: "ё", with: "е"), masculine.replacingOccurrences(of: "ы", with: "и")]
        return readings.contains { form == $0 || form == $0 + "а" }
    }

    /// Where a lower-case surname is written: a pasted chat, Russian prose, Kyrgyz and English prose.
    static func carriers(_ word: String) -> [String] {
        ["сестра пишет: \(word) в больнице", "Нам сказали, что \(word) не ел два дня.",
         "Бизге \(word) эки күн тамак жебегенин айтышты.", "The relative wrote that \(word) was beaten."]
    }

    /// Every form of every surname in every carrier: refused by the scan.
    /// A case form the lexicon lists whole as another lemma (беловой "fair",
    /// an adjective's nominative) keeps the lexicon's reading in lower-case
    /// prose, as before (ChatRegisterTests, "беловой вариант"): counted apart.
    @Test func everyLowerCaseSurnameFormIsRefused() throws {
        let setup = try Setup()
        var total = 0, refused = 0, lexiconTotal = 0, lexiconRefused = 0
        var missed: [String] = [], otherLemmas: Set<String> = []
        for (id, surname) in Self.surnames {
            for form in Self.lowerCaseForms(surname).sorted() {
                if CommonWords.shared.contains(form), !Self.isBase(form, of: surname) { otherLemmas.insert(form); continue }
                let lexicon = CommonWords.shared.isWordForm(form) || LexiconInflection.isFormOfLexiconWord(form)
                for sentence in Self.carriers(form) {
                    total += 1
                    if lexicon { lexiconTotal += 1 }
                    if setup.refused(sentence).contains(id) {
                        refused += 1
                        if lexicon { lexiconRefused += 1 }
                    } else if missed.count < 60 { missed.append(sentence) }
                }
            }
        }
        print("round 8 A1 lower-case surname forms: \(refused)/\(total) refused; of them read by the lexicon: \(lexiconRefused)/\(lexiconTotal)")
        print("round 8 A1 case forms left to the lexicon as other lemmas: \(otherLemmas.sorted())")
        #expect(refused == total, "not refused:\n\(missed.joined(separator: "\n"))")
    }

    /// The words the lexicon rightly keeps next to these surnames: the
    /// blacksmith, the kindergarten, the eagle, the fair copy, whitish.
    static let cleanSentences = [
        "В колонии работал кузнец.", "Он работал кузнецом в колонии.", "Рядом с ИВС детский садик.", "Над горами летал орёл.",
        "Стены были беловатые, а беловой вариант отчёта готов.", "Семена и саженцы не выдавались.", "Старосты камер отказались.",
        "Его этапировали из Новокузнецка.", "Кузнечный цех колонии закрыт.", "Над колонией кружили орлы.",
    ]

    @Test func lexiconWordsNextToSurnamesStayClean() throws {
        let setup = try Setup()
        let refused = Self.cleanSentences.filter { !setup.refused($0).isEmpty }
        print("round 8 A1 clean lexicon sentences: \(refused.count)/\(Self.cleanSentences.count) refused")
        #expect(refused.isEmpty, "refused:\n\(refused.joined(separator: "\n"))")
    }

    /// The lexicon's form reader takes only endings of the word's own
    /// paradigm: кузнецов is a form (genitive plural), not a lemma, so
    /// кузнецова, кузнецову, кузнецовым are no forms of кузнец.
    @Test func lexiconInflectionReadsOnlyTheWordsOwnParadigm() {
        for word in ["кузнецова", "кузнецову", "кузнецовым", "садикову", "садиковым", "орлову", "петрову"] {
            #expect(!LexiconInflection.isFormOfLexiconWord(word), "read as a lexicon form: \(word)")
        }
        for word in ["беловатого", "семенами", "максаттарга", "островами", "кузнецами"] {
            #expect(LexiconInflection.isFormOfLexiconWord(word) || CommonWords.shared.isWordForm(word), "not read: \(word)")
        }
    }
}
