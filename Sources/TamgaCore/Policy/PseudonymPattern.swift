/// A pseudonym template such as `Detainee {letter}`. Letters are handed out
/// per role in order of first appearance in one export (A, B, ... Z, AA, AB),
/// never from registry order, so a label says nothing about the vault.
public struct PseudonymPattern: Sendable, Hashable {
    public static let placeholder = "{letter}"
    public let template: String

    /// Nil unless the template holds the placeholder exactly once.
    public init?(_ template: String) {
        guard template.components(separatedBy: Self.placeholder).count == 2 else { return nil }
        self.template = template
    }

    /// The label for the `index`-th person (0-based) of this role.
    public func label(index: Int) -> String {
        template.replacingOccurrences(of: Self.placeholder, with: Self.letters(index))
    }

    /// 0 → A, 25 → Z, 26 → AA, 27 → AB, ...
    static func letters(_ index: Int) -> String {
        var index = index
        var result = ""
        repeat {
            result = String(UnicodeScalar(UInt8(65 + index % 26))) + result
            index = index / 26 - 1
        } while index >= 0
        return result
    }
}
