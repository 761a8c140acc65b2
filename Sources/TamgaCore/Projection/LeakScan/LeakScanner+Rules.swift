extension LeakScanner {
    /// Names by the `NameFinding` (every variant it knows; a span is a hit
    /// when any person it may name is protected) and by the scan's own
    /// normalized search for every declared spelling, then the stem rule.
    ///
    /// The stem rule reads the text with the finder's spans that may name
    /// only persons the audience may see (`disclosed`: every candidate)
    /// blanked out, so an official named to the State does not stop the
    /// export because a protected detainee shares his given name. A span
    /// with any candidate not disclosed is never blanked, nor one that cuts
    /// a word (the stem rule then still reads the whole word), nor one the
    /// finder joined across a comma (a list may name two people), nor text
    /// outside the spans: a protected person's inflected name the finder
    /// misses is still caught. The declared-spelling search reads the text
    /// unblanked.
    func nameHits(_ view: ScanView, _ normalized: LeakNormalizer, protected: Set<String>, disclosed: Set<String>,
                  spellings persons: [RegisteredPerson]) -> [LeakHit] {
        let matches = names.matches(in: view.text)
        var hits = matches.filter { $0.candidates.contains(where: protected.contains) }.map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: view.line(of: $0.range.lowerBound), sourceLine: nil,
                    personID: $0.candidates.first(where: protected.contains), detector: nil)
        }
        for person in persons.sorted(by: { $0.id < $1.id }) {
            for spelling in person.spellings {
                for offset in normalized.occurrences(of: LeakNormalizer.needle(spelling)).prefix(1) {
                    hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: normalized.lines[offset], sourceLine: nil,
                                        personID: person.id, detector: nil))
                }
            }
        }
        // A span joined across a comma ("Nurlan, Asanov") may be two people
        // in a list, one of them protected: it keeps the stem rule.
        let exempt = matches.filter { match in
            match.candidates.allSatisfy(disclosed.contains) && !view.text[match.range].contains(",")
        }.map(\.range)
        let stemText = exempt.isEmpty ? normalized : LeakNormalizer(view.blanking(exempt))
        return hits + stemHits(view, stemText, persons: persons)
    }

    /// Words that begin with a part (of at least `stemLetters` letters) of a
    /// protected person's spelling and add at most `suffixLetters` letters:
    /// a surname alone, its Russian case forms (Садыкова, Садыковым; for a
    /// word ending in a vowel the stem drops it: Садыковой, Гульнары) and
    /// Kyrgyz suffixes (Садыковдун). Independent of the `NameFinding`, so an
    /// inflected name it misses still stops the export.
    func stemHits(_ view: ScanView, _ normalized: LeakNormalizer, persons: [RegisteredPerson]) -> [LeakHit] {
        // Stem -> persons, then every word's prefixes that could be a stem
        // (at least `stemLetters`, at most `suffixLetters` shorter than the
        // word) are looked up: the same test as comparing every word with
        // every person's stems, without the cost of a vault-wide registry
        // times the words of the export.
        var personsByStem: [String: [String]] = [:]
        for person in persons {
            let stems = Set(person.spellings.flatMap { LeakNormalizer($0).words.flatMap(\.word.stems) }
                .filter { $0.unicodeScalars.count >= Self.stemLetters })
            for stem in stems { personsByStem[stem, default: []].append(person.id) }
        }
        var firstLine: [String: Int] = [:]
        for word in normalized.words {
            let scalars = Array(word.word.unicodeScalars)
            let shortest = max(Self.stemLetters, scalars.count - Self.suffixLetters)
            guard shortest <= scalars.count else { continue }
            for length in shortest...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[0..<length]))
                for id in personsByStem[prefix] ?? [] where firstLine[id] == nil { firstLine[id] = word.line }
            }
        }
        return firstLine.keys.sorted().map { id in
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[id], sourceLine: nil, personID: id, detector: nil)
        }
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

private extension String {
    /// The word, and the word without a final vowel or soft sign: a name
    /// ending in a vowel changes it in declension (Садыкова, Садыковой;
    /// Гульнара, Гульнары), so only the shorter stem begins every form.
    var stems: [String] {
        guard let last = unicodeScalars.last, "aeiouyяыиюэьй".unicodeScalars.contains(last) else { return [self] }
        return [self, String(String.UnicodeScalarView(unicodeScalars.dropLast()))]
    }
}
