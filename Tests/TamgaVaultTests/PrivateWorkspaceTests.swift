import Foundation
import Testing
@testable import TamgaVault

/// Where decrypted evidence is processed on its way out: a folder only this
/// user enters, whose files are 0600, removed after use and on an interrupt.
/// A tamga killed while it processes evidence (SIGKILL: no handler runs)
/// leaves its workspace with the decrypted, unredacted original. The next
/// tamga removes every workspace nobody holds locked, and only those
/// (attacker, session 28; review: decided by the lock, not by a process id,
/// which another PID namespace or a reused id makes wrong).
@Suite struct PrivateWorkspaceTests {
    /// A process id that no process has now: a child that has exited and been reaped.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func anUnlockedWorkspaceIsRemovedAndALockedOneKeptWhateverItsProcessID() throws {
        let base = NSTemporaryDirectory() + "/tamga-workspace-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let dead = base + "/tamga-evidence-\(try Self.deadProcessID())-abcdef"
        let reused = base + "/tamga-evidence-\(getppid())-abcdef"  // a live process's id, but nobody holds the folder
        let older = base + "/tamga-evidence-abcdef"
        // Another namespace's live tamga: its id means nothing here, its lock does.
        let foreign = base + "/tamga-evidence-\(try Self.deadProcessID())-ghijkl"
        for folder in [dead, reused, older, foreign] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try Data("decrypted original".utf8).write(to: URL(fileURLWithPath: folder + "/attachment-1.jpg"))
        }
        let held = open(foreign, O_RDONLY | O_DIRECTORY)
        defer { close(held) }
        #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
        PrivateWorkspace.removeAbandoned(in: base)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: reused))
        #expect(!FileManager.default.fileExists(atPath: older))
        #expect(FileManager.default.fileExists(atPath: foreign + "/attachment-1.jpg"))
    }

    /// A workspace in use is never removed by another tamga's clean-up.
    @Test func aLiveWorkspaceSurvivesAnotherCleanUp() throws {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        _ = try workspace.write(Array("decrypted evidence".utf8), name: "attachment-1.jpg")
        PrivateWorkspace.removeAbandoned(in: workspace.url.deletingLastPathComponent().path)
        #expect(FileManager.default.fileExists(atPath: workspace.file("attachment-1.jpg").path))
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
