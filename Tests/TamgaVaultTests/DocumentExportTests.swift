import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// The export use case called as a front end would, without the CLI
/// (issue 20): the file, its signature and its disclosure entry leave as one
/// unit, and a refusal or a cancellation leaves nothing behind.
@Suite struct DocumentExportTests {
    let vault: InsiderFixture
    let out: TemporaryFolder

    init() throws {
        vault = try InsiderFixture()
        out = try TemporaryFolder("tamga-export-out")
    }

    private func exports(_ admin: UnlockedVault) throws -> [DisclosureLedger.Entry] {
        try DisclosureLedger.load(admin).entries.filter { $0.document == "INT-2014-044" }
    }

    @Test func aStateExportIsWrittenSignedAndLogged() throws {
        let admin = try vault.admin()
        let target = out.url.appendingPathComponent("interview.state.md")
        var events: [String] = []
        let delivered = try DocumentExport(vault: admin).run(
            .init(ids: ["INT-2014-044"], audience: .state, format: .markdown, output: target.path)
        ) { event in
            if case .delivered(let item) = event { events.append(item.path) }
        }
        #expect(delivered.map(\.path) == [target.path])
        #expect(events == [target.path])
        let text = String(decoding: try DurableFile.readAll(target), as: UTF8.self)
        #expect(!text.contains("Sadykov"))
        #expect(FileManager.default.fileExists(atPath: target.path + ".minisig"))
        let entry = try #require(try exports(admin).last)
        #expect(entry.audience == "state")
        #expect(entry.sha256 == SHA256Hex.of(try DurableFile.readAll(target)))
    }

    /// Red team round 11, E-1957: an export that carried a declared person's name the scan missed was
    /// recorded naming nobody. Every person the document declares is now accounted for in each export's
    /// entry (named, pseudonymized or withheld), so `disclosures --person` lists every copy of a text
    /// about them, the copies to recall should a leak be found later.
    @Test(arguments: [Audience.state])
    func everyDeclaredPersonIsAccountedForInTheLedger(_ audience: Audience) throws {
        let admin = try vault.admin()
        _ = try DocumentExport(vault: admin).run(.init(ids: ["INT-2014-044"], audience: audience, format: .markdown,
                                                       output: out.url.appendingPathComponent("x.\(audience.rawValue).md").path))
        let entry = try #require(try exports(admin).last)
        let declared = Set(try #require(try VaultIndex.load(admin).declarations.first { $0.document == "INT-2014-044" }).persons.map(\.id))
        #expect(!declared.isEmpty)
        #expect(Set(entry.named + entry.pseudonymized + entry.withheld) == declared)
        #expect(Set(entry.withheld).isDisjoint(with: entry.named + entry.pseudonymized))
        for person in declared {
            #expect(try DisclosureLedger.load(admin).filtered(person: person, audience: audience.rawValue).contains(entry), "\(person)")
        }
    }

    @Test func aSealedExportOpensWithTheRecipientsKey() throws {
        let identity = try AgeX25519Identity.generate()
        let delivered = try DocumentExport(vault: try vault.admin()).run(
            .init(ids: ["INT-2014-044"], audience: .state, format: .markdown, recipients: [identity.recipient],
                  output: out.url.path + "/"))
        let path = try #require(delivered.first?.path)
        #expect(path.hasSuffix(".age"))
        let opened = try AgeReader.decrypt(try DurableFile.readAll(URL(fileURLWithPath: path)), identities: [identity])
        #expect(opened.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("INT-2014-044"))
    }

    @Test func anUnsealedExportNamedAsAnAgeFileIsRefused() throws {
        let admin = try vault.admin()
        #expect(throws: VaultError.self) {
            try DocumentExport(vault: admin).run(.init(ids: ["INT-2014-044"], audience: .state, format: .markdown,
                                                       output: out.url.appendingPathComponent("x.md.age").path))
        }
        #expect(VaultPaths.fileNames(in: out.url).isEmpty)
    }

    /// Attachments cannot go to standard output: refused by the use case before anything is written or logged.
    @Test func attachmentsToStandardOutputAreRefusedBeforeAnything() throws {
        let admin = try vault.admin()
        let before = try exports(admin).count
        #expect(throws: VaultError.self) {
            try DocumentExport(vault: admin).run(.init(ids: ["INT-2014-044"], audience: .state, format: .markdown,
                                                       output: "-", withAttachments: true))
        }
        #expect(try exports(admin).count == before)
    }

    @Test func aPathThatNamesTheDetaineeWritesNothing() throws {
        let admin = try vault.admin()
        let before = try exports(admin).count
        #expect(throws: LeakError.self) {
            try DocumentExport(vault: admin).run(.init(ids: ["INT-2014-044"], audience: .state, format: .markdown,
                                                       output: out.url.appendingPathComponent("Sadykov.md").path))
        }
        #expect(VaultPaths.fileNames(in: out.url).isEmpty)
        #expect(try exports(admin).count == before)
    }

    @Test func aCancelledExportWritesAndLogsNothing() throws {
        let admin = try vault.admin()
        let before = try exports(admin).count
        var asked = 0
        #expect(throws: CancellationError.self) {
            try DocumentExport(vault: admin).run(.init(ids: ["INT-2014-044"], audience: .state, format: .markdown,
                                                       output: out.url.path + "/"),
                                                 isCancelled: { asked += 1; return asked > 1 })
        }
        #expect(asked == 2)
        #expect(VaultPaths.fileNames(in: out.url).isEmpty)
        #expect(try exports(admin).count == before)
    }

    @Test func aMemberWithoutTheExportKeyCannotExport() throws {
        let state = try vault.base.addMember("Reader", clearance: .state)
        #expect(throws: (any Error).self) {
            try DocumentExport(vault: state).run(.init(ids: ["INT-2014-044"], audience: .state, format: .markdown,
                                                       output: out.url.path + "/"))
        }
        #expect(VaultPaths.fileNames(in: out.url).isEmpty)
    }
}
