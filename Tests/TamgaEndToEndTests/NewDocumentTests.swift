import Foundation
import Testing
import TamgaTestSupport

/// Issue 17: `tamga new ID` writes a draft in the private memory-backed
/// workspace, never on the disk, and stores it like `add`; an unchanged
/// template stores nothing, an invalid draft is kept for --resume, and an
/// existing id or unknown kind is refused before the editor opens.
@Suite struct NewDocumentTests {
    /// An "editor" that writes `text` over the file it is given.
    static func writer(_ text: String, in v: CLIVault) throws -> String {
        let body = try v.folder.write("draft-\(UUID().uuidString).md", text)
        return "cp \(body)"
    }

    static let draft = """
        ---
        id: INT-2026-007
        kind: interview
        title: Interview, IVS-1
        date: 2026-03-14
        facility: IVS-1 Bishkek
        persons:
          D-0900:
            name: Nurlan Asanov
            role: detainee
            consent: []
        ---

        ## Account {.state}

        Nurlan Asanov said he was beaten on arrival.

        """

    @Test func aDraftIsStoredAndLeavesNothingBehind() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let made = try v.run(["new", "INT-2026-007", "--kind", "interview"],
                             extra: ["EDITOR": try Self.writer(Self.draft, in: v), "XDG_RUNTIME_DIR": base])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("added INT-2026-007 (revision 1)"), "\(made.standardOutput)")
        let shown = try v.run(["export", "INT-2026-007", "--audience", "state", "-o", "-"])
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(!shown.standardOutput.contains("Nurlan Asanov") && shown.standardOutput.contains("Detainee"), "\(shown.standardOutput)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: base).filter { $0.contains("edit-") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func anUnchangedTemplateStoresNothing() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let made = try v.run(["new", "INT-2026-008", "--title", "Visit \"A\""], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("nothing stored"))
        #expect(try v.run(["show", "INT-2026-008"]).status != 0)
    }

    @Test func anInvalidDraftIsKeptForResume() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let broken = Self.draft.replacingOccurrences(of: "role: detainee", with: "role: nobody")
        let first = try v.run(["new", "INT-2026-007", "--kind", "interview"],
                              extra: ["EDITOR": try Self.writer(broken, in: v), "XDG_RUNTIME_DIR": base])
        #expect(first.status == 65, "\(first.standardError)")
        #expect(first.standardError.contains("tamga new INT-2026-007 --resume"), "\(first.standardError)")
        #expect(!first.standardError.contains("Nurlan"))
        let again = try v.run(["new", "INT-2026-007"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
        #expect(again.status == 1 && again.standardError.contains("tamga new INT-2026-007 --resume"), "\(again.standardError)")
        let resumed = try v.run(["new", "INT-2026-007", "--resume"],
                                extra: ["EDITOR": try Self.writer(Self.draft, in: v), "XDG_RUNTIME_DIR": base])
        #expect(resumed.status == 0, "\(resumed.standardError)")
    }

    /// A draft that reads well but is refused when stored (here a
    /// recommendation id another document uses) is kept too, and the member
    /// is told where and how to go on (review, session 28: it was kept
    /// silently).
    @Test func aDraftRefusedWhenStoredIsKeptForResume() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let clash = Self.draft + "\n## Recommendations {.state}\n\n1. [Repair the cells.]{.recommendation #R-2014-017-1 to=\"GSIN\" theme=overcrowding}\n"
        let first = try v.run(["new", "INT-2026-007", "--kind", "interview"],
                              extra: ["EDITOR": try Self.writer(clash, in: v), "XDG_RUNTIME_DIR": base])
        #expect(first.status == 65, "\(first.standardError)")
        #expect(first.standardError.contains("R-2014-017-1"), "\(first.standardError)")
        #expect(first.standardError.contains("tamga new INT-2026-007 --resume"), "\(first.standardError)")
        let kept = try FileManager.default.subpathsOfDirectory(atPath: base).filter { $0.contains("edit-") }
        #expect(kept.count == 1, "\(kept)")
    }

    @Test func anExistingIdOrUnknownKindIsRefusedBeforeTheEditor() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let marker = v.folder.path("editor-ran")
        let existing = try v.run(["new", "VR-2014-017"], extra: ["EDITOR": "touch \(marker)", "XDG_RUNTIME_DIR": base])
        #expect(existing.status == 65 && existing.standardError.contains("tamga edit VR-2014-017"), "\(existing.standardError)")
        let kind = try v.run(["new", "X-1", "--kind", "diary"], extra: ["EDITOR": "touch \(marker)", "XDG_RUNTIME_DIR": base])
        #expect(kind.status == 65 && kind.standardError.contains("interview"), "\(kind.standardError)")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
