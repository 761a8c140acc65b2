import Foundation

/// Outcomes of the red-team evaluation, per class and form, and the report
/// printed by the test and kept in docs/redaction-evaluation.md.
struct RedTeamTally {
    struct Count {
        var attempts = 0
        /// Leak cases: the export was refused (at add, by policy or by the scan).
        var refused = 0
        /// Leak cases: exported, with the protected text gone.
        var replaced = 0
        var leaked = 0
        /// Clean cases: exported with every word kept; refused; exported with a word lost.
        var exported = 0
        var overRefused = 0
        var overRedacted = 0

        var caught: Int { refused + replaced }
    }

    var byForm: [RedTeamCase.Kind: [String: Count]] = [:]
    var leaks: [String] = []
    var overRefusals: [String] = []

    mutating func record(_ kind: RedTeamCase.Kind, _ form: String, _ update: (inout Count) -> Void) {
        var count = byForm[kind, default: [:]][form, default: Count()]
        count.attempts += 1
        update(&count)
        byForm[kind, default: [:]][form] = count
    }

    func total(_ kind: RedTeamCase.Kind) -> Count {
        (byForm[kind] ?? [:]).values.reduce(into: Count()) { sum, count in
            sum.attempts += count.attempts
            sum.refused += count.refused
            sum.replaced += count.replaced
            sum.leaked += count.leaked
            sum.exported += count.exported
            sum.overRefused += count.overRefused
            sum.overRedacted += count.overRedacted
        }
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }

    var report: String {
        var lines = ["| Class | Exports | Caught (refused + replaced) | Leaked | Recall |", "|---|---:|---:|---:|---:|"]
        for kind in RedTeamCase.Kind.allCases where kind != .clean {
            let t = total(kind)
            lines.append("| \(kind.rawValue) | \(t.attempts) | \(t.caught) (\(t.refused) + \(t.replaced)) | \(t.leaked) | \(Self.percent(t.caught, t.attempts)) |")
        }
        let clean = total(.clean)
        lines += ["", "| Clean corpus | Exports | Exported intact | Refused | Over-redacted |", "|---|---:|---:|---:|---:|",
                  "| namesakes, places, numbers | \(clean.attempts) | \(clean.exported) | \(clean.overRefused) | \(clean.overRedacted) |"]
        lines += ["", "Per form:", "", "| Class | Form | Exports | Leaked | Refused | Over-redacted |", "|---|---|---:|---:|---:|---:|"]
        for kind in RedTeamCase.Kind.allCases {
            for (form, count) in (byForm[kind] ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append("| \(kind.rawValue) | \(form) | \(count.attempts) | \(count.leaked) | \(kind == .clean ? count.overRefused : count.refused) | \(count.overRedacted) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
