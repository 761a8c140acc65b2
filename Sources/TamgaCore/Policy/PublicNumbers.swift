/// The policy's `public-numbers` (FORMAT.md, policy/README.md): the
/// institutional phone and fax numbers an NPM publishes on purpose (its
/// own hotline, a ministry's fax). A detector match whose digits are one
/// of them is not withheld by the projector nor refused by the leak scan;
/// any other number is, as before. Compared by digits only, so
/// `+996 312 62 50 15`, `(0312) 62-50-15` and `0312625015` are one number:
/// the same digits, or the same last nine digits (the national number
/// without its country or trunk prefix) when both have nine or more.
public struct PublicNumbers: Sendable, Hashable {
    private let keys: Set<[Unicode.Scalar]>

    public init(_ numbers: [String]) {
        keys = Set(numbers.map(Self.digits).filter { $0.count >= 5 })
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The decimal digits of `text`, as ASCII, in order.
    static func digits(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.compactMap { scalar in
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
            return Unicode.Scalar(UInt32(48 + Int(value)))
        }
    }

    /// True when `text` (a detector's match) is one of the listed numbers.
    public func contains(_ text: some StringProtocol) -> Bool {
        guard !keys.isEmpty else { return false }
        let digits = Self.digits(text)
        if keys.contains(digits) { return true }
        guard digits.count >= 9 else { return false }
        let tail = Array(digits.suffix(9))
        return keys.contains { $0.count >= 9 && Array($0.suffix(9)) == tail }
    }
}
