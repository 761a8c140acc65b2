@testable import TamgaCore

/// The figures of one evaluation run over the corpus, kept as counts and
/// as descriptions that name documents, audiences, rules, categories and
/// person ids, never the protected text itself.
struct EvaluationTally {
    let format: ExportFormat
    let finder: String
    var documents = 0
    var attempted = 0
    var exported = 0
    var refusedAboveCeiling = 0
    var refusedNothingVisible = 0
    /// Exports the leak scan stopped: not leaks, but lost survival.
    var refusedByScan = 0
    /// Of those, exports where a derived name form the finder does not know
    /// stands in visible text: the scan did its job for a weaker finder.
    var refusedForUnknownForms = 0
    /// Scan refusals by the rules of their hits.
    var scanRules: [String: Int] = [:]
    /// Scan refusals no planted derived form explains: over-refusals, and
    /// how many exports each cause stopped.
    var overRefusals: [String] = []
    var overRefusalCauses: [String: Int] = [:]
    var leaks: [String] = []
    /// Names several persons share, one at least protected, that the
    /// projector replaced by the span marker (manifest `person`/`ambiguous`).
    var sharedNamesWithheld = 0
    var expected = 0
    var survived = 0
    /// The same, leaving out exports that need a variant engine the finder is not.
    var expectedWithinFinder = 0
    var survivedWithinFinder = 0

    init(format: ExportFormat, finder: String) {
        self.format = format
        self.finder = finder
    }

    var survival: Double { expected == 0 ? 0 : Double(survived) / Double(expected) }
    var survivalWithinFinder: Double {
        expectedWithinFinder == 0 ? 0 : Double(survivedWithinFinder) / Double(expectedWithinFinder)
    }

    var report: String {
        let rules = scanRules.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return """
            evaluation [\(format.rawValue), \(finder)]: \(documents) documents, \(attempted) exports attempted \
            (state and public), \(exported) made; refused by policy: \(refusedAboveCeiling) above the kind's ceiling, \
            \(refusedNothingVisible) with nothing visible; refused by the leak scan: \(refusedByScan) \
            (\(refusedForUnknownForms) for name forms the finder does not derive, \(overRefusals.count) otherwise: \
            \(overRefusalSummary.isEmpty ? "none" : overRefusalSummary); \
            hits by rule: \(rules.isEmpty ? "none" : rules)); shared names withheld as ambiguous: \(sharedNamesWithheld); \
            leaks: \(leaks.count); \
            survival of marked public/state passages: \(survived)/\(expected) = \(percent(survival)), \
            within the finder's reach: \(survivedWithinFinder)/\(expectedWithinFinder) = \(percent(survivalWithinFinder))
            """
    }

    var overRefusalSummary: String {
        overRefusalCauses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value) exports" }.joined(separator: "; ")
    }

    private func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
