/// The vault's `sensitive` strings, each normalized once into one trie when
/// the scanner is made, so a scan finds them all in one pass over the text
/// rather than one normalization and one pass per string; and each also
/// compiled as a `SensitivePhrase` over the scan's normalization, so an
/// inflected, renumbered, closed-up or hyphenated writing (`камере №14`,
/// `nightshift duty officers`) is found too (issue 15, class 7).
struct LeakPhraseIndex: Sendable {
    private var trie = LeakSpellingTrie()
    /// Trie number by string (keys compare as `String`s do, up to canonical
    /// equivalence; equivalent strings normalize to the same needle).
    private var numbers: [String: Int] = [:]
    private var phrases: [String: [SensitivePhrase]] = [:]
    /// Each string's forms with the Kyrgyz and Turkic letters read as their Russian neighbours (`letterFold`).
    private var folded: [String: [SensitivePhrase]] = [:]

    init(_ strings: some Sequence<String>) {
        for string in strings where numbers[string] == nil {
            numbers[string] = trie.insert(LeakNormalizer.needle(string))
            phrases[string] = SensitivePhrase.compiled(string, fold: LeakNormalizer.needle)
            folded[string] = SensitivePhrase.compiled(string, fold: { Self.letterFold(LeakNormalizer.needle($0)) })
        }
    }

    func contains(_ string: String) -> Bool { numbers[string] != nil }

    /// For each string, the offset of its first whole-word occurrence in
    /// `text`, as written or in any form its phrase allows.
    func firstOffsets(in text: LeakNormalizer) -> [String: Int] {
        guard !numbers.isEmpty else { return [:] }
        let first = trie.firstOffsets(in: text)
        var result = numbers.compactMapValues { first[$0] }
        for (string, compiled) in phrases where result[string] == nil {
            if let offset = compiled.lazy.compactMap({ $0.firstMatch(in: text.scalars) }).min() { result[string] = offset }
        }
        // A place declared `Кок-Жар` and written with the Kyrgyz letters (`Көк-Жардагы`) or Latin ones with
        // umlauts (`Kök-Jar`): red team round 12, C-1246, C-1717, C-1718. Both sides folded, one scalar for one,
        // so offsets stay the text's; only when the text has such a letter.
        guard text.scalars.contains(where: { Self.letterFolds[$0] != nil }) else { return result }
        let foldedText = Self.letterFold(text.scalars)
        for (string, compiled) in folded where result[string] == nil {
            if let offset = compiled.lazy.compactMap({ $0.firstMatch(in: foldedText) }).min() { result[string] = offset }
        }
        return result
    }

    /// Letters a writer puts for their Russian neighbours in a place's name: Kyrgyz ө ү ң, Kazakh ә ұ қ ғ һ,
    /// and the Latin ö ü of Turkic spellings (the scan's text is lower case).
    static let letterFolds: [Unicode.Scalar: Unicode.Scalar] = [
        "ө": "о", "ү": "у", "ң": "н", "ә": "а", "ұ": "у", "қ": "к", "ғ": "г", "һ": "х", "ö": "o", "ü": "u",
    ]

    static func letterFold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { letterFolds[$0] ?? $0 }
    }
}
