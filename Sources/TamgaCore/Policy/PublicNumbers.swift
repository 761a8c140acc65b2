/// The policy's `public-numbers` (FORMAT.md, policy/README.md): the
/// institutional phone and fax numbers an NPM publishes on purpose (its
/// own hotline, a ministry's fax). A detector match whose digits are one
/// of them is not withheld by the projector nor refused by the leak scan;
/// any other number is, as before. Compared by digits only, so
/// `+996 312 62 50 15`, `(0312) 62-50-15` and `0312625015` are one number:
/// the same digits, or the same last nine digits (the national number
/// without its country or trunk prefix) when both have nine or more.
///
/// Two limits (red-team round 3, class R3-11): when both the listed number
/// and the text's are written with a country code (`+` or `00`), the
/// codes must agree too, so `+7 312 62 50 15` is not the Kyrgyz hotline;
/// and a match is spared only as a whole number (`spares`): digits joined
/// to it by a slash, dash, dot, comma or colon (`0312 625015/0555123456`)
/// make a longer run that is not the listed number, and the match is withheld.
public struct PublicNumbers: Sendable, Hashable {
    private struct Key: Sendable, Hashable {
        let digits: [Unicode.Scalar]
        /// The digits with the `00` of an international prefix dropped, when written with a country code.
        let international: [Unicode.Scalar]?
    }

    private let keys: Set<Key>
    /// Listed e-mail addresses (an entry with `@`), lower-cased: an
    /// institution's published address that is no function mailbox
    /// (`EmailAddressDetector`), spared as a whole address.
    private let addresses: Set<String>

    public init(_ numbers: [String]) {
        let (listedAddresses, listedNumbers) = (numbers.filter(Self.isAddress), numbers.filter { !Self.isAddress($0) })
        keys = Set(listedNumbers.map { Key(digits: Self.digits($0), international: Self.international($0)) }.filter { $0.digits.count >= 5 })
        addresses = Set(listedAddresses.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    public var isEmpty: Bool { keys.isEmpty && addresses.isEmpty }

    /// An entry naming an e-mail address rather than a number.
    static func isAddress(_ entry: String) -> Bool { entry.contains("@") }

    /// The decimal digits of `text`, as ASCII, in order.
    static func digits(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.compactMap { scalar in
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
            return Unicode.Scalar(UInt32(48 + Int(value)))
        }
    }

    /// The digits with the country code when `text` is written with one
    /// (`+996 …`, `＋7 …`, `00996 …`), else nil.
    static func international(_ text: some StringProtocol) -> [Unicode.Scalar]? {
        let trimmed = text.unicodeScalars.drop { $0 == " " || $0 == "(" || $0 == "\u{A0}" }
        guard let first = trimmed.first else { return nil }
        let digits = Self.digits(text)
        if first == "+" || first == "\u{FF0B}" { return digits }
        if digits.starts(with: "00".unicodeScalars), digits.count >= 11 { return Array(digits.dropFirst(2)) }
        return nil
    }

    /// True when `text` (a detector's match) is one of the listed numbers.
    public func contains(_ text: some StringProtocol) -> Bool {
        if text.contains("@") || text.contains("\u{FF20}") {
            return addresses.contains(String(text).precomposedStringWithCompatibilityMapping.lowercased())
        }
        guard !keys.isEmpty else { return false }
        let digits = Self.digits(text)
        let international = Self.international(text)
        return keys.contains { key in
            if let mine = international, let theirs = key.international { return mine == theirs }
            if key.digits == digits { return true }
            return digits.count >= 9 && key.digits.count >= 9 && key.digits.suffix(9).elementsEqual(digits.suffix(9))
        }
    }

    /// True when the detector match `match` (a slice of the whole text) is
    /// one of the listed numbers and stands alone: no digit is joined to it
    /// directly or by one `/ - . , :` (or dash) on either side.
    public func spares(_ match: Substring) -> Bool {
        guard contains(match) else { return false }
        let base = match.base.unicodeScalars
        let lower = match.startIndex.samePosition(in: base) ?? base.startIndex
        let upper = match.endIndex.samePosition(in: base) ?? base.endIndex
        return !Self.joinsDigit(base[upper...].prefix(2)) && !Self.joinsDigit(base[..<lower].suffix(2).reversed())
    }

    /// A digit next, or after one joining mark.
    private static func joinsDigit(_ next: some Sequence<Unicode.Scalar>) -> Bool {
        let scalars = Array(next)
        guard let first = scalars.first else { return false }
        if first.properties.numericType == .decimal { return true }
        let joiners = "/\\-.,:+\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2212}\u{FF0F}".unicodeScalars
        return joiners.contains(first) && scalars.count > 1 && scalars[1].properties.numericType == .decimal
    }
}
