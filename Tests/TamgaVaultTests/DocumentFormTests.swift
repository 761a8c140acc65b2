import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The browser's document form (issue 20) turned into a source and read
/// back: every value a member can type stays that value (quotes, line
/// breaks, control characters, a `---` line, YAML syntax), so no field can
/// end the front matter or add a key; and a source holding what the form
/// cannot show is not opened in it.
@Suite struct DocumentFormTests {
    static func form(title: String) -> DocumentForm {
        var form = DocumentForm()
        form.id = "VR-2026-001"
        form.kind = "visit-report"
        form.title = title
        form.date = "2026-03-14"
        form.facility = "SIZO-1: \"east\" wing # not a comment"
        form.level = "state"
        form.language = "ru"
        form.authors = ["A; B", "Гульнара"]
        form.tags = ["a, b", "[c]"]
        form.sensitive = ["the east wing", "- dash"]
        form.persons = [.init(id: "D-0101", name: "Bakyt \"Baka\" Asanov", also: ["Бакыт", "B: A"], role: "detainee", consent: [.state])]
        form.body = "\n## Findings\r\n\r\nText with @D-0101.\n"
        return form
    }

    @Test(arguments: ["Visit\"\nlevel: public\n---\nkind: other", "tab\there \\ back", "bell\u{07} \u{85} \u{2028} \u{FEFF} end",
                      "{a: 1}", "&anchor *alias !tag", "'single' \"double\"", "---", "..."])
    func everyTypedValueReadsBackAsTyped(title: String) throws {
        let form = Self.form(title: title)
        let source = Array(form.source.utf8)
        let read = try DocumentForm(source: source, label: "form")
        var expected = form
        expected.body = "\n## Findings\n\nText with @D-0101.\n"
        #expect(read == expected)
        #expect(form.source.split(separator: "\n").filter { $0 == "---" }.count == 2, "a value wrote a front matter fence")
    }

    @Test func theBodyStartsAfterTheFieldsLines() {
        let form = Self.form(title: "T")
        let lines = form.source.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[form.frontMatterLines.count + 1] == "## Findings")
        #expect(FormPlace(label: "form", frontMatterLines: 12).describe("form:15:3: a mark is never closed").bodyLine == 3)
        #expect(FormPlace(label: "form", frontMatterLines: 12).describe("form:4:1: wrong key").text.hasPrefix("the fields above the text"))
    }

    @Test func aSourceWithKeysTheFormCannotShowIsNotOpened() {
        let unknown = "---\nid: INT-1\nkind: interview\ndate: 2014-10-28\npersons:\n  D-1:\n    name: A B\n    role: detainee\n    born: 1991\n---\ntext\n"
        #expect(throws: VaultError.self) { try DocumentForm(source: Array(unknown.utf8), label: "INT-1") }
        let topLevel = "---\nid: INT-1\nkind: interview\ndate: 2014-10-28\nreviewed: yes\n---\ntext\n"
        #expect(throws: VaultError.self) { try DocumentForm(source: Array(topLevel.utf8), label: "INT-1") }
    }

    /// `tamga new`'s template leaves comment lines in the front matter; the form says it drops them.
    @Test func wholeLineCommentsOfTheFrontMatterAreCounted() {
        let source = "---\nid: VR-1\n# Each person named in the text, for example:\n  # persons:\ntitle: \"a # b\" # trailing\n---\n# Heading\n"
        #expect(DocumentForm.commentLines(in: Array(source.utf8)) == 2)
        #expect(DocumentForm.commentLines(in: Array("no front matter\n# x\n".utf8)) == 0)
    }

    /// Web round 40 F4: a document added from a file saved on Windows (CRLF)
    /// opens with only its text in the text area, and its comment lines are counted.
    @Test func aCRLFSourceOpensWithItsBodyOnly() throws {
        let lf = "---\nid: VR-2015-003\nkind: visit-report\n# a comment\ndate: 2015-03-02\npersons: {}\n---\n## Findings\n\nText.\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let form = try DocumentForm(source: Array(crlf.utf8), label: "VR-2015-003")
        #expect(form.body == "## Findings\n\nText.\n", "\(form.body.debugDescription)")
        #expect(!form.body.contains("id:") && !form.body.contains("---"))
        #expect(DocumentForm.commentLines(in: Array(crlf.utf8)) == 1)
        #expect(form.body == (try DocumentForm(source: Array(lf.utf8), label: "VR-2015-003")).body)
    }
}
