/// What one audience would get of a document: the projection that passed
/// the leak scan, or why no export would be made (the policy's ceiling,
/// nothing visible, or the leak scan). The refusal keeps only the error's
/// message and hint, which never quote confidential text.
public enum PreviewColumn: Sendable, Hashable {
    case projected(Projection)
    case refused(audience: Audience, message: String, hint: String?)
    /// The leak scan refused the export: what would have been exported,
    /// with the blocks the scan refuses on their own (`flagged`, by block
    /// index; -1 the title, -2 the facility) and the rules they broke, so
    /// the reviewer sees which lines to mark (issue 15, class 8).
    case leaked(Projection, message: String, hint: String?, flagged: [Int: [String]])

    /// Runs the real export path (project, render, scan) for `audience`,
    /// so the preview shows exactly what an export would, refusals included.
    public static func make(_ document: Document, for audience: Audience, exporter: Exporter) -> PreviewColumn {
        do {
            return .projected(try exporter.export(document, for: audience, as: .html).projection)
        } catch let error as ProjectionError {
            return .refused(audience: audience, message: error.message, hint: error.hint)
        } catch let error as LeakError {
            guard let projection = try? exporter.projector.project(document, for: audience) else {
                return .refused(audience: audience, message: error.message, hint: error.hint)
            }
            return .leaked(projection, message: error.message, hint: error.hint,
                           flagged: flaggedBlocks(projection, document: document, scanner: exporter.scanner))
        } catch {
            return .refused(audience: audience, message: "the export failed", hint: nil)
        }
    }

    /// Each block (and the title and facility) scanned alone: those the
    /// scan refuses, with the rules they broke (never the text).
    static func flaggedBlocks(_ projection: Projection, document: Document, scanner: LeakScanner) -> [Int: [String]] {
        var texts: [(Int, String)] = []
        if let title = projection.metadata.title { texts.append((-1, title)) }
        if let facility = projection.metadata.facility { texts.append((-2, facility)) }
        for (index, block) in projection.blocks.enumerated() {
            switch block {
            case let .heading(_, text), let .paragraph(text): texts.append((index, text))
            case .withheld: continue
            }
        }
        var flagged: [Int: [String]] = [:]
        for (index, text) in texts {
            do {
                try scanner.scan(text, format: .markdown, fileName: "preview", document: document, audience: projection.audience)
            } catch {
                var rules: [String] = []
                for hit in error.hits {
                    let label = hit.rule.rawValue + (hit.personID.map { " · \($0)" } ?? "") + (hit.detector.map { " · \($0.rawValue)" } ?? "")
                    if !rules.contains(label) { rules.append(label) }
                }
                flagged[index] = rules
            }
        }
        return flagged
    }

    public var audience: Audience {
        switch self {
        case let .projected(projection), let .leaked(projection, _, _, _): projection.audience
        case let .refused(audience, _, _): audience
        }
    }
}
