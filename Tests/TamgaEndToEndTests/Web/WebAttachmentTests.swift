import Foundation
import Testing
import TamgaTestSupport

/// Attachments in the browser (issue 20), through the built binary with curl
/// as the browser: the upload goes through the use case `tamga attach` calls
/// (the same log entry, the same listing), the download through the one
/// `tamga attachment get` calls (the same read entry, the hash checked), and
/// clearance, CSRF and the size limit are refused exactly as elsewhere.
@Suite(.serialized) struct WebAttachmentTests {
    /// The attachment form's parts, the CSRF token first (as the page puts it).
    static func parts(_ csrf: String?, file: String, name: String, level: String = "internal", caption: String = "Register page") -> [(String, String)] {
        (csrf.map { [("csrf", $0)] } ?? []) + [("level", level), ("caption", caption), ("depicts", ""), ("file", "@\(file);filename=\(name)")]
    }

    /// SHA-256 of a file, by the system's sha256sum.
    static func sha256(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }

    @Test func aMonitorUploadsListsAndDownloadsAnAttachmentAsTheCommandLineDoes() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, csrf) = try server.unlockedClient()
        // 200 KiB of bytes that are not text, more than one 64 KiB chunk of the stream, with every byte value.
        let bytes = Data((0..<(200 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) })
        let file = vault.folder.path("scan.bin")
        try bytes.write(to: URL(fileURLWithPath: file))
        let page = try client.request("/documents/VR-2014-017/attachments")
        #expect(page.status == 200 && page.body.contains("enctype=\"multipart/form-data\""), "\(page.status)")
        #expect(try client.request("/documents/VR-2014-017").body.contains("href=\"/documents/VR-2014-017/attachments\""))

        // A browser that sends the whole path (old ones did): only the name is kept.
        let uploaded = try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: file, name: "C:\\Users\\gulnara\\scan-1.bin"))
        #expect(uploaded.status == 200 && uploaded.body.contains("Attached "), "\(uploaded.status) \(uploaded.body.suffix(500))")
        let digest = try Self.sha256(file)
        #expect(uploaded.body.contains(digest))
        // Stored as `tamga attach` stores: the command line lists it with the same hash, name and caption, and the log has its entry.
        let listed = try vault.run(["attachments", "VR-2014-017"]).standardOutput
        #expect(listed.contains(digest) && listed.contains("scan-1.bin") && !listed.contains("gulnara") && listed.contains("Register page"), "\(listed)")
        let reference = try #require(listed.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        #expect(try vault.run(["log", "--doc", "VR-2014-017"]).standardOutput.contains("attach VR-2014-017 level=internal"))
        #expect(try vault.run(["check"]).status == 0)

        // The page lists it; the download is the file byte for byte, under its name, and logged as a read as `attachment get` logs it.
        let list = try client.request("/documents/VR-2014-017/attachments")
        #expect(list.body.contains("href=\"/documents/VR-2014-017/attachments/\(reference)\"") && list.body.contains("scan-1.bin"))
        let reads = { try vault.run(["log", "--doc", "VR-2014-017"]).standardOutput.split(separator: "\n").filter { $0.contains(" read VR-2014-017 ") }.count }
        let before = try reads()
        let download = try client.request("/documents/VR-2014-017/attachments/\(reference)")
        #expect(download.status == 200 && download.bodyBytes == bytes, "\(download.status) \(download.bodyBytes.count) bytes")
        #expect(download.headers.contains("attachment; filename=\"scan-1.bin\""), "\(download.headers)")
        #expect(try reads() == before + 1, "the download was not logged as a read")
        // An unknown reference is refused with the command's message.
        let unknown = try client.request("/documents/VR-2014-017/attachments/ffffffffffff")
        #expect(unknown.status == 422, "\(unknown.status)")
    }

    @Test func theFormsDetailsReachTheUseCase() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, csrf) = try server.unlockedClient()
        try vault.folder.write("forearm.txt", "a photograph of a forearm\n")
        try vault.folder.write("intimate.txt", "a restricted image\n")
        // A depicted person declared in the document, with the consent they gave: as `--depicts D-0042 --consent state`.
        let depicted = try client.upload("/documents/INT-2014-044/attachments", parts: [
            ("csrf", csrf), ("level", "state"), ("caption", "Forearm"), ("depicts", "D-0042"), ("consent", "state"),
            ("file", "@\(vault.folder.path("forearm.txt"));filename=forearm.txt")])
        #expect(depicted.status == 200, "\(depicted.status) \(depicted.body.suffix(400))")
        // A person the document does not declare is refused, as on the command line.
        let undeclared = try client.upload("/documents/INT-2014-044/attachments", parts: [
            ("csrf", csrf), ("depicts", "D-9999"), ("file", "@\(vault.folder.path("forearm.txt"));filename=other.txt")])
        #expect(undeclared.status == 422, "\(undeclared.status)")
        // Restricted viewing: kept internal, marked restricted.
        let restricted = try client.upload("/documents/INT-2014-044/attachments", parts: [
            ("csrf", csrf), ("level", "internal"), ("restricted", "1"), ("file", "@\(vault.folder.path("intimate.txt"));filename=intimate.txt")])
        #expect(restricted.status == 200, "\(restricted.status) \(restricted.body.suffix(400))")
        let listed = try vault.run(["attachments", "INT-2014-044"]).standardOutput
        let rows = listed.split(separator: "\n").map(String.init)
        let forearm = try #require(rows.first { $0.contains("forearm.txt") }, "\(listed)")
        #expect(forearm.contains(" state ") && forearm.contains("D-0042") && forearm.contains("Forearm"), "\(forearm)")
        #expect(!listed.contains("other.txt"))
        #expect(rows.first { $0.contains("intimate.txt") }?.contains("internal (restricted)") == true, "\(listed)")
    }

    @Test func anUploadWithoutTheTokenOrTooLargeStoresNothing() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault, arguments: ["--attachment-mib", "1"])
        let (client, csrf) = try server.unlockedClient()
        let small = vault.folder.path("small.txt"), large = vault.folder.path("large.bin")
        try vault.folder.write("small.txt", "a page\n")
        try Data(count: 1024 * 1024 + 4096).write(to: URL(fileURLWithPath: large))
        func nothingStored() throws -> Bool {
            try vault.run(["attachments", "VR-2014-017"]).standardOutput.contains("has no attachments")
        }
        // No CSRF token; a wrong one; the right one only after the file (a page of another site cannot know it, and
        // the file is never read before it): all 403.
        #expect(try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(nil, file: small, name: "small.txt")).status == 403)
        #expect(try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(String(repeating: "a", count: 64), file: small,
                                                                                          name: "small.txt")).status == 403)
        let late = Self.parts(nil, file: small, name: "small.txt") + [("csrf", csrf)]
        #expect(try client.upload("/documents/VR-2014-017/attachments", parts: late).status == 403)
        // Without the session cookie: 403.
        #expect(try server.client("stranger").upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: small, name: "small.txt"))
            .status == 403)
        #expect(try nothingStored())
        // Over --attachment-mib: 413, nothing stored.
        let tooLarge = try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: large, name: "large.bin"))
        #expect(tooLarge.status == 413 && tooLarge.body.contains("tamga attach"), "\(tooLarge.status)")
        #expect(try nothingStored())
        // A name with a control character (it would drive another member's terminal) is refused, nothing stored.
        let control = try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: small, name: "a\u{1B}[2Jb.txt"))
        #expect(control.status == 422, "\(control.status)")
        // A caption holding a control character: refused as `tamga attach --caption` refuses it.
        let caption = try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: small, name: "small.txt",
                                                                                             caption: "line\u{7}bell"))
        #expect(caption.status == 422 && caption.body.contains("control character"), "\(caption.status)")
        #expect(try nothingStored())
        // The vault is still usable and whole.
        #expect(try client.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: small, name: "small.txt")).status == 200)
        #expect(try vault.run(["check"]).status == 0)
    }

    @Test func theClearanceRulesAreTheCommandLines() throws {
        let attack = try DataKeyAttackVault()
        let server = try WebServer(attack.v)
        try attack.v.folder.write("photo.txt", "a photo\n")
        let photo = attack.v.folder.path("photo.txt")
        // A State member attaches nothing and sees no form.
        let (liaison, liaisonCSRF) = try server.unlockedClient(member: "Liaison")
        #expect(!(try liaison.request("/documents/VR-2014-017/attachments").body.contains("id=\"attach-form\"")))
        let refused = try liaison.upload("/documents/VR-2014-017/attachments", parts: Self.parts(liaisonCSRF, file: photo, name: "photo.txt"))
        #expect(refused.status == 422 && refused.body.contains("not cleared"), "\(refused.status) \(refused.body.suffix(400))")
        #expect(try attack.v.run(["attachments", "VR-2014-017", "--member", "Admin"]).standardOutput.contains("has no attachments"))
    }

    @Test func aContributorAttachesOnlyToItsOwnDocumentAndOnlyInternal() throws {
        let attack = try DataKeyAttackVault()
        let server = try WebServer(attack.v)
        try attack.v.folder.write("photo.txt", "a photo\n")
        let photo = attack.v.folder.path("photo.txt")
        let (field, csrf) = try server.unlockedClient(member: "Field")
        let other = try field.upload("/documents/VR-2014-017/attachments", parts: Self.parts(csrf, file: photo, name: "photo.txt"))
        #expect(other.status == 422 && other.body.contains("not cleared"), "\(other.status) \(other.body.suffix(400))")
        #expect(try field.request("/documents/new", form: WebWritingTests.newReport(csrf, id: "VR-2026-501")).status == 200)
        let lower = try field.upload("/documents/VR-2026-501/attachments", parts: Self.parts(csrf, file: photo, name: "photo.txt", level: "state"))
        #expect(lower.status == 422 && lower.body.contains("not cleared"), "\(lower.status)")
        let own = try field.upload("/documents/VR-2026-501/attachments", parts: Self.parts(csrf, file: photo, name: "photo.txt"))
        #expect(own.status == 200 && own.body.contains("Attached "), "\(own.status) \(own.body.suffix(400))")
        let listed = try attack.v.run(["attachments", "VR-2026-501", "--member", "Admin"]).standardOutput
        #expect(listed.contains("photo.txt") && listed.contains("internal"), "\(listed)")
    }
}
