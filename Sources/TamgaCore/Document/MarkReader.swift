/// Turns an attribute block into a mark, for the three places marks are
/// written. Fails closed: any class, id or key the format does not define
/// is an error, so a typo such as `{.interal}` cannot leave text unmarked.
struct MarkReader {
    let file: String

    /// What a span's attributes say.
    struct SpanMark {
        var level: Level?
        var recommendation: (id: String, addressee: String?, theme: String?)?
    }

    func spanMark(_ attributes: Attributes, at location: SourceLocation) throws(DocumentError) -> SpanMark {
        var mark = SpanMark()
        var isRecommendation = false
        for name in attributes.classes {
            if name == "recommendation" { isRecommendation = true; continue }
            mark.level = try level(name, replacing: mark.level, at: location, allowed: "recommendation, \(Level.spelledOut)")
        }
        guard isRecommendation else {
            guard attributes.identifiers.isEmpty, attributes.pairs.isEmpty else {
                throw error(.invalidAttributes, location, "a span has an id or key=value but is not a recommendation",
                            hint: "Only `{.recommendation #R-... to=\"...\" theme=...}` spans take ids and keys.")
            }
            guard mark.level != nil else {
                throw error(.invalidAttributes, location, "a span's attributes name no level",
                            hint: "Write `{.internal}`, `{.state}` or `{.public}` after the `]`.")
            }
            return mark
        }
        guard attributes.identifiers.count == 1, let id = attributes.identifiers.first, Identifier.isDocumentID(id) else {
            throw error(.invalidAttributes, location, "a recommendation needs exactly one valid `#id`",
                        hint: "Give it an id unique in the vault, e.g. `#R-2014-017-1`.")
        }
        var values: [String: String] = [:]
        for (key, value) in attributes.pairs {
            guard key == "to" || key == "theme", values[key] == nil else {
                throw error(.invalidAttributes, location, "recommendation \(id) has an unknown or repeated key",
                            hint: "A recommendation takes `to=\"...\"` and `theme=...`, each at most once.")
            }
            values[key] = value
        }
        mark.recommendation = (id, values["to"], values["theme"])
        return mark
    }

    /// A heading's `{.level}` or a div's `{.level}` / bare `level`: at most
    /// one level class, and at most one Pandoc `#id` (FORMAT.md promises
    /// Pandoc's attribute syntax; the id is an anchor and changes nothing).
    /// A heading may carry an id alone (no mark: it keeps the level around
    /// it); a div exists only to mark a level, so it needs its class. Any
    /// other class or a key=value stays an error, so a typo cannot leave
    /// text unmarked.
    func blockMark(_ attributes: Attributes, at location: SourceLocation, what: String) throws(DocumentError) -> Level? {
        // A heading may also be unnumbered (`.unnumbered`, or `-`): Pandoc reads
        // `{- .internal}` as internal, so tamga must too.
        var attributes = attributes
        if what == "heading" { attributes.classes.removeAll { $0 == "unnumbered" } }
        if let id = attributes.identifiers.first, Level(rawValue: id.lowercased()) != nil {
            throw error(.invalidAttributes, location, "a \(what)'s `#id` is a level's name, so it marks nothing",
                        hint: "A level is a class: write `{.\(id.lowercased())}` (an id is `#…`, a class `.…`).")
        }
        guard attributes.pairs.isEmpty, attributes.identifiers.count <= 1, attributes.classes.count <= 1,
              !attributes.classes.isEmpty || (what == "heading" && !attributes.identifiers.isEmpty) else {
            throw error(.invalidAttributes, location, "a \(what)'s attributes must be one level class (and at most one `#id`)",
                        hint: "Write one of `{.internal}`, `{.state}`, `{.public}`, optionally with an id: `{#findings .internal}`.")
        }
        if let id = attributes.identifiers.first, !id.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.asciiDigit != nil || "-_:.".unicodeScalars.contains($0) }) {
            throw error(.invalidAttributes, location, "a \(what)'s `#id` has characters an id cannot have",
                        hint: "Use letters, digits, `-`, `_`, `:` and `.` in an id, e.g. `{#findings .internal}`.")
        }
        guard let name = attributes.classes.first else { return nil }
        return try level(name, replacing: nil, at: location, allowed: Level.spelledOut)
    }

    private func level(_ name: String, replacing current: Level?, at location: SourceLocation,
                       allowed: String) throws(DocumentError) -> Level {
        guard let level = Level(rawValue: name) else {
            throw error(.unknownClass, location, "unknown class in a mark", hint: "Known classes: \(allowed). Check the spelling.")
        }
        guard current == nil else {
            throw error(.invalidAttributes, location, "a mark names two levels", hint: "Keep one level class per mark.")
        }
        return level
    }

    func error(_ code: DocumentError.Code, _ location: SourceLocation, _ detail: String, hint: String) -> DocumentError {
        DocumentError(code, file: file, at: location, detail, hint: hint)
    }
}
