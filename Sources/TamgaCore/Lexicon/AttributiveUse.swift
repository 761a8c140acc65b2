/// A common-word name used as the attribute of a plural noun (issue 15,
/// red-team over-refusal): Kyrgyz "Темир торлор дат басып калган" ("the iron
/// bars have rusted"; "Темир казандар", iron cauldrons) starts with темир "iron", a detainee's or an
/// official's name, bare at a sentence start, where the name rule fails
/// closed. What tells the word apart is what follows it: a lower-case plural
/// noun with no case ending (торлор, эшиктер), which a person's name does
/// not stand before in the nominative: "Темир торлорду карады" (accusative)
/// or "Темир балдар менен сүйлөштү" (a plural before a postposition) can be
/// the man and stay names.
///
/// The matcher (`NameMatcher.mentions`) and the leak scan
/// (`LeakCommonStems`) both ask this for a bare common-word name at a
/// sentence start, and only there.
enum AttributiveUse {
    /// Whether `next` (the word right after the name, one space between, as
    /// written) is a bare Kyrgyz plural of a lexicon word and `following`
    /// (the word after it, or "" at a clause end) is not a postposition.
    ///
    /// `allCaps`: the word before is written in capitals (a heading "ТЕМИР
    /// ТОРЛОР"): then the noun may be too, since capitals say nothing there.
    static func isAttributive(next: some StringProtocol, following: some StringProtocol, allCaps: Bool = false) -> Bool {
        if isCoordinated(next: next, following: following) { return true }
        guard let first = next.first, first.isLowercase || (allCaps && next.count > 1 && next.allSatisfy(\.isUppercase)),
              next.allSatisfy(\.isLetter) else { return false }
        let word = next.lowercased()
        guard let plural = pluralEndings.first(where: { word.hasSuffix($0) }) else { return false }
        let stem = String(word.dropLast(plural.count))
        guard stem.count >= 2, CommonWords.shared.contains(stem) || CommonWords.shared.contains(word) else { return false }
        return !postpositions.contains(following.lowercased())
    }

    /// "Алтын жана күмүш" (gold and silver), "Темир и бетон": the word joined
    /// by "and/or" to a lower-case lexicon word is that kind of word too; a
    /// name is joined to a name ("Алтын жана Айбек"), which is capitalized
    /// and stays a name (red-team evaluation, issue 15 round 2).
    /// Not a possessive, a pronoun or a kinship word: "Урмат жана анын агасы"
    /// (Urmat and his elder brother), "Вера и её сестра" join a person to a
    /// person (session 41 attacker, N1).
    static func isCoordinated(next: some StringProtocol, following: some StringProtocol) -> Bool {
        guard coordinators.contains(next.lowercased()), let first = following.first, first.isLowercase,
              following.count >= 3, following.allSatisfy(\.isLetter) else { return false }
        let word = following.lowercased()
        if personWords.contains(word) || personWords.contains(where: { $0.count >= 3 && word.hasPrefix($0) }) { return false }
        return CommonWords.shared.isWordForm(following)
    }

    /// Possessives, pronouns and kinship words (Kyrgyz, Russian, English, and
    /// their stems): after "and/or" they join a person to a person.
    static let personWords: Set<String> = [
        "анын", "алардын", "менин", "сенин", "биздин", "сиздин", "силердин", "өзүнүн", "ал", "алар", "ага", "аке", "ини", "эже",
        "апа", "ата", "карындаш", "сиңди", "уул", "кыз", "бала", "жолдош", "аял", "күйөө", "тууган", "бир", "дос", "кошуна",
        "его", "её", "ее", "их", "мой", "моя", "мать", "мама", "отец", "папа", "брат", "сестр", "сын", "дочь", "дочер", "жена",
        "муж", "друг", "подруг", "сосед", "родствен", "his", "her", "their", "brother", "sister", "mother", "father", "son",
        "daughter", "wife", "husband", "friend", "cousin", "uncle", "aunt", "neighbour", "neighbor",
    ]

    // Not "да", "и", "менен": also "too", "also", "with" ("Алтын да келди", "Роза и ушла" are the persons).
    static let coordinators: Set<String> = ["жана", "же", "или", "and", "or"]

    /// -лар/-дар/-тар in the four harmony classes.
    static let pluralEndings: [String] = ["л", "д", "т"].flatMap { c in ["а", "е", "о", "ө"].map { c + $0 + "р" } }

    /// Postpositions that take a bare noun: "балдар менен" is "with the children".
    static let postpositions: Set<String> = [
        "менен", "үчүн", "жөнүндө", "тууралуу", "сыяктуу", "аркылуу", "боюнча", "сайын", "сымал", "чейин", "катары", "тарабынан",
    ]
}
