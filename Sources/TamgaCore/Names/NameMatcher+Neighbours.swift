/// The rest of a name written another way beside a mention (red team round
/// 9, A-035, A-216, A-217, A-219): `Alexander Kusnezow`, `Urmat Yusupov`,
/// `Юсупов Урмат`, `Bakhtygul Sharshenbaeva`. Each neighbour is the
/// person's other part a letter or two off (a vowel added, kh for к, the
/// Russian Ю for Kyrgyz Жу/Дж), too far to be read alone (it would take
/// other people's names: Юсупов is a surname of its own), but beside a
/// mention of the person it can only be the rest of the name. Left, the
/// export read `Alexander Detainee A`: the pseudonym next to the given name.
///
/// So a capitalised word of five symbols or more right before or after a
/// mention (a space or one comma between), not itself a mention, a word
/// the lexicon has or a place, is taken
/// into it when its skeleton is within one edit of a given name, surname
/// or declared spelling of the mention's person (two for a part of six
/// symbols or more), or is so within one edit without a legal ending. Over-reading costs a
/// replaced word; under-reading publishes a name.
extension NameMatcher {
    /// The skeletons a neighbour is compared with, per person: the keys of
    /// its given names, surnames and declared spellings of five symbols or more.
    static func neighbourParts(_ keys: [NameKey], persons: Int) -> [[[UInt8]]] {
        var parts = [[[UInt8]]](repeating: [], count: persons)
        var seen: Set<[UInt8]> = []
        for key in keys where key.symbols.count >= Self.shortestNeighbour
            && (key.role == .given || key.role == .surname || key.role == .spelling) {
            var id = key.symbols
            id.append(UInt8(truncatingIfNeeded: key.person))
            id.append(UInt8(truncatingIfNeeded: key.person >> 8))
            id.append(UInt8(truncatingIfNeeded: key.person >> 16))
            guard seen.insert(id).inserted else { continue }
            parts[Int(key.person)].append(key.symbols)
        }
        return parts
    }

    static let shortestNeighbour = 5
    /// A mention that may name more persons than this is a common given name: not widened.
    static let widestNeighbourMention = 8

    /// Takes in the neighbour words before and after the mention that are its person's other parts written another way.
    func absorbNeighbourParts(_ mention: inout Mention, _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>,
                              floor: Int, ceiling: Int) {
        guard mention.candidates.count <= Self.widestNeighbourMention else { return }
        let symbols = skeleton.symbols
        // After: a space or ", " then a word.
        var position = mention.end
        var gap = 0, commas = 0
        while position < ceiling, gap < 2, symbols[position] == SkeletonText.space || symbols[position] == SkeletonText.comma {
            if symbols[position] == SkeletonText.comma { commas += 1 }
            position += 1; gap += 1
        }
        if gap > 0, commas <= 1, position < ceiling, SkeletonText.isLetter(symbols[position]) {
            let end = skeleton.wordEnd(from: position)
            if end <= ceiling, skeleton.isWordEnd(end), isNeighbourPart(skeleton, utf8, start: position, end: end, of: mention) {
                mention.end = end
                mention.pieces += 1
            }
        }
        // Before: a word, then a space or ", ".
        position = mention.start
        gap = 0; commas = 0
        while position > floor, gap < 2, symbols[position - 1] == SkeletonText.space || symbols[position - 1] == SkeletonText.comma {
            if symbols[position - 1] == SkeletonText.comma { commas += 1 }
            position -= 1; gap += 1
        }
        guard gap > 0, commas <= 1, position > floor, SkeletonText.isLetter(symbols[position - 1]) else { return }
        var start = position
        while start > floor, SkeletonText.isLetter(symbols[start - 1]) { start -= 1 }
        guard skeleton.isWordStart(start), start >= floor,
              isNeighbourPart(skeleton, utf8, start: start, end: position, of: mention) else { return }
        mention.start = start
        mention.pieces += 1
    }

    /// Whether the word is another part of one of the mention's candidates.
    /// The candidates stay as they were: a loose reading narrows nothing (a
    /// protected namesake among them keeps the span protected).
    private func isNeighbourPart(_ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
                                 of mention: Mention) -> Bool {
        let first = SkeletonScanner.decode(utf8, skeleton.start(start)).value
        guard SkeletonScalarTable.entry(first).isUpper else { return false }
        let word = Array(skeleton.wordSymbols(start..<end, utf8: utf8))
        guard word.count >= Self.shortestNeighbour else { return false }
        // A word the lexicon has is the word ("Alibi Alekseyдан").
        let written = String(decoding: UnsafeBufferPointer(rebasing: utf8[skeleton.start(start)..<skeleton.end(end - 1)]), as: UTF8.self)
        guard !CommonWords.shared.isWordForm(written.lowercased()), !Self.isPlaceLike(written.lowercased()) else { return false }
        // The word whole, and without each legal ending (Юсупова, Юсуповдун).
        // Without an ending, within one edit: not Alexandrovka (a village: Aleksandr and -ovka).
        var stems: [ArraySlice<UInt8>] = []
        if word.count > Self.shortestNeighbour {
            for cut in 1...min(NameEndings.longest, word.count - Self.shortestNeighbour) {
                // As the matcher reads an ending: after a consonant not every Kyrgyz stack (Aleksandr-ovka).
                let stem = word.dropLast(cut)
                let afterVowel = stem.last.map { "aeiou".utf8.contains($0) } ?? true
                if NameEndings.isFull(word.suffix(cut), afterVowel: afterVowel) { stems.append(stem) }
            }
        }
        return mention.candidates.contains { candidate in
            neighbourParts[Int(candidate.person)].contains { part in
                Self.isWithin(part.count >= 6 ? 2 : 1, word[...], part[...]) || stems.contains { Self.isWithin(1, $0, part[...]) }
            }
        }
    }

    /// A place name, or a word of a village's shape (Alexandrovka is two
    /// edits from Aleksandr's diminutive Aleksandrushka).
    static func isPlaceLike(_ word: String) -> Bool {
        Gazetteer.shared.placeForms.contains(word) || Gazetteer.hasToponymShape(word)
            || ["ovka", "evka", "ovke", "evke", "ovki", "evki", "ovku", "evku"].contains { word.hasSuffix($0) }
    }

    /// Whether the edit distance of `a` and `b` is at most `limit`.
    static func isWithin(_ limit: Int, _ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        BoundedEditDistance.isWithin(limit, a, b)
    }
}
