/// One skeleton the matcher looks for, and what a hit on it means.
struct NameKey: Sendable, Hashable {
    /// How a key may be followed inside its word.
    enum Endings: UInt8, Sendable {
        /// The word must end with the key.
        case none
        /// One case ending (short stems: Ли, Ким, Ира).
        case short
        /// Any ending `NameEndings.isFull` accepts (Kyrgyz stacks, Russian cases).
        case full
    }

    /// How much a hit on this key alone says (see `NameMatcher.Options`).
    enum Risk: UInt8, Sendable, Comparable {
        case distinctive
        /// Fewer than four symbols: Ли, Ким, Нур, Али.
        case short
        /// A given name that is also a word: Болот (steel), Бакыт (happiness), Роман (novel).
        case commonWord

        static func < (a: Risk, b: Risk) -> Bool { a.rawValue < b.rawValue }
    }

    var symbols: [UInt8]
    var person: Int32
    var role: NameParts.Role
    var endings: Endings
    var risk: Risk

    /// Given names that are also common Kyrgyz, Russian or English words, as
    /// skeletons (redaction.md F26; issue 5, point 4). Alone they are matched
    /// only if `NameMatcher.Options.commonWordsAlone` says so.
    static let commonWords: Set<String> = {
        let words = [
            // Kyrgyz
            "Алмаз", "Болот", "Бакыт", "Нур", "Гүл", "Гуль", "Ай", "Күн", "Алтын", "Күмүш", "Темир", "Азамат",
            "Эркин", "Талант", "Максат", "Тилек", "Урмат", "Жылдыз", "Чолпон", "Мээрим", "Ырыс", "Кубат",
            "Улан", "Береке", "Жаркын", "Акыл", "Асыл", "Бек", "Бай", "Эрмек", "Назик", "Айым", "Бакыт",
            "Үмүт", "Ынтымак", "Жеңиш", "Кумуш", "Сезим", "Бермет", "Шайыр", "Жаннат",
            // Russian
            "Вера", "Надежда", "Любовь", "Роза", "Лилия", "Мир", "Слава", "Лев", "Роман", "Виктория", "Злата",
            "Звезда", "Ангел",
            // English
            "Rose", "Hope", "Faith", "Grace", "Joy", "Bill", "Mark", "Will", "Max", "Iris", "May", "Lily",
        ]
        return Set(words.map { SkeletonText.key($0) })
    }()
}
