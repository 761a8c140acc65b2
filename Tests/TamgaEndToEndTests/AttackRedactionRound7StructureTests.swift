import Foundation
import Testing
import TamgaTestSupport

// MARK: - Red-team round 7: class D (structure), through the built binary
//
// The D cases of docs/redteam/round7.md (multiline-table rows starting with `#`, YAML blocks in the
// body, a fence whose info string has a backtick, raw TeX) and the E cases that carry them into
// `summary` and a State member's `show` (E-029, E-030, E-031), run with round 4's `export4` (one
// fresh vault per case). A leak holds when the document is refused or the output does not show the
// secret; the setext case (D-205) holds when the public part is exported.
extension AttackRedactionTests {
    static let structureLeaks7: [Leak4] = {
        let zk = "Zebrakettle"
        let table = "## Interview {.internal}\n\nIntro.\n\n-------------------\nColumn\n-------------------\nRow text\n\n## Row two\n\n-------------------\n\n\(zk) passage.\n"
        func leak(_ name: String, _ body: String, audience: String = "public", format: String = "md") -> Leak4 {
            Leak4(name: name, attackClass: "D7 structure", body: body, shown: zk, audience: audience, format: format, id: "ATK-7")
        }
        return [
            leak("D-015 multiline-table row `## Row two`", table),
            leak("D-404 multiline-table row `# Row two`, State export", table.replacingOccurrences(of: "## Row two", with: "# Row two"), audience: "state"),
            leak("D-115 headerless multiline table, `# Public row`",
                 "## For the State {.state}\n\n----------- -----------\nA           B\n----------- -----------\nrow one     x\n\n# Public row  y\n----------- -----------\n\n\(zk) passage\n"),
            leak("D-106 YAML block in the body with a `# Public` comment",
                 "## Secret {.internal}\n\nIntro.\n\n---\nnote: x\n\n# Public\n...\n\n\(zk) passage after yaml.\n"),
            leak("D-105 a second front matter declaring a person",
                 "Public text of report one.\n\n---\nid: ATK-8\npersons:\n  D-9: {name: \(zk) Joldoshev, role: detainee, consent: []}\n---\n\nDetainee \(zk) Joldoshev said he was beaten.\n"),
            leak("D-301 a second front matter's `sensitive`", "Report part one.\n\n---\nsensitive: [the \(zk) officer]\n---\n\nThe \(zk) officer beat him.\n"),
            leak("D-113 fence info string with a backtick", "## Secret {.internal}\n\n``` a`b\n\n## Public\n\n\(zk) passage\n\n```\n"),
            leak("E-045 fence info string with a backtick, HTML", "## Secret {.internal}\n\n``` a`b\n\n## Public\n\n\(zk) passage\n\n```\n", format: "html"),
            leak("D-037 raw TeX \\textcolor", "Public \\textcolor{white}{\(zk) passage} end.\n"),
            leak("D-402 raw TeX \\newcommand over a blank line", "## Secret {.internal}\n\n\\newcommand{\\x}{a\n\n## Public\n\nb}\n\n\(zk) passage\n"),
            leak("D-041 \\begin{comment} in mid-line", "Public text \\begin{comment} \(zk) passage \\end{comment} end.\n"),
        ]
    }()

    @Test(arguments: structureLeaks7) func round7StructureDoesNotPublish(_ c: Leak4) throws { try Self.expectNoLeak4(c) }

    /// E-029: `summary` prints no part of a section a multiline-table row seemed to end.
    @Test func round7SummaryKeepsTheTableTrickInternal() throws {
        let v = try CLIVault()
        let body = Self.structureLeaks7[0].body
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "ATK-7"))])
        guard added.status == 0 else { return }
        let out = v.folder.path("s.md")
        let r = try v.run(["summary", "--year", "2014", "--audience", "public", "-o", out])
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(!(text + r.standardOutput).contains("Zebrakettle"), "summary:\n\(text)")
    }

    /// E-030, E-031: a State member's `show` of the table trick and of raw TeX.
    @Test(arguments: [0, 8]) func round7StateMemberShowKeepsTheTrickInternal(_ index: Int) throws {
        let v = try CLIVault()
        let body = Self.structureLeaks7[index].body + "\n::: internal\nx\n:::\n"
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: "ATK-7"))])
        #expect(added.status != 0, "added: \(body)")
        guard added.status == 0 else { return }
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let shown = try v.run(["show", "--member", "Liaison", "ATK-7"])
        #expect(!shown.standardOutput.contains("Zebrakettle"), "shown:\n\(shown.standardOutput)")
    }

    /// D-205: a setext heading that ends an internal `##` section (as in Pandoc) is refused at add with a clear
    /// message naming the section (round 5's test wants the same underline under `### Notes {.internal}` not to publish).
    @Test func round7SetextHeadingEndingAnInternalSectionIsRefusedClearly() throws {
        let o = try Self.export4("## Secret {.internal}\n\nIntro Zebrakettle.\n\nPublic findings\n===============\n\nThe cells were clean.\n",
                                 audience: "public", id: "ATK-7")
        #expect(o.status != 0 && o.error.contains("setext heading"), "\(o.error)")
        #expect(!o.error.contains("Zebrakettle"), "\(o.error)")
    }
}
