/// A common-word given name at a sentence start inside a set phrase that
/// fixes its reading as the word (issue 15, red team rounds 9 and 10,
/// clean-003): the Kyrgyz letter closing "Урмат менен," ("with respect,")
/// became "Задержанный A менен," in a document that declares an Urmat.
/// At a sentence start the capital says nothing, so the name rule fails
/// closed; what follows the word can still say it is the word:
///
/// - a closing formula: the word, perhaps joined by "жана" to lower-case
///   words, then "менен" and a comma or nothing, ending its line
///   ("Урмат менен,", "Тынчтык менен,", "Урмат жана ыраазычылык менен,"),
///   or quoted ("«Урмат менен,»"). A letter's closing is followed by a
///   signature, a capital or a blank line; a sentence that goes on in
///   lower case on the next line ("Урмат менен,⏎биз бардык") is the man,
///   which the matcher checks (`nextLine`); the scan, which may only be
///   more lenient, reads the line alone;
/// - a hyphen compound with a lower-case word ("Урмат-сый менен",
///   "Темир-бетон"), unless the second part is an honorific a name takes
///   ("Урмат-ага", "Темир-байке") or the word is Russian: "Иван-дурак" is
///   the nickname a guard calls a detainee Иван (`NameCompounds`);
/// - a fixed expression of the word (`phrases`): "Урмат көрсөтүү" (to show
///   respect), "Жеңиш күнү" (Victory Day), "Темир жол бекети" (the
///   railway station), "Любовь к детям", "Слава богу".
///
/// The word alone with a verb ("Урмат келди"), in a case form
/// ("Урматтын"), with another name ("Урмат менен Айбек") or a phrase not in
/// the table stays the person.
enum SetPhraseUse {
    /// Whether `word` (as written) followed by `rest` (the text after it, to
    /// the end of its line or beyond) is a set phrase. `nextLine`: the
    /// start of the line after the word's, when known (nil: not checked).
    static func isSetPhrase(_ word: some StringProtocol, rest: some StringProtocol, nextLine: Substring?) -> Bool {
        let lemma = word.lowercased()
        let rest = Substring(rest)
        // A compound of a Russian given name ("Иван-дурак", "Иван-царевич") is a nickname
        // a guard calls the man: only a Kyrgyz word's compound reads as the word.
        if isCompound(rest), !CommonWords.shared.isRussianWord(lemma) { return true }
        // "Тынчтык жана коопсуздук" (peace and security): joined to a lower-case word (`AttributiveUse`).
        if rest.first == " " {
            let next = rest.dropFirst().prefix(while: \.isLetter)
            let after = rest.dropFirst(1 + next.count)
            if after.first == " ", AttributiveUse.isCoordinated(next: next, following: after.dropFirst().prefix(while: \.isLetter)) { return true }
        }
        if isClosingFormula(rest, nextLine: nextLine) { return true }
        guard let expressions = phrases[lemma] else { return false }
        let line = rest.prefix { $0 != "\n" }
        let words = line.split(whereSeparator: { !$0.isLetter }).prefix(2).map { $0.lowercased() }
        guard let next = words.first, !next.isEmpty else { return false }
        return expressions.contains { expression in
            let parts = expression.split(separator: " ").map(String.init)
            guard parts.count <= words.count, zip(parts, words).allSatisfy({ part, written in
                part.hasSuffix("*") ? written.hasPrefix(part.dropLast()) : written == part
            }) else { return false }
            // A one-word phrase reads as the person as often as the word when the
            // sentence goes on ("Вера в себя пришла", "Жеңиш күнү бою", "Слава богу
            // молился"): only where the clause ends after it (session 41 attacker, N1).
            let fixed = (parts.count >= 2 && !["к", "в", "на"].contains(parts[0])) || holidayCases.contains(expression)
            return fixed || endsClause(after: parts.count, in: line)
        }
    }

    /// Whether the `count` words after the name end the clause: a punctuation
    /// mark or the line's end follows them.
    static func endsClause(after count: Int, in line: Substring) -> Bool {
        var rest = line[...]
        for _ in 0..<count {
            rest = rest.drop { !$0.isLetter }
            rest = rest.drop { $0.isLetter || $0 == "-" }
        }
        let after = rest.drop { $0 == " " || $0 == "\t" }
        guard let mark = after.first else { return true }
        return ".,;:!?…»”\")—–".contains(mark)
    }

    /// "-сый", "-бетон": a hyphen and a lower-case lexicon word that is no honorific.
    static func isCompound(_ rest: Substring) -> Bool {
        guard rest.first == "-" else { return false }
        let part = rest.dropFirst().prefix(while: \.isLetter)
        guard let first = part.first, first.isLowercase, part.count >= 2, !isHonorific(String(part)) else { return false }
        return CommonWords.shared.isWordForm(part)
    }

    /// "менен," ending the line, after the word and perhaps "жана" and lower-case words.
    static func isClosingFormula(_ rest: Substring, nextLine: Substring?) -> Bool {
        let line = rest.prefix { $0 != "\n" }
        let words = line.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard let at = words.prefix(4).firstIndex(where: { $0.lowercased() == "менен" }) else { return false }
        // Between the word and "менен": "жана" and lower-case words only ("жана ыраазычылык").
        let between = words[..<at]
        if let first = between.first {
            guard first.lowercased() == "жана", between.count >= 2,
                  between.dropFirst().allSatisfy({ $0.first?.isLowercase == true || $0.allSatisfy(\.isUppercase) }) else { return false }
        }
        // After "менен": a comma and the line's end, or a closing quotation mark ("«Урмат менен,»")
        // ending the line or followed by "деп жаз…" (wrote); «Урмат менен,» деди ал ("with Urmat," he
        // said) is speech about the man (session 41 attacker, N1).
        let tail = line[words[at].endIndex...]
        let marks = tail.prefix { ",»”\"".contains($0) }
        if marks.contains(where: { "»”\"".contains($0) }) {
            let after = tail.dropFirst(marks.count).drop { $0 == " " || $0 == "\t" }.lowercased()
            return after.isEmpty || after.hasPrefix("деп жаз")
        }
        guard tail.allSatisfy({ ", \t".contains($0) }) else { return false }
        // The line after: nothing, a blank line or a signature (a capital, no sentence end), not a
        // sentence going on ("менен,⏎бирге бардык", "менен,⏎Темир сүйлөштү.").
        guard let nextLine else { return true }
        let next = nextLine.drop { $0 == " " || $0 == "\t" }
        var nextLineText = next.prefix { $0 != "\n" }
        while let last = nextLineText.last, last == " " || last == "\t" || last == "\r" { nextLineText = nextLineText.dropLast() }
        if let last = nextLineText.last, ".!?…".contains(last), nextLineText.contains(where: \.isLowercase) { return false }
        return next.first.map { !$0.isLowercase } ?? true
    }

    /// The holiday's case forms ("Жеңиш күнүнө карата", for Victory Day): the word whatever follows.
    static let holidayCases: Set<String> = ["күнүнө", "күнүндө", "күнүнөн"]

    /// Honorifics and kinship words of address written after a name with a
    /// hyphen ("Урмат-ага", "Темир-аба", "Тынчтык-эжеке"): the person.
    static let honorifics: Set<String> = ["ага", "агай", "аке", "байке", "эже", "эжеке", "апа", "апке", "ата", "аба", "ака", "тайке",
                                          "таята", "мырза", "айым", "жан", "бек", "уулу", "кызы"]

    /// An honorific, or one with a possessive ("Урмат-агам", "Темир-байкем")
    /// or a case ending, or both ("Урмат-агайга", "Темир-абанын", "Тынчтык-эжекеге"):
    /// the lexicon lists "агай" and "аба" as words, which made the compound
    /// read as a word and the scan then refuse the export (session 41 attacker, N4).
    static func isHonorific(_ part: String) -> Bool {
        if honorifics.contains(part) { return true }
        return honorifics.contains { stem in
            guard stem.count >= 3, part.hasPrefix(stem) else { return false }
            let ending = String(part.dropFirst(stem.count))
            return honorificEndings.contains(ending)
        }
    }

    /// What follows an honorific's stem: a possessive, a case ending, or both.
    static let honorificEndings: Set<String> = {
        let possessives = ["", "м", "ым", "им", "ң", "ың", "иң", "ңыз", "ңиз", "быз", "биз", "ыбыз", "ибиз", "сы", "си", "ы", "и"]
        var out: Set<String> = []
        for possessive in possessives {
            for ending in [""] + Gazetteer.kyrgyzEndings + Array(CommonWords.caseEndings) { out.insert(possessive + ending) }
        }
        out.remove("")
        return out
    }()

    /// Fixed expressions by the word's lower-case form: the next word (and the
    /// one after it), a `*` taking the rest of the word.
    static let phrases: [String: [String]] = [
        "урмат": ["көрсөтүү*"],
        // "күнү бою" is "all day long": "Жеңиш күнү бою ачка отурду" is the man; the case forms are the holiday.
        "жеңиш": ["күнүнө", "күнүндө", "күнүнөн", "күнү", "майрам*", "парад*"],
        "темир": ["жол бекет*", "жол вокзал*", "жол станц*", "жол көпүрө*", "жол кызмат*", "жол транспорт*", "жолу", "жолчу*"],
        "тынчтык": ["үчүн күрөш*", "сактоо*"],
        "любовь": ["к детям", "к родине", "к семье", "к жизни", "к людям", "к ближнему", "к матери"],
        "надежда": ["на освобождение", "на справедливость", "на лучшее", "на помилование", "на амнистию", "на пересмотр", "есть", "умирает"],
        "вера": ["в бога", "в закон", "в справедливость", "в себя", "в правосудие", "в будущее"],
        "слава": ["богу", "аллаху"],
    ]
}
