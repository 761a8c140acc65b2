/// The vault's `sensitive` strings, each normalized once into one trie when
/// the scanner is made, so a scan finds them all in one pass over the text
/// rather than one normalization and one pass per string.
struct LeakPhraseIndex: Sendable {
    private var trie = LeakSpellingTrie()
    /// Trie number by string (keys compare as `String`s do, up to canonical
    /// equivalence; equivalent strings normalize to the same needle).
    private var numbers: [String: Int] = [:]

    init(_ strings: some Sequence<String>) {
        for string in strings where numbers[string] == nil {
            numbers[string] = trie.insert(LeakNormalizer.needle(string))
        }
    }

    func contains(_ string: String) -> Bool { numbers[string] != nil }

    /// For each string, the offset of its first whole-word occurrence in `text`.
    func firstOffsets(in text: LeakNormalizer) -> [String: Int] {
        guard !numbers.isEmpty else { return [:] }
        let first = trie.firstOffsets(in: text)
        return numbers.compactMapValues { first[$0] }
    }
}
