/// A noun phrase in every form a language gives it after a number, so the
/// withheld footer says "1 passage", "2 passages" in English and
/// "1 фрагмент", "2 фрагмента", "5 фрагментов" in Russian instead of
/// "passage(s)" or a "rule/category: 2" a reader has to decode.
struct CountedNoun: Sendable, Hashable {
    /// The forms in the order the language's `PluralRule` numbers them.
    let forms: [String]

    init(_ forms: String...) {
        self.forms = forms
    }

    init(forms: [String]) {
        self.forms = forms
    }

    /// "2 passages": the number, then the form the rule picks for it.
    func counted(_ count: Int, rule: PluralRule) -> String {
        "\(count) " + forms[min(rule.form(for: count), forms.count - 1)]
    }
}

/// How a language picks the form of a noun after a number (CLDR's cardinal
/// rules for integers, reduced to what the catalogue needs).
enum PluralRule: Sendable, Hashable {
    /// English: 1 → one (0), else other (1).
    case oneOther
    /// Russian: ends in 1 but not 11 → one (0); ends in 2–4 but not 12–14
    /// → few (1); else many (2).
    case oneFewMany
    /// Kyrgyz: a noun after a number stays singular (0).
    case invariable

    func form(for count: Int) -> Int {
        switch self {
        case .oneOther: return count == 1 ? 0 : 1
        case .invariable: return 0
        case .oneFewMany:
            let (last, lastTwo) = (count % 10, count % 100)
            if last == 1 && lastTwo != 11 { return 0 }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return 1 }
            return 2
        }
    }
}
