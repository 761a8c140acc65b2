import Foundation

/// Where in the source a leak comes from (issue 15: errors must name the
/// source file, line and column, not only a line of an export the user
/// never sees). Each piece of source text the audience may see is scanned
/// on its own; the first piece that breaks the same rule (for the same
/// person or detector) is the place. A leak that only the whole export
/// shows (a name split over two pieces) keeps its export line only.
///
/// Run only after a scan failed, so its cost (one small scan per visible
/// piece) is paid only by an export that is refused anyway.
struct LeakSourceLocator {
    let scanner: LeakScanner
    let document: Document
    let audience: Audience

    /// Per hit (by index), the source location and the matched text of the piece.
    func locate(_ hits: [LeakHit]) -> (locations: [Int: SourceLocation], pieces: [Int: String]) {
        let visible = document.pieces.filter { $0.kind != .reference && scanner.policy.audience(audience, sees: $0.level) }
        var findings: [(piece: Piece, hits: [LeakHit])] = []
        for piece in visible {
            do {
                try scanner.scan(asProjected(piece.text), format: .markdown, fileName: "source", document: document, audience: audience)
            } catch {
                findings.append((piece, error.hits))
            }
        }
        var locations: [Int: SourceLocation] = [:]
        var pieces: [Int: String] = [:]
        for (index, hit) in hits.enumerated() {
            guard let found = findings.first(where: { finding in finding.hits.contains { Self.sameFinding($0, hit) } }) else {
                if let line = hit.sourceLine { locations[index] = SourceLocation(line: line, column: 1) }
                continue
            }
            locations[index] = Self.place(of: hit, in: found.piece, names: scanner.names)
            pieces[index] = found.piece.text
        }
        return (locations, pieces)
    }

    /// The piece with what the projector replaces blanked out (names the
    /// finder gives to a protected person, detector matches, `sensitive`
    /// strings), so a piece is blamed only for what the projector leaves:
    /// a name the projector replaces in this piece is not the leak.
    func asProjected(_ text: String) -> String {
        let persons = scanner.registry.including(document).persons
        let protected = Set(persons.values.filter { ($0.erased || !scanner.policy.disclosesName(role: $0.role, consent: $0.consent, to: audience)) }.map(\.id))
        var ranges = scanner.names.matches(in: text).filter { $0.candidates.contains(where: protected.contains) }.map(\.range)
        ranges += DetectorKind.matches(scanner.policy.detectors(for: audience), in: text).joined()
        for string in scanner.sensitive + document.sensitive where !string.isEmpty {
            var from = text.startIndex
            while let found = text.range(of: string, options: [.caseInsensitive], range: from..<text.endIndex) {
                ranges.append(found)
                from = found.upperBound
            }
        }
        guard !ranges.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        let view = text.unicodeScalars
        for range in ranges {
            let lower = view.distance(from: view.startIndex, to: range.lowerBound), upper = view.distance(from: view.startIndex, to: range.upperBound)
            for offset in lower..<upper where scalars[offset] != "\n" { scalars[offset] = " " }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The start of the match inside the piece, when the finder or the
    /// detector places it (else the piece's start), as a source location:
    /// a piece keeps its source line breaks, so lines and columns carry over.
    static func place(of hit: LeakHit, in piece: Piece, names: any NameFinding) -> SourceLocation {
        let text = piece.text
        var start: String.Index?
        if let person = hit.personID {
            start = names.matches(in: text).first { $0.candidates.contains(person) }?.range.lowerBound
        } else if let detector = hit.detector {
            start = detector.matches(in: text).first?.lowerBound
        }
        guard let start else { return piece.location }
        let before = text.unicodeScalars[..<start]
        let lineBreaks = before.filter { $0 == "\n" }.count
        guard lineBreaks > 0 else { return SourceLocation(line: piece.location.line, column: piece.location.column + before.count) }
        let lastBreak = before.lastIndex(of: "\n")!
        return SourceLocation(line: piece.location.line + lineBreaks, column: text.unicodeScalars[text.unicodeScalars.index(after: lastBreak)..<start].count + 1)
    }

    static func sameFinding(_ a: LeakHit, _ b: LeakHit) -> Bool {
        a.rule == b.rule && a.personID == b.personID && a.detector == b.detector
    }
}
