import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The second opinion of metadata stripping: exiftool re-reads the file and
/// a tag left stops the export, naming the tag (never its value) and the
/// attachment's reference. Run on a file mat2 never saw, so the check
/// itself is shown to fail; then on mat2's output, which passes.
@Suite struct MetadataVerificationTests {
    /// A small JPEG made by vips, tagged by exiftool, in a private workspace.
    static func taggedJPEG(in workspace: PrivateWorkspace) throws -> URL {
        for tool in [EvidenceTool.vips, EvidenceTool.exiftool, EvidenceTool.mat2] {
            try #require(FileManager.default.isExecutableFile(atPath: tool.path),
                         "\(tool.path) is not installed: run `make test-deps` (apt-get install -y \(tool.package))")
        }
        try EvidenceTool.vips.succeed(["black", "photo.jpg", "32", "24", "--bands", "3"], in: workspace.url, reference: "test")
        try EvidenceTool.exiftool.succeed(["-q", "-overwrite_original", "-GPSLatitude=42.87", "-GPSLatitudeRef=N",
                                           "-Make=Canon", "-Artist=Aibek Sadykov", "photo.jpg"], in: workspace.url, reference: "test")
        return workspace.file("photo.jpg")
    }

    @Test func aTaggedFileIsRefusedByNameOfTagNeverItsValue() throws {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let photo = try Self.taggedJPEG(in: workspace)
        do {
            try MetadataScrubber().verify(photo, kind: .jpeg, reference: "3f9a1c0b7d2e", in: workspace)
            Issue.record("a file with GPS, camera and artist tags passed the check")
        } catch let error as EvidenceError {
            guard case .metadataRemains(let reference, let tags) = error else { Issue.record("\(error)"); return }
            #expect(reference == "3f9a1c0b7d2e")
            #expect(tags.contains("EXIF:GPSLatitude") && tags.contains("EXIF:Make") && tags.contains("EXIF:Artist"), "\(tags)")
            #expect(!error.message.contains("Sadykov") && !error.message.contains("Canon"))
        }
    }

    @Test func mat2sOutputPassesAndTheWorkspaceIsPrivateAndRemoved() throws {
        let workspace = try PrivateWorkspace()
        let photo = try Self.taggedJPEG(in: workspace)
        let cleaned = try MetadataScrubber().strip(photo, kind: .jpeg, reference: "3f9a1c0b7d2e", in: workspace)
        #expect(FileManager.default.fileExists(atPath: cleaned.path))
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        workspace.remove()
        #expect(!FileManager.default.fileExists(atPath: workspace.url.path))
    }
}
