@testable import TamgaCore

/// The best `NameFinding` the build has, chosen in one place so the
/// evaluation and preview tests switch to the name engine (`NameMatcher`,
/// Sources/TamgaCore/Names/) the day it is on main, by editing only this
/// function.
///
/// `derivesVariants` says whether the finder knows forms nobody declared
/// (a surname alone, Russian case forms). The exact finder does not: in its
/// exports those forms are caught by the leak scan's stem rule instead, so
/// the export is refused rather than leaked, and the evaluation reports
/// such refusals apart from over-refusals.
struct EvaluationNameFinder {
    let finder: any NameFinding
    let name: String
    let derivesVariants: Bool

    static func best(persons: [PersonNames]) -> EvaluationNameFinder {
        EvaluationNameFinder(finder: NameMatcher(persons: persons), name: "NameMatcher", derivesVariants: true)
    }
}

/// Shorthand used by the tests: the finder only.
func bestNameFinder(persons: [PersonNames]) -> any NameFinding {
    EvaluationNameFinder.best(persons: persons).finder
}
