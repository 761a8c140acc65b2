import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 7, class A in every output (E-003, 012, 013, 017, 022, 024, 028, 035)
//
// A lower-case slip of a protected name (`oybek` for Aibek, `dilshat` for
// Dilshod) and the Czech transliteration with its háčeks stripped
// (`Sevcenko` for Ševčenko) reached the public and the State through a
// title, an `-o` path, a tag, a recommendation theme or addressee, the
// annual summary and a State member's `history`. The outputs go through the
// document's name rules (`NameMatcher`, `LeakNearNames`), so the fix of
// class A holds in each: refused, or replaced by the pseudonym.
extension AttackRedactionTests {
    static let persons7 = """
        persons:
          D-3:
            name: Aibek Sadykov
            also: [Айбек Садыков]
            role: detainee
            consent: []
          D-R:
            name: Dilshod Rakhimov
            also: [Дилшод Рахимов]
            role: detainee
            consent: []
          D-N:
            name: Ruslan Igorevich Shevchenko
            also: [Руслан Игоревич Шевченко]
            role: detainee
            consent: []
          D-6:
            name: Maksat Belov
            also: [Максат Белов]
            role: detainee
            consent: []

        """

    struct NameOutputCase7: Sendable, CustomTestStringConvertible {
        let name: String
        var title = "Visit to IVS-1 Bishkek"
        var body = "Public."
        var tags: [String] = []
        let arguments: [String]
        var testDescription: String { "class R7-A name in an output: \(name)" }
    }

    static let nameOutputs7: [NameOutputCase7] = [
        NameOutputCase7(name: "A-002 body, lower-case oybek", body: "msg from relative: oybek is in cell 3 now",
                        arguments: ["export", "ATK-7", "--audience", "public", "--format", "md", "-o", "OUT/out.md"]),
        NameOutputCase7(name: "A-009 body, Sevcenko", body: "Detainee Sevcenko complained.",
                        arguments: ["export", "ATK-7", "--audience", "public", "--format", "md", "-o", "OUT/out.md"]),
        NameOutputCase7(name: "E-012 title, lower-case oybek", title: "Visit after oybek hunger strike",
                        arguments: ["export", "ATK-7", "--audience", "public", "--format", "md", "-o", "OUT/out.md"]),
        NameOutputCase7(name: "E-013 title, Sevcenko, HTML", title: "Complaint of Sevcenko",
                        arguments: ["export", "ATK-7", "--audience", "public", "--format", "html", "-o", "OUT/out.html"]),
        NameOutputCase7(name: "E-003 -o path Sevcenko", arguments: ["export", "ATK-7", "--audience", "public", "--format", "md", "-o", "OUT/Sevcenko.md"]),
        NameOutputCase7(name: "E-017 stats tag Sevcenko", tags: ["Sevcenko"], arguments: ["stats", "--audience", "public", "--by", "tag", "--format", "csv"]),
        NameOutputCase7(name: "E-022 rec table theme Sevcenko",
                        body: "[Stop the beatings.]{.recommendation #R-7-1 to=\"Ministry of Interior\" theme=Sevcenko}",
                        arguments: ["rec", "table", "--audience", "state", "--csv"]),
        NameOutputCase7(name: "E-024 rec report --to Sevcenko",
                        body: "[Stop the beatings.]{.recommendation #R-7-1 to=\"Lawyer of Sevcenko\" theme=x}",
                        arguments: ["rec", "report", "--audience", "state", "--to", "Lawyer of Sevcenko", "--format", "md", "-o", "OUT/r.md"]),
        NameOutputCase7(name: "E-028 summary, lower-case dilshat", body: "## Findings\n\nrelative wrote: dilshat has not eaten for two days",
                        arguments: ["summary", "--year", "2014", "--audience", "public", "--format", "md", "-o", "OUT/s.md"]),
        NameOutputCase7(name: "E-035 State member history, title oybek", title: "Visit after oybek hunger strike",
                        arguments: ["history", "--member", "Liaison", "ATK-7"]),
    ]

    @Test(arguments: nameOutputs7) func round7NamesInOutputsAreNotShown(_ c: NameOutputCase7) throws {
        let v = try CLIVault()
        let extra = Self.persons7 + (c.tags.isEmpty ? "" : "tags: [\(c.tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n")
        let document = "---\nid: ATK-7\nkind: visit-report\ntitle: \(c.title)\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
            + extra + "---\n\n" + c.body + "\n"
        let added = try v.run(["add", try v.folder.write("d.md", document)])
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
            written += name + "\n" + ((try? String(contentsOfFile: out + "/" + name, encoding: .utf8)) ?? "")
        }
        for shown in [r.standardOutput, written, r.standardError] {
            for word in ["oybek", "dilshat", "sevcenko"] {
                #expect(!shown.lowercased().contains(word), "shown:\n\(shown)")
            }
        }
    }

    /// clean-057 and clean-108: whitish walls and the town Belovo are exported unchanged.
    @Test(arguments: ["Стены беловатого цвета, потолок серый.", "He was transferred from Belovo, Kemerovo region."])
    func round7CleanWordsNearBelovExportUnchanged(_ sentence: String) throws {
        let v = try CLIVault()
        let document = "---\nid: ATK-7\nkind: visit-report\ntitle: Visit to IVS-1 Bishkek\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
            + Self.persons7 + "---\n\n" + sentence + "\n"
        #expect(try v.run(["add", try v.folder.write("d.md", document)]).status == 0)
        let out = v.folder.path("out.md")
        let r = try v.run(["export", "ATK-7", "--audience", "public", "--format", "md", "-o", out])
        #expect(r.status == 0, "refused: \(r.standardError)")
        #expect(((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").contains(sentence))
    }
}
