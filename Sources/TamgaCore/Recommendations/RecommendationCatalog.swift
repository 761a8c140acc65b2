/// Every recommendation of every document, checked for duplicate ids.
public struct RecommendationCatalog: Sendable {
    public let records: [RecommendationRecord]

    /// Collects the recommendations of `documents`. The same id with other
    /// text in two places is an error naming both places.
    public init(documents: [Document]) throws(RecommendationError) {
        var byID: [String: RecommendationRecord] = [:]
        for document in documents.sorted(by: { ($0.date.description, $0.id) < ($1.date.description, $1.id) }) {
            for recommendation in document.recommendations {
                let record = RecommendationRecord(
                    id: recommendation.id, text: recommendation.text, report: document.id,
                    date: document.date.description, facility: document.facility,
                    addressee: recommendation.addressee, theme: recommendation.theme,
                    level: document.level(of: recommendation),
                    place: "\(document.file):\(recommendation.location.line)")
                if let existing = byID[record.id] {
                    guard existing.text == record.text else {
                        throw RecommendationError(id: record.id, places: [existing.place, record.place])
                    }
                    continue
                }
                byID[record.id] = record
            }
        }
        records = byID.values.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public func record(_ id: String) -> RecommendationRecord? { records.first { $0.id == id } }
}

/// Two places give one recommendation id different texts.
public struct RecommendationError: UserFacingError, Equatable {
    public let id: String
    public let places: [String]

    public init(id: String, places: [String]) {
        self.id = id
        self.places = places
    }

    public var failureClass: FailureClass { .badInput }
    public var message: String { "recommendation \(id) has different texts at \(places.joined(separator: " and "))" }
    public var hint: String? { "give one of them a new id (ids are unique in the vault), or make the texts the same" }
}
