/// One generated red-team document (issue 15's evaluation): the class and
/// form it tests, its source, and what its exports must not show (a leak
/// case) or must keep (a clean case).
struct RedTeamCase {
    enum Kind: String, CaseIterable, Comparable {
        case parsing = "1 parsing"
        case readerView = "2 reader's view"
        case fused = "3 fused into addresses"
        case spelling = "4 spellings"
        case identifier = "5 identifiers"
        case clean = "clean corpus"

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    let kind: Kind
    /// The form within the class (`german`, `phone with dots`, …), for recall per form.
    let form: String
    let id: String
    let source: String
    /// For a leak case: texts that must not be readable in the export (as
    /// whole words, normalized), unless the export was refused.
    let protected: [String]
    /// Identifier digits whose runs of `digitRun` or more must not be readable.
    let protectedDigits: [String]
    /// For a clean case: words that must survive the export unchanged.
    let survive: [String]

    static let digitRun = 6
}
