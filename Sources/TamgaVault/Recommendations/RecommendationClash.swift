import TamgaCore

/// Recommendation ids are unique in the vault: before an add, the new
/// documents' recommendations are checked against each other and against
/// every stored document's (from the member's index), without reading them all.
public enum RecommendationClash {
    /// `ignoring`: stored documents left out of the check (a hand-over's own,
    /// resumed: their newest revisions are checked as added).
    public static func check(adding documents: [Document], index: VaultIndex, ignoring: Set<String> = []) throws {
        let added = Set(documents.map(\.id)).union(ignoring)
        var known: [String: (text: String, place: String)] = [:]
        for summary in index.documents {
            guard let id = summary.entry?.id, !added.contains(id) else { continue }
            for (recommendation, text) in summary.recommendations { known[recommendation] = (text, "\(id) (stored)") }
        }
        for document in documents {
            for recommendation in document.recommendations {
                let place = "\(document.file):\(recommendation.location.line)"
                if let existing = known[recommendation.id], existing.text != recommendation.text {
                    throw RecommendationError(id: recommendation.id, places: [existing.place, place])
                }
                known[recommendation.id] = (recommendation.text, place)
            }
        }
    }
}
