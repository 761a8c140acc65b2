import Foundation

/// Renders a projection as JSON. The schema (also in docs/export-json.md):
///
///     {
///       "format": "tamga-export", "version": 1,
///       "document": { "id": String, "title": String?, "date": "YYYY-MM-DD",
///                     "kind": String, "facility": String?, "authors": [String] },
///       "audience": "internal" | "state" | "public",
///       "classification": String,          // the banner text
///       "blocks": [ { "type": "heading", "rank": 1...6, "text": String }
///                 | { "type": "paragraph", "text": String }
///                 | { "type": "withheld", "scope": "block" | "section", "text": String } ],
///       "recommendations": [ { "id": String, "text": String,
///                              "to": String?, "theme": String? } ],
///       "withheld": [ { "rule": String, "category": String, "count": Int } ]
///     }
///
/// Keys are sorted and absent optionals are `null`, so equal projections
/// give equal bytes (the vault signs and hashes them). `authors` is empty
/// except for internal exports. Non-ASCII text is written as UTF-8, not
/// escaped, so the leak scan reads names as written.
enum JSONRenderer {
    struct Export: Encodable {
        let format = "tamga-export"
        let version = 1
        let document: DocumentHead
        let audience: String
        let classification: String
        let blocks: [BlockValue]
        let recommendations: [RecommendationValue]
        let withheld: [CountValue]
    }

    struct DocumentHead: Encodable {
        let id: String, title: String?, date: String, kind: String, facility: String?, authors: [String]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(kind, forKey: .kind)
            try container.encode(facility, forKey: .facility)
            try container.encode(authors, forKey: .authors)
        }
        enum CodingKeys: String, CodingKey { case id, title, date, kind, facility, authors }
    }

    struct BlockValue: Encodable {
        let type: String, rank: Int?, scope: String?, text: String
    }

    struct RecommendationValue: Encodable {
        let id: String, text: String, to: String?, theme: String?
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(to, forKey: .to)
            try container.encode(theme, forKey: .theme)
        }
        enum CodingKeys: String, CodingKey { case id, text, to, theme }
    }

    struct CountValue: Encodable { let rule: String, category: String, count: Int }

    static func render(_ projection: Projection) -> String {
        let export = Export(
            document: DocumentHead(id: projection.documentID, title: projection.metadata.title, date: projection.metadata.date,
                                   kind: projection.metadata.kind, facility: projection.metadata.facility,
                                   authors: projection.metadata.authors),
            audience: projection.audience.rawValue, classification: projection.classification,
            blocks: projection.blocks.map(block), recommendations: projection.recommendations.map {
                RecommendationValue(id: $0.id, text: $0.text, to: $0.addressee, theme: $0.theme)
            },
            withheld: projection.manifest.counts.map { CountValue(rule: $0.rule, category: $0.category, count: $0.count) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, ints and arrays of them cannot fail.
        let data = (try? encoder.encode(export)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func block(_ block: ProjectedBlock) -> BlockValue {
        switch block {
        case let .heading(rank, text): BlockValue(type: "heading", rank: rank, scope: nil, text: text)
        case let .paragraph(text): BlockValue(type: "paragraph", rank: nil, scope: nil, text: text)
        case let .withheld(scope, marker): BlockValue(type: "withheld", rank: nil, scope: scope.rawValue, text: marker)
        }
    }
}
