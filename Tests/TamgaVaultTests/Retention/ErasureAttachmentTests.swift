import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// What `tamga person erase` does with attachments it cannot rewrite
/// (review, session 37): a text file or PDF text naming the person stops the
/// erasure (it rewrites captions and file names, never content), and a
/// restricted image the eraser cannot open stops it in a document that
/// names the person, and is reported as unread elsewhere.
@Suite struct ErasureAttachmentTests {
    static func addOtherInterview(_ f: InsiderFixture) throws { try f.add(PersonErasureTests.otherInterview, as: try f.admin()) }

    /// Attaches as the administrator, or (a restricted image) as "Doctor", its one viewer.
    static func attach(_ f: InsiderFixture, _ bytes: [UInt8], named name: String, to id: String, restricted: Bool = false) throws {
        let file = f.base.folder.url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        let request = restricted ? AttachmentRequest(restricted: true, viewers: ["Doctor"]) : AttachmentRequest()
        _ = try AttachmentStore(vault: restricted ? try f.member("Doctor") : try f.admin()).attach(file, to: id, request: request)
    }

    static let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 3000)

    /// Erasing D-0042 as `vault` fails; the message names the place, never
    /// the name, and the log and the live objects are as they were.
    static func refused(_ f: InsiderFixture, as vault: UnlockedVault, saying words: String) throws {
        let before = try VaultIndex.load(try f.admin())
        do {
            _ = try PersonErasure(vault: vault).erase("D-0042", reason: "erasure asked")
            Issue.record("the erasure went through")
        } catch let error as VaultError {
            #expect(error.message.contains(words), "\(error.message)")
            for form in ["Sadykov", "Aibek"] { #expect(!error.message.contains(form), "\(error.message)") }
        }
        let after = try VaultIndex.load(try f.admin())
        #expect(after.heads == before.heads && after.commits.liveObjects == before.commits.liveObjects)
    }

    @Test(arguments: ["INT-2014-044", "INT-2014-051"])
    func aTextFileNamingHimStopsTheErasureWhereverItIs(_ id: String) throws {
        let f = try InsiderFixture()
        try Self.addOtherInterview(f)
        try Self.attach(f, Array("Transcript. Aibek Sadykov said the cell was cold.\n".utf8), named: "notes.txt", to: id)
        try Self.refused(f, as: try f.admin(), saying: "\(id), attachment")
    }

    @Test func aRestrictedImageTheEraserCannotOpenStopsItInADocumentNamingHim() throws {
        let f = try InsiderFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        try Self.attach(f, Self.photo, named: "arm.jpg", to: "INT-2014-044", restricted: true)
        try Self.refused(f, as: try f.admin(), saying: "a restricted image you cannot open")
        // One of its viewers reads its caption (naming nobody) and erases; the image stays as it is.
        let outcome = try PersonErasure(vault: try f.member("Doctor")).erase("D-0042", reason: "erasure asked")
        #expect(outcome.plan.restrictedLeft == 1 && outcome.plan.uncheckedRestricted.isEmpty)
    }

    @Test func aRestrictedImageTheEraserCannotOpenElsewhereIsReportedUnread() throws {
        let f = try InsiderFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        try Self.addOtherInterview(f)
        try Self.attach(f, Self.photo, named: "arm.jpg", to: "INT-2014-051", restricted: true)
        let outcome = try PersonErasure(vault: try f.admin()).erase("D-0042", reason: "erasure asked")
        #expect(outcome.plan.uncheckedRestricted == ["INT-2014-051"] && !outcome.plan.documents.contains("INT-2014-051"))
    }
}
