/// The reviewer's name and explanation for a rule of the projector, as the
/// preview labels a highlighted piece and lists it in the legend.
struct PreviewRule: Hashable, Comparable {
    let rule: String
    let category: String

    static func < (lhs: PreviewRule, rhs: PreviewRule) -> Bool {
        (lhs.rule, lhs.category) < (rhs.rule, rhs.category)
    }

    /// Short label printed next to the piece ("pseudonym: detainee"), in
    /// the preview's language; the category is the policy's own key.
    func label(_ texts: ExportCatalogue.PreviewTexts) -> String {
        texts.labels[rule]?(category) ?? texts.otherLabel(rule, category)
    }

    /// CSS class: one colour per rule.
    var cssClass: String {
        switch rule {
        case "level", "person", "named", "sensitive", "detector", "overlap": "r-\(rule)"
        default: "r-other"
        }
    }

    /// What the rule means, for the legend, in the preview's language.
    func explanation(_ texts: ExportCatalogue.PreviewTexts) -> String {
        texts.explanations[rule]?(category) ?? texts.otherExplanation(rule, category)
    }
}
