/// Names fused into addresses, handles and links (issue 15, class 3):
/// `asadykov@mail.kg`, `instagram.com/aibeksadykov`, `@aibek_sadykov`. In
/// such a token a name is not a word of its own, so the word rules miss it;
/// here every part of a protected person's spellings (five letters or more)
/// is searched inside the tokens that are addresses: e-mail addresses,
/// URLs, `domain.tld/path` forms and `@handles`. Only there: inside ordinary
/// words a name part is often a common word (Бакыт in бакыттуу, "happy").
///
/// The parts of each person (declared and derived, in every writing) are
/// computed once, when the scanner is made: computed per scan they cost
/// every export of a vault of a thousand persons a second of transliteration
/// (the red-team evaluation ran for an hour in CI).
struct FusedNameRule: Sendable {
    static let minimumPartLength = 5
    /// Person id → the parts searched for in address tokens.
    private let partsByPerson: [(id: String, parts: Set<[Unicode.Scalar]>)]

    init(persons: some Sequence<RegisteredPerson>) {
        partsByPerson = persons.sorted { $0.id < $1.id }.map { ($0.id, Self.parts(of: $0)) }
    }
    /// In a hashtag, parts of four letters count too (Erke in #freeerke, red-team round 3).
    static let minimumHashtagPartLength = 4

    /// The address tokens of `text`, normalized, with their lines: the
    /// whitespace-separated words that hold an `@`, a `://`, start with
    /// `www.` or have a `domain.tld/` form. Linear in the text (no regular
    /// expression that could backtrack over a long word).
    static func addressTokens(in text: String) -> [(token: [Unicode.Scalar], line: Int, hashtag: Bool)] {
        var tokens: [(token: [Unicode.Scalar], line: Int, hashtag: Bool)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for word in line.split(whereSeparator: { $0.isWhitespace || "<>()\"'[]".contains($0) })
            where word.count <= 2048 && isAddress(word) {
                let decoded = ReaderView.percentDecoded(String(word))
                tokens.append((LeakNormalizer(decoded).scalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }, index + 1,
                               word.hasPrefix("#")))
            }
        }
        return tokens
    }

    static func isAddress(_ word: Substring) -> Bool {
        // A hashtag too (#justiceforaibek, red-team round 3): one word a reader reads as several.
        if word.contains("@") || word.contains("://") || word.lowercased().hasPrefix("www.") || word.hasPrefix("#") { return true }
        guard let slash = word.firstIndex(of: "/"), let dot = word[..<slash].lastIndex(of: ".") else { return false }
        let tld = word[word.index(after: dot)..<slash]
        return (2...6).contains(tld.count) && tld.allSatisfy(\.isLetter)
    }

    /// The protected persons whose name parts occur inside an address token.
    func hits(in view: ScanView, protected: Set<String>) -> [LeakHit] {
        let tokens = Self.addressTokens(in: view.text)
        guard !tokens.isEmpty else { return [] }
        var hits: [LeakHit] = []
        for (id, parts) in partsByPerson where protected.contains(id) {
            guard let found = tokens.first(where: { token in
                parts.contains { ($0.count >= Self.minimumPartLength || token.hashtag) && Self.contains(token.token, $0) }
            }) else { continue }
            hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: found.line, sourceLine: nil, personID: id, detector: nil))
        }
        return hits
    }

    /// The declared parts, and the parts of the derived diminutives in each
    /// writing (sasha.k91@mail.ru, shurik.kuz@mail.ru: issue 15, red-team
    /// round 4; a Latin address writes the Cyrillic Саша as sasha).
    static func parts(of person: RegisteredPerson) -> Set<[Unicode.Scalar]> {
        var parts = Set(person.spellings.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map(String.init)
            .filter { $0.count >= minimumHashtagPartLength }.map(LeakNormalizer.needle))
        let declared = Set(person.spellings)
        for spelling in person.nameForms where !declared.contains(spelling) {
            for word in spelling.split(whereSeparator: { !$0.isLetter }) where word.count >= minimumHashtagPartLength {
                parts.formUnion(FusedWordRule.writings(of: String(word)))
            }
        }
        return parts
    }

    private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
