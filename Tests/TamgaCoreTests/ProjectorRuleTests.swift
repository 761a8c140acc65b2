import Foundation
import Testing
@testable import TamgaCore

@Suite struct ProjectorRuleTests {
    static let front = """
        level: public
        title: Meeting with Aibek Sadykov
        facility: Cell block of Temir Osmonov
        persons:
          W-1:
            name: Bakyt Asanov
            role: witness
          W-2:
            name: Nurbek Alymov
            role: witness
          S-1:
            name: Gulnara Abdyldaeva
            role: staff

        """

    func project(_ body: String, _ audience: Audience, front: String = front,
                 consent: [String: Set<Audience>]? = nil) throws -> Projection {
        let document = try Fixture.parse(front: front, body: body)
        var vault = try ExampleVault(extra: [document])
        if let consent {
            let registry = vault.registry.replacingConsent(with: consent)
            vault = try ExampleVault(extra: [document])
            let projector = Projector(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames),
                                      sensitive: [])
            return try projector.project(document, for: audience)
        }
        return try vault.projector.project(document, for: audience)
    }

    @Test func pseudonymsFollowFirstAppearancePerRoleAndStayConsistent() throws {
        let body = "Nurbek Alymov met @W-1. Then @W-2 and Bakyt Asanov and nurbek alymov spoke; Aibek Sadykov too.\n"
        let text = try project(body, .public).rendered(as: .markdown)
        #expect(text.contains("Witness A met Witness B. Then Witness A and Witness B and Witness A spoke; Detainee A too."))
    }

    @Test func officialsAreNamedToTheStateAndPseudonymizedForThePublic() throws {
        let body = "Temir Osmonov and Major Osmonov met Gulnara Abdyldaeva.\n"
        #expect(try project(body, .state).rendered(as: .markdown).contains("Temir Osmonov and Major Osmonov met Gulnara Abdyldaeva."))
        #expect(try project(body, .public).rendered(as: .markdown).contains("Official A and Official A met Gulnara Abdyldaeva."))
    }

    @Test func consentFromTheVaultRecordsNamesAPerson() throws {
        let body = "@W-1 spoke.\n"
        #expect(try project(body, .state, consent: ["W-1": [.state]]).rendered(as: .markdown).contains("Bakyt Asanov spoke."))
        #expect(try project(body, .public, consent: ["W-1": [.state]]).rendered(as: .markdown).contains("Witness A spoke."))
        // A consent in a document is replaced by the records: no record, no consent.
        let consenting = Self.front.replacingOccurrences(of: "role: witness\n  W-2", with: "role: witness\n    consent: [state]\n  W-2")
        #expect(try project(body, .state, front: consenting).rendered(as: .markdown).contains("Bakyt Asanov spoke."))
        #expect(try project(body, .state, front: consenting, consent: [:]).rendered(as: .markdown).contains("Witness A spoke."))
    }

    @Test func titleAndFacilityAreRedactedLikeText() throws {
        let projection = try project("Text.\n", .public)
        #expect(projection.metadata.title == "Meeting with Detainee A")
        #expect(projection.metadata.facility == "Cell block of Official A")
    }

    @Test func tablesAndListsAreRedacted() throws {
        let body = "| Name | Cell |\n|---|---|\n| Bakyt Asanov | [7]{.internal} |\n\n- Nurbek Alymov, tel. 0555 123456\n"
        let text = try project(body, .state).rendered(as: .markdown)
        #expect(text.contains("| Witness A | [withheld] |"))
        #expect(text.contains("- Witness B, tel. [phone number withheld]"))
        let html = try project(body, .state).rendered(as: .html)
        #expect(html.contains("<td>Witness A</td>\n<td>[withheld]</td>"))
        #expect(html.contains("<ul>\n<li>Witness B, tel. [phone number withheld]</li>\n</ul>"))
    }

    @Test func overlappingFindingsAreReplacedOnce() throws {
        let front = Self.front + "sensitive: [\"Asanov, tel. 0555\"]\n"
        let text = try project("Bakyt Asanov, tel. 0555 123456.\n", .state, front: front).rendered(as: .markdown)
        #expect(text.contains("\n[withheld].\n"))
    }

    @Test func nothingVisibleIsRefused() throws {
        let error = #expect(throws: ProjectionError.self) {
            try project("::: internal\nAll secret.\n:::\n", .state, front: "level: state\n")
        }
        #expect(error?.code == .nothingVisible)
        #expect(error?.failureClass == .refused)
    }

    @Test func withheldSectionsMayBeOmittedSilently() throws {
        let yaml = try String(contentsOf: RepositoryPathsForTests.policy, encoding: .utf8)
            .replacingOccurrences(of: "    banner: PUBLIC\n    sees: [public]\n    omit-withheld-sections: false",
                                  with: "    banner: PUBLIC\n    sees: [public]\n    omit-withheld-sections: true")
        let policy = try Policy.load(yaml: yaml, file: "p.yaml")
        let document = try Fixture.parse(body: "## Open {.public}\n\nOpen.\n\n## Closed {.state}\n\nClosed.\n")
        let registry = try PersonRegistry(documents: [document])
        let projector = Projector(policy: policy, registry: registry, names: ExactNameFinder(persons: []), sensitive: [])
        #expect(!(try projector.project(document, for: .public).rendered(as: .markdown).contains("[Section withheld.]")))
        #expect(try projector.project(document, for: .state).rendered(as: .markdown).contains("Closed."))
    }

    @Test func htmlEscapesEverything() throws {
        let html = try project("<script>alert('x')</script> & \"q\"\n", .public).rendered(as: .html)
        #expect(!html.contains("<script>"))
        // cmark renders the body (red-team round 6): raw HTML as escaped text; it leaves `'` as is.
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(html.contains("position: fixed"))
        #expect(html.contains("<header class=\"banner\">PUBLIC</header>"))
    }

    @Test func registryRefusesConflictingDeclarations() throws {
        let first = try Fixture.parse(front: "persons:\n  D-9:\n    name: A One\n    role: detainee\n", body: "x\n")
        let second = try DocumentParser.parse(text: Fixture.source(front: "persons:\n  D-9:\n    name: B Two\n    role: detainee\n", body: "x\n")
            .replacingOccurrences(of: "id: T-1", with: "id: T-2"), file: "t2.md").validated(against: Fixture.policy)
        let error = #expect(throws: RegistryError.self) { try PersonRegistry(documents: [first, second]) }
        #expect(error?.code == .conflictingName)
        #expect(error?.message.contains("One") == false)
        #expect(error?.message.contains("T-1 and T-2") == true)
    }
}
