import Foundation
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// A vault with the interview INT-2014-044 (detainee D-0042, Aibek Sadykov,
/// no consent), an administrator, a member cleared state, a contributor and
/// an internal member; the insiders of issue 14 forge entries with their own
/// keys through the library, as a modified tamga would.
final class InsiderFixture: @unchecked Sendable {
    let base: VaultFixture
    let interview: [UInt8]

    init() throws {
        base = try VaultFixture()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/INT-2014-044.md")
        interview = try DurableFile.readAll(url)
        try add(interview, as: try admin())
    }

    func admin() throws -> UnlockedVault { try base.unlock() }

    func member(_ name: String) throws -> UnlockedVault { try base.unlock(name, passphrase: "\(name) passphrase") }

    /// Adds a document as `tamga add` does: internal members also project the lower parts.
    func add(_ source: [UInt8], as vault: UnlockedVault) throws {
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        let document = try DocumentParser.parse(source, file: "test").validated(against: policy)
        let context = vault.levelKeys.canRead(.internal)
            ? try RedactionContext.load(vault, adding: [document], loading: .none) : nil
        try DocumentStore(vault: vault).add(DocumentIntake.submission(for: document, source: source, context: context))
        if let context { try LowerPartRefresher(vault: vault, context: context).refresh() }
    }

    /// A fresh State export of the interview, as the administrator makes it.
    func stateExport() throws -> String {
        let admin = try admin()
        return try ExportService(vault: admin, documents: ["INT-2014-044"]).export(["INT-2014-044"], for: .state, as: .markdown)[0].export.text
    }

    /// What a State member's `show` prints of the interview.
    func stateShow(_ state: UnlockedVault) throws -> String {
        try DocumentCatalog(vault: state).newest("INT-2014-044").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The consent the administrator's registry holds for D-0042.
    func consent() throws -> Set<Audience> {
        try RedactionContext.load(try admin(), loading: .none).registry.persons["D-0042"]?.consent ?? []
    }

    /// `tamga check` as the administrator: the problems' texts.
    func problems() throws -> [String] {
        VaultChecker.check(try admin()).problems.map(\.description)
    }

    /// The interview's source with its `persons:` block cut out.
    var interviewWithoutPersons: [UInt8] {
        let text = String(decoding: interview, as: UTF8.self)
        let start = text.range(of: "persons:\n")!.lowerBound
        let end = text.range(of: "sensitive:\n")!.lowerBound
        return Array((String(text[..<start]) + String(text[end...])).utf8)
    }
}
