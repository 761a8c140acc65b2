/// A Kazakh word that is a Kyrgyz name part, in a Kazakh proper name
/// (red-team round 5, clean case): the newspaper «Еркін Қазақстан» ("Free
/// Kazakhstan") holds еркін "free", the Kazakh spelling of the Kyrgyz эркин,
/// which is also the name Эркин; a detainee Эркин made the newspaper a pseudonym.
///
/// Decision (the trade-off): such a word alone is the Kazakh word when it is
/// written with a letter only Kazakh has (і ұ қ ғ ә һ; ң ө ү are Kyrgyz
/// too), its Kyrgyz reading is a lexicon word (еркін → эркин), and the next
/// word is capitalized and Kazakh too (Қазақстан): a title of Kazakh words.
/// "Ұсталған Еркін шағымданды" (the detained Erkin complained; a small letter
/// next) and "Еркін Асанов" (the person's own surname, joined by the matcher
/// and the scan's partner rule first) stay the name. "Еркін Қасымов", another
/// man of that name, is spared too: not the protected person's full name.
///
/// The matcher (`NameMatcher.mentions`) and the leak scan
/// (`LeakCommonStems.isNameUse`) both ask this.
enum KazakhTitle {
    static let kazakhLetters: Set<Character> = ["і", "ұ", "қ", "ғ", "ә", "һ", "І", "Ұ", "Қ", "Ғ", "Ә", "Һ"]

    static func isKazakh(_ word: some StringProtocol) -> Bool { word.contains(where: kazakhLetters.contains) }

    /// The Kyrgyz spelling of a Kazakh word: і → и, ұ → у, қ → к, ғ → г, ә → э, һ → х, a first е → э.
    static func kyrgyzReading(_ word: String) -> String {
        let map: [Character: Character] = ["і": "и", "ұ": "у", "қ": "к", "ғ": "г", "ә": "э", "һ": "х"]
        var out = String(word.lowercased().map { map[$0] ?? $0 })
        if out.first == "е" { out = "э" + out.dropFirst() }
        return out
    }

    /// Whether `word` (as written) is a Kazakh word of a Kazakh title, `after` the text after it.
    static func isTitleWord(_ word: some StringProtocol, after: some StringProtocol) -> Bool {
        guard isKazakh(word) else { return false }
        let text = Substring(after)
        guard text.first == " " || text.first == "\u{A0}" else { return false }
        let next = text.dropFirst().prefix(while: \.isLetter)
        guard next.count > 1, next.first?.isUppercase == true, isKazakh(next) else { return false }
        return CommonWords.shared.contains(kyrgyzReading(String(word)))
    }
}
