/// Address words and their abbreviations, one equivalence each (issue 15,
/// red-team round 4): a `sensitive` address typed `мкр. Джал, д. 15` is
/// the same address as `микрорайоне Джал, дом 15`, and the reverse, in
/// Russian, Kyrgyz and English. `SensitivePhrase` adds, for a word of the
/// phrase that is one of these, every other spelling of its group (the
/// full word in each case form, `SensitiveInflection`), each of which must
/// end the text's word, as inflected forms do.
///
/// Hyphenated abbreviations (`р-н`, `пр-т`, `м-н`) in the phrase are
/// written out before it is cut into words (`expandingHyphenated`), since
/// a hyphen would cut them in two; in the text they are matched as written. Prepositions that are also abbreviations (`с.`
/// for село, `к.` for корпус) are left out: `с` and `к` stand in many
/// phrases as words of their own.
enum SensitiveAddressWords {
    /// Each group: the full word first (its case forms are derived), then
    /// the abbreviations (without their dot) and Kyrgyz possessive forms
    /// (`көчөсү`, his street), which the derived case forms do not give.
    static let groups: [[String]] = [
        ["микрорайон", "мкр", "мкрн", "мкр-н", "м-н"],
        ["дом", "д"],
        ["улица", "ул"],
        ["квартира", "кв"],
        ["проспект", "пр", "просп", "пр-т"],
        ["переулок", "пер"],
        ["город", "г"],
        ["область", "обл"],
        ["район", "р-н", "рн"],
        ["посёлок", "поселок", "пос"],
        ["корпус", "корп"],
        ["строение", "стр"],
        ["бульвар", "бул", "б-р"],
        ["площадь", "пл"],
        ["шоссе", "ш"],
        // Kyrgyz: көчө (street), батир (flat), шаар (city), кичи район (microdistrict).
        ["көчө", "көч", "көчөсү", "көчөсүндө", "көчөсүнө", "көчөсүнүн", "көчөсүн"],
        ["батир", "бат", "батири", "батиринде", "батирине"],
        ["шаар", "ш"],
        ["проспектиси", "пр"],
        // English.
        ["street", "st", "str"],
        ["apartment", "apt", "flat"],
        ["avenue", "ave", "av"],
        ["building", "bldg", "bld"],
        ["road", "rd"],
        ["boulevard", "blvd"],
        ["square", "sq"],
        ["microdistrict", "mkr", "md"],
    ]

    /// The group's words that are not one word (`р-н`), with the full word to write for each.
    private static let hyphenated: [(String, String)] = groups.flatMap { group in
        group.dropFirst().filter { $0.contains("-") }.map { ($0, group[0]) }
    }

    /// `phrase` with each hyphenated abbreviation written out (`р-н` → `район`).
    static func expandingHyphenated(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        guard hyphenated.contains(where: { lower.contains($0.0) }) else { return phrase }
        var tokens: [String] = []
        var current = ""
        // Whole words only: `пр-т` inside `пр-тест` is not the abbreviation.
        for character in lower {
            if character.isLetter || character == "-" { current.append(character); continue }
            tokens.append(hyphenated.first { $0.0 == current }?.1 ?? current)
            current = ""
            tokens.append(String(character))
        }
        tokens.append(hyphenated.first { $0.0 == current }?.1 ?? current)
        return tokens.joined()
    }

    /// The other spellings of `token` (lower case): the rest of its group,
    /// full words with their case forms. Empty for a word in no group.
    static func equivalents(of token: String) -> [String] {
        var result: [String] = []
        for group in groups where group.contains(where: { $0 == token || isForm(token, of: $0) }) {
            for word in group where word != token {
                result.append(word)
                if word == group[0] { result += SensitiveInflection.forms(of: word) }
            }
        }
        return result
    }

    /// Whether `token` is an inflected form of the full word `word` (`микрорайоне`, `көчөсү`).
    private static func isForm(_ token: String, of word: String) -> Bool {
        word.count >= 4 && token.count > word.count - 2 && SensitiveInflection.forms(of: word).contains(token)
    }
}
