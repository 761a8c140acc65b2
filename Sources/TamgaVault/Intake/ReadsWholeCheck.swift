import TamgaCore

/// Warnings at `add` for text that an audience will read with a part
/// replaced where a reader expects it whole: a recommendation ("Stop holding
/// detainees in [withheld]") or the title. A `sensitive` string or a
/// protected name inside them is redacted, rightly, and the sentence the
/// Ministry receives no longer says what the NPM asks (issue 19 item 16).
/// The warnings name the place and the audience, never the text.
public enum ReadsWholeCheck {
    public static func warnings(for document: Document, context: RedactionContext) -> [String] {
        let projector = context.exporter.projector
        guard let full = try? projector.project(document, for: .internal) else { return [] }
        let fullText = Dictionary(full.recommendations.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        // Each place once, with every audience that reads it cut: "the State and the public".
        var places: [String] = [], readers: [String: [String]] = [:]
        func note(_ place: String, _ reader: String) {
            if readers[place] == nil { places.append(place) }
            readers[place, default: []].append(reader)
        }
        for audience in [Audience.state, .public] {
            guard let projection = try? projector.project(document, for: audience) else { continue }
            let reader = audience == .state ? "the State" : "the public"
            if projection.replacements.contains(where: { $0.place == .title && $0.rule != "named" }) { note("the title", reader) }
            for recommendation in projection.recommendations where fullText[recommendation.id] != recommendation.text {
                note("recommendation \(recommendation.id)", reader)
            }
        }
        let warnings = places.map { place in
            "\(document.id): \(place), as \(readers[place, default: []].joined(separator: " and ")) will read it, has a part replaced "
                + "(a `sensitive` string or a protected name in it); reword it so that it reads whole"
        }
        return warnings
    }
}
