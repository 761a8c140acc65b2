import Testing
@testable import TamgaCore

/// For every level and audience: what is visible, in each of the three forms
/// of marking (section, div, span) and as the document's unmarked level.
@Suite struct ProjectorMatrixTests {
    static func expectedVisible(_ level: Level, _ audience: Audience) -> Bool {
        switch audience {
        case .internal: true
        case .state: level != .internal
        case .public: level == .public
        }
    }

    @Test(arguments: Level.allCases, Audience.allCases)
    func markedContentIsVisibleExactlyToItsAudiences(level: Level, audience: Audience) throws {
        let body = """
            ## Anchor {.public}

            Always visible.

            ## Section mark {.\(level.rawValue)}

            Sectionword here.

            ## Other {.public}

            ::: \(level.rawValue)
            Divword here.
            :::

            Before [Spanword]{.\(level.rawValue)} after.
            """
        let document = try Fixture.parse(body: body)
        let vault = try ExampleVault(extra: [document])
        let text = try vault.projector.project(document, for: audience).rendered(as: .markdown)
        let visible = Self.expectedVisible(level, audience)
        for word in ["Sectionword", "Divword", "Spanword"] {
            #expect(text.contains(word) == visible, "\(word) at \(level) for \(audience)")
        }
        #expect(text.contains("Always visible."))
        #expect(text.contains("Before [withheld] after.") == !visible)
    }

    @Test(arguments: Level.allCases, Audience.allCases)
    func unmarkedContentTakesTheDocumentLevel(level: Level, audience: Audience) throws {
        let document = try Fixture.parse(front: "level: \(level.rawValue)\n", body: "## Open {.public}\n\nOpen.\n\n## Plain\n\nPlainword.\n")
        let vault = try ExampleVault(extra: [document])
        let text = try vault.projector.project(document, for: audience).rendered(as: .markdown)
        #expect(text.contains("Plainword") == Self.expectedVisible(level, audience))
    }

    @Test(arguments: Audience.allCases)
    func unmarkedContentDefaultsToInternal(audience: Audience) throws {
        let document = try Fixture.parse(body: "## Open {.public}\n\nOpen.\n\nDefaultword.\n\n## Closed\n\nClosedword.\n")
        let text = try ExampleVault(extra: [document]).projector.project(document, for: audience).rendered(as: .markdown)
        // "Defaultword" follows a public heading, so it is public; "Closedword" has no mark at all.
        #expect(text.contains("Defaultword"))
        #expect(text.contains("Closedword") == (audience == .internal))
    }
}
