import Testing
@testable import TamgaCore

/// Issue 15, red-team round 4: a link reference definition whose only user
/// was withheld leaves the export with it; one that any projected text uses stays.
@Suite struct UnusedLinkDefinitionsTests {
    static func exported(_ body: String, _ audience: Audience = .public, _ format: ExportFormat = .markdown) throws -> String {
        let document = try Fixture.parse(front: "level: public\n", body: body)
        let registry = try PersonRegistry(documents: [document])
        let projector = Projector(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        return try projector.project(document, for: audience).rendered(as: format)
    }

    @Test(arguments: [ExportFormat.markdown, .html, .json])
    func aDefinitionOnlyAWithheldSpanUsesIsDropped(_ format: ExportFormat) throws {
        let body = "## A\n\nPublic [see [profile][z]]{.internal} end.\n\n[z]: https://example.org/Zebrakettle\n"
        #expect(!(try Self.exported(body, .public, format)).contains("Zebrakettle"))
        #expect(try Self.exported(body, .internal, format).contains("Zebrakettle"), "internal keeps its link")
    }

    @Test func aDefinitionPublicTextUsesStays() throws {
        for body in ["## A\n\nSee [the rules][Rules].\n\n[rules]: https://example.org/rules\n",
                     "## A\n\nSee [rules].\n\n[Rules]:   https://example.org/rules\n",
                     "## A\n\nSee [the rules][r] and [x][].\n\n[r]: https://example.org/rules\n[x]: https://example.org/x\n"] {
            #expect(try Self.exported(body).contains("https://example.org/rules"), "\(body)")
        }
    }

    @Test func aParagraphThatIsNotOnlyDefinitionsIsLeftAlone() throws {
        let body = "## A\n\nPublic [see [profile][z]]{.internal} end.\n\nNote: [z]: https://example.org/kept\n"
        #expect(try Self.exported(body).contains("https://example.org/kept"))
    }

    @Test func labelsAreReadAsCommonMarkMatchesThem() {
        #expect(UnusedLinkDefinitions.label(ofDefinition: "   [Foo  Bar]: /x") == "foo bar")
        #expect(UnusedLinkDefinitions.label(ofDefinition: "    [foo]: /x") == nil, "four spaces: code")
        #expect(UnusedLinkDefinitions.label(ofDefinition: "[^1]: a footnote") == nil)
        #expect(UnusedLinkDefinitions.label(ofDefinition: "[foo]:") == nil)
    }
}
