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
    ///
    /// `read` gathers the disclosed persons whose names the view shows (a
    /// finder's span all of whose candidates are disclosed, or a declared
    /// spelling), for the disclosure ledger.
    func nameHits(_ view: ScanView, _ normalized: LeakNormalizer, protected: Set<String>, disclosed: Set<String>,
                  indexes: [LeakNameIndex], read: inout Set<String>) -> [LeakHit] {
        // The address view reads a hyphen as a space: Иван-чай (a tea) is "Иван чай" there (`NameCompounds`).
        let spaced = view.readsHyphensAsSpaces
        let matches = names.matches(in: view.text).filter { !spaced || !NameCompounds.covers($0.range, in: view.text, spaced: true) }
        for match in matches where match.candidates.allSatisfy(disclosed.contains) { read.formUnion(match.candidates) }
        if !disclosed.isEmpty {
            for index in indexes { read.formUnion(index.spellingLines(in: normalized, protected: disclosed).map(\.personID)) }
        }
        var hits = matches.filter { $0.candidates.contains(where: protected.contains) }.map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: view.line(of: $0.range.lowerBound), sourceLine: nil,
                    personID: $0.candidates.first(where: protected.contains), detector: nil)
        }
        // By person id, then in the order of the person's spellings; the
        // indexes hold different persons.
        var spellings = indexes.flatMap { $0.spellingLines(in: normalized, protected: protected) }
        if indexes.count > 1 {
            let byPerson = Dictionary(grouping: spellings, by: \.personID)
            spellings = byPerson.keys.sorted().flatMap { byPerson[$0] ?? [] }
        }
        for (personID, line) in spellings {
            hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: line, sourceLine: nil,
                                personID: personID, detector: nil))
        }
        // A name part cut in two by a space (`Sady kov`), by person id.
        var split: [String: Int] = [:]
        for index in indexes { split.merge(index.splitLines(in: normalized, protected: protected)) { min($0, $1) } }
        for personID in split.keys.sorted() {
            hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: split[personID], sourceLine: nil,
                                personID: personID, detector: nil))
        }
        // A span joined across a comma ("Nurlan, Asanov") may be two people
        // in a list, one of them protected: it keeps the stem rule.
        let exempt = matches.filter { match in
            match.candidates.allSatisfy(disclosed.contains) && !view.text[match.range].contains(",")
        }.map(\.range)
        let stemText = exempt.isEmpty ? normalized : LeakNormalizer(view.blanking(exempt))
        return hits + stemHits(view, stemText, protected: protected, indexes: indexes)
    }

    /// Words that begin with a part (of at least `stemLetters` letters) of a
    /// protected person's spelling and add at most `suffixLetters` letters:
    /// a surname alone, its Russian case forms (Садыкова, Садыковым; for a
    /// word ending in a vowel the stem drops it: Садыковой, Гульнары) and
    /// Kyrgyz suffixes (Садыковдун). Independent of the `NameFinding`, so an
    /// inflected name it misses still stops the export. One hit per person,
    /// at the first such word, by person id.
    func stemHits(_ view: ScanView, _ normalized: LeakNormalizer, protected: Set<String>, indexes: [LeakNameIndex]) -> [LeakHit] {
        var firstLine: [String: Int] = [:]
        let lines = ScanLines(view)
        for index in indexes {
            firstLine.merge(index.stemLines(in: normalized, lines: lines, protected: protected)) { earlier, _ in earlier }
            // Stems that are common words count only where used as a name (issue 15).
            firstLine.merge(index.commonStemLines(in: normalized, lines: lines, protected: protected)) { min($0, $1) }
        }
        return firstLine.keys.sorted().map { id in
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[id], sourceLine: nil, personID: id, detector: nil)
        }
    }

    static let stemLetters = 5
    static let suffixLetters = 6

    /// The first whole-word occurrence of each `sensitive` string (`strings`:
    /// the vault's and the document's, sorted), in that order.
    func sensitiveHits(_ view: ScanView, _ normalized: LeakNormalizer, strings: [String],
                       indexes: [LeakPhraseIndex]) -> [LeakHit] {
        var first: [String: Int] = [:]
        for index in indexes {
            first.merge(index.firstOffsets(in: normalized)) { earlier, _ in earlier }
        }
        return strings.compactMap { string in
            first[string].map {
                LeakHit(rule: .sensitiveString, view: view.name, exportLine: normalized.lines[$0], sourceLine: nil,
                        personID: nil, detector: nil)
            }
        }
    }

    /// Detectors run on the text with format characters removed, so a
    /// zero-width space inside a number does not hide it. A number the
    /// policy lists in `public-numbers` is no hit, as the projector keeps it.
    ///
    /// Also on the text's compatibility form (NFKC), where a reader's digits
    /// written fullwidth (５５５), superscript (⁵⁵⁵) or circled (⑤) are the
    /// digits they show (found by the red team); what only that form shows
    /// is a hit too.
    func detectorHits(_ view: ScanView, audience: Audience) -> [LeakHit] {
        // Also the emoji presentation selector and the keycap mark: `5️⃣5️⃣5️⃣` shows the digits (red-team round 4).
        let cleaned = String(String.UnicodeScalarView(view.text.unicodeScalars.filter {
            !LeakScalarTable.isFormatScalar($0) && !Self.emojiPresentation.contains($0)
        }))
        var texts = [cleaned]
        let folded = cleaned.precomposedStringWithCompatibilityMapping
        if folded != cleaned { texts.append(folded) }
        let asDigits = Self.readingLookAlikeDigits(folded)
        if asDigits != folded { texts.append(asDigits) }
        var hits: [LeakHit] = []
        for text in texts {
            let lines = ScanView(name: view.name, text: text)
            let kinds = policy.detectors(for: audience)
            for (kind, matches) in zip(kinds, DetectorKind.matches(kinds, in: text)) {
                for match in matches where !policy.publicNumbers.spares(text[match]) {
                    let hit = LeakHit(rule: .detector, view: view.name, exportLine: lines.line(of: match.lowerBound), sourceLine: nil,
                                      personID: nil, detector: kind)
                    if !hits.contains(hit) { hits.append(hit) }
                }
            }
        }
        return hits
    }

    /// The variation selectors and the combining enclosing keycap.
    static let emojiPresentation: Set<Unicode.Scalar> = ["\u{FE0E}", "\u{FE0F}", "\u{20E3}"]

    /// Letters an OCR or a hurried typist puts for digits (`12З4567`,
    /// `+996 555 I23 456`, found by the red team), read as the digits a
    /// reader takes them for, where they stand between digits or next to a
    /// run of three: З→3, О/O→0, I/l/І→1, б→6.
    static func readingLookAlikeDigits(_ text: String) -> String {
        let map: [Unicode.Scalar: Unicode.Scalar] = ["З": "3", "з": "3", "О": "0", "о": "0", "O": "0", "o": "0",
                                                     "I": "1", "l": "1", "І": "1", "і": "1", "б": "6"]
        var scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { map[$0] != nil }) else { return text }
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].asciiDigit != nil }
        func run(_ from: Int, _ step: Int) -> Int {
            var i = from, count = 0
            while digit(i) || (i >= 0 && i < scalars.count && scalars[i] == " ") {
                if digit(i) { count += 1 }
                i += step
            }
            return count
        }
        for i in scalars.indices {
            guard let replacement = map[scalars[i]] else { continue }
            let letterBefore = i > 0 && scalars[i - 1].properties.isAlphabetic
            let letterAfter = i + 1 < scalars.count && scalars[i + 1].properties.isAlphabetic
            guard !letterBefore || !letterAfter else { continue }
            if (digit(i - 1) && digit(i + 1)) || (digit(i - 1) && run(i - 1, -1) >= 3) || (digit(i + 1) && run(i + 1, 1) >= 3) {
                scalars[i] = replacement
            }
        }
        return String(String.UnicodeScalarView(scalars))
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
