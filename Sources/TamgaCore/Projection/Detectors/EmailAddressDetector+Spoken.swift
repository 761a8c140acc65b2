/// E-mail addresses whose at sign is spoken or spaced without brackets
/// (red-team round 7, C-056 … C-064, C-101 … C-105): `aidai1990 @ mail.ru`,
/// `aidai1990 at mail dot ru`, `aidai1990 собака mail точка ру`,
/// `aidai1990 эт gmail.com`, an address broken by a line end next to its
/// at sign (a reader's view joins a soft line break with a space), and the
/// weaker `aidai1990 на мейл ру` and `aidai1990 (gmail)`. Every one reaches
/// its owner as the written address does.
///
/// `at` is an everyday English word, `эт` is Kyrgyz for meat and `на` a
/// Russian preposition, so a spoken sign alone is no address: the local
/// part must be plausible and the domain must end in a known top-level
/// domain (`EmailDomainWords`), spelled or not. A local part with a digit
/// or an inner `.`, `_`, `-` or `+` (`aidai1990`, `kara.suu`) is enough; a
/// word of letters only (`aidai`) counts when it is not a word of the
/// lexicon and the domain is a mail provider's or has a spelled dot, so
/// `look at google.com` and `published at ombudsman.kg` stay prose.
extension EmailAddressDetector {
    /// At signs spoken as words, not bracketed (`[at]` is `atSign`'s).
    static let spokenSigns = DetectorLabels(["at", "at sign", "собака", "эт", "эт белгиси", "собачка"], takesDot: false)
    /// `на` (`aidai1990 на мейл ру`) only before a mail provider.
    static let providerPrepositions = DetectorLabels(["на", "в", "on"], takesDot: false)

    static func spokenMatches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var position = 0
        while position < scalars.count {
            if let match = spokenMatch(scalars, at: position) ?? providerMatch(scalars, at: position) {
                result.append(match)
                position = match.upperBound
            } else {
                position += 1
            }
        }
        return result
    }

    /// `local at domain` with the sign word at `position`.
    private static func spokenMatch(_ scalars: [Unicode.Scalar], at position: Int) -> Range<Int>? {
        guard position > 0, DetectorScalars.isSpace(scalars[position - 1]), let signEnd = spokenSigns.match(scalars, at: position),
              signEnd < scalars.count, DetectorScalars.isSpace(scalars[signEnd]),
              let local = localPart(scalars, before: gapStart(scalars, before: position)),
              let domain = domain(scalars, from: gapEnd(scalars, after: signEnd)), domain.tld != nil else { return nil }
        let strong = isStrong(scalars, local)
        guard strong || (isUncommonWord(scalars, local) && (domain.spelled || domain.provider)) else { return nil }
        guard !isFunctionMailbox(folded(scalars, local)) else { return nil }
        return local.lowerBound..<domain.end
    }

    /// `aidai1990 на мейл ру`, `aidai1990 (gmail)`: a strong local part and a mail provider's name.
    private static func providerMatch(_ scalars: [Unicode.Scalar], at position: Int) -> Range<Int>? {
        guard position > 0, DetectorScalars.isSpace(scalars[position - 1]) else { return nil }
        var from: Int
        var bracket = false
        if scalars[position] == "(" {
            from = position + 1
            bracket = true
        } else if let end = providerPrepositions.match(scalars, at: position), end < scalars.count, DetectorScalars.isSpace(scalars[end]) {
            from = gapEnd(scalars, after: end)
        } else {
            return nil
        }
        guard let local = localPart(scalars, before: gapStart(scalars, before: position)), isStrong(scalars, local),
              let domain = domain(scalars, from: from), domain.provider, domain.tld != nil || domain.labels.count == 1 else { return nil }
        if bracket {
            guard domain.end < scalars.count, scalars[domain.end] == ")" else { return nil }
            return local.lowerBound..<(domain.end + 1)
        }
        return local.lowerBound..<topLevelWord(scalars, after: domain)
    }

    /// The end of a top-level domain said as a word after a provider's name
    /// (`мейл ру`), or the domain's own end.
    private static func topLevelWord(_ scalars: [Unicode.Scalar], after domain: ReadDomain) -> Int {
        guard domain.tld == nil else { return domain.end }
        var start = domain.end
        while start < scalars.count, start - domain.end < 2, scalars[start] == " " { start += 1 }
        var end = start
        while DetectorScalars.isLetter(scalars, end) { end += 1 }
        guard start > domain.end, end > start, !DetectorScalars.isLetterOrDigit(scalars, end),
              EmailDomainWords.topLevel.contains(folded(scalars, start..<end)) else { return domain.end }
        return end
    }

    /// Back over the spaces (one line break at most) before `offset`.
    static func gapStart(_ scalars: [Unicode.Scalar], before offset: Int) -> Int {
        var start = offset, breaks = 0
        while start > 0, offset - start < 4, DetectorScalars.isSpace(scalars[start - 1]) {
            if scalars[start - 1] == "\n" { breaks += 1; if breaks > 1 { return start } }
            start -= 1
        }
        return start
    }

    /// On over the spaces (one line break at most) from `offset`.
    static func gapEnd(_ scalars: [Unicode.Scalar], after offset: Int) -> Int {
        var end = offset, breaks = 0
        while end < scalars.count, end - offset < 4, DetectorScalars.isSpace(scalars[end]) {
            if scalars[end] == "\n" { breaks += 1; if breaks > 1 { return end } }
            end += 1
        }
        return end
    }

    /// The local part ending at `end`: ASCII letters, digits and `._%+-`, with a letter, ending in a letter or digit.
    private static func localPart(_ scalars: [Unicode.Scalar], before end: Int) -> Range<Int>? {
        guard end > 0, DetectorScalars.isLetterOrDigit(scalars, end - 1) else { return nil }
        var start = end
        while start > 0, scalars[start - 1].isASCII, DetectorScalars.isLetterOrDigit(scalars, start - 1) || "._%+-".unicodeScalars.contains(scalars[start - 1]) {
            start -= 1
        }
        while start < end, !DetectorScalars.isLetterOrDigit(scalars, start) { start += 1 }
        guard start < end, !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              scalars[start..<end].contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return start..<end
    }

    /// A digit, or an inner `.`, `_`, `-`, `+`: a local part, not a word.
    static func isStrong(_ scalars: [Unicode.Scalar], _ local: Range<Int>) -> Bool {
        scalars[local].contains { $0.asciiDigit != nil || "._+-".unicodeScalars.contains($0) }
    }

    static func isUncommonWord(_ scalars: [Unicode.Scalar], _ local: Range<Int>) -> Bool {
        local.count >= 2 && !CommonWords.shared.contains(folded(scalars, local))
    }

    static func folded(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range].map(DetectorScalars.folded)))
    }
}
