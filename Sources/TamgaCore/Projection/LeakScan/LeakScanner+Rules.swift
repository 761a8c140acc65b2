extension LeakScanner {
    /// Names by the `NameFinding` (every variant it knows) and by the scan's
    /// own normalized search for every declared spelling.
    func nameHits(_ view: ScanView, _ normalized: LeakNormalizer, protected: Set<String>,
                  spellings persons: [RegisteredPerson]) -> [LeakHit] {
        var hits = names.matches(in: view.text).filter { protected.contains($0.personID) }.map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: view.line(of: $0.range.lowerBound), sourceLine: nil,
                    personID: $0.personID, detector: nil)
        }
        for person in persons.sorted(by: { $0.id < $1.id }) {
            for spelling in person.spellings {
                for offset in normalized.occurrences(of: LeakNormalizer.needle(spelling)).prefix(1) {
                    hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: normalized.lines[offset], sourceLine: nil,
                                        personID: person.id, detector: nil))
                }
            }
        }
        return hits + stemHits(view, normalized, persons: persons)
    }

    /// Words that begin with a part (of at least `stemLetters` letters) of a
    /// protected person's spelling and add at most `suffixLetters` letters:
    /// a surname alone, its Russian case forms (Садыкова, Садыковым) and
    /// Kyrgyz suffixes (Садыковдун). Independent of the `NameFinding`, so an
    /// inflected name it misses still stops the export.
    func stemHits(_ view: ScanView, _ normalized: LeakNormalizer, persons: [RegisteredPerson]) -> [LeakHit] {
        let words = normalized.words
        var hits: [LeakHit] = []
        for person in persons.sorted(by: { $0.id < $1.id }) {
            let stems = Set(person.spellings.flatMap { LeakNormalizer($0).words.map(\.word) }
                .filter { $0.unicodeScalars.count >= Self.stemLetters })
            let found = words.first { word in
                stems.contains { stem in
                    word.word.hasPrefix(stem) && word.word.unicodeScalars.count - stem.unicodeScalars.count <= Self.suffixLetters
                }
            }
            if let found {
                hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: found.line, sourceLine: nil,
                                    personID: person.id, detector: nil))
            }
        }
        return hits
    }

    static let stemLetters = 5
    static let suffixLetters = 6

    func sensitiveHits(_ view: ScanView, _ normalized: LeakNormalizer, document: Document) -> [LeakHit] {
        Set(sensitive + document.sensitive).sorted().flatMap { string in
            normalized.occurrences(of: LeakNormalizer.needle(string)).prefix(1).map {
                LeakHit(rule: .sensitiveString, view: view.name, exportLine: normalized.lines[$0], sourceLine: nil,
                        personID: nil, detector: nil)
            }
        }
    }

    /// Detectors run on the text with format characters removed, so a
    /// zero-width space inside a number does not hide it.
    func detectorHits(_ view: ScanView, audience: Audience) -> [LeakHit] {
        let cleaned = String(String.UnicodeScalarView(view.text.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        let cleanedView = ScanView(name: view.name, text: cleaned)
        return policy.detectors(for: audience).flatMap { kind in
            kind.matches(in: cleaned).map {
                LeakHit(rule: .detector, view: view.name, exportLine: cleanedView.line(of: $0.lowerBound), sourceLine: nil,
                        personID: nil, detector: kind)
            }
        }
    }

    /// Markup that rendering must have removed: a level or recommendation
    /// attribute, a div fence, an `@` reference to a registered person.
    func residueHits(_ view: ScanView, personIDs: Set<String>) -> [LeakHit] {
        var hits: [LeakHit] = []
        let lines = view.text.split(separator: "\n", omittingEmptySubsequences: false)
        let classes = Level.allCases.map { "{.\($0.rawValue)" } + ["{.recommendation", "{ .internal", "{ .state", "{ .public"]
        for (index, line) in lines.enumerated() {
            let isResidue = classes.contains { line.contains($0) } || line.drop { $0 == " " }.hasPrefix(":::")
                || hasReference(line, personIDs)
            if isResidue {
                hits.append(LeakHit(rule: .markupResidue, view: view.name, exportLine: index + 1, sourceLine: nil, personID: nil, detector: nil))
            }
        }
        return hits
    }

    /// `@ID` for an id in the registry, the id not running on (`@D-1` is
    /// not found in `@D-10`).
    private func hasReference(_ line: Substring, _ personIDs: Set<String>) -> Bool {
        let scalars = Array(line.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "@" {
            var end = offset + 1
            while end < scalars.count, Identifier.isPersonIDScalar(scalars[end]) { end += 1 }
            let id = String(String.UnicodeScalarView(scalars[(offset + 1)..<end]))
            if personIDs.contains(id) { return true }
        }
        return false
    }
}
