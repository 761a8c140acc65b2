import Foundation
import Testing
@testable import TamgaVault
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The panic wipe (issue 18) on planted folders: what goes, what stays, and
/// that nothing outside what it covers is touched (another vault's memory, a
/// link's target, the vault folder).
@Suite struct LocalWipeTests {
    static let vaultID = String(repeating: "a1", count: 32)
    static let otherID = String(repeating: "b2", count: 32)

    /// A machine with the memory of two vaults, kept edit texts of both, an
    /// evidence workspace, key files outside the vault and a link out of the state folder.
    struct Machine {
        let folder: TemporaryFolder
        var state: URL { folder.url.appendingPathComponent("state/tamga") }
        var run: String { folder.path("run") }
        var workspace: String { run + "/tamga-\(geteuid())-x1y2z3" }
        var evidence: String { run + "/tamga-evidence-q9" }
        var keys: URL { folder.url.appendingPathComponent("keys") }
        var outsideTarget: String { folder.path("outside.txt") }

        init() throws {
            folder = try TemporaryFolder("tamga-wipe")
            let fm = FileManager.default
            for id in [vaultID, otherID] {
                let copy = state.appendingPathComponent("\(id)/copies/0123")
                try fm.createDirectory(at: copy, withIntermediateDirectories: true)
                for name in ["heads", "keyring", "members", "index-ffff"] {
                    try Data(repeating: 0x41, count: 100).write(to: state.appendingPathComponent("\(id)/\(name)"))
                }
                try Data("1 abc\n".utf8).write(to: copy.appendingPathComponent("keyring"))
            }
            try Data("not tamga's".utf8).write(to: URL(fileURLWithPath: outsideTarget))
            try fm.createSymbolicLink(atPath: state.appendingPathComponent("\(vaultID)/link").path, withDestinationPath: outsideTarget)
            for folder in [workspace, evidence] { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data("decrypted interview".utf8).write(to: URL(fileURLWithPath: workspace + "/edit-\(vaultID.prefix(12))-INT-1.md"))
            try Data("other vault".utf8).write(to: URL(fileURLWithPath: workspace + "/edit-\(otherID.prefix(12))-VR-2.md"))
            try Data(repeating: 0xFF, count: 2048).write(to: URL(fileURLWithPath: evidence + "/photo.jpg"))
            try fm.createDirectory(at: keys.appendingPathComponent(vaultID), withIntermediateDirectories: true)
            try Data("sealed".utf8).write(to: keys.appendingPathComponent("\(vaultID)/abcd.key"))
        }

        var places: LocalWipe.Places {
            let keys = keys
            return LocalWipe.Places(state: state, workspaceBases: [run], keyFolder: { keys.appendingPathComponent($0) })
        }

        func exists(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0
        }

        func wipe(vaultID: String? = LocalWipeTests.vaultID, allVaults: Bool = false, keyFiles: Bool = false,
                  dryRun: Bool = false) -> LocalWipe.Report {
            LocalWipe(vaultRoot: folder.url.appendingPathComponent("vault"), vaultID: vaultID, places: places,
                      allVaults: allVaults, includeKeyFiles: keyFiles, dryRun: dryRun).run()
        }
    }

    @Test func removesThisVaultsMemoryAndEditTextAndNothingElse() throws {
        let machine = try Machine()
        let report = machine.wipe()
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(!machine.exists(machine.state.appendingPathComponent(Self.vaultID).path))
        #expect(!machine.exists(machine.workspace + "/edit-\(Self.vaultID.prefix(12))-INT-1.md"))
        // Another vault's memory and kept text, the evidence workspace and the key files stay.
        #expect(machine.exists(machine.state.appendingPathComponent("\(Self.otherID)/index-ffff").path))
        #expect(machine.exists(machine.workspace + "/edit-\(Self.otherID.prefix(12))-VR-2.md"))
        #expect(machine.exists(machine.evidence + "/photo.jpg"))
        #expect(machine.exists(machine.keys.appendingPathComponent("\(Self.vaultID)/abcd.key").path))
        // The link went, never its target.
        #expect(try String(contentsOfFile: machine.outsideTarget, encoding: .utf8) == "not tamga's")
        let memory = try #require(report.removed.first { $0.path.hasSuffix(Self.vaultID) })
        #expect(memory.files == 6)  // four files, the copy's keyring and the link; nothing of the other vault
        #expect(report.removed.contains { $0.path == machine.workspace && $0.files == 1 })
        #expect(report.stays.contains { $0.contains("member key files kept outside the vault") })
        #expect(report.stays.contains { $0.contains("the vault itself") })
    }

    @Test func allVaultsAndKeyFilesRemoveEverythingTheyCover() throws {
        let machine = try Machine()
        // A file in a workspace that `tamga edit` did not name stays, and so its folder.
        try Data("not an edit".utf8).write(to: URL(fileURLWithPath: machine.workspace + "/notes.txt"))
        let report = machine.wipe(allVaults: true, keyFiles: true)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(machine.exists(machine.workspace + "/notes.txt"))
        try FileManager.default.removeItem(atPath: machine.workspace + "/notes.txt")
        #expect(!machine.exists(machine.workspace + "/edit-\(Self.otherID.prefix(12))-VR-2.md"))
        for path in [machine.state.path, machine.evidence, machine.keys.appendingPathComponent(Self.vaultID).path] {
            #expect(!machine.exists(path), "\(path)")
        }
        #expect(machine.exists(machine.outsideTarget))
        #expect(!report.stays.contains { $0.contains("other vaults") })
    }

    @Test func anUnknownVaultIDRemovesEveryVaultsMemory() throws {
        let machine = try Machine()
        let report = machine.wipe(vaultID: nil)
        #expect(report.failures.isEmpty)
        #expect(!machine.exists(machine.state.path))
        // Kept edit texts cannot be told apart by vault: they stay unless --all-vaults, and it is said.
        #expect(machine.exists(machine.workspace + "/edit-\(Self.vaultID.prefix(12))-INT-1.md"))
        #expect(report.stays.contains { $0.contains("since its id is unknown") })
        // Without a vault id there is no key folder to name: key files stay.
        #expect(machine.exists(machine.keys.appendingPathComponent("\(Self.vaultID)/abcd.key").path))
    }

    @Test func aDryRunRemovesNothing() throws {
        let machine = try Machine()
        let report = machine.wipe(allVaults: true, keyFiles: true, dryRun: true)
        #expect(report.dryRun && report.removed.count == 4, "\(report.removed.map(\.path))")
        for path in [machine.state.appendingPathComponent("\(Self.vaultID)/index-ffff").path, machine.workspace + "/edit-\(Self.vaultID.prefix(12))-INT-1.md",
                     machine.evidence + "/photo.jpg", machine.keys.appendingPathComponent("\(Self.vaultID)/abcd.key").path] {
            #expect(machine.exists(path), "\(path)")
        }
    }

    /// Another user's folder with a workspace's name (planted in a shared
    /// /dev/shm) is neither entered nor removed; a link with that name is not followed.
    @Test func aLinkNamedLikeAWorkspaceIsNotFollowed() throws {
        let machine = try Machine()
        let decoy = machine.folder.path("decoy")
        try FileManager.default.createDirectory(atPath: decoy, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: decoy + "/edit-\(Self.vaultID.prefix(12))-X.md"))
        try FileManager.default.createSymbolicLink(atPath: machine.run + "/tamga-\(geteuid())-link", withDestinationPath: decoy)
        _ = machine.wipe(allVaults: true)
        #expect(machine.exists(decoy + "/edit-\(Self.vaultID.prefix(12))-X.md"))
    }
}
