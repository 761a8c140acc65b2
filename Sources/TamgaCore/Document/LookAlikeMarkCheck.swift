import Foundation

/// A line that shows a div fence or a level mark but is neither (red-team
/// round 5): `：：： internal` typed with a CJK input method's fullwidth
/// colons, `｛.internal｝` in fullwidth braces, `∶∶∶` ratio signs. Pandoc and
/// tamga read such a line as text, so the passage the author meant to
/// withhold would be published with the fence shown as text. The line is
/// refused instead, naming it: its compatibility form (NFKC, which folds
/// fullwidth and other presentation forms) with the colon look-alikes
/// NFKC keeps read as colons is a fence or carries a level class, and the
/// line as written is not and does not.
enum LookAlikeMarkCheck {
    /// Colon look-alikes NFKC leaves alone: ratio, modifier letter colons,
    /// Armenian full stop, Hebrew sof pasuq, Mongolian colon, presentation
    /// two-dot leader, triple colon operator (read as three).
    static let colons: [Unicode.Scalar: String] = [
        "\u{2236}": ":", "\u{A789}": ":", "\u{02F8}": ":", "\u{02D0}": ":", "\u{0589}": ":", "\u{05C3}": ":",
        "\u{1804}": ":", "\u{FE30}": ":", "\u{205D}": ":::", "\u{2AF6}": ":::", "\u{2999}": "::::",
    ]

    /// The class openers a level mark is written with (`{.internal}`, `{ .state}`, `{-`).
    static let markOpeners = ["{." , "{ .", "{-", "{#"]

    /// The message when `scalars` looks like a fence or mark only after folding, nil when it is fine.
    static func problem(_ scalars: [Unicode.Scalar]) -> String? {
        guard !scalars.allSatisfy(\.isASCII) else { return nil }
        let written = String(String.UnicodeScalarView(scalars))
        var folded = String.UnicodeScalarView()
        for scalar in written.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if let colon = colons[scalar] { folded.append(contentsOf: colon.unicodeScalars) } else { folded.append(scalar) }
        }
        let foldedText = String(folded)
        guard foldedText != written else { return nil }
        switch (BodyLine(scalars), BodyLine(Array(folded))) {
        case (.text, .fenceOpen), (.text, .fenceClose), (.heading, .fenceOpen), (.heading, .fenceClose):
            return "a line that looks like a `:::` div fence (look-alike or fullwidth colons) but is not one"
        default: break
        }
        for opener in markOpeners where foldedText.contains(opener) && !written.contains(opener) {
            let level = Level.allCases.contains { foldedText.contains(opener + $0.rawValue) || foldedText.contains(".\($0.rawValue)") }
            if level || foldedText.contains(".recommendation") {
                return "a line with what looks like a level mark `{.…}` written in look-alike or fullwidth characters"
            }
        }
        return nil
    }
}
