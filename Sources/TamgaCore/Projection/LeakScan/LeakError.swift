/// The leak scan found something the audience may not see (exit 1, no file
/// written). It names the rule and the place (a line of the export or of the
/// source, a person id, a detector), never the leaked text: the message is
/// printed and logged, and the text is what must not leave.
public struct LeakError: UserFacingError, Equatable {
    public let documentID: String
    public let audience: Audience
    /// Every hit, in the order found; at least one.
    public let hits: [LeakHit]
    /// The source file and, per hit (by index), where in it the leak comes
    /// from (`LeakSourceLocator`), when the export path located it.
    public var sourceFile: String?
    /// What was scanned, when not one document's export ("the public summary of 2014").
    public var subject: String?
    public var sourceLocations: [Int: SourceLocation] = [:]
    /// Per hit, the source text it was found in: shown only by `explanation`,
    /// to a member cleared internal who asked (`--explain`), never in the message.
    var sourcePieces: [Int: String] = [:]

    public init(documentID: String, audience: Audience, hits: [LeakHit]) {
        self.documentID = documentID
        self.audience = audience
        self.hits = hits
    }

    public var failureClass: FailureClass { .refused }

    /// The hit as the message shows it: where in the source first, then the rule.
    /// A located hit drops the export's view and line (the user never sees
    /// the refused export): the place in the source says it all.
    private func described(_ index: Int) -> String {
        guard let location = sourceLocations[index] else { return hits[index].description }
        let hit = hits[index]
        var parts = ["\(hit.rule.rawValue) at \(place(location))"]
        if let personID = hit.personID { parts.append("person \(personID)") }
        if let detector = hit.detector { parts.append("detector \(detector.rawValue)") }
        return parts.joined(separator: ", ")
    }

    /// `notes.md:20:14`, or for a stored revision `VR-2026-003 (stored revision 1) line 20, column 14`.
    private func place(_ location: SourceLocation) -> String {
        guard let file = sourceFile else { return "\(documentID) line \(location.line), column \(location.column)" }
        return file.contains(" ") ? "\(file) line \(location.line), column \(location.column)" : "\(file):\(location)"
    }

    public var message: String {
        // One line per distinct finding: several views of one text often find the same thing.
        var distinct: [String] = []
        for hit in hits.indices.map(described) where !distinct.contains(hit) { distinct.append(hit) }
        let shown = distinct.prefix(5).joined(separator: "; ")
        let more = distinct.count > 5 ? "; and \(distinct.count - 5) more" : ""
        let what = hits.allSatisfy({ $0.view == "printed labels" }) ? "what is printed for the \(audience.rawValue) audience"
            : subject ?? "the \(audience.rawValue) export of \(documentID)"
        return "\(what) failed the leak scan: \(shown)\(more)"
    }

    public var hint: String? {
        if hits.allSatisfy({ $0.view == "output path" }) {
            return "No file was written. The output path is read like the export: choose a file and folder name that names nobody."
        }
        if hits.allSatisfy({ $0.view == "printed labels" }) {
            return "Nothing was printed. Rename the tag or theme that names a protected person, or use the internal audience."
        }
        let rules = Set(hits.map(\.rule))
        var advice: [String] = []
        if rules.contains(.protectedName) {
            advice.append("for a name (or a misspelling of one: another vowel, a letter left out, swapped or doubled), "
                + "mark the passage at that place (`[...]{.internal}`), write `@ID` for the person, or add the spelling to the "
                + "person's `also` so it is replaced by the pseudonym")
        }
        if rules.contains(.detector) {
            advice.append("for an identifier (passport, personal number, phone, date of birth), mark it `[...]{.internal}` at that place")
        }
        if rules.contains(.sensitiveString) { advice.append("for a `sensitive` string, mark the passage that holds it") }
        if rules.contains(.withheldText) {
            advice.append("for withheld text, the same words stand in a part this audience sees: mark that copy too, or reword it")
        }
        if rules.contains(.markupResidue) || rules.contains(.unreadableExport) {
            advice.append("markup left in the export is a projector bug if the source is marked correctly: report it")
        }
        let explain = sourceLocations.isEmpty ? "" : " A member cleared internal can add `--explain` to see the text found at each place."
        return "No file was written. " + advice.joined(separator: "; ").capitalizedFirst + "." + explain
    }

    /// For `--explain` (members cleared internal only; the caller checks):
    /// each located finding with the source text it was found in.
    public var explanation: [String] {
        var lines: [String] = []
        for index in hits.indices {
            guard let location = sourceLocations[index], let piece = sourcePieces[index] else { continue }
            let line = "\(place(location)): \(hits[index].rule.rawValue): \(piece.replacingOccurrences(of: "\n", with: " "))"
            if !lines.contains(line) { lines.append(line) }
        }
        return lines
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
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
