import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// `tamga person erase` (issue 18): every revision that names the person is
/// rewritten under new data keys, the old ones are superseded and their
/// keys deleted, and nothing of the person's names is left in any part,
/// level or attachment caption, checked with the leak scan's own matching.
@Suite struct PersonErasureTests {
    static let id = "INT-2014-044"

    /// Another detainee's interview, which does not name D-0042.
    static let otherInterview = Array("""
        ---
        id: INT-2014-051
        kind: interview
        title: Interview, IVS-1
        date: 2014-11-11
        persons:
          D-0051:
            name: Nurgul Toktosunova
            role: detainee
        ---

        Nurgul Toktosunova described the night shift.

        """.utf8)

    /// A second revision of the interview naming the person in Cyrillic,
    /// Latin and case forms; a follow-up that names him without declaring
    /// him; another person's interview that must stay as it was; a photo
    /// whose caption names him.
    static func populate(_ f: InsiderFixture) throws {
        let admin = try f.admin()
        var text = String(decoding: f.interview, as: UTF8.self)
        text = text.replacingOccurrences(of: "title: Interview in temporary detention, Bishkek",
                                         with: "title: Interview with Aibek Sadykov, Bishkek")
        text = text.replacingOccurrences(of: "tags: [ill-treatment]", with: "tags: [ill-treatment, sadykov-case]")
            .replacingOccurrences(of: "  - cell 14\n", with: "  - cell 14\n  - Sadykov's cell\n")
        text += """

        ## Recommendations {.state}

        1. [Inform the family of Aibek Sadykov of any arrest at once.]{.recommendation #R-2014-044-1 to="Ministry of Interior"}

        ## Notes {.internal}

        Айбек Садыков said the guards called Садыкову names; we spoke with Садыковым twice.
        A. Sadykov confirmed it, and Aibek asked that Sadykov's mother be told.

        """
        try f.add(Array(text.utf8), as: admin)
        try f.add(Array("""
        ---
        id: VR-2014-050
        kind: visit-report
        title: Follow-up on the case of Садыков
        date: 2014-11-10
        level: state
        ---

        The monitors asked about Айбека Садыкова and his cell.

        """.utf8), as: admin)
        try f.add(Self.otherInterview, as: admin)
        let photo = f.base.folder.url.appendingPathComponent("sadykov-arm.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 3000)).write(to: photo)
        _ = try AttachmentStore(vault: admin).attach(photo, to: id, request: AttachmentRequest(depicts: ["D-0042"], caption: "Aibek Sadykov, left forearm"))
    }

    /// The leak scan's matching for D-0042's names as the vault knew them before.
    static func scan(_ vault: UnlockedVault) throws -> ErasureScan {
        let context = try RedactionContext.load(vault, loading: .none)
        return try ErasureScan(person: try #require(context.registry.persons["D-0042"]), registry: context.registry,
                           names: context.names, policy: context.policy.policy)
    }

    /// Every live part (every revision, every level) and attachment of the vault, decrypted: its texts.
    static func liveTexts(_ vault: UnlockedVault) throws -> [(path: String, text: String)] {
        let commits = try vault.commitIndex()
        let keys = try RestrictedViewing.attachmentKeys(for: vault)
        return try commits.liveObjects.sorted().compactMap { path in
            let url = vault.paths.root.appendingPathComponent(path)
            if path.hasPrefix("documents/") {
                let (_, plain) = try VaultObject.open(try DurableFile.readAll(url), keys: vault.levelKeys)
                let (metadata, content) = try PartCodec.decode(plain)
                let text = content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
                return (path, [metadata.title ?? "", metadata.facility ?? "", text].joined(separator: "\n"))
            }
            if path.hasPrefix("attachments/") {
                let metadata = try AttachmentReader.metadata(of: url, keys: keys)
                return (path, [metadata.evidence?.caption ?? "", ErasureRewrite.spaced(metadata.fileName ?? "")].joined(separator: "\n"))
            }
            return nil
        }
    }

    @Test func erasureLeavesNoFormOfTheNameInAnyPartAndKeepsEveryDocument() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let scan = try Self.scan(admin)
        let other = try admin.blindID("INT-2014-051")
        let otherBefore = try VaultIndex.load(admin).commits.liveObjects.filter { $0.contains("\(other)/internal/") }
        // Before: the names are there, in every script and case the test wrote.
        let before = try Self.liveTexts(admin)
        #expect(before.filter { !scan.hits(in: $0.text).isEmpty }.count >= 4)

        let outcome = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked on withdrawal of consent")
        #expect(outcome.plan.documents == ["INT-2014-044", "VR-2014-050"])
        #expect(outcome.plan.revisions == 3 && outcome.plan.attachments == 1)

        let after = try f.admin()
        let texts = try Self.liveTexts(after)
        #expect(texts.count >= before.count - 1)
        for (path, text) in texts {
            #expect(scan.hits(in: text).isEmpty, "\(path) still names D-0042")
            for form in ["Sadykov", "Садыков", "Aibek", "Айбек", "1991-03-02"] { #expect(!text.contains(form), "\(path): \(form)") }
        }
        // Every document and revision is still there; the other person's interview was not touched.
        let index = try VaultIndex.load(after)
        #expect(Set(index.documents.compactMap(\.entry?.id)) == ["INT-2014-044", "VR-2014-050", "INT-2014-051"])
        #expect(try DocumentCatalog(vault: after).history(Self.id, level: .internal).count == 2)
        // (Its State and public parts may be re-projected by the refresh that follows: the registry changed.)
        #expect(index.commits.liveObjects.filter { $0.contains("\(other)/internal/") } == otherBefore)
        let newest = try DocumentCatalog(vault: after).newest(Self.id, level: .internal).content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        #expect(newest.contains("erased: true") && newest.contains("@D-0042"))
        // The registry forgot the names; exports carry the pseudonym.
        let registry = try RedactionContext.load(after, loading: .none).registry
        #expect(registry.persons["D-0042"]?.erased == true && registry.persons["D-0042"]?.spellings == [])
        #expect(registry.persons["D-0051"]?.name == "Nurgul Toktosunova")
        #expect(!index.declarations.flatMap(\.persons).contains { $0.name.contains("Sadykov") || $0.also.joined().contains("Садыков") })
        let export = try ExportService(vault: after, documents: [Self.id]).export([Self.id], for: .internal, as: .markdown)[0].export.text
        #expect(export.contains("Detainee A") && !export.contains("Sadykov") && !export.contains("Садыков"))
        // The old data keys are gone from this copy; the new ones are new.
        let blind = try after.blindID(Self.id)
        for path in outcome.plan.documents.isEmpty ? [] : try Self.oldDataKeys(outcome.entry, vault: after) {
            #expect(!FileManager.default.fileExists(atPath: after.paths.root.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!index.commits.liveObjects.filter { $0.hasPrefix("datakeys/\(blind)/") }.isEmpty)
        let report = VaultChecker.check(after)
        #expect(report.isClean, "\(report.problems)")
        // Nothing is stale: a State reader reads the erased projections.
        let state = try f.base.addMember("Reader", clearance: .state)
        let shown = try f.stateShow(state)
        #expect(!shown.isEmpty && !shown.contains("Sadykov") && !shown.contains("Садыков"), "\(shown)")
        #expect(!(try f.stateExport()).contains("Sadykov"))
    }

    /// The data-key files an erase entry superseded.
    static func oldDataKeys(_ entry: String, vault: UnlockedVault) throws -> [String] {
        (try AuditLog(paths: vault.paths).entry(named: entry).body.removed ?? []).filter { $0.hasPrefix("datakeys/") }
    }

    @Test func aCopyTakenBeforeNoLongerOpensTheNamedRevisionsOnceItsDataKeysAreGone() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        func unlockBackup() throws -> UnlockedVault {
            try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        }
        _ = try VaultIndex.load(try unlockBackup())
        let outcome = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked")
        let oldKeys = try Self.oldDataKeys(outcome.entry, vault: admin)
        let oldParts = (try AuditLog(paths: admin.paths).entry(named: outcome.entry).body.removed ?? []).filter { !$0.hasPrefix("datakeys/") }
        #expect(oldKeys.count >= 3 && oldParts.count >= 7)

        // The copy made before still holds the old keys: it opens the named revisions (the limit docs/retention.md names).
        #expect(try DocumentReading(vault: try unlockBackup()).read(Self.id).content.count > 0)
        // Its data-key files gone (rotated out of backups, or tidied), none of the old parts opens, with any key.
        for path in oldKeys { try FileManager.default.removeItem(at: backup.appendingPathComponent(path)) }
        let stripped = try unlockBackup()
        for path in oldParts where path.hasPrefix("documents/") {
            let bytes = try DurableFile.readAll(backup.appendingPathComponent(path))
            #expect(throws: ObjectFormatError.noKey) { _ = try VaultObject.open(bytes, keys: stripped.levelKeys) }
            #expect(throws: ObjectFormatError.noKey) { _ = try VaultObject.open(bytes, keys: try f.admin().levelKeys) }
        }
    }

    /// Copies every file of `backup`'s log, documents, attachments and data
    /// keys that `root` lacks: a merge by copying files, or a keyless writer.
    static func putBack(from backup: URL, into root: URL) throws {
        for folder in ["log", "documents", "attachments", "datakeys"] {
            let source = backup.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: source, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where !FileManager.default.fileExists(atPath: url.path + "/.") {
                let relative = String(url.path.dropFirst(backup.path.count + 1))
                let target = root.appendingPathComponent(relative)
                guard !FileManager.default.fileExists(atPath: target.path) else { continue }
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: url, to: target)
            }
        }
    }

    /// A restriction made apart re-encrypts the photo with its caption
    /// naming him: the erasure never read that object, so it is not live
    /// after the merge (attacker, session 37: its viewers saw the name again).
    @Test func anAttachmentRestrictedApartDoesNotBringTheNameBack() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let scan = try Self.scan(admin)
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        let copy = try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        _ = try EvidenceMarking(vault: copy).restrict("sadykov-arm.jpg", of: Self.id, viewers: ["Admin"])
        _ = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked")
        try Self.putBack(from: backup, into: admin.paths.root)
        let merged = try f.admin()
        for (path, text) in try Self.liveTexts(merged) { #expect(scan.hits(in: text).isEmpty, "\(path) names D-0042 again") }
        #expect(try VaultIndex.load(merged).commits.liveObjects.filter { $0.hasPrefix("attachments/") }.count == 1)
        // `check` warns of the kept file and does not call it a problem nobody can mend.
        let report = VaultChecker.check(merged)
        #expect(report.isClean, "\(report.problems)")
        #expect(report.warnings.contains { $0.description.contains("written apart from an erasure") }, "\(report.warnings)")
    }

    @Test func oldFilesPutBackOrARevisionMadeApartDoNotBringTheNameBack() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let scan = try Self.scan(admin)
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        let copy = try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        // On the copy, before it sees the erasure: a new revision naming him again.
        let revised = String(decoding: f.interview, as: UTF8.self) + "\nСадыков asked again about his mother.\n"
        try f.add(Array(revised.utf8), as: copy)
        _ = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked")

        // A keyless writer (or a merge by copying files) puts every file of the copy back.
        try Self.putBack(from: backup, into: admin.paths.root)
        let merged = try f.admin()
        for (path, text) in try Self.liveTexts(merged) { #expect(scan.hits(in: text).isEmpty, "\(path) names D-0042 again") }
        let registry = try RedactionContext.load(merged, loading: .none).registry
        #expect(registry.persons["D-0042"]?.erased == true)
        let newest = try DocumentReading(vault: merged).read(Self.id).content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        #expect(!newest.contains("Садыков"))
        // `check --tidy` removes what came back; nothing live is lost.
        _ = try VaultMaintenance(vault: merged).tidy()
        for (path, text) in try Self.liveTexts(try f.admin()) { #expect(scan.hits(in: text).isEmpty, "\(path)") }
    }

    @Test func onlyMembersClearedInternalEraseAndAForgedErasureCountsForNothing() throws {
        let f = try InsiderFixture()
        try f.base.addMember("Reader", clearance: .state)
        try f.base.addMember("Visitor", clearance: .contributor)
        try f.base.addMember("Insider", clearance: .internal)
        // Unlocked once every member is in: an entry is only written under the newest keyring.
        let state = try f.member("Reader"), contributor = try f.member("Visitor"), insider = try f.member("Insider")
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: state).erase("D-0042", reason: "x") }
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: contributor).erase("D-0042", reason: "x") }
        // Forged through the library, as a modified tamga would: an erase entry that outdates every part.
        let admin = try f.admin()
        let blind = try admin.blindID(Self.id)
        let parts = try VaultIndex.load(admin).commits.liveObjects.filter { $0.hasPrefix("documents/\(blind)/") }.sorted()
        try state.log(LogAction(action: "erase", persons: ["D-0042"]), removed: [parts[0]], erased: [blind])
        try contributor.log(LogAction(action: "erase", persons: ["D-0042"]), erased: [blind])
        // An internal member's erase entry that reaches into another folder.
        try insider.log(LogAction(action: "erase", persons: ["D-0042"]), removed: ["policy/" + String(repeating: "a", count: 64) + ".json"],
                        erased: [blind])
        // One that supersedes every part and commits none back: the document would vanish with no tombstone (review, session 37).
        try insider.log(LogAction(action: "erase", persons: ["D-0042"]), removed: parts, erased: [blind])
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused.count == 4, "\(index.refused)")
        #expect(index.refused.values.contains { $0.contains("commits the rewritten revisions") }, "\(index.refused)")
        #expect(parts.allSatisfy(index.commits.isLive))
        #expect(try RedactionContext.load(try f.admin(), loading: .none).registry.persons["D-0042"]?.name == "Aibek Sadykov")
    }

    @Test func theDisclosureLedgerKeepsWhatWasDisclosedBeforeAndTheReasonMayNotNameThePerson() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let service = try ExportService(vault: admin, documents: [Self.id])
        for product in try service.export([Self.id], for: .internal, as: .markdown) { try service.log(product, audience: .internal, format: .markdown) }
        let before = try DisclosureLedger.load(admin).filtered(person: "D-0042", audience: nil)
        #expect(!before.isEmpty)
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: admin).erase("D-0042", reason: "Sadykov asked for it") }
        _ = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "asked for erasure")
        let after = try DisclosureLedger.load(try f.admin()).filtered(person: "D-0042", audience: nil)
        #expect(after == before)
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "again") }
    }

    @Test func theNameGoesFromTagsRecommendationsTheLocalIndexAndKeptEditTexts() throws {
        let f = try InsiderFixture()
        try Self.populate(f)
        let admin = try f.admin()
        let workspaces = try TemporaryFolder("tamga-erase-workspaces")
        let folder = workspaces.url.appendingPathComponent("tamga-\(getuid())-test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let kept = folder.appendingPathComponent("edit-\(admin.vaultID.prefix(12))-\(Self.id).md")
        let other = folder.appendingPathComponent("edit-\(admin.vaultID.prefix(12))-INT-2014-051.md")
        try Data("Aibek Sadykov, half edited".utf8).write(to: kept)
        try Data("Nurgul Toktosunova".utf8).write(to: other)
        _ = try VaultIndex.load(admin)
        let outcome = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked", workspaces: [workspaces.url.path])
        #expect(outcome.keptEditsRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: kept.path) && FileManager.default.fileExists(atPath: other.path))

        let after = try f.admin()
        let document = try DocumentParser.parse(Array(try DocumentCatalog(vault: after).newest(Self.id, level: .internal).content
            .withUnsafeBytes { Array($0) }), file: "t")
        #expect(document.frontMatter.tags == ["ill-treatment"])
        #expect(document.frontMatter.sensitive.count == 2 && !document.frontMatter.sensitive.joined().contains("Sadykov"))
        #expect(document.recommendations.count == 1 && !document.recommendations[0].text.contains("Sadykov"))
        // The member's local index cache (outside the vault folder) holds no form of the name.
        let index = try VaultIndex.load(after)
        let cached = try #require(LocalCache(vault: after).load())
        let json = String(decoding: try JSONEncoder().encode(cached), as: UTF8.self)
        for form in ["Sadykov", "Садыков", "Aibek", "Айбек"] { #expect(!json.contains(form), "the local index keeps \(form)") }
        #expect(index.documents.flatMap { $0.recommendations.values }.allSatisfy { !$0.contains("Sadykov") })
    }

    @Test func aDocumentAddedLaterThatNamesHimAgainKeepsTheNameProtectedAndAnErasureTakesItOut() throws {
        let f = try InsiderFixture()
        let scan = try Self.scan(try f.admin())
        _ = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "erasure asked")
        // A later report (a contributor's, or an author unaware) declares him with his name again.
        let later = """
        ---
        id: VR-2015-002
        kind: visit-report
        title: Visit, IVS-1
        date: 2015-02-02
        level: state
        persons:
          D-0042:
            name: Aibek Sadykov
            role: detainee
        ---

        Aibek Sadykov was no longer held there.

        """
        try f.add(Array(later.utf8), as: try f.admin())
        let admin = try f.admin()
        let person = try #require(try RedactionContext.load(admin, loading: .none).registry.persons["D-0042"])
        #expect(person.erased && person.spellings.contains("Aibek Sadykov"), "the name is in a live document: still protected")
        let state = try ExportService(vault: admin, documents: ["VR-2015-002"]).export(["VR-2015-002"], for: .state, as: .markdown)[0].export.text
        #expect(!state.contains("Sadykov") && state.contains("Detainee A"), "\(state)")
        // Erasing again takes it out of that document too.
        let again = try PersonErasure(vault: admin).erase("D-0042", reason: "named again in a later report")
        #expect(again.plan.documents == ["VR-2015-002"])
        for (path, text) in try Self.liveTexts(try f.admin()) { #expect(scan.hits(in: text).isEmpty, "\(path)") }
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "a third time") }
    }

    /// Two erasures of one document made apart on two copies (two persons):
    /// each one's revisions still name the person the other erased, so after
    /// the merge neither is read, no name is shown, `check` names it, and the
    /// files are kept (never shredded) for a recovery.
    @Test func twoErasuresMadeApartShowNoNameAndKeepTheirFiles() throws {
        let f = try InsiderFixture()
        try f.add(Array("""
        ---
        id: INT-2014-060
        kind: interview
        title: Interview, IVS-1
        date: 2014-12-01
        persons:
          D-0061:
            name: Bakyt Osmonov
            role: detainee
          D-0062:
            name: Cholpon Aitieva
            role: witness
        ---

        Bakyt Osmonov and Cholpon Aitieva were both heard.

        """.utf8), as: try f.admin())
        let admin = try f.admin()
        let context = try RedactionContext.load(admin, loading: .none)
        let scans = try ["D-0061", "D-0062"].map { id in
            try ErasureScan(person: try #require(context.registry.persons[id]), registry: context.registry, names: context.names,
                        policy: context.policy.policy)
        }
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        let copy = try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        _ = try VaultIndex.load(copy)  // this machine knows the copy as it was (a member's own second folder)
        _ = try PersonErasure(vault: admin).erase("D-0061", reason: "erasure asked")
        _ = try PersonErasure(vault: copy).erase("D-0062", reason: "erasure asked")
        let theirs = try Self.files(under: ["log", "documents", "datakeys"], in: backup)
        for relative in theirs where !FileManager.default.fileExists(atPath: admin.paths.root.appendingPathComponent(relative).path) {
            let target = admin.paths.root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: backup.appendingPathComponent(relative), to: target)
        }
        let merged = try f.admin()
        for (path, text) in try Self.liveTexts(merged) {
            for scan in scans { #expect(scan.hits(in: text).isEmpty, "\(path) names \(scan.personID)") }
        }
        let index = try VaultIndex.load(merged)
        #expect(!index.documents.compactMap(\.entry?.id).contains("INT-2014-060"))
        let kept = index.commits.keptFromErasures
        #expect(!kept.isEmpty)
        #expect(VaultChecker.check(merged).problems.contains { $0.description.contains("erasure made apart") })
        _ = try VaultMaintenance(vault: merged).tidy()
        for path in kept { #expect(FileManager.default.fileExists(atPath: merged.paths.root.appendingPathComponent(path).path), "\(path) shredded") }
    }

    static func files(under folders: [String], in root: URL) throws -> [String] {
        folders.flatMap { folder -> [String] in
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return [] }
            return walker.compactMap { ($0 as? URL).flatMap { FileManager.default.fileExists(atPath: $0.path + "/.") ? nil : $0.path } }
                .map { String($0.dropFirst(root.path.count + 1)) }
        }
    }

    /// A form the finder does not replace but the scan reads (letter-spaced)
    /// stops the whole erasure before anything is written, naming the
    /// document, revision and line, never the name.
    @Test func aFormTheRewriteMissesStopsEverythingAndTheErrorNamesTheLineOnly() throws {
        let f = try InsiderFixture()
        let text = String(decoding: f.interview, as: UTF8.self) + "\nThe form spelled it S-a-d-y-k-o-v.\n"
        try f.add(Array(text.utf8), as: try f.admin())
        let admin = try f.admin()
        let before = try VaultIndex.load(admin)
        let files = try Self.files(under: ["log", "documents", "datakeys"], in: admin.paths.root)
        do {
            _ = try PersonErasure(vault: admin).erase("D-0042", reason: "erasure asked")
            Issue.record("the erasure went through")
        } catch let error as VaultError {
            #expect(error.message.contains("INT-2014-044 revision 2, line"), "\(error.message)")
            for form in ["Sadykov", "S-a-d", "Aibek", "Садыков"] { #expect(!error.message.contains(form), "\(error.message)") }
        }
        let after = try VaultIndex.load(try f.admin())
        #expect(after.heads == before.heads && after.commits.liveObjects == before.commits.liveObjects)
        #expect(try Self.files(under: ["log", "documents", "datakeys"], in: admin.paths.root) == files)
    }

    /// Once the policy asks for a second administrator's approval of every
    /// destruction, an erasure made alone (which destroys the named
    /// revisions) is refused by the use case and, forged, by every reader:
    /// one member alone cannot replace a document's revisions and shred the
    /// old ones (`ErasureApprovalTests`: asked and approved, it counts).
    @Test func underAPolicyAskingForApprovalAnErasureIsRefusedEverywhere() throws {
        let f = try DestructionApprovalTests.fixture(asking: true)
        #expect(throws: VaultError.self) { _ = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "erasure asked") }
        // Forged through the library, as a modified tamga would: a well-formed erase entry.
        let admin = try f.admin()
        let blind = try admin.blindID(Self.id)
        let parts = try VaultIndex.load(admin).commits.liveObjects.filter { $0.hasPrefix("documents/\(blind)/") }.sorted()
        let rewritten = (parts[0] as NSString).deletingLastPathComponent + "/" + String(repeating: "e", count: 64)
        let entry = try admin.log(LogAction(action: "erase", persons: ["D-0042"], note: "x"), objects: [rewritten], removed: parts, erased: [blind])
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused[entry]?.contains("approval") == true, "\(index.refused)")
        #expect(parts.allSatisfy(index.commits.isLive))
        // A fresh read of the whole log judges it the same.
        let fresh = IndexMemo.Derived(entries: index.contents.entries, chain: index.derived.rules.chain, keyringFiles: [])
        #expect(fresh.refused[entry] != nil)
    }
}
