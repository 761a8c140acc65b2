/// The role words a pseudonym begins with ("Задержанный" of
/// "Задержанный {letter}", "Staff member" of "Staff member {letter}"), so
/// that a writer's "задержанный Айбек Садыков" becomes "задержанный A", not
/// "задержанный Задержанный A" (issue 19.13): the words the writer put right
/// before a replaced name are absorbed into the pseudonym when they are its
/// own role words, and only then. A name after any other word ("witness
/// Aibek", of a detainee) keeps the whole pseudonym: the role word a reader
/// sees is always the pseudonym's, never the writer's guess.
struct PseudonymRoleWord {
    /// The template's words before the placeholder, lowercased.
    let words: [String]

    /// Nil for a template whose first word holds the placeholder
    /// ("{letter}-1"): it has no role word to absorb.
    init?(_ pattern: PseudonymPattern) {
        guard let prefix = pattern.template.components(separatedBy: PseudonymPattern.placeholder).first,
              prefix.last?.isWhitespace == true else { return nil }
        let words = prefix.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        self.words = words
    }

    /// `label` (the pseudonym given for a name), taking in the role words
    /// that end `before` (the text right before the name): returns what is
    /// left of `before` and the label that replaces the words and the name,
    /// or nil when `before` does not end with the role words. The words take
    /// the label's own wording with the writer's first letter ("задержанный A").
    ///
    /// Only the exact role word, in any letter case, never a case, gender or
    /// stem form: an attacker found that "задержанного", "камакта" (Kyrgyz
    /// "in jail") and "родственного" are as often another noun's word as the
    /// name's label ("Избиение задержанного Бакыт Орозов видел" made the
    /// eyewitness read as the victim), and a bare letter is ambiguous across
    /// roles. Such a name keeps its whole pseudonym.
    func absorb(before: String, label: String) -> (kept: String, label: String)? {
        var rest = Substring(before)
        var written: [Substring] = []
        for word in words.reversed() {
            let trimmed = rest.trimmingSuffix(while: \.isWhitespace)
            guard trimmed.endIndex < rest.endIndex else { return nil }
            let letters = trimmed.suffix(while: \.isLetter)
            guard !letters.isEmpty, letters.lowercased() == word else { return nil }
            written.insert(letters, at: 0)
            rest = trimmed[..<letters.startIndex]
        }
        // The role word must begin a word, not end one ("подзадержанный").
        if let previous = rest.last, previous.isLetter || previous.isNumber { return nil }
        guard Self.readsAsLabel(written, after: rest) else { return nil }
        let labelWords = label.split(separator: " ", maxSplits: words.count, omittingEmptySubsequences: false)
        guard labelWords.count == words.count + 1 else { return nil }
        var result: [String] = []
        for (index, word) in written.enumerated() {
            let own = String(labelWords[index])
            guard word.lowercased() == own.lowercased() else { return nil }
            result.append(index == 0 ? Self.casedLike(word, own) : own)
        }
        return (String(rest), (result + [String(labelWords[words.count])]).joined(separator: " "))
    }

    /// Role words that are nouns and nothing else in their language, so a
    /// lower-case one right before a name can only be the name's label.
    /// The shipped catalogue's other role words are also a verb, an
    /// adjective or a participle: "did not witness Erkin Asanov" (English
    /// witness, relative, official) or "1990-жылы тууган Эркин Асанов"
    /// (Kyrgyz тууган, "relative" and "born"). Taking such a word in made
    /// the verb read as the label ("did not witness A") and dropped the
    /// person's role (issue 19, walk-through M1 and M4). A role word of a
    /// policy's own template is treated the same way: not known to be a noun.
    static let nounsOnly: Set<String> = [
        "detainee", "staff member",
        "задержанный", "свидетель", "родственник", "должностное лицо", "сотрудник",
        "камактагы", "күбө", "кызмат адамы", "кызматкер",
    ]

    /// English words that make the next word a noun ("the witness", "our
    /// relative"): after one, any role word is the name's label.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "our", "his", "her", "their", "its", "my", "your",
        "each", "every", "another", "one", "same", "said", "second", "first", "third", "other",
    ]

    /// Whether the writer's role words (`written`, after `rest`) are the
    /// name's label: always for a noun-only role word; for any other, only
    /// when it begins with a capital letter ("Witness Erkin Asanov said") or
    /// follows a determiner ("the witness Erkin Asanov").
    static func readsAsLabel(_ written: [Substring], after rest: Substring) -> Bool {
        if nounsOnly.contains(written.map { $0.lowercased() }.joined(separator: " ")) { return true }
        if written.first?.first?.isUppercase == true { return true }
        let previous = rest.trimmingSuffix(while: \.isWhitespace).suffix(while: \.isLetter)
        return determiners.contains(previous.lowercased())
    }

    /// `own` with its first letter in the case of `written`'s first letter.
    static func casedLike(_ written: Substring, _ own: String) -> String {
        guard let first = written.first, let ownFirst = own.first else { return own }
        let cased = first.isUppercase ? ownFirst.uppercased() : ownFirst.lowercased()
        return cased + own.dropFirst()
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }

    func suffix(while predicate: (Character) -> Bool) -> Substring {
        var start = endIndex
        while start > startIndex, predicate(self[index(before: start)]) { start = index(before: start) }
        return self[start...]
    }
}
