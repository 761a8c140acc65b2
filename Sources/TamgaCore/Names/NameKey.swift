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
        /// A given name or surname that is also a word (`CommonWords`): Болот
        /// (steel), Бакыт (happiness), Роман (novel), Максат (purpose).
        case commonWord
        /// A short part that is also a word: Ким ("who"), Ай ("moon"), Нур ("ray").
        /// Like `short`, but a capital at a sentence start does not make it a name.
        case shortCommonWord

        static func < (a: Risk, b: Risk) -> Bool { a.rawValue < b.rawValue }
    }

    var symbols: [UInt8]
    var person: Int32
    var role: NameParts.Role
    var endings: Endings
    var risk: Risk
}
