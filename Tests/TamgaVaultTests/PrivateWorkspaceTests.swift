import Foundation
import Testing
@testable import TamgaVault

/// Where decrypted evidence is processed on its way out: a folder only this
/// user enters, whose files are 0600, removed after use and on an interrupt.
/// A tamga killed while it processes evidence (SIGKILL: no handler runs)
/// leaves its workspace with the decrypted, unredacted original. The next
/// tamga removes a workspace whose process is gone, and only such a one
/// (attacker, session 28).
@Suite struct PrivateWorkspaceTests {
    /// A process id that no process has now: a child that has exited and been reaped.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aWorkspaceOfAProcessThatIsGoneIsRemovedAndALiveOneKept() throws {
        let base = NSTemporaryDirectory() + "/tamga-workspace-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let dead = base + "/tamga-evidence-\(try Self.deadProcessID())-abcdef"
        let live = base + "/tamga-evidence-\(getppid())-abcdef"
        let older = base + "/tamga-evidence-abcdef"  // no process id: an older tamga's, left to lock --wipe-local
        for folder in [dead, live, older] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data("decrypted original".utf8).write(to: URL(fileURLWithPath: folder + "/attachment-1.jpg"))
        }
        PrivateWorkspace.removeAbandoned(in: base)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live + "/attachment-1.jpg"))
        #expect(FileManager.default.fileExists(atPath: older + "/attachment-1.jpg"))
    }

    /// `TemporaryFileRegistry.removeAll()` itself is not called here: tests
    /// running alongside have files and workspaces of their own registered.
    @Test func filesArePrivateRegisteredForInterruptsAndRemoved() throws {
        let workspace = try PrivateWorkspace()
        let file = try workspace.write(Array("decrypted evidence".utf8), name: "attachment-1.jpg")
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.url.path)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(TemporaryFileRegistry.holdsFolder(workspace.url.path))
        workspace.remove()
        #expect(!FileManager.default.fileExists(atPath: workspace.url.path))
        #expect(!TemporaryFileRegistry.holdsFolder(workspace.url.path))
    }

    @Test func aNewWorkspaceCarriesItsProcessID() throws {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        #expect(workspace.url.lastPathComponent.hasPrefix("tamga-evidence-\(getpid())-"))
    }
}
