import Foundation
import Testing
import TamgaTestSupport

/// Every bad document issue 4 names, through the binary: exit 65, a message
/// naming the file, line and column, no confidential text, nothing stored.
@Suite struct BadDocumentTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expect: String
        var description: String { name }
    }

    static let header = "---\nid: BAD-1\nkind: visit-report\ntitle: T\ndate: 2014-01-01\n"

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", bytes: Array((header + "---\n\nA ").utf8) + [0xC3, 0x28] + Array(" text\n".utf8), expect: "UTF-8"),
        Case(name: "NUL byte", bytes: Array((header + "---\n\nA secret\0text\n").utf8), expect: "NUL"),
        Case(name: "unclosed div", bytes: Array((header + "---\n\n::: internal\nSecret words here\n").utf8), expect: ":"),
        Case(name: "unclosed span", bytes: Array((header + "---\n\nHe was in [cell 14]{.internal for days.\n").utf8), expect: ":"),
        Case(name: "undeclared reference", bytes: Array((header + "---\n\nSeen by @D-9999 today.\n").utf8), expect: "D-9999"),
        Case(name: "missing date", bytes: Array("---\nid: BAD-1\nkind: visit-report\n---\n\ntext\n".utf8), expect: "date"),
        Case(name: "unknown kind", bytes: Array("---\nid: BAD-1\nkind: diary\ndate: 2014-01-01\n---\n\ntext\n".utf8), expect: "kind"),
        Case(name: "unknown level mark", bytes: Array((header + "---\n\n## Section {.secret}\n\ntext\n").utf8), expect: "unknown class"),
        Case(name: "interview above its ceiling",
             bytes: Array("---\nid: BAD-1\nkind: interview\ndate: 2014-01-01\n---\n\n## Notes {.public}\n\ntext\n".utf8), expect: "ceiling"),
    ]

    @Test(arguments: cases)
    func refusedWithItsPlaceAndNothingStored(_ bad: Case) throws {
        let v = try CLIVault()
        let path = v.folder.path("bad.md")
        try Data(bad.bytes).write(to: URL(fileURLWithPath: path))
        let before = v.files()
        let result = try v.run(["add", path])
        #expect(result.status == 65, "\(bad.name): \(result.standardError)")
        #expect(result.standardError.contains("bad.md:"), "\(bad.name): \(result.standardError)")
        #expect(result.standardError.contains(bad.expect), "\(bad.name): \(result.standardError)")
        #expect(result.standardError.contains("Hint:"))
        for secret in ["Secret words", "secret\0text", "cell 14 for"] { #expect(!result.standardError.contains(secret)) }
        #expect(v.files() == before)
    }

    @Test func aPersonIdWithAnotherNameInAnotherDocumentIsRefused() throws {
        let v = try CLIVault()
        let first = try v.folder.write("a.md", """
        ---
        id: A-1
        kind: visit-report
        date: 2014-01-01
        persons:
          D-0001:
            name: Aibek Sadykov
            role: detainee
        ---

        text
        """)
        #expect(try v.run(["add", first]).status == 0)
        let second = try v.folder.write("b.md", """
        ---
        id: B-1
        kind: visit-report
        date: 2014-01-02
        persons:
          D-0001:
            name: Someone Else
            role: detainee
        ---

        text
        """)
        let before = v.files()
        let result = try v.run(["add", second])
        #expect(result.status == 65)
        #expect(result.standardError.contains("D-0001"))
        #expect(!result.standardError.contains("Someone Else") && !result.standardError.contains("Sadykov"))
        #expect(v.files() == before)
    }

    @Test func aLooseningMarkIsAWarningNotAnError() throws {
        let v = try CLIVault()
        let file = try v.folder.write("w.md", Self.header + "---\n\n::: internal\nHidden [shown]{.public} text.\n:::\n")
        let result = try v.run(["add", file])
        #expect(result.status == 0)
        #expect(result.standardError.contains("Warning:"))
    }
}
