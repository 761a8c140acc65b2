import Testing
@testable import TamgaCore

/// One bad input, the error it must give, and where.
struct BadDocument: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let code: DocumentError.Code
    let line: Int
    let column: Int
    var testDescription: String { name }
}

@Suite struct DocumentErrorTests {
    static let person = "persons:\n  D-1:\n    name: Aibek Sadykov\n    role: detainee\n"

    static let cases: [BadDocument] = [
        BadDocument(name: "NUL byte", text: Fixture.source(body: "ab\0c\n"), code: .nulByte, line: 6, column: 3),
        BadDocument(name: "no front matter", text: "Aibek Sadykov\n", code: .missingFrontMatter, line: 1, column: 1),
        BadDocument(name: "unclosed front matter", text: "---\nid: T-1\n", code: .unclosedFrontMatter, line: 1, column: 1),
        BadDocument(name: "missing id", text: "---\nkind: interview\ndate: 2014-10-28\n---\nx\n", code: .missingKey, line: 1, column: 1),
        BadDocument(name: "missing date", text: "---\nid: T-1\nkind: interview\n---\nx\n", code: .missingKey, line: 1, column: 1),
        BadDocument(name: "bad id", text: "---\nid: a b\nkind: interview\ndate: 2014-10-28\n---\n", code: .invalidValue, line: 2, column: 5),
        BadDocument(name: "bad date", text: "---\nid: T-1\nkind: interview\ndate: 2014-02-30\n---\n", code: .invalidValue, line: 4, column: 7),
        BadDocument(name: "unknown kind", text: Fixture.source(kind: "journal", body: "x\n"), code: .unknownKind, line: 3, column: 7),
        BadDocument(name: "unknown level", text: Fixture.source(front: "level: secret\n", body: "x\n"), code: .unknownLevel, line: 5, column: 8),
        BadDocument(name: "unknown role", text: Fixture.source(front: "persons:\n  D-1:\n    name: A B\n    role: guard\n", body: ""),
                    code: .unknownRole, line: 6, column: 3),
        BadDocument(name: "unknown consent audience", text: Fixture.source(front: person + "    consent: [press]\n", body: ""),
                    code: .unknownAudience, line: 9, column: 14),
        BadDocument(name: "also not a list", text: Fixture.source(front: person + "    also: A. Sadykov\n", body: ""),
                    code: .wrongType, line: 9, column: 11),
        BadDocument(name: "bad person id", text: Fixture.source(front: "persons:\n  1-D:\n    name: A\n    role: detainee\n", body: ""),
                    code: .invalidValue, line: 6, column: 3),
        BadDocument(name: "duplicate person id", text: Fixture.source(front: person + "  D-1:\n    name: Other\n    role: detainee\n", body: ""),
                    code: .duplicateKey, line: 6, column: 3),
        BadDocument(name: "YAML syntax", text: Fixture.source(front: "title: [unclosed\n", body: ""), code: .yamlSyntax, line: 6, column: 1),
        BadDocument(name: "unknown class", text: Fixture.source(body: "x [Sadykov]{.interal}\n"), code: .unknownClass, line: 6, column: 3),
        BadDocument(name: "span without level", text: Fixture.source(body: "x [Sadykov]{#id}\n"), code: .invalidAttributes, line: 6, column: 3),
        BadDocument(name: "two levels", text: Fixture.source(body: "## H {.state .public}\n"), code: .invalidAttributes, line: 6, column: 6),
        BadDocument(name: "unknown heading class", text: Fixture.source(body: "## H {.secret}\n"), code: .unknownClass, line: 6, column: 6),
        BadDocument(name: "unknown div class", text: Fixture.source(body: "::: secret\nx\n:::\n"), code: .unknownClass, line: 6, column: 5),
        BadDocument(name: "unclosed div", text: Fixture.source(body: "::: internal\nSadykov\n"), code: .unclosedDivision, line: 6, column: 5),
        BadDocument(name: "nested unclosed div", text: Fixture.source(body: "::: state\n::: internal\nx\n:::\n"),
                    code: .unclosedDivision, line: 6, column: 5),
        BadDocument(name: "unopened div", text: Fixture.source(body: "x\n\n:::\n"), code: .unopenedDivision, line: 8, column: 1),
        BadDocument(name: "span over a blank line", text: Fixture.source(body: "[Aibek\n\nSadykov]{.internal}\n"),
                    code: .unclosedSpan, line: 8, column: 8),
        BadDocument(name: "unclosed attributes", text: Fixture.source(body: "[Sadykov]{.internal\n"), code: .unclosedSpan, line: 6, column: 10),
        BadDocument(name: "unattached mark", text: Fixture.source(body: "cell 14 {.internal}\n"), code: .unattachedAttributes, line: 6, column: 9),
        BadDocument(name: "undeclared reference", text: Fixture.source(body: "Met @D-9 today.\n"), code: .undeclaredReference, line: 6, column: 5),
        BadDocument(name: "recommendation without id", text: Fixture.source(body: "[Do it.]{.recommendation to=X}\n"),
                    code: .invalidAttributes, line: 6, column: 1),
        BadDocument(name: "recommendation unknown key", text: Fixture.source(body: "[Do it.]{.recommendation #R-1 by=X}\n"),
                    code: .invalidAttributes, line: 6, column: 1),
        BadDocument(name: "duplicate recommendation", text: Fixture.source(body: "[A]{.recommendation #R-1}\n[B]{.recommendation #R-1}\n"),
                    code: .duplicateRecommendation, line: 7, column: 1),
        BadDocument(name: "mark above ceiling", text: Fixture.source(kind: "interview", body: "x\n\nSaid [Sadykov]{.public}\n"),
                    code: .aboveCeiling, line: 8, column: 6),
        BadDocument(name: "level above ceiling", text: Fixture.source(kind: "interview", front: "level: public\n", body: "x\n"),
                    code: .aboveCeiling, line: 5, column: 1),
    ]

    @Test(arguments: cases)
    func badInputIsRefusedWithItsPlace(_ bad: BadDocument) {
        let error = #expect(throws: DocumentError.self) {
            try DocumentParser.parse(text: bad.text, file: "bad.md").validated(against: Fixture.policy)
        }
        #expect(error?.code == bad.code)
        #expect(error?.location == SourceLocation(line: bad.line, column: bad.column))
        #expect(error?.message.hasPrefix("bad.md:\(bad.line):\(bad.column): ") == true)
        #expect(error?.hint?.isEmpty == false)
        #expect(error?.failureClass == .badInput)
    }

    @Test(arguments: cases)
    func errorsNeverQuoteTheContent(_ bad: BadDocument) {
        let error = #expect(throws: DocumentError.self) {
            try DocumentParser.parse(text: bad.text, file: "bad.md").validated(against: Fixture.policy)
        }
        for secret in ["Sadykov", "Aibek", "secret", "press", "guard", "journal"] {
            #expect(error?.message.contains(secret) == false)
            #expect(error?.hint?.contains(secret) == false)
        }
    }

    @Test func invalidUTF8IsRefusedAtItsLineAndColumn() {
        var bytes = Array(Fixture.source(body: "ok\nab").utf8)
        bytes.append(0xC3)
        bytes.append(0x28)
        let error = #expect(throws: DocumentError.self) { try DocumentParser.parse(bytes, file: "bad.md") }
        #expect(error?.code == .invalidUTF8)
        #expect(error?.location == SourceLocation(line: 7, column: 3))
    }
}
