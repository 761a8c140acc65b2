import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 6, class E with class A: a near spelling of a protected name in outputs
//
// E6-5, 7, 9, 10 and 20: `Dilshad`, a spelling of the protected Dilshod
// that no rule derived, reached the public through a title, a
// recommendation theme, the annual summary, a State member's `show` and a
// tag printed by `stats`. Each output goes through the same near-name rule
// as an export's text (`LeakNearNames`); labels are lower case by custom,
// so the rule reads them without asking for a capital.
extension AttackRedactionTests {
    static let dilshod6 = "  D-R:\n    name: Dilshod Rakhimov\n    also: [Дилшод Рахимов]\n    role: detainee\n    consent: []\n"

    struct NearOutputCase6: Sendable, CustomTestStringConvertible {
        let name: String
        var title = "Visit to IVS-1 Bishkek"
        var body = "Public."
        var tags: [String] = []
        let arguments: [String]
        var testDescription: String { "class R6-E near name in an output: \(name)" }
    }

    static let nearOutputs6: [NearOutputCase6] = [
        NearOutputCase6(name: "E6-5 title, public export", title: "Complaint of Dilshad",
                        arguments: ["export", "ATK-6", "--audience", "public", "--format", "md", "-o", "OUT/out.md"]),
        NearOutputCase6(name: "E6-7 rec table theme", body: "Public.\n\n1. [Investigate.]{.recommendation #R-6-1 to=\"Ministry of Interior\" theme=dilshad}",
                        arguments: ["rec", "table", "--audience", "public"]),
        NearOutputCase6(name: "E6-7b rec table theme, Cyrillic", body: "Public.\n\n1. [Investigate.]{.recommendation #R-6-1 to=\"Ministry of Interior\" theme=дилшад}",
                        arguments: ["rec", "table", "--audience", "public", "--csv"]),
        NearOutputCase6(name: "E6-9 summary title", title: "Complaint of Dilshad",
                        arguments: ["summary", "--year", "2014", "--audience", "public", "-o", "OUT/s.md"]),
        NearOutputCase6(name: "E6-10 State member show", body: "Detainee Dilshad complained.", arguments: ["show", "--member", "Liaison", "ATK-6"]),
        NearOutputCase6(name: "E6-20 stats by tag", tags: ["dilshad"], arguments: ["stats", "--audience", "public", "--by", "tag"]),
        NearOutputCase6(name: "E6-20b stats by tag, json", tags: ["dilshad-case"], arguments: ["stats", "--audience", "state", "--by", "tag", "--format", "json"]),
    ]

    @Test(arguments: nearOutputs6) func round6NearNamesInOutputsAreRefused(_ c: NearOutputCase6) throws {
        let v = try CLIVault()
        let extra = Self.dilshod6 + (c.tags.isEmpty ? "" : "tags: [\(c.tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n")
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(c.body, id: "ATK-6", title: c.title, extra: extra))])
        #expect(added.status == 0, "add: \(added.standardError)")
        if c.arguments.contains("Liaison") {
            let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        }
        let out = v.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let r = try v.run(c.arguments.map { $0.replacingOccurrences(of: "OUT", with: out) })
        var written = ""
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] {
            written += (try? String(contentsOfFile: out + "/" + name, encoding: .utf8)) ?? ""
        }
        for shown in [r.standardOutput, written, r.standardError] {
            #expect(!shown.lowercased().contains("dilshad") && !shown.lowercased().contains("дилшад"), "shown:\n\(shown)")
        }
    }
}

extension AttackRedactionTests {
    /// Labels read without a capital must not refuse the ordinary words and
    /// places a tag holds: `below` is no Belov, Kyrgyz `максат` (purpose)
    /// and `эркин` (free) are words, Ivanovka is a village. (Known and older
    /// than this rule: a tag `orlovka-colony` is refused for the relative
    /// Orlova, because a place needs a word around it that says so.)
    @Test(arguments: [["below-capacity"], ["максат-2014"], ["эркин-сөз"], ["ivanovka"], ["темир-тор"]])
    func round6LowerCaseLabelsThatAreWordsPrint(_ tags: [String]) throws {
        let v = try CLIVault()
        let extra = Self.dilshod6 + "tags: [\(tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4("Public.", id: "ATK-6", extra: extra))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let r = try v.run(["stats", "--audience", "public", "--by", "tag"])
        #expect(r.status == 0, "refused: \(r.standardError)")
    }
}
