import Foundation
import Testing
import TamgaTestSupport

/// Issue 14, finding 9: `tamga edit` never decrypts through a link or into a
/// folder it did not make, whatever was planted where it decrypts.
@Suite struct EditWorkspaceTests {
    /// A vault with one document, and a private tmpfs base for the workspace.
    static func setUp() throws -> (CLIVault, base: String, disk: String) {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let base = "/dev/shm/tamga-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let disk = v.folder.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return (v, base, disk)
    }

    static func edit(_ v: CLIVault, base: String) throws -> TamgaBinary.Result {
        try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
    }

    static var uid: String { String(geteuid()) }

    /// `stat -f`'s name for the file system holding `path` (Glibc's module map has no statfs).
    static func fileSystemType(of path: String) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/stat")
        process.arguments = ["-f", "-c", "%T", path]
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aPlantedLinkToADiskFolderIsRefused() throws {
        let (v, base, disk) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createSymbolicLink(atPath: "\(base)/tamga-\(Self.uid)-planted", withDestinationPath: disk)
        let result = try Self.edit(v, base: base)
        #expect(result.status == 1)
        #expect(result.standardError.contains("symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
    }

    @Test func aWorkspaceOthersCanReadIsRefused() throws {
        let (v, base, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let open = "\(base)/tamga-\(Self.uid)-open"
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let result = try Self.edit(v, base: base)
        #expect(result.status == 1)
        #expect(result.standardError.contains("not private"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: open).isEmpty)
    }

    @Test func aBaseThatIsALinkIsNotUsed() throws {
        let (v, base, disk) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let link = v.folder.path("runtime-link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: disk)
        let seen = v.folder.path("seen")
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sh -c 'echo \"$0\" > \(seen)'", "XDG_RUNTIME_DIR": link])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
        #expect(try String(contentsOfFile: seen, encoding: .utf8).hasPrefix("/dev/shm/tamga-\(Self.uid)-"))
    }

    @Test func aFreshWorkspaceIsMadeWithMkdtempAndIsPrivate() throws {
        let (v, base, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let seen = v.folder.path("seen")
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sh -c 'stat -c %a \"$(dirname \"$0\")\" > \(seen)'", "XDG_RUNTIME_DIR": base])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: seen, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "700")
        let made = try FileManager.default.contentsOfDirectory(atPath: base)
        #expect(made.count == 1 && made[0].hasPrefix("tamga-\(Self.uid)-") && made[0].count == "tamga-\(Self.uid)-".count + 6)
    }

    /// A base others may write (not sticky) is not used, and the user is told.
    @Test func aBaseOthersCanWriteIsNamedAndNotUsed() throws {
        let (v, base, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        chmod(base, 0o777)
        let seen = v.folder.path("seen")
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sh -c 'echo \"$0\" > \(seen)'", "XDG_RUNTIME_DIR": base])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("not decrypting into \(base): writable by group or others"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base).isEmpty)
        #expect(try String(contentsOfFile: seen, encoding: .utf8).hasPrefix("/dev/shm/tamga-\(Self.uid)-"))
    }

    /// A base on a disk-backed file system is not used: the text would reach the disk.
    @Test func aBaseOnDiskIsNamedAndNotUsed() throws {
        let (v, base, disk) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        guard try Self.fileSystemType(of: disk) != "tmpfs", try Self.fileSystemType(of: disk) != "ramfs" else { return }
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": disk])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("not memory-backed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
    }

    /// A link planted where the edit's text goes, inside a workspace of ours,
    /// is neither written through nor read for `--resume`.
    @Test func aLinkAtTheTextsPathIsRefused() throws {
        let (v, base, disk) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let seen = v.folder.path("seen")
        let first = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sh -c 'echo \"$0\" > \(seen)'", "XDG_RUNTIME_DIR": base])
        #expect(first.status == 0, "\(first.standardError)")
        let textPath = try String(contentsOfFile: seen, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(textPath.hasPrefix(base + "/tamga-\(Self.uid)-") && !FileManager.default.fileExists(atPath: textPath))

        let target = disk + "/stolen.md"
        try FileManager.default.createSymbolicLink(atPath: textPath, withDestinationPath: target)
        let planted = try Self.edit(v, base: base)
        #expect(planted.status == 1)
        #expect(planted.standardError.contains("not a regular file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)

        try v.folder.write("disk/stolen.md", "not the document\n")
        let resumed = try v.run(["edit", "VR-2014-017", "--resume"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
        #expect(resumed.status == 1)
        #expect(resumed.standardError.contains("not a regular file"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "not the document\n")
    }
}
