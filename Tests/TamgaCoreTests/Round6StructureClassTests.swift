import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Red-team round 6, class D (structure), as a class: every element Pandoc
/// reads as raw (RawBlock, RawInline, any format) or as carrying a level
/// class where tamga reads no mark (CodeBlock in each info-string form,
/// Code, Link, Image), and CommonMark's HTML block kinds 3–5, generated in
/// several spellings, must be refused when parsed. Pandoc itself says which
/// variants are raw or classed (`pandocSeesRawOrClassStructure6`), so the
/// generator cannot drift from the AST. Clean controls must still parse.
@Suite struct Round6StructureClassTests {
    static let secret = "Zebrakettle"

    /// Bodies that carry `secret` in an element tamga must refuse.
    static var attacks: [String] {
        var bodies: [String] = []
        let formats = ["html", "latex", "tex", "openxml", "markdown", "rtf", "typst", "html5", "HTML", "docx"]
        for format in formats {
            for fence in ["```", "~~~", "````"] {
                bodies.append("Public.\n\n\(fence){=\(format)}\n<p>\(secret)</p>\n\(fence)\n")
                bodies.append("Public.\n\n\(fence) {=\(format)}\n\(secret)\n\(fence)\n")
            }
            bodies.append("Text `<b>\(secret)</b>`{=\(format)} here.\n")
            bodies.append("Text ``\\textbf{\(secret)}``{=\(format)} here.\n")
        }
        for level in ["internal", "state"] {
            for fence in ["```", "~~~", "````"] {
                for info in [level, " \(level)", "  \(level)", "{.\(level)}", " {.\(level)}", "{.python .\(level)}",
                             "{class=\(level)}", "{class=\"python \(level)\"}", "{#c1 .\(level)}", "python \(level)"] {
                    bodies.append("Public.\n\n\(fence)\(info)\n\(secret)\n\(fence)\n")
                }
            }
            bodies.append("Text `\(secret)`{class=\(level)} here.\n")
            bodies.append("Text `\(secret)`{class=\"x \(level)\"} here.\n")
            bodies.append("See [\(secret)](https://example.org){class=\(level)} here.\n")
            bodies.append("See ![\(secret)](pic.png){class=\(level)} here.\n")
        }
        // A TeX environment is one raw block to Pandoc (raw_tex), headings and blank lines inside it included.
        for environment in ["comment", "verbatim", "x", "itemize"] {
            for indent in ["", " ", "   "] {
                bodies.append("Public.\n\n\(indent)\\begin{\(environment)}\n\(secret)\n\\end{\(environment)}\n")
                bodies.append("## Notes {.internal}\n\n\(indent)\\begin{\(environment)}\n\n# Head {.public}\n\n\\end{\(environment)}\n\n\(secret).\n")
            }
            bodies.append("Public text\n\\begin{\(environment)}\n\(secret)\n\\end{\(environment)}\n")
        }
        // A table caption's attributes are the table's in Pandoc 3 (`: Caption {.internal}`).
        for caption in ["Table: Caption", ": Caption", "  : Caption", "table: Caption"] {
            for mark in ["{.internal}", "{#t .internal}", "{class=internal}", "{.state}", "{ .internal }"] {
                bodies.append("| a | b |\n|---|---|\n| \(secret) | x |\n\n\(caption) \(mark)\n")
            }
        }
        for html in ["<?php \(secret) ?>", "<?xml version=\"1.0\"?>\(secret)", "<!DOCTYPE \(secret)>", "<!ENTITY \(secret)>",
                     "<![CDATA[ \(secret) ]]>", "<!doctype \(secret)>"] {
            bodies.append("Public.\n\n\(html)\n")
            bodies.append("Public \(html) text.\n")
        }
        return bodies
    }

    /// Bodies with code, braces and `<` used plainly: they must parse.
    static let cleanBodies = [
        "Public.\n\n```bash\necho hello\n```\n", "Public.\n\n```{.python}\nprint(1)\n```\n", "Public.\n\n~~~ {#listing .sh}\nls\n~~~\n",
        "Counted `x` and `y`{.internal} no.\n".replacingOccurrences(of: "{.internal}", with: ""),
        "Fewer than <5 persons, a <= b, and 3 < 4.\n", "A set {a, b} and {x = 1} in prose.\n",
        "Internal affairs ministry staff; internalized rules.\n", "```internalize\ncode\n```\n", "Call <https://example.org> now.\n",
        "A [link](https://example.org){target=_blank} here.\n".replacingOccurrences(of: "{target=_blank}", with: ""),
        "\\\\begin{x} written as text.\n", "| a |\n|---|\n| b |\n\nTable: Counts by cell (see {x}).\n", "Public.\n\n    \\begin{x} in an indented code block\n",
    ]

    static func refusedStructure6(_ body: String) -> Bool {
        do {
            _ = try DocumentParser.parse(text: Fixture.source(front: "level: public\n", body: body), file: "d6.md").validated(against: Fixture.policy)
            return false
        } catch {
            return true
        }
    }

    @Test func everyRawOrClassedElementIsRefusedAtParse() {
        let attacks = Self.attacks
        let missed = attacks.filter { !Self.refusedStructure6($0) }
        print("round-6 class D structure: \(attacks.count - missed.count)/\(attacks.count) refused")
        #expect(missed.isEmpty, "published: \(missed.prefix(10))")
    }

    @Test func cleanCodeBracesAndLessThanStillParse() {
        let refused = Self.cleanBodies.filter(Self.refusedStructure6)
        print("round-6 class D clean: \(Self.cleanBodies.count - refused.count)/\(Self.cleanBodies.count) parsed")
        #expect(refused.isEmpty, "refused: \(refused)")
    }

    @Test func aTableCaptionMarkIsRefusedAsTheTables() throws {
        do {
            _ = try DocumentParser.parse(text: Fixture.source(body: "| a |\n|---|\n| \(Self.secret) |\n\n: Caption {.internal}\n"), file: "d6.md")
            Issue.record("not refused")
        } catch {
            #expect(error.message.contains("table"), "\(error.message)")
            #expect(!error.message.contains(Self.secret))
        }
    }

    @Test func theRefusalNamesThePlaceAndNotTheText() throws {
        do {
            _ = try DocumentParser.parse(text: Fixture.source(body: "Public.\n\n```{=html}\n<p>\(Self.secret)</p>\n```\n"), file: "d6.md")
            Issue.record("not refused")
        } catch {
            #expect(error.code == .rawContent)
            #expect(error.location == SourceLocation(line: 8, column: 4))
            #expect(!error.message.contains(Self.secret))
        }
    }

    /// The differential: every attack Pandoc reads as raw or classed (all
    /// but the HTML declarations Pandoc reads as text) is refused, and no
    /// clean body is one Pandoc reads so.
    @Test func pandocAgreesTheAttacksAreRawOrClassed() throws {
        var notRawToPandoc: [String] = []
        // Pandoc 2.17 (Debian's) reads no table attributes; Pandoc 3 does.
        for body in Self.attacks where !body.contains("<!") && !body.contains("Caption") {
            if try !Self.pandocSeesRawOrClassStructure6(body) { notRawToPandoc.append(body) }
        }
        for body in Self.cleanBodies {
            #expect(try !Self.pandocSeesRawOrClassStructure6(body), "clean body raw to Pandoc: \(body)")
        }
        print("round-6 class D pandoc: \(notRawToPandoc.count) attacks Pandoc reads as plain text")
        // Pandoc reads `python internal` (two words) as inline code; everything else it makes raw or classed.
        #expect(notRawToPandoc.allSatisfy { $0.contains("python internal\n") || $0.contains("python state\n") }, "\(notRawToPandoc)")
    }

    static func pandocSeesRawOrClassStructure6(_ body: String) throws -> Bool {
        guard let pandoc = Command.find("pandoc") else { throw PandocLevels.Unavailable(description: "pandoc is missing") }
        let folder = try TemporaryFolder("tamga-pandoc-d6")
        let input = try folder.write("in.md", body)
        let result = try Command.run(pandoc, ["-f", "markdown", "-t", "json", input])
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return containsRawOrClass(json)
    }

    private static func containsRawOrClass(_ value: Any) -> Bool {
        if let dictionary = value as? [String: Any] {
            let type = dictionary["t"] as? String ?? ""
            if type == "RawBlock" || type == "RawInline" { return true }
            if ["CodeBlock", "Code", "Link", "Image"].contains(type), let c = dictionary["c"] as? [Any],
               let attr = c.first as? [Any], attr.count == 3, let classes = attr[1] as? [String],
               classes.contains(where: { Level(rawValue: $0.lowercased()) != nil }) { return true }
            return dictionary.values.contains(where: containsRawOrClass)
        }
        if let array = value as? [Any] { return array.contains(where: containsRawOrClass) }
        return false
    }
}
