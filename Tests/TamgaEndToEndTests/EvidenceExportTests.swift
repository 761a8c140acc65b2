import Foundation
import Testing
import TamgaTestSupport

/// `tamga export --with-attachments` (issue 17, phase 2) through the built
/// binary: real JPEG and PNG files tagged with GPS, camera and author
/// metadata leave without it (exiftool re-reads them), under names that are
/// not the original's, signed so that stock minisign verifies them, listed
/// in the manifest, and the original in the vault keeps its hash.
@Suite struct EvidenceExportTests {
    @Test func stateExportStripsMetadataSignsAndKeepsTheOriginal() throws {
        let v = try ExportTests.vaultWithExamples()
        let jpeg = try EvidenceFixture.image("Sadykov forearm.jpg", in: v.folder)
        let png = try EvidenceFixture.image("Sadykov back.png", in: v.folder)
        for file in [jpeg, png] { try EvidenceFixture.tag(file, in: v.folder) }
        let originalHash = try AttachmentCommandTests.sha256sum(jpeg)
        let jpegReference = try EvidenceFixture.attach(v, "VR-2014-017", jpeg, ["--level", "state"])
        _ = try EvidenceFixture.attach(v, "VR-2014-017", png, ["--level", "public"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachments: 2 written"), "\(export.standardError)")
        let files = EvidenceFixture.listing(out)
        #expect(files.contains("VR-2014-017.state.attachment-1.jpg") && files.contains("VR-2014-017.state.attachment-2.png"), "\(files)")
        #expect(!files.contains { $0.contains("Sadykov") || $0.contains("forearm") })
        #expect(try v.run(["key", "public", "-o", v.folder.path("npm.pub")]).status == 0)
        for name in ["VR-2014-017.state.attachment-1.jpg", "VR-2014-017.state.attachment-2.png"] {
            let path = out + "/" + name
            let left = try EvidenceFixture.identifying(path, in: v.folder)
            #expect(left.isEmpty, "\(name) keeps \(left)")
            let raw = try Data(contentsOf: URL(fileURLWithPath: path))
            for secret in ["Sadykov", "Canon", "Lightroom", "Toktogulov"] {
                #expect(raw.range(of: Data(secret.utf8)) == nil, "\(name) still holds \(secret)")
            }
            let verified = try EvidenceFixture.tool("/usr/bin/minisign", ["-Vm", path, "-p", v.folder.path("npm.pub")], in: v.folder.url)
            #expect(verified.status == 0, "\(verified.output)")
            #expect(verified.output.contains("format:attachment"))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        // The manifest names each file with its hash (not the original's: N1), and is signed too.
        let manifestPath = out + "/VR-2014-017.state.attachments.json"
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as? [String: Any])
        let listed = try #require(manifest["attachments"] as? [[String: Any]])
        #expect(listed.count == 2)
        let first = try #require(listed.first { $0["name"] as? String == "VR-2014-017.state.attachment-1.jpg" })
        #expect(first["original_sha256"] == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: manifestPath)).range(of: Data(originalHash.utf8)) == nil)
        #expect(first["sha256"] as? String == (try AttachmentCommandTests.sha256sum(out + "/VR-2014-017.state.attachment-1.jpg")))
        #expect(try EvidenceFixture.tool("/usr/bin/minisign", ["-Vm", manifestPath, "-p", v.folder.path("npm.pub")], in: v.folder.url).status == 0)
        // The evidence in the vault is untouched: it comes back byte for byte with its original hash.
        let back = v.folder.path("back.jpg")
        #expect(try v.run(["attachment", "get", "VR-2014-017", jpegReference, "-o", back]).status == 0)
        #expect(try AttachmentCommandTests.sha256sum(back) == originalHash)
        #expect(try EvidenceFixture.identifying(back, in: v.folder).contains { $0.hasSuffix("GPSLatitude") })
        // The NPM's own (internal) manifest keeps the chain of custody: the original's hash.
        let internalOut = v.folder.path("internal")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", internalOut + "/"]).status == 0)
        let internalManifest = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: internalOut + "/VR-2014-017.internal.attachments.json"))) as? [String: Any])
        let originals = (internalManifest["attachments"] as? [[String: Any]] ?? []).compactMap { $0["original_sha256"] as? String }
        #expect(originals.contains(originalHash), "\(internalManifest)")
    }

    @Test func aSealedExportSealsTheAttachmentsToo() throws {
        let v = try ExportTests.vaultWithExamples()
        let jpeg = try EvidenceFixture.image("photo.jpg", in: v.folder)
        try EvidenceFixture.tag(jpeg, in: v.folder)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", jpeg, ["--level", "state"])
        try #require(try InteropCLITests.tool("age-keygen", ["-o", "key.txt"], in: v.folder).status == 0)
        let recipient = try InteropCLITests.tool("age-keygen", ["-y", "key.txt"], in: v.folder).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let out = v.folder.path("sealed")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "--recipient", recipient, "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let sealed = out + "/VR-2014-017.state.attachment-1.jpg.age"
        #expect(FileManager.default.fileExists(atPath: sealed) && FileManager.default.fileExists(atPath: sealed + ".minisig"))
        #expect(!FileManager.default.fileExists(atPath: out + "/VR-2014-017.state.attachment-1.jpg"))
        let opened = try InteropCLITests.tool("age", ["-d", "-i", "key.txt", "-o", "opened.jpg", sealed], in: v.folder)
        #expect(opened.status == 0, "\(opened.error)")
        #expect(try EvidenceFixture.identifying(v.folder.path("opened.jpg"), in: v.folder).isEmpty)
    }

    @Test func standardOutputIsRefusedWithAttachments() throws {
        let v = try ExportTests.vaultWithExamples()
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", "-"])
        #expect(result.status == 64, "\(result.standardError)")
    }
}
