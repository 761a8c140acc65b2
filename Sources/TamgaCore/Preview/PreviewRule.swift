/// The reviewer's name and explanation for a rule of the projector, as the
/// preview labels a highlighted piece and lists it in the legend.
struct PreviewRule: Hashable, Comparable {
    let rule: String
    let category: String

    static func < (lhs: PreviewRule, rhs: PreviewRule) -> Bool {
        (lhs.rule, lhs.category) < (rhs.rule, rhs.category)
    }

    /// Short label printed next to the piece ("pseudonym: detainee").
    var label: String {
        switch rule {
        case "level": "withheld: \(category)"
        case "person": "pseudonym: \(category)"
        case "named": "named: \(category)"
        case "sensitive": "sensitive string"
        case "detector": "detector: \(category)"
        case "overlap": "overlapping findings"
        default: "\(rule): \(category)"
        }
    }

    /// CSS class: one colour per rule.
    var cssClass: String {
        switch rule {
        case "level", "person", "named", "sensitive", "detector", "overlap": "r-\(rule)"
        default: "r-other"
        }
    }

    /// What the rule means, for the legend.
    var explanation: String {
        switch rule {
        case "level":
            "A \(category) whose level (its mark, else the document's or the kind's default) this audience does not see; the policy's marker stands in its place."
        case "person":
            "A person with role \(category) whom the policy does not name to this audience and who has not consented: the role's pseudonym, the same for every spelling in this export."
        case "named":
            "A person with role \(category) named to this audience, by the policy's role rules or by the person's recorded consent."
        case "sensitive":
            "A `sensitive` string listed by a document in the vault (\(category == "mixed" ? "overlapping a name" : "as written"))."
        case "detector":
            "A match of the policy's \(category) detector (identity numbers, phone numbers, dates of birth)."
        case "overlap":
            "Findings of different rules overlapped; the union was replaced once by the span marker."
        default:
            "Rule \(rule), category \(category)."
        }
    }
}
