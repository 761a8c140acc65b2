import Foundation
import Testing
@testable import TamgaCore

/// The reviewer's preview (issue 4, item 7) of the bundled examples.
@Suite struct PreviewRendererTests {
    /// The three examples as a vault, exported through the real path with
    /// the best name finder the build has.
    struct Vault {
        let documents: [String: Document]
        let exporter: Exporter

        init(extra: [Document] = []) throws {
            var documents: [String: Document] = [:]
            for name in ["VR-2014-017.md", "INT-2014-044.md", "VR-2014-021.ru.md"] {
                let document = try Fixture.example(name)
                documents[document.id] = document
            }
            for document in extra { documents[document.id] = document }
            self.documents = documents
            let all = documents.values.sorted { $0.id < $1.id }
            let registry = try PersonRegistry(documents: all)
            exporter = Exporter(policy: Fixture.policy, registry: registry, names: bestNameFinder(persons: registry.personNames),
                                sensitive: all.flatMap(\.sensitive))
        }

        func preview(_ id: String) throws -> String {
            let document = try #require(documents[id])
            return PreviewRenderer.render(document, columns: Audience.allCases.map { PreviewColumn.make(document, for: $0, exporter: exporter) })
        }
    }

    /// The HTML of one audience's column.
    static func column(_ html: String, _ audience: Audience) throws -> String {
        let start = try #require(html.range(of: "data-audience=\"\(audience.rawValue)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func showsTheThreeAudiencesSideBySideUnderTheReviewBanner() throws {
        let html = try Vault().preview("VR-2014-017")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "NPM INTERNAL — REVIEW COPY").count - 1 >= 4)  // meta, title, header, footer
        let internalColumn = try Self.column(html, .internal)
        let state = try Self.column(html, .state)
        let publicColumn = try Self.column(html, .public)
        #expect(html.range(of: "data-audience=\"internal\"")!.lowerBound < html.range(of: "data-audience=\"state\"")!.lowerBound)
        #expect(html.range(of: "data-audience=\"state\"")!.lowerBound < html.range(of: "data-audience=\"public\"")!.lowerBound)
        #expect(internalColumn.contains("SHARED WITH STATE AUTHORITIES") == false && internalColumn.contains(">NPM INTERNAL<"))
        #expect(state.contains(">SHARED WITH STATE AUTHORITIES<"))
        #expect(publicColumn.contains(">PUBLIC<"))
        // Self-contained: nothing fetched, nothing run.
        for external in ["<script", "src=", "href=", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
    }

    @Test func cell14IsWithheldForStateAndPublicWithItsRule() throws {
        let html = try Vault().preview("VR-2014-017")
        #expect(try Self.column(html, .internal).contains("31 °C in cell 14."))
        #expect(try Self.column(html, .internal).contains("1. Reduce occupancy to the official capacity of each cell.<br>2. Ensure"))
        let state = try Self.column(html, .state)
        #expect(!state.contains("cell 14"))
        #expect(state.contains("31 °C in <mark class=\"r-level\">[withheld]<span class=\"rule\">withheld: span</span></mark>."))
        // The internal passage about reprisals is one marker line, labelled.
        #expect(state.contains("<p class=\"withheld r-level\">[A passage was withheld.]<span class=\"rule\">withheld: block</span></p>"))
        let publicColumn = try Self.column(html, .public)
        #expect(!publicColumn.contains("cell 14"))
        #expect(publicColumn.contains("[Section withheld.]<span class=\"rule\">withheld: section</span>"))
        #expect(html.contains("<dt><mark class=\"r-level\">withheld: span</mark></dt>"))
    }

    @Test func pseudonymsAndNamesCarryTheirRule() throws {
        let html = try Vault().preview("VR-2014-017")
        let state = try Self.column(html, .state)
        #expect(state.contains("<mark class=\"r-person\">Detainee A<span class=\"rule\">pseudonym: detainee · D-0042</span></mark>"))
        #expect(state.contains("<mark class=\"r-named\">Temir Osmonov<span class=\"rule\">named: official · O-0007</span></mark>"))
        #expect(!state.contains("Sadykov"))
        let publicColumn = try Self.column(html, .public)
        #expect(!publicColumn.contains("Osmonov"))
        let internalColumn = try Self.column(html, .internal)
        #expect(internalColumn.contains("<mark class=\"r-named\">Aibek Sadykov<span class=\"rule\">named: detainee · D-0042</span></mark>"))
        #expect(html.contains("pseudonym: detainee</mark></dt><dd>A person with role detainee whom the policy does not name"))
    }

    @Test func detectorsAndRefusalsAreShown() throws {
        let html = try Vault().preview("INT-2014-044")
        let state = try Self.column(html, .state)
        #expect(!state.contains("2345678"))
        let publicColumn = try Self.column(html, .public)
        #expect(publicColumn.contains("No export."))
        #expect(publicColumn.contains("which the policy never exports to public"))
        let internalColumn = try Self.column(html, .internal)
        #expect(internalColumn.contains("passport ID 2345678"))
    }

    /// Issue 15, class 8: an export the leak scan refuses shows, in the
    /// preview, what it would have been with the failing paragraph
    /// outlined and its rule named; the clean paragraphs are not.
    @Test func aLeakRefusalMarksTheLinesTheScanRefuses() throws {
        let report = try Fixture.parse(front: "level: public\npersons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n",
                                       body: "The yard was clean.\n\nWe met Sa**dyk**ov in the yard.\n\nFood was adequate.\n")
        let vault = try Vault(extra: [report])
        let html = try vault.preview(report.id)
        let state = try Self.column(html, .state)
        #expect(state.contains("No export."))
        #expect(state.contains("outlined blocks are what the leak scan refuses"))
        #expect(state.components(separatedBy: "class=\"text leak\"").count - 1 == 1)
        #expect(state.contains("leak scan: protected-name · D-0042"))
        #expect(state.contains("<p class=\"text\">The yard was clean.</p>"))
    }

    @Test func documentTextIsEscaped() throws {
        let document = try Fixture.parse(front: "title: Visit <b>bold</b> & \"more\"\nlevel: public\n", body: """
            ## Findings

            The sign read <script>alert('x')</script> & <img src=x onerror=alert(1)>, in [cell 3]{.internal}.
            """)
        let html = try Vault(extra: [document]).preview("T-1")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("Visit &lt;b&gt;bold&lt;/b&gt; &amp; &quot;more&quot;"))
    }

    /// The hook the preview reads: every recorded range covers exactly the
    /// marker, pseudonym or name the projector put there.
    @Test(arguments: [Audience.internal, .state, .public])
    func replacementsPointAtWhatWasPutInPlace(audience: Audience) throws {
        let vault = try Vault()
        let projection = try vault.exporter.projector.project(try #require(vault.documents["VR-2014-017"]), for: audience)
        // The public sees only whole sections here: its withheld parts are blocks, not replacements.
        #expect(projection.replacements.isEmpty == (audience == .public))
        for replacement in projection.replacements {
            guard case let .block(index) = replacement.place else { continue }
            let text: String
            switch projection.blocks[index] {
            case let .heading(_, heading): text = heading
            case let .paragraph(paragraph): text = paragraph
            case .withheld: Issue.record("a replacement points into a withheld block"); continue
            }
            let piece = String(String.UnicodeScalarView(Array(text.unicodeScalars)[replacement.range]))
            switch replacement.rule {
            case "level": #expect(piece == Fixture.policy.markers.span)
            case "person": #expect(projection.disclosure.pseudonyms.values.contains(piece))
            case "named": #expect(["Temir Osmonov", "Aibek Sadykov", "Major Osmonov", "Sadykov"].contains(piece))
            case "sensitive": #expect(piece == Fixture.policy.markers.span)
            default: Issue.record("unexpected rule \(replacement.rule)")
            }
        }
    }

    /// The heading levels of a page, in order.
    static func headingLevels(_ html: String) -> [Int] {
        html.matches(of: /<h([1-6])[ >]/).compactMap { Int($0.output.1) }
    }

    /// No heading skips a level going down (axe's `heading-order`, which a
    /// screen reader user meets as a missing level): the examples' `##`
    /// sections used to come out as h5 right after the column's h2 and the
    /// title's h3; a document without a title starts its headings at h3.
    @Test func headingsNeverSkipALevel() throws {
        let untitled = try Fixture.parse(body: "## Conditions\n\nCells were crowded.\n\n#### Detail\n\nThree beds for nine people.\n")
        let vault = try Vault(extra: [untitled])
        for id in ["VR-2014-017", "INT-2014-044", "VR-2014-021", "T-1"] {
            let levels = Self.headingLevels(try vault.preview(id))
            #expect(levels.first == 1 && levels.contains { $0 >= 3 }, "\(id): \(levels)")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(id): h\(previous) then h\(next) in \(levels)")
            }
        }
    }
}
