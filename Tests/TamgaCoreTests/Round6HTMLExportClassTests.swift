import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 6, clean cases c6-10/11 and c6-16..21, as a class: the
/// HTML export renders the projected Markdown as a CommonMark viewer does
/// (fenced code with a language or attributes, nested lists, block
/// quotes, emphasis, links, indented code), definition lists keep term
/// and definition apart, raw HTML never passes, and each still passes the
/// leak scan (nothing clean refused).
@Suite struct Round6HTMLExportClassTests {
    static func htmlExport6(_ body: String) throws -> String {
        let document = try Fixture.parse(front: "level: public\n", body: "\n\(body)\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames), sensitive: [])
        let export = try exporter.export(document, for: .public, as: .html)
        guard let start = export.text.range(of: "</dl>"), let end = export.text.range(of: "<hr><p class=\"manifest\">") else { return export.text }
        return String(export.text[start.upperBound..<end.lowerBound])
    }

    static let findings = """
        ## Findings

        1. First item
           - nested *one*
           - nested **two**
        2. Second item

        > Quote from the family letter: «Мы ждём».

        Link to [OHCHR](https://www.ohchr.org).

            indented code line

        Term
        :   Definition of the term.
        """

    @Test func listsQuotesEmphasisLinksAndCodeRenderAsAViewerShowsThem() throws {
        let html = try Self.htmlExport6(Self.findings)
        #expect(html.contains("<ol>\n<li>First item\n<ul>\n<li>nested <em>one</em></li>\n<li>nested <strong>two</strong></li>\n</ul>\n</li>\n<li>Second item</li>\n</ol>"), "\(html)")
        #expect(html.contains("<blockquote>\n<p>Quote from the family letter: «Мы ждём».</p>\n</blockquote>"))
        #expect(html.contains("<a href=\"https://www.ohchr.org\">OHCHR</a>"))
        #expect(html.contains("<pre><code>indented code line\n</code></pre>"))
        #expect(html.contains("<p>Term</p>\n<p>Definition of the term.</p>"), "\(html)")
    }

    @Test(arguments: ["```bash\ntamga stats --by tag\n```", "```{.python}\nprint(1)\n```", "~~~ {#l1 .sh}\nls -l\n~~~", "````\n```\nnested\n```\n````"])
    func fencedCodeIsACodeBlock(_ body: String) throws {
        let html = try Self.htmlExport6("Command:\n\n" + body)
        #expect(html.contains("<pre><code"), "\(html)")
        #expect(!html.contains("```") || body.hasPrefix("````"), "\(html)")
        #expect(!html.contains("~~~"))
    }

    @Test func textIsEscapedAndNoRawHTMLPasses() throws {
        let html = try Self.htmlExport6("Fewer than <5 persons & a [link](javascript:alert(1)) with `<b>` code.")
        #expect(html.contains("&lt;5 persons &amp; a"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<code>&lt;b&gt;</code>"))
    }

    @Test func aReferenceLinkResolvesAcrossAHeading() throws {
        let html = try Self.htmlExport6("See [the report][r].\n\n## Sources\n\n[r]: https://example.org/report")
        #expect(html.contains("<a href=\"https://example.org/report\">the report</a>"), "\(html)")
    }
}
