import Foundation
import TamgaTestSupport

/// The vault the data-key attacks (issue 18) run on, through the built
/// binary: the three examples added by Admin (internal; VR-2014-017
/// declaring D-0042, so the interview can be destroyed), plus a State member
/// and a contributor, each invited from a machine of their own, and helpers
/// for what an attacker does with the files: copy the folder, put files back,
/// read object headers.
struct DataKeyAttackVault {
    let v: CLIVault
    static let interview = "INT-2014-044"

    init() throws {
        v = try ExportTests.vaultWithExamples(declaringTheDetainee: true)
        try addMember("Liaison", clearance: "state")
        try addMember("Field", clearance: "contributor")
    }

    func addMember(_ name: String, clearance: String) throws {
        let home = v.folder.path("home-\(name)")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let invited = try v.run(["member", "invite", "--name", name], extra: ["XDG_STATE_HOME": home])
        let line = invited.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try v.run(["member", "add", name, line, "--clearance", clearance, "--member", "Admin"])
        guard added.status == 0 else { throw CLIVaultError(message: "member add \(name): \(added.standardError)") }
    }

    var root: URL { URL(fileURLWithPath: v.vault) }

    /// The names directly in a folder of the vault (or of `vault`, another copy).
    func names(_ folder: String, in vault: String? = nil) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: (vault ?? v.vault) + "/" + folder)) ?? [])
    }

    /// A full copy of the vault folder, as a backup or another member's folder holds it.
    func copy(_ name: String) throws -> String {
        let target = v.folder.path(name)
        try FileManager.default.copyItem(atPath: v.vault, toPath: target)
        return target
    }

    /// Puts back every file of `folder` (relative to the vault) that `copy` holds and the vault lacks.
    func restore(_ folder: String, from copy: String) throws {
        let source = URL(fileURLWithPath: copy).appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: source.path) else { return }
        for case let relative as String in walker {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: source.appendingPathComponent(relative).path, isDirectory: &isFolder)
            let target = root.appendingPathComponent(folder).appendingPathComponent(relative)
            if isFolder.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else if !FileManager.default.fileExists(atPath: target.path) {
                try FileManager.default.copyItem(at: source.appendingPathComponent(relative), to: target)
            }
        }
    }

    /// Destroys `id` as Admin; returns its document folder (blind) and the tombstone's log entry.
    func destroy(_ id: String = interview) throws -> (blind: String, tombstone: String) {
        let documents = names("documents"), log = names("log")
        let result = try v.run(["destroy", id, "--reason", "retention", "--yes", "--member", "Admin"])
        guard result.status == 0 else { throw CLIVaultError(message: "destroy: \(result.standardError)") }
        guard let blind = documents.subtracting(names("documents")).first,
              let tombstone = names("log").subtracting(log).first else { throw CLIVaultError(message: "destroy left no trace") }
        return (blind, tombstone)
    }

    /// The key epoch in an object's header (bytes 8 to 11, big-endian; docs/VAULT-FORMAT.md, Objects).
    static func epoch(of file: URL) throws -> Int {
        let bytes = try [UInt8](Data(contentsOf: file))
        return bytes[8..<12].reduce(0) { $0 << 8 | Int($1) }
    }
}
