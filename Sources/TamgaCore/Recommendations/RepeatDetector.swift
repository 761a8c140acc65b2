/// Finds recommendations made again (APT's "repeated?" field): a later one
/// with the same addressee, facility and theme as an earlier one, or with
/// nearly the same text. Repeats are what an NPM raises first in a dialogue.
public enum RepeatDetector {
    public struct Repeat: Sendable, Hashable, Codable {
        public let earlier: String
        public let later: String
        public let earlierYear: String
        public let laterYear: String
        /// `same addressee, facility and theme` or `nearly the same text`.
        public let reason: String
    }

    /// The share of shared words above which two texts are "nearly the same".
    public static let similarityThreshold = 0.6

    public static func repeats(in records: [RecommendationRecord]) -> [Repeat] {
        let ordered = records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var found: [Repeat] = []
        for (index, later) in ordered.enumerated() {
            for earlier in ordered[..<index] where earlier.report != later.report {
                if let reason = reason(earlier, later) {
                    found.append(Repeat(earlier: earlier.id, later: later.id, earlierYear: earlier.year,
                                        laterYear: later.year, reason: reason))
                }
            }
        }
        return found
    }

    static func reason(_ a: RecommendationRecord, _ b: RecommendationRecord) -> String? {
        if let addressee = a.addressee, let theme = a.theme, let facility = a.facility,
           addressee == b.addressee, theme == b.theme, facility == b.facility {
            return "same addressee, facility and theme"
        }
        return similarity(a.text, b.text) >= similarityThreshold ? "nearly the same text" : nil
    }

    /// Jaccard similarity of the sets of lower-cased words of 3+ letters.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let left = words(a), right = words(b)
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        return Double(left.intersection(right).count) / Double(left.union(right).count)
    }

    static func words(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else {
                if current.count >= 3 { result.insert(current) }
                current = ""
            }
        }
        if current.count >= 3 { result.insert(current) }
        return result
    }
}
