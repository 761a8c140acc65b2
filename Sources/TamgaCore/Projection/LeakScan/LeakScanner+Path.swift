extension LeakScanner {
    /// Scans a path the user chose for an output (issue 15, class 7): a file
    /// or folder named after a detainee (`-o "Nurgul Toktosunova.md"`) is a
    /// disclosure like any other, so every component of every path written
    /// for the State or the public is read, with `-`, `_`, `.` and `/` read
    /// as spaces.
    public func scanPath(_ path: String, document: Document?, audience: Audience) throws(LeakError) {
        let spaced = String(path.map { "-_./".contains($0) ? " " : $0 })
        try scanWords([ScanView(name: "output path", text: path), ScanView(name: "output path", text: spaced)],
                      document: document, audience: audience)
    }

    /// Scans what a command prints for an audience besides exports (issue
    /// 15, class 6): statistics labels, tags, recommendation themes
    /// (`sadykov-case`), with `-` and `_` read as spaces.
    ///
    /// Read as a reader reads a label too (red-team round 2): with `-`, `_`
    /// and `.` as spaces and as nothing (`sady_kov`), letter-spacing closed
    /// up (`s-a-d-y-k-o-v`), confusables folded, and names fused into one
    /// word (`aibeksadykov`, `asadykov`).
    public func scanLabels(_ text: String, audience: Audience) throws(LeakError) {
        let spaced = String(text.map { "-_.".contains($0) ? " " : $0 })
        let joined = String(text.filter { !"-_.".contains($0) })
        let views = [ScanView(name: "printed labels", text: text), ScanView(name: "printed labels", text: spaced),
                     ScanView(name: "printed labels", text: joined)]
            + ReaderView.views(of: text).map { ScanView(name: "printed labels", text: $0.text) }
        try scanWords(views, document: nil, audience: audience, fused: true)
    }

    /// Names, `sensitive` strings and leftover person ids. Not the identifier
    /// detectors: a temporary folder's random name or a row of counts is not
    /// a passport or phone number, and would refuse at random.
    func scanWords(_ views: [ScanView], document: Document?, audience: Audience, fused: Bool = false) throws(LeakError) {
        guard audience != .internal else { return }
        let persons = (document.map { registry.including($0) } ?? registry).persons
        let protected = Set(persons.values.filter { !policy.disclosesName(role: $0.role, consent: $0.consent, to: audience) }.map(\.id))
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
            hits += residueHits(view, personIDs: Set(persons.keys))
            if fused {
                for rule in fusedNameRules { hits += rule.hits(in: view, protected: protected) }
                for index in fusedIndexes { hits += index.hits(in: view, normalized, protected: protected) }
            }
        }
        guard hits.isEmpty else { throw LeakError(documentID: document?.id ?? views[0].name, audience: audience, hits: hits) }
    }
}
