/// The seam between the projector (which replaces names in an export and
/// in the leak scan) and the name-variant engine (which knows every spelling,
/// transliteration and case form of a name).
///
/// The projector depends only on this protocol, so the two can be built and
/// tested apart; `NameMatcher` is the engine's implementation.
public protocol NameFinding: Sendable {
    /// Every occurrence in `text` of any spelling of any person this finder
    /// was built for: non-overlapping, sorted by position, the longest match
    /// winning where two would overlap. Ranges are exact spans of `text`
    /// (the original, not a normalized copy), so the caller can replace them.
    func matches(in text: String) -> [NameMatch]
}

/// The spellings one person is known by: the declared `name` and every
/// `also`, and the spellings with a diminutive of the given name
/// (`NameDiminutiveSpellings`: Ванечка Старостин), whose given names are
/// matched only where written with a capital (a derived Ваня must not make
/// "ванна" a name).
public struct PersonNames: Sendable, Hashable {
    public let personID: String
    public let spellings: [String]
    public let diminutives: [String]

    public init(personID: String, spellings: [String], diminutives: [String] = []) {
        self.personID = personID
        self.spellings = spellings
        self.diminutives = diminutives
    }
}

/// One occurrence of a person's name (in any form) in a text.
public struct NameMatch: Sendable, Hashable {
    /// The declared person id (`D-0042`).
    public let personID: String
    /// The exact span of the original text that is the name.
    public let range: Range<String.Index>
    /// Every declared person this span may name, `personID` first. More than
    /// one when persons share a name part (a mother and son: Садыкова is both
    /// her name and his genitive); redaction.md F25 says to withhold such a
    /// span with a generic marker rather than one person's pseudonym.
    public let candidates: [String]

    public init(personID: String, range: Range<String.Index>) {
        self.init(personID: personID, range: range, candidates: [personID])
    }

    public init(personID: String, range: Range<String.Index>, candidates: [String]) {
        self.personID = personID
        self.range = range
        self.candidates = candidates.contains(personID) ? candidates : [personID] + candidates
    }
}
