import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Web round 40 F13: "the id must be new" and "the edited revision must
/// still be the newest" are checked under the vault's write lock, so of
/// several saves sent at once (two tabs, a double submit, the web and
/// `tamga edit`) exactly one is stored and the others are refused.
@Suite(.serialized) struct ConcurrentSaveTests {
    static func form(_ id: String, text: String) -> DocumentForm {
        var form = DocumentForm()
        form.id = id
        form.kind = "visit-report"
        form.date = "2026-03-14"
        form.body = "## Findings {.public}\n\n\(text)\n"
        return form
    }

    /// Runs `save` `count` times at once; returns how many stored.
    static func race(_ count: Int, _ save: @escaping @Sendable (Int) throws -> Void) -> Int {
        let stored = Stored()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            if (try? save(index)) != nil { stored.add() }
        }
        return stored.count
    }

    final class Stored: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test func newDocumentsWithOneIdSentAtOnceStoreOne() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        let stored = Self.race(6) { index in
            _ = try DocumentFormSubmission(vault: admin).create(Self.form("VR-2026-600", text: "Race \(index)."))
        }
        #expect(stored == 1, "\(stored) of 6 writes of one new id were stored")
        #expect(try DocumentCatalog(vault: admin).newest("VR-2026-600", level: .internal).metadata.revision == 1)
    }

    @Test func editsFromOneRevisionSentAtOnceStoreOne() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        _ = try DocumentFormSubmission(vault: admin).create(Self.form("VR-2026-601", text: "First."))
        let opened = try DocumentFormSubmission(vault: admin).openForEditing("VR-2026-601")
        let stored = Self.race(6) { index in
            _ = try DocumentFormSubmission(vault: admin).update("VR-2026-601", form: Self.form("VR-2026-601", text: "Edit \(index)."),
                                                               basedOn: opened.basedOn)
        }
        #expect(stored == 1, "\(stored) of 6 edits from one revision were stored")
        #expect(try DocumentCatalog(vault: admin).newest("VR-2026-601", level: .internal).metadata.revision == 2)
    }
}
