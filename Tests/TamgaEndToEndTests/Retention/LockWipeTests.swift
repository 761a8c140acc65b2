import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `tamga lock --wipe-local` through the binary (issue 18): after it, this
/// machine holds nothing about the vault outside the vault folder, the vault
/// folder is byte for byte what it was, and the vault still opens with the
/// passphrase. No timing is asserted (a shared CI machine makes that flaky);
/// the figure measured on a 200-document vault is in docs/retention.md.
@Suite struct LockWipeTests {
    /// Every regular file under `folder` with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walker {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[String(url.path.dropFirst(root.path.count))] = try? Data(contentsOf: url)
            }
        }
        return result
    }

    struct Report: Decodable {
        struct Removed: Decodable { let path: String; let files: Int }
        let vaultID: String?
        let removed: [Removed]
        let stays: [String]
        let failures: [String]
    }

    @Test func wipeRemovesTheMachinesMemoryAndKeptTextButNotTheVault() throws {
        let v = try CLIVault()
        let run = v.folder.path("run")
        let extra = ["XDG_RUNTIME_DIR": run, "TAMGA_KEY_DIR": v.folder.path("keys")]
        for name in ["INT-2014-044.md", "VR-2014-017.md"] {
            let file = try v.folder.write(name, try CLIVault.example(name))
            #expect(try v.run(["add", file], extra: extra).status == 0)
        }
        #expect(try v.run(["list"], extra: extra).status == 0)
        let config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: v.vault + "/config.json"))) as? [String: Any]
        let vaultID = try #require(config?["vault"] as? String)
        let memory = v.folder.path("state/tamga/\(vaultID)")
        #expect(Self.snapshot(memory).keys.contains { $0.hasPrefix("/index-") }, "the index cache exists before")
        // Text an interrupted edit kept, where `tamga edit` keeps it.
        let workspace = run + "/tamga-\(geteuid())-abc123"
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        let kept = workspace + "/edit-\(vaultID.prefix(12))-INT-2014-044.md"
        try Data("decrypted interview text".utf8).write(to: URL(fileURLWithPath: kept))
        let vaultBefore = Self.snapshot(v.vault)

        let result = try v.run(["lock", "--wipe-local", "--json"], extra: extra)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONDecoder().decode(Report.self, from: Data(result.standardOutput.utf8))
        #expect(report.vaultID == vaultID && report.failures.isEmpty)
        #expect(report.removed.map(\.path).sorted() == [memory, workspace].sorted(), "\(report.removed.map(\.path))")
        #expect(!FileManager.default.fileExists(atPath: memory))
        #expect(!FileManager.default.fileExists(atPath: kept) && !FileManager.default.fileExists(atPath: workspace))
        // What stays is said, and is exactly the vault folder untouched.
        #expect(report.stays.contains { $0.hasPrefix(v.vault) && $0.contains("1 member key file(s)") }, "\(report.stays)")
        #expect(Self.snapshot(v.vault) == vaultBefore)
        // The passphrase still opens it (the memory is rebuilt).
        let listed = try v.run(["list"], extra: extra)
        #expect(listed.status == 0 && listed.standardOutput.contains("INT-2014-044"), "\(listed.standardError)")
    }

    /// No passphrase is asked and none is needed: it works on a vault whose
    /// config is gone (then every vault's memory on the machine is removed).
    @Test func wipeWorksOnADamagedVaultWithoutThePassphrase() throws {
        let v = try CLIVault()
        #expect(try v.run(["list"]).status == 0)
        try FileManager.default.removeItem(atPath: v.vault + "/config.json")
        try FileManager.default.removeItem(atPath: v.passphraseFile)
        let result = try v.run(["lock", "--wipe-local"], extra: ["XDG_RUNTIME_DIR": v.folder.path("run")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("no readable config.json"))
        #expect(result.standardOutput.contains("Removed:") && result.standardOutput.contains("Stays:"))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("state/tamga")))
    }

    @Test func lockWithoutWipeLocalIsBadUsage() throws {
        let v = try CLIVault(initialise: false)
        let result = try v.run(["lock"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--wipe-local"))
    }
}
