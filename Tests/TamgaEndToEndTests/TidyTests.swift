import Foundation
import Testing
import TamgaTestSupport

/// Temporary files left by interrupted or failed writes: `check` lists every
/// one (they take disk space, which a disk-full failure needs back) and
/// `check --tidy` deletes them without touching anything else.
@Suite struct TidyTests {
    @Test func checkListsLeftoverTemporaryFilesAndTidyDeletesThem() throws {
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let documents = v.vault + "/documents"
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: documents).first { !$0.hasPrefix(".") })
        let planted = [".tmp-config.json-1", "documents/\(folder)/.tmp-part-2", "log/.tmp-entry-3"]
        for path in planted {
            #expect(FileManager.default.createFile(atPath: v.vault + "/" + path, contents: Data(repeating: 7, count: 100)))
        }
        let before = try v.run(["check"])
        #expect(before.status == 0, "\(before.standardError)")
        for path in planted {
            #expect(before.standardOutput.contains("warning: \(path): left by an interrupted or failed write"), "\(before.standardOutput)")
        }
        let filesBefore = Set(v.files())

        let tidied = try v.run(["check", "--tidy"])
        #expect(tidied.status == 0, "\(tidied.standardError)")
        #expect(tidied.standardOutput.contains("tidied: removed 3 temporary file(s), 300 bytes"), "\(tidied.standardOutput)")
        #expect(!tidied.standardOutput.contains(".tmp-"), "\(tidied.standardOutput)")
        for path in planted { #expect(!FileManager.default.fileExists(atPath: v.vault + "/" + path)) }
        // Nothing but the planted files went.
        #expect(Set(v.files()) == filesBefore.subtracting(planted))
        #expect(try v.run(["show", "VR-2014-017"]).status == 0)
    }
}

extension TidyTests {
    /// Tidy removes a `.tmp-*` symbolic link itself, never what it points to
    /// (outside the vault here), and leaves a `.tmp-*` directory, naming it.
    @Test func tidyNeverFollowsALinkAndLeavesDirectories() throws {
        let v = try CLIVault()
        let outside = try v.folder.write("outside.txt", "not the vault's")
        try FileManager.default.createSymbolicLink(atPath: v.vault + "/log/.tmp-link", withDestinationPath: outside)
        try FileManager.default.createDirectory(atPath: v.vault + "/.tmp-dir/.tmp-inner", withIntermediateDirectories: true)

        let tidied = try v.run(["check", "--tidy"])
        #expect(tidied.status == 0, "\(tidied.standardOutput)\(tidied.standardError)")
        #expect(tidied.standardOutput.contains("tidied: removed 1 temporary file(s), 0 bytes"), "\(tidied.standardOutput)")
        #expect(tidied.standardOutput.contains("tidy: left .tmp-dir: not a file"), "\(tidied.standardOutput)")
        #expect(!FileManager.default.fileExists(atPath: v.vault + "/log/.tmp-link"))
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not the vault's")
        #expect(FileManager.default.fileExists(atPath: v.vault + "/.tmp-dir"))
    }
}
