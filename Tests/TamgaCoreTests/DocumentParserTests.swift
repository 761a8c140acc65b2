import Testing
@testable import TamgaCore

@Suite struct DocumentParserTests {
    @Test(arguments: ["VR-2014-017.md", "INT-2014-044.md", "VR-2014-021.ru.md"])
    func examplesParseAndValidate(name: String) throws {
        let document = try Fixture.example(name)
        #expect(document.warnings.isEmpty)
        #expect(!document.blocks.isEmpty)
    }

    @Test func frontMatterOfTheVisitReport() throws {
        let document = try Fixture.example("VR-2014-017.md")
        #expect(document.id == "VR-2014-017")
        #expect(document.kind == "visit-report")
        #expect(document.date.description == "2014-10-28")
        #expect(document.facility == "IVS-1 Bishkek")
        #expect(document.unmarkedLevel == .state)
        #expect(document.ceiling == .public)
        #expect(document.persons.map(\.id) == ["O-0007"])
        #expect(document.persons[0].spellings == ["Temir Osmonov", "Major Osmonov", "Т. Осмонов"])
        #expect(document.persons[0].consent.isEmpty)
        #expect(document.sensitive == ["the night-shift duty officer"])
        #expect(document.tags == ["overcrowding", "medical-care", "ill-treatment"])
    }

    @Test func interviewDefaultsToInternalAndKeepsUnknownPersonKeys() throws {
        let document = try Fixture.example("INT-2014-044.md")
        #expect(document.unmarkedLevel == .internal)
        #expect(document.ceiling == .state)
        #expect(document.persons[0].unknownKeys.map(\.key) == ["born"])
    }

    @Test func unknownFrontMatterKeysAreKept() throws {
        let document = try Fixture.parse(front: "reviewer: Someone\n", body: "Text.\n")
        #expect(document.frontMatter.unknownKeys.map(\.key) == ["reviewer"])
        #expect(document.frontMatter.unknownKeys[0].location.line == 5)
    }

    @Test func recommendationsAreData() throws {
        let document = try Fixture.example("VR-2014-017.md")
        #expect(document.recommendations.map(\.id) == ["R-2014-017-1", "R-2014-017-2", "R-2014-017-3"])
        let first = document.recommendations[0]
        #expect(first.text == "Reduce occupancy to the official capacity of each cell.")
        #expect(first.addressee == "GSIN")
        #expect(first.theme == "overcrowding")
        #expect(document.level(of: first) == .public)
        #expect(first.location == SourceLocation(line: 46, column: 4))
    }

    @Test func sectionRunsToTheNextHeadingOfSameOrHigherRank() throws {
        let document = try Fixture.parse(body: """
            ## A {.internal}

            one

            ### B

            two

            ## C {.public}

            three
            """)
        let levels = document.pieces.map { "\($0.text):\($0.level.rawValue)" }
        #expect(levels == ["A:internal", "one:internal", "B:internal", "two:internal", "C:public", "three:public"])
        guard case let .section(first) = document.blocks[0] else { Issue.record("no section"); return }
        #expect(first.children.count == 2)
    }

    @Test(arguments: ["::: internal", "::: {.internal}", "::::: internal :::::"])
    func divisionsInBothSpellings(opening: String) throws {
        let document = try Fixture.parse(front: "level: public\n", body: "\(opening)\nsecret\n:::\nopen\n")
        #expect(document.pieces.map(\.level) == [.internal, .public])
    }

    @Test func divisionsNestAndTheInnermostMarkDecides() throws {
        let document = try Fixture.parse(body: "::: state\na\n\n::: internal\nb\n:::\nc\n:::\n")
        #expect(document.pieces.map(\.level) == [.state, .internal, .state])
        #expect(document.warnings.isEmpty)
    }

    @Test func spansRunOverLineBreaksAndNest() throws {
        let document = try Fixture.parse(front: "level: public\n", body: "He was [held in\ncell [14]{.internal} for]{.state} days.\n")
        let pieces = document.pieces.map { "\($0.text)|\($0.level.rawValue)" }
        #expect(pieces == ["He was |public", "held in\ncell |state", "14|internal", " for|state", " days.|public"])
    }

    @Test func referencesResolveToDeclaredPersons() throws {
        let front = "persons:\n  D-1:\n    name: A B\n    role: detainee\n"
        let document = try Fixture.parse(front: front, body: "Met @D-1, e-mail npm@example.org.\n")
        let references = document.pieces.filter { $0.kind == .reference }
        #expect(references.map(\.text) == ["D-1"])
        #expect(references[0].location == SourceLocation(line: Fixture.bodyLine(front: front), column: 5))
    }

    @Test func looseningMarkIsAWarningWithItsPlace() throws {
        let document = try Fixture.parse(body: "::: internal\nx [y]{.public} z\n:::\n## H {.state}\n### I {.public}\n")
        #expect(document.warnings.map(\.code) == [.looseningMark, .looseningMark])
        #expect(document.warnings.map(\.location) == [SourceLocation(line: 7, column: 3), SourceLocation(line: 10, column: 7)])
        #expect(document.pieces.map(\.level) == [.internal, .public, .internal, .state, .public])
    }

    @Test func escapedBracketsAndAtSignsAreText() throws {
        let document = try Fixture.parse(body: "a \\@x and \\[b\\] and [plain] text {curly}\n")
        #expect(document.pieces.count == 1)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}---\r\nid: T-1\r\nkind: visit-report\r\ndate: 2014-10-28\r\n---\r\n## H {.public}\r\nx\r\n"
        let document = try DocumentParser.parse(text: text, file: "t.md").validated(against: Fixture.policy)
        #expect(document.pieces.map(\.text) == ["H", "x"])
    }

    /// Issue 15, class 1: Pandoc's reading of headings and code. A `#` line
    /// inside a fenced code block, or without a blank line before it, is not
    /// a heading, so it cannot close an internal section and publish the rest.
    @Test(arguments: [
        "```\n# of detainees counted\n```",
        "~~~~\n## Public {.public}\n~~~~",
        "Counted in cell\n# 14 on the night",
        "The register of\n## Open\nwas kept",
    ])
    func aHashLineThatPandocReadsAsTextDoesNotCloseAnInternalSection(_ text: String) throws {
        let document = try Fixture.parse(body: "## Notes {.internal}\n\nSecret first.\n\n\(text)\n\nSecret last.\n\n## Open {.public}\n\nOpen text.\n")
        let pieces = document.pieces.map { "\($0.level.rawValue): \($0.text)" }
        #expect(pieces.filter { $0.hasPrefix("public") } == ["public: Open", "public: Open text."], "\(pieces)")
        guard case let .section(notes) = document.blocks[0] else { Issue.record("no section"); return }
        #expect(notes.children.count == 3, "\(pieces)")
    }

    /// Issue 15, class 1: a stray `[` inside an internal span moves the
    /// span's start past it (Pandoc reads it so too) and would publish the
    /// words before it; tamga refuses the ambiguity, naming the bracket.
    @Test func aStrayBracketBeforeAMarkedSpanIsRefused() throws {
        let error = try #require(throws: DocumentError.self) {
            try Fixture.parse(body: "Public [internal start with a stray [ bracket and more]{.internal} rest.\n")
        }
        #expect(error.description.contains("never closed"))
        // Closed brackets before, and a stray one after, are text.
        let document = try Fixture.parse(body: "See [1] and [secret]{.internal}, then a [sic note.\n")
        #expect(document.pieces.map(\.level).contains(.internal))
        // An escaped bracket is text too.
        _ = try Fixture.parse(body: "Public \\[start [secret]{.internal} rest.\n")
    }
}
