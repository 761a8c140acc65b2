import Yams

extension PolicyLoader {
    /// Reads the optional `retention` section: a list of rules, each
    ///
    ///     - kind: interview          # a kind the policy defines
    ///       keep: 5 years            # N days | months | years after the document's date
    ///       tagged: [torture]        # optional: only documents with one of these tags
    ///       unless-tagged: [case-open]   # optional: held while a document has one of these
    ///
    /// Every problem names its line. A rule that an earlier one makes
    /// unreachable is refused too: the user meant something by it, and
    /// silently never applying it would keep (or destroy) what they did not mean.
    func retention(_ node: Node, kinds: [String: KindRule]) throws -> RetentionSchedule {
        if node.null != nil { return .none }
        guard case let .sequence(items) = node else {
            throw yaml.wrongType(node, "`retention` must be a list of rules (each `- kind: ...` with `keep: ...`)")
        }
        var rules: [RetentionRule] = []
        for item in items {
            let values = try fields(item, "a retention rule", required: ["kind", "keep"], optional: ["tagged", "unless-tagged"])
            let kind = try yaml.string(values["kind"], key: "kind")
            guard kinds[kind] != nil else {
                throw invalid(values["kind"], "a retention rule names kind `\(kind)`, which `kinds` does not define",
                              hint: "Use one of: \(kinds.keys.sorted().joined(separator: ", ")).")
            }
            guard let keep = RetentionPeriod(try yaml.string(values["keep"], key: "keep")) else {
                throw invalid(values["keep"], "`keep` of the retention rule for \(kind) is not a period",
                              hint: "Write a whole number and a unit, for example `keep: 5 years`, `keep: 18 months`, `keep: 90 days`.")
            }
            let tagged = try tags(values.optional("tagged"), key: "tagged")
            let unless = try tags(values.optional("unless-tagged"), key: "unless-tagged")
            if let both = tagged.intersection(unless).sorted().first {
                throw invalid(values.optional("unless-tagged"), "the retention rule for \(kind) both selects and holds back tag `\(both)`",
                              hint: "A tag is either in `tagged` or in `unless-tagged`, not both.")
            }
            let line = yaml.location(of: item)?.line ?? 0
            if let earlier = rules.first(where: { $0.kind == kind && ($0.tagged.isEmpty || (!tagged.isEmpty && tagged.isSubset(of: $0.tagged))) }) {
                throw invalid(item, "this retention rule for \(kind) never applies: the rule on line \(earlier.line) comes first "
                              + "and covers every document it would",
                              hint: "Rules apply first match first: put the narrower rule (with `tagged`) above the wider one.")
            }
            rules.append(RetentionRule(kind: kind, keep: keep, tagged: tagged, unlessTagged: unless, line: line))
        }
        return RetentionSchedule(rules: rules)
    }

    /// A list of tag names (non-empty, no spaces), as a set.
    private func tags(_ node: Node?, key: String) throws -> Set<String> {
        guard let node else { return [] }
        let names = try yaml.strings(node, key: key)
        guard !names.isEmpty else { throw invalid(node, "`\(key)` is an empty list", hint: "Leave `\(key)` out, or name at least one tag.") }
        for name in names where name.isEmpty || name.contains(where: \.isWhitespace) {
            throw invalid(node, "`\(key)` holds a tag that is empty or has spaces", hint: "Tags are single words, as in a document's `tags:`.")
        }
        return Set(names)
    }
}
