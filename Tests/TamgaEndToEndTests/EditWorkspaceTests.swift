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
}
