import Foundation

/// Names fused into addresses, handles and links (issue 15, class 3):
/// `asadykov@mail.kg`, `instagram.com/aibeksadykov`, `@aibek_sadykov`. In
/// such a token a name is not a word of its own, so the word rules miss it;
/// here every part of a protected person's spellings (five letters or more)
/// is searched inside the tokens that are addresses: e-mail addresses,
/// URLs, `domain.tld/path` forms and `@handles`. Only there: inside ordinary
/// words a name part is often a common word (Бакыт in бакыттуу, "happy").
struct FusedNameRule {
    static let minimumPartLength = 5

    /// The address tokens of `text`, normalized, with their lines.
    static func addressTokens(in text: String) -> [(token: [Unicode.Scalar], line: Int)] {
        let pattern = #"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+|(?:https?://|www\.)[^\s<>"')\]]+|[\p{L}\p{N}\-]+\.(?:com|org|net|kg|ru|kz|uz|tj|me|io|info|su|ua|by)/[^\s<>"')\]]*|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{3,}"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let source = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: source.length)).map { match in
            let line = source.substring(to: match.range.location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let token = ReaderView.percentDecoded(source.substring(with: match.range))
            return (LeakNormalizer(token).scalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }, line)
        }
    }

    /// The protected persons whose name parts occur inside an address token.
    static func hits(in view: ScanView, persons: [RegisteredPerson]) -> [LeakHit] {
        let tokens = addressTokens(in: view.text)
        guard !tokens.isEmpty else { return [] }
        var hits: [LeakHit] = []
        for person in persons.sorted(by: { $0.id < $1.id }) {
            let parts = Set(person.spellings.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map(String.init)
                .filter { $0.count >= minimumPartLength }.map(LeakNormalizer.needle))
            guard let found = tokens.first(where: { token in parts.contains { contains(token.token, $0) } }) else { continue }
            hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: found.line, sourceLine: nil, personID: person.id, detector: nil))
        }
        return hits
    }

    private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
