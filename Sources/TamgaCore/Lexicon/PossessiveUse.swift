/// Whether a given name's possessive adjective (`GivenNamePossessives`:
/// Айбеков, Aibekova) stands as the possessive or as another person's
/// surname, read from the words around it as written (red-team round 5).
///
/// A surname stands next to another name or an initial ("Nazira Aibekova",
/// "Айбекова Назира", "А.Б. Айбеков", "Айбеков А.Б."), or after a title or
/// role ("прокурор Айбеков", "Mr Aibekov", "задержанный Айбеков"). The
/// possessive stands before the noun it qualifies ("Айбеков брат",
/// "aibekov-brat"): a kinship or household noun after it is the possessive
/// even after a title ("Задержанный Айбеков брат"). Anything else is read as
/// the possessive: fail closed, a surname there is over-redacted, not leaked.
///
/// The matcher (`NameMatcher.mentions`) and the leak scan
/// (`LeakGivenNamePossessives`) both ask this.
enum PossessiveUse {
    /// `before` and `after`: the text of the line before and after the word.
    static func isPossessive(_ word: some StringProtocol, before: some StringProtocol, after: some StringProtocol) -> Bool {
        let allCaps = word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
        let next = nextWord(after)
        if kinship.contains(where: { next.lowercased().hasPrefix($0) }) { return true }
        // An initial after it: "Айбеков А.Б.", "Aibekov A."
        let afterSpace = after.drop(while: { $0 == " " || $0 == "\u{A0}" })
        if next.count == 1, next.first?.isUppercase == true, afterSpace.dropFirst().first.map({ !$0.isLetter }) ?? true { return false }
        if !allCaps, next.count > 1, next.first?.isUppercase == true, after.first == " " { return false }
        // The subject of a past-tense verb ("Айбеков пришёл", "Aibekov skazal"): a possessive needs a noun.
        if after.first == " ", next.first?.isLowercase == true, isPastTense(next) { return false }
        let trimmed = before.reversed().drop(while: { $0 == " " || $0 == "\u{A0}" })
        // An initial before it: "А.Б. Айбеков", "A. Aibekov".
        if trimmed.first == ".", let letter = trimmed.dropFirst().first, letter.isUppercase,
           !(trimmed.dropFirst(2).first?.isLetter ?? false) { return false }
        let previous = String(trimmed.prefix(while: { $0.isLetter || $0 == "-" }).reversed())
        guard !previous.isEmpty else { return true }
        let lower = previous.lowercased()
        if titles.contains(lower) || titleStems.contains(where: { lower.hasPrefix($0) }) { return false }
        // Another name before it ("Nazira Aibekova"): a capital that is not the sentence's,
        // or one the lexicon does not have.
        // An initial whose dot a view read as a space ("А Б Айбеков").
        // Not a Russian one-letter word (С Айбековыми друзьями) unless another initial stands before it.
        if previous.count == 1, previous.first?.isUppercase == true {
            let earlier = trimmed.dropFirst().drop(while: { $0 == " " || $0 == "." })
            let pair = earlier.first?.isUppercase == true && !(earlier.dropFirst().first?.isLetter ?? false)
            if pair || !"ВКСУОАИЯ".contains(previous) { return false }
        }
        guard !allCaps, previous.first?.isUppercase == true, previous.count > 1 else { return true }
        let gap = trimmed.dropFirst(previous.count).first
        let sentenceStart = gap == nil || ".!?…:;|«\"(".contains(gap!)
        return sentenceStart && CommonWords.shared.isWordForm(lower)
    }

    /// A Russian past-tense verb (пришёл, сказал, подписала, жаловался), Cyrillic or Latin.
    static func isPastTense(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        guard lower.count >= 4 else { return false }
        return ["ёл", "ал", "ял", "ил", "ыл", "ел", "ла", "ло", "ли", "лся", "лась", "лось", "лись",
                "al", "il", "el", "yl", "la", "lo", "li", "lsya", "las'"].contains(where: lower.hasSuffix)
    }

    /// The letters right after the word, past one space or hyphen.
    private static func nextWord(_ after: some StringProtocol) -> Substring {
        let text = Substring(after)
        guard let first = text.first, first == " " || first == "-" || first == "\u{A0}" || first == "_" else { return "" }
        return text.dropFirst().prefix(while: \.isLetter)
    }

    /// Nouns a possessive qualifies (stems, lower case), Russian and Latin:
    /// kin, home, belongings, a lawyer or a case.
    static let kinship: [String] = [
        "брат", "сестр", "сын", "доч", "отец", "отц", "мать", "матер", "мам", "пап", "жен", "муж", "сем", "родн", "родствен",
        "дяд", "тёт", "тет", "дед", "бабушк", "внук", "друг", "подруг", "дом", "квартир", "машин", "телефон", "вещ", "сумк",
        "паспорт", "адвокат", "дел", "ребён", "ребен", "дет", "невест", "жених", "сосед",
        "brat", "sestr", "syn", "doch", "otets", "otts", "otec", "mat", "mam", "pap", "zhen", "muzh", "sem", "rodn", "rodstven",
        "dyad", "tet", "ded", "babushk", "vnuk", "drug", "podrug", "dom", "kvartir", "mashin", "telefon", "veshch", "sumk",
        "pasport", "advokat", "delo", "rebyon", "rebenok", "deti", "sosed",
    ]

    /// Titles and roles a surname follows, whole (short ones) or as stems (with case endings).
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "г-н", "г-жа", "гр", "тов", "сот", "аким", "мэр",
                                      "head", "chief", "judge", "major", "mayor"]
    static let titleStems: [String] = [
        "прокурор", "начальник", "судь", "судья", "следовател", "адвокат", "инспектор", "сотрудник", "заместител", "врач", "директор",
        "председател", "депутат", "министр", "омбудсмен", "господин", "госпож", "гражданин", "гражданк", "товарищ", "полковник",
        "подполковник", "майор", "капитан", "лейтенант", "сержант", "генерал", "старшин", "прапорщик", "задержанн", "заключённ",
        "заключенн", "осуждённ", "осужденн", "подозреваем", "обвиняем", "свидетел", "потерпевш", "дежурн", "конвоир", "надзирател",
        "фамили", "журналист", "эксперт", "юрист", "защитник", "представител", "руководител", "глав", "мырза", "айым", "башчы",
        "тергөөчү", "кызматкер", "дарыгер", "күбө", "кармалган", "камактагы",
        "prosecutor", "lawyer", "officer", "deputy", "director", "inspector", "investigator", "minister", "colonel", "captain",
        "lieutenant", "sergeant", "general", "detainee", "prisoner", "inmate", "witness", "guard", "doctor", "surname", "mister",
        "madam", "governor", "ombudsman", "expert", "journalist", "warden", "commander", "official", "attorney", "advocate",
    ]
}
