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

    init(_ strings: some Sequence<String>) {
        for string in strings where numbers[string] == nil {
            numbers[string] = trie.insert(LeakNormalizer.needle(string))
            phrases[string] = SensitivePhrase.compiled(string, fold: LeakNormalizer.needle)
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
        return result
    }
}
