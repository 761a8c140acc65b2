extension LeakScanner {
    /// Scans a path the user chose for an output (issue 15, class 7): a file
    /// or folder named after a detainee (`-o "Nurgul Toktosunova.md"`) is a
    /// disclosure like any other, so every component of every path written
    /// for the State or the public is read, with `-`, `_`, `.` and `/` read
    /// as spaces.
    ///
    /// Read as a reader reads a name (red-team round 6, class E): with
    /// percent-escapes decoded (`Sady%6Bov.md`) and letter-spacing closed up
    /// (`S-a-d-y-k-o-v.md`); and each component by the identifier
    /// detectors (`AN1234567.md`, `0555123456.md`, `born-1990-03-03.md`),
    /// one component at a time so that no number runs from one folder into
    /// the next.
    public func scanPath(_ path: String, document: Document?, audience: Audience) throws(LeakError) {
        let spaced = String(path.map { "-_./".contains($0) ? " " : $0 })
        let decoded = ReaderView.percentDecoded(path)
        let decodedSpaced = String(decoded.map { "-_./".contains($0) ? " " : $0 })
        var views = [ScanView(name: "output path", text: path), ScanView(name: "output path", text: spaced)]
        for reading in [decodedSpaced, ReaderView.closingLetterSpacing(decoded.replacingOccurrences(of: "/", with: " "))]
            where reading != spaced && reading != path {
            views.append(ScanView(name: "output path as read", text: reading))
        }
        // A UUID folder (what a program names a temporary folder) is no person's number:
        // `/tmp/9DCD8F75-0026-4436-9508-…` read as a phone refused the export (round 6 clean).
        let components = decoded.split(separator: "/").map(String.init).filter { !Self.isUUID($0) }
        try scanWords(views, document: document, audience: audience, identifiers: components)
    }

    /// Exactly the 8-4-4-4-12 hexadecimal shape of a UUID, nothing around it.
    static func isUUID(_ component: String) -> Bool {
        let groups = component.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Scans what a command prints for an audience besides exports (issue
    /// 15, class 6): statistics labels, tags, recommendation themes
    /// (`sadykov-case`), with `-` and `_` read as spaces.
    ///
    /// Read as a reader reads a label too (red-team round 2): with `-`, `_`
    /// and `.` as spaces and as nothing (`sady_kov`), letter-spacing closed
    /// up (`s-a-d-y-k-o-v`), confusables folded, and names fused into one
    /// word (`aibeksadykov`, `asadykov`).
    ///
    /// `identifiers` are the labels one by one (tags, themes, ids), which
    /// the identifier detectors read too (red-team round 6, class E:
    /// `dob-1990-03-03`, `tel-0555123456`, `pass-an1234567`); never the
    /// table around them, whose counts, month labels and rules are no
    /// identifiers (a row of zeros is not a phone number).
    public func scanLabels(_ text: String, audience: Audience, identifiers: [String] = []) throws(LeakError) {
        let spaced = String(text.map { "-_.".contains($0) ? " " : $0 })
        let joined = String(text.filter { !"-_.".contains($0) })
        let views = ([ScanView(name: "printed labels", text: text), ScanView(name: "printed labels", text: spaced),
                      ScanView(name: "printed labels", text: joined)]
            + ReaderView.views(of: text).map { ScanView(name: "printed labels", text: $0.text) }).map { view in
                var labels = view
                labels.lowerCaseByCustom = true
                return labels
            }
        try scanWords(views, document: nil, audience: audience, fused: true, identifiers: identifiers)
    }

    /// Names, `sensitive` strings and leftover person ids in `views`; the
    /// identifier detectors only in `identifiers`, each alone (a path's
    /// components, a table's labels): a row of counts or a whole path read
    /// as one text would run numbers together that no reader reads as one.
    func scanWords(_ views: [ScanView], document: Document?, audience: Audience, fused: Bool = false,
                   identifiers: [String] = []) throws(LeakError) {
        guard audience != .internal else { return }
        let persons = (document.map { registry.including($0) } ?? registry).persons.filter { !$0.value.erased || !$0.value.spellings.isEmpty }
        let protected = Set(persons.values.filter { ($0.erased || !policy.disclosesName(role: $0.role, consent: $0.consent, to: audience)) }.map(\.id))
        let disclosed = Set(persons.keys).subtracting(protected)
        let declaredHere = persons.values.filter { !nameIndex.ids.contains($0.id) }
        let nameIndexes = declaredHere.isEmpty ? [nameIndex] : [nameIndex, LeakNameIndex(persons: declaredHere)]
        let strings = Set(sensitive + (document?.sensitive ?? [])).sorted()
        let newStrings = strings.filter { !sensitiveIndex.contains($0) }
        let sensitiveIndexes = newStrings.isEmpty ? [sensitiveIndex] : [sensitiveIndex, LeakPhraseIndex(newStrings)]
        var hits: [LeakHit] = []
        var read: Set<String> = []
        let fusedIndexes = fused ? (declaredHere.isEmpty ? [fusedIndex] : [fusedIndex, FusedWordRule(persons: declaredHere)]) : []
        let fusedNameRules = fused ? (declaredHere.isEmpty ? [fusedNames] : [fusedNames, FusedNameRule(persons: declaredHere)]) : []
        for view in views {
            let normalized = LeakNormalizer(view.text)
            hits += nameHits(view, normalized, protected: protected, disclosed: disclosed, indexes: nameIndexes, read: &read)
            hits += sensitiveHits(view, normalized, strings: strings, indexes: sensitiveIndexes)
            hits += residueHits(view, personIDs: Set((document.map { registry.including($0) } ?? registry).persons.keys))
            if fused {
                for rule in fusedNameRules { hits += rule.hits(in: view, protected: protected) }
                for index in fusedIndexes { hits += index.hits(in: view, normalized, protected: protected) }
            }
        }
        for text in identifiers where !text.isEmpty {
            hits += detectorHits(ScanView(name: views[0].name, text: text), audience: audience).map {
                LeakHit(rule: $0.rule, view: $0.view, exportLine: nil, sourceLine: nil, personID: nil, detector: $0.detector)
            }
        }
        guard hits.isEmpty else { throw LeakError(documentID: document?.id ?? views[0].name, audience: audience, hits: hits) }
    }
}
