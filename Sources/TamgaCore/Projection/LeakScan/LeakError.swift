/// The leak scan found something the audience may not see (exit 1, no file
/// written). It names the rule and the place (a line of the export or of the
/// source, a person id, a detector), never the leaked text: the message is
/// printed and logged, and the text is what must not leave.
public struct LeakError: UserFacingError, Equatable {
    public let documentID: String
    public let audience: Audience
    /// Every hit, in the order found; at least one.
    public let hits: [LeakHit]

    public var failureClass: FailureClass { .refused }

    public var message: String {
        // One line per distinct finding: several views of one text often find the same thing.
        var distinct: [String] = []
        for hit in hits.map(\.description) where !distinct.contains(hit) { distinct.append(hit) }
        let shown = distinct.prefix(5).joined(separator: "; ")
        let more = distinct.count > 5 ? "; and \(distinct.count - 5) more" : ""
        let what = hits.allSatisfy({ $0.view == "printed labels" }) ? "what is printed for the \(audience.rawValue) audience"
            : "the \(audience.rawValue) export of \(documentID)"
        return "\(what) failed the leak scan: \(shown)\(more)"
    }

    public var hint: String? {
        if hits.allSatisfy({ $0.view == "output path" }) {
            return "No file was written. The output path is read like the export: choose a file and folder name that names nobody."
        }
        if hits.allSatisfy({ $0.view == "printed labels" }) {
            return "Nothing was printed. Rename the tag or theme that names a protected person, or use the internal audience."
        }
        return "No file was written. Mark the passage at the source line, add the spelling to the person's `also`, "
            + "or report a projector bug if the source is marked correctly."
    }
}

/// One finding of the leak scan.
public struct LeakHit: Sendable, Hashable, CustomStringConvertible {
    public enum Rule: String, Sendable, Hashable {
        /// A spelling or variant of a person not disclosed to the audience.
        case protectedName = "protected-name"
        /// A `sensitive` string of any document in the vault.
        case sensitiveString = "sensitive-string"
        /// A policy detector's match (its kind in `detector`).
        case detector
        /// A long enough run of text from a withheld part of the source.
        case withheldText = "withheld-text"
        /// Markup that should never survive rendering: `{.internal}`, `:::`, `@ID`.
        case markupResidue = "markup-residue"
        /// The export is empty or cannot be read back (JSON that does not parse).
        case unreadableExport = "unreadable-export"
    }

    public let rule: Rule
    /// Where in the output: `export`, `export text` (decoded HTML/JSON) or `file name`.
    public let view: String
    /// The line in that view, when known.
    public let exportLine: Int?
    /// The line of the source the leaked text comes from (withheld text).
    public let sourceLine: Int?
    public let personID: String?
    public let detector: DetectorKind?

    public var description: String {
        var parts = ["\(rule.rawValue) in \(view)" + (exportLine.map { " line \($0)" } ?? "")]
        if let sourceLine { parts.append("from source line \(sourceLine)") }
        if let personID { parts.append("person \(personID)") }
        if let detector { parts.append("detector \(detector.rawValue)") }
        return parts.joined(separator: ", ")
    }
}
