/// A domain as a reader reads it (red-team round 7): labels joined by a
/// dot, a dot of another script (`mail。ru`), a dot spelled as a word with
/// or without brackets and spaces (`mail dot ru`, `мейл точка ру`,
/// `gmail [dot] com`), a spaced dot (`mail . ru`), or a comma typed for a
/// dot right before a top-level domain (`mail,ru`). Where it ends is
/// decided by its last label that is a top-level domain
/// (`EmailDomainWords`), so a file name's `.md` after `ru` stays part of it
/// and a sentence's next word does not.
extension EmailAddressDetector {
    struct ReadDomain {
        /// After the last label kept.
        let end: Int
        let labels: [Range<Int>]
        /// The index of the top-level label the domain ends with, if one is known.
        let tld: Int?
        /// Whether a dot was spelled, spaced, bracketed or of another script.
        let spelled: Bool
        /// Whether the first label names a mail provider.
        let provider: Bool
    }

    static func domain(_ scalars: [Unicode.Scalar], from start: Int) -> ReadDomain? {
        var labels: [Range<Int>] = []
        var spelled: [Bool] = []
        var offset = start
        while labels.count < 6 {
            let labelStart = offset
            while offset < scalars.count, scalars[offset].properties.isAlphabetic || scalars[offset].asciiDigit != nil || scalars[offset] == "-" {
                offset += 1
            }
            guard offset > labelStart, DetectorScalars.isLetterOrDigit(scalars, labelStart) else { break }
            labels.append(labelStart..<offset)
            guard let (next, isSpelled) = dot(scalars, at: offset) else { break }
            spelled.append(isSpelled)
            offset = next
        }
        guard let first = labels.first else { return nil }
        let words = labels.map { folded(scalars, $0) }
        let tld = words.indices.dropFirst().last { EmailDomainWords.topLevel.contains(words[$0]) }
        let kept = tld ?? 0
        return ReadDomain(end: labels[kept].upperBound, labels: Array(labels[...kept]), tld: tld,
                          spelled: spelled.prefix(kept).contains(true), provider: EmailDomainWords.providers.contains(folded(scalars, first)))
    }

    /// Past a dot between two labels at `offset`, to the next label's start; whether the dot was spelled.
    private static func dot(_ scalars: [Unicode.Scalar], at offset: Int) -> (Int, Bool)? {
        guard offset < scalars.count else { return nil }
        if scalars[offset] == ".", DetectorScalars.isLetterOrDigit(scalars, offset + 1) { return (offset + 1, false) }
        if EmailDomainWords.isOtherDot(scalars[offset]), DetectorScalars.isLetterOrDigit(scalars, offset + 1) { return (offset + 1, true) }
        if scalars[offset] == ",", let label = labelWord(scalars, at: offset + 1), EmailDomainWords.topLevel.contains(label) {
            return (offset + 1, true)
        }
        var position = offset
        while position < scalars.count, position - offset < 3, scalars[position] == " " || scalars[position] == "\u{A0}" { position += 1 }
        guard position > offset || "[({".unicodeScalars.contains(scalars[position]) else { return nil }
        var bracket = false
        if position < scalars.count, "[({".unicodeScalars.contains(scalars[position]) { bracket = true; position += 1 }
        if position < scalars.count, scalars[position] == "." || EmailDomainWords.isOtherDot(scalars[position]) {
            position += 1
        } else if let end = EmailDomainWords.dotWords.match(scalars, at: position) ?? (bracket ? spelledDots.match(scalars, at: position) : nil) {
            position = end
        } else {
            return nil
        }
        if bracket {
            guard position < scalars.count, "])}".unicodeScalars.contains(scalars[position]) else { return nil }
            position += 1
        }
        let gap = position
        while position < scalars.count, position - gap < 3, scalars[position] == " " || scalars[position] == "\u{A0}" { position += 1 }
        guard position > gap || bracket || scalars[gap - 1] == "." || EmailDomainWords.isOtherDot(scalars[gap - 1]) else { return nil }
        return DetectorScalars.isLetterOrDigit(scalars, position) ? (position, true) : nil
    }

    /// The word of letters at `offset`, folded.
    private static func labelWord(_ scalars: [Unicode.Scalar], at offset: Int) -> String? {
        var end = offset
        while DetectorScalars.isLetter(scalars, end) { end += 1 }
        return end > offset ? folded(scalars, offset..<end) : nil
    }
}
