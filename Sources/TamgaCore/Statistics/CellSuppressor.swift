/// Decides which counts of a table the public is not shown.
///
/// **Primary suppression**: every count from 1 to threshold − 1, margins
/// included (a facility with 3 documents in all is as small as a cell of 3).
/// Zeros are shown: a table here counts documents by front-matter field,
/// so a zero says that no report of that facility carried that tag, which
/// is about the NPM's work, not about a person; and there are no
/// complementary categories ("not injured") whose zero would reveal the
/// protected one (redaction.md 3.9).
///
/// **Secondary suppression**, so that no suppressed count can be worked out
/// from the others and the totals:
/// - One dimension (the counts and their total are one sum): a sum with
///   exactly one suppressed term gives it away, so while that is the case
///   the smallest non-zero count is suppressed too (the total only when no
///   count is left).
/// - Two dimensions: every suppressed entry must lie on a cycle of
///   `SuppressionGraph` (margins are entries too). While some entry lies on
///   none, the cheapest set of further entries that closes a cycle through
///   it is suppressed: smallest counts first, zeros never (someone who knows
///   a zero is structural, a facility without a juvenile unit, would undo
///   it), margins only when cheaper or unavoidable. This repeats until no
///   entry is exposed, which also settles chains across rows and columns.
///   It implies the line rule: every row and column, totals included, has
///   no suppressed entry or at least two.
struct CellSuppressor {
    let table: CountTable
    let threshold: Int

    func suppressions() -> [CellPosition: Suppression] {
        var result: [CellPosition: Suppression] = [:]
        for position in table.positions where table[position] >= 1 && table[position] < threshold {
            result[position] = .belowThreshold(threshold)
        }
        if table.isTwoDimensional {
            protectTwoDimensional(&result)
        } else {
            protectOneDimensional(&result)
        }
        return result
    }

    private func protectOneDimensional(_ result: inout [CellPosition: Suppression]) {
        while result.count == 1, let lone = result.keys.first {
            let candidates = table.positions.filter { result[$0] == nil && table[$0] > 0 }
            // A lone suppressed count ≥ 1 leaves a non-zero total, or, if it
            // is the total, a non-zero count below the threshold that would
            // itself be suppressed: there is always a candidate.
            guard let pick = candidates.min(by: { ($0.isMargin ? 1 : 0, table[$0], $0) < ($1.isMargin ? 1 : 0, table[$1], $1) }) else { return }
            result[pick] = .protects(lone)
        }
    }

    private func protectTwoDimensional(_ result: inout [CellPosition: Suppression]) {
        let graph = SuppressionGraph(table)
        while true {
            let suppressed = result.keys.sorted()
            let exposed = graph.bridges(among: suppressed)
            guard let bridge = exposed.min(by: { (result[$0]?.isPrimary == true ? 0 : 1, $0) < (result[$1]?.isPrimary == true ? 0 : 1, $1) })
            else { return }
            if let closure = graph.cheapestClosure(of: bridge, suppressed: Set(suppressed), counts: table), !closure.isEmpty {
                for position in closure { result[position] = .protects(bridge) }
            } else {
                // Not reachable (a non-zero entry always closes a cycle
                // through the margins), but should it happen, failing
                // closed means hiding every non-zero count: each then lies
                // on the cycle cell, column total, grand total, row total.
                for position in table.positions where table[position] > 0 && result[position] == nil {
                    result[position] = .protects(bridge)
                }
            }
        }
    }
}
