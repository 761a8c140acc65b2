/// E-mail addresses of people (red-team round 5, class C, "scope?": a
/// relative's `gulnara1970@mail.ru`): an address reaches its owner as a
/// phone number does, and its local part often spells a name or a birth
/// year, so State and public exports withhold it.
///
/// An address is a local part (letters of any script, digits, `.`, `_`,
/// `%`, `+`, `-`), `@` (the fullwidth `＠`, or spelled in brackets: `[at]`,
/// `(собака)`; spaces and one line break around it), and a domain of two labels
/// or more ending in letters (the dots spelled too: `gmail [dot] com`,
/// `EmailAddressDetector+Spelled`; `mail dot ru`, `mail。ru`, `mail,ru`:
/// `EmailAddressDetector+Domain`) (`mail.ru`, `ombudsman.kg`); it is found
/// inside a `mailto:` link as in text. An at sign spoken without brackets
/// (`at`, `собака`, `эт`) is `EmailAddressDetector+Spoken`'s.
///
/// Left alone: an institution's function mailbox, whose local part names a
/// service and not a person (`info@`, `office@`, `press@`, `hotline@`,
/// `priemnaya@`, `kanc@`): an NPM publishes such addresses on purpose, and
/// withholding them would blank every contact line of a clean report. Any
/// other institutional address the NPM publishes is listed in the policy's
/// `public-numbers`, which spares it by the whole address.
enum EmailAddressDetector {
    /// Local parts that name a function of an institution, not a person.
    static let functionMailboxes: Set<String> = [
        "info", "office", "press", "pr", "media", "contact", "contacts", "secretariat", "secretary", "hotline", "helpline",
        "admin", "reception", "mail", "npm", "ombudsman", "priemnaya", "priemnaia", "kanc", "kantselyariya", "kancelyariya",
        "help", "support", "appeal", "appeals", "complaint", "complaints", "general", "registry", "post", "webmaster", "noreply",
        "no-reply", "feedback", "inquiries", "enquiries", "citizens", "obrashenie", "obrasheniya", "public", "hr", "legal",
        "monitoring", "pressa", "pressclub", "news", "editor", "redaktsiya", "redakciya", "kancelyaria", "mvd", "gsin", "ncpp",
    ]

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for position in scalars.indices {
            guard let sign = atSign(scalars, at: position) else { continue }
            if let last = result.last, position < last.upperBound { continue }
            // The sign may stand apart from the two halves by spaces (`gulnara [at] mail.ru`,
            // `aidai1990 @ mail.ru`) and one line break (`aidai1990@⏎mail.ru`: a reader's view joins a
            // soft line break with a space; red-team round 7, C-056, C-103, C-104).
            let at = gapStart(scalars, before: position)
            let domain = gapEnd(scalars, after: sign.upperBound)
            var start = at
            while start > 0, isLocal(scalars[start - 1]) { start -= 1 }
            while start < at, !DetectorScalars.isLetterOrDigit(scalars, start) { start += 1 }
            guard start < at, let end = domainEnd(scalars, from: domain) ?? spelledDomainEnd(scalars, from: domain)
                ?? self.domain(scalars, from: domain).flatMap({ $0.tld == nil ? nil : $0.end }) else { continue }
            // A bare @ with spaces around it is prose as often as an address (`write to us @ ombudsman.kg`):
            // it needs a strong local part, or one that is no everyday word before a domain with a
            // known top-level label (`aigul @ ktnet.kg`; red-team round 8, clean-008; session 36).
            if sign.count == 1, at != position || domain != sign.upperBound, !isStrong(scalars, start..<at),
               !(isUncommonWord(scalars, start..<at) && self.domain(scalars, from: domain).map { $0.provider || $0.tld != nil } == true) {
                continue
            }
            let local = String(String.UnicodeScalarView(scalars[start..<at].map(DetectorScalars.folded)))
            guard !isFunctionMailbox(local) else { continue }
            result.append(start..<end)
        }
        let spoken = spokenMatches(in: scalars)
        guard !spoken.isEmpty else { return result }
        return DetectorKind.united(result + spoken)
    }

    /// The at sign at `offset`: `@`, the fullwidth `＠`, or spelled in brackets as
    /// people write it to fool harvesters (`[at]`, `(at)`, `{at}`, `(собака)`).
    static func atSign(_ scalars: [Unicode.Scalar], at offset: Int) -> Range<Int>? {
        if scalars[offset] == "@" || scalars[offset] == "\u{FF20}" { return offset..<(offset + 1) }
        guard "[({".unicodeScalars.contains(scalars[offset]), let end = spelledSigns.match(scalars, at: offset + 1),
              end < scalars.count, "])}".unicodeScalars.contains(scalars[end]) else { return nil }
        return offset..<(end + 1)
    }

    static let spelledSigns = DetectorLabels(["at", "собака", "at sign", "эт"], takesDot: false)

    /// A function mailbox, also with a digit or a department after a dot, dash or underscore (`info2`, `press.office`).
    static func isFunctionMailbox(_ local: String) -> Bool {
        let parts = local.split(whereSeparator: { ".-_+".contains($0) }).map { String($0.filter { !$0.isNumber }) }
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { functionMailboxes.contains($0) || $0.isEmpty }
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.asciiDigit != nil || "._%+-".unicodeScalars.contains(scalar)
    }

    /// The end of a domain of two labels or more from `start`, its last label of two letters or more.
    private static func domainEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end].asciiDigit != nil || scalars[end] == "-"
            || (scalars[end] == "." && end + 1 < scalars.count && DetectorScalars.isLetterOrDigit(scalars, end + 1)) {
            end += 1
        }
        let domain = scalars[start..<end]
        guard let dot = domain.lastIndex(of: "."), dot > start, end - dot - 1 >= 2,
              scalars[(dot + 1)..<end].allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return end
    }
}
