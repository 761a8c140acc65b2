extension ParsedDocument {
    /// Checks the document against the policy's vocabulary and rules: its
    /// kind and every role must be defined, and no mark (nor the document's
    /// `level`) may be more open than the kind's ceiling. Resolves the level
    /// of unmarked content. Nothing here is optional: a document that fails
    /// must not be stored.
    public func validated(against policy: Policy) throws(DocumentError) -> Document {
        guard let rule = policy.kinds[frontMatter.kind] else {
            throw DocumentError(.unknownKind, file: file, at: frontMatter.kindLocation, "`kind` is not a kind the policy defines",
                                hint: "Use one of: \(policy.kinds.keys.sorted().joined(separator: ", ")).")
        }
        for person in frontMatter.persons where policy.roles[person.role] == nil {
            throw DocumentError(.unknownRole, file: file, at: person.location, "person \(person.id) has a `role` the policy does not define",
                                hint: "Use one of: \(policy.roles.keys.sorted().joined(separator: ", ")).")
        }
        if let level = frontMatter.level, level < rule.ceiling {
            throw aboveCeiling(frontMatter.levelLocation, "`level`", rule.ceiling)
        }
        if let mark = Self.firstMark(in: blocks, openerThan: rule.ceiling) {
            throw aboveCeiling(mark, "a mark", rule.ceiling)
        }
        // A footnote takes the level of its references (`FootnoteLevels`), known once the unmarked level is.
        let unmarked = frontMatter.level ?? rule.defaultLevel
        return Document(file: file, frontMatter: frontMatter, blocks: FootnoteLevels.assigning(blocks, unmarked: unmarked),
                        recommendations: recommendations, warnings: warnings, unmarkedLevel: unmarked, ceiling: rule.ceiling)
    }

    /// A stored revision read under the policy in force, which may have
    /// changed since it was stored (review 37, M-3: a kind or role renamed
    /// made `handover plan` and `person erase` fail on an old revision).
    /// Valid revisions read as `validated`; otherwise fail closed: a kind the
    /// policy no longer defines reads as internal (its unmarked text and its
    /// ceiling), a mark above the ceiling is kept as written, and a role the
    /// policy no longer defines names nobody to any audience (`Policy`
    /// treats an unknown role so). Only for revisions already stored: a new
    /// one must pass `validated`.
    public func validatedAsStored(against policy: Policy) -> Document {
        if let document = try? validated(against: policy) { return document }
        let rule = policy.kinds[frontMatter.kind]
        let ceiling = rule?.ceiling ?? .internal
        let unmarked = frontMatter.level ?? rule?.defaultLevel ?? .internal
        return Document(file: file, frontMatter: frontMatter, blocks: FootnoteLevels.assigning(blocks, unmarked: unmarked),
                        recommendations: recommendations, warnings: warnings, unmarkedLevel: unmarked, ceiling: ceiling)
    }

    private func aboveCeiling(_ location: SourceLocation?, _ what: String, _ ceiling: Level) -> DocumentError {
        DocumentError(.aboveCeiling, file: file, at: location,
                      "\(what) is more open than `\(ceiling.rawValue)`, the most a `\(frontMatter.kind)` may be",
                      hint: "Mark it `\(ceiling.rawValue)` or more restricted; the policy sets this ceiling per kind.")
    }

    /// The location of the first mark more open than `ceiling`, in source order.
    static func firstMark(in blocks: [Block], openerThan ceiling: Level) -> SourceLocation? {
        for block in blocks {
            switch block {
            case let .section(section):
                if let mark = section.mark, mark < ceiling { return section.location }
                if let found = firstMark(in: section.heading, openerThan: ceiling) ?? firstMark(in: section.children, openerThan: ceiling) {
                    return found
                }
            case let .division(division):
                if division.mark < ceiling { return division.location }
                if let found = firstMark(in: division.children, openerThan: ceiling) { return found }
            case let .paragraph(paragraph):
                if let found = firstMark(in: paragraph.inlines, openerThan: ceiling) { return found }
            }
        }
        return nil
    }

    static func firstMark(in inlines: [Inline], openerThan ceiling: Level) -> SourceLocation? {
        for case let .span(span) in inlines {
            if let mark = span.mark, mark < ceiling { return span.location }
            if let found = firstMark(in: span.children, openerThan: ceiling) { return found }
        }
        return nil
    }
}

extension Document {
    /// Parses and validates in one step, for callers that need no warnings
    /// before validation (the warnings are kept in `Document.warnings`).
    public init(parsing bytes: some Sequence<UInt8>, file: String, policy: Policy) throws(DocumentError) {
        self = try DocumentParser.parse(bytes, file: file).validated(against: policy)
    }
}
