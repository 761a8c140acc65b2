import Foundation
import TamgaCrypto

/// What this machine remembers about a vault between commands: the log heads
/// it last saw, and the newest keyring it unlocked with. Deleting the newest log entries cannot be detected from inside
/// the vault (restic and borg say the same); a machine that remembers can.
/// Kept in `$XDG_STATE_HOME/tamga/<vault id>/heads` (else `~/.local/state`).
///
/// The heads and the keyring are remembered per copy (the vault folder's
/// real path) and the heads per member too (issue 16): a second copy of a
/// vault on the same machine, or another member on it, must not make this
/// copy look "gone backwards". Member names are per vault.
public struct LocalMemory: Sendable {
    public let vaultID: String
    /// The vault folder this memory is about (nil: only the vault-wide part).
    public let root: URL?
    /// The member whose heads these are.
    public let member: String?

    public init(vaultID: String, root: URL? = nil, member: String? = nil) {
        self.vaultID = vaultID
        self.root = root
        self.member = member
    }

    /// `copies/<hash of the folder's real path>`, so copies keep apart.
    var copyFolder: URL {
        guard let root else { return folder }
        let path = root.resolvingSymlinksInPath().standardizedFileURL.path
        let hash = Hex.encode((try? BLAKE2b.hash(Array("tamga/v2/copy\0\(path)".utf8), outputByteCount: 16)) ?? [])
        return folder.appendingPathComponent("copies/\(hash)", isDirectory: true)
    }

    private var headsName: String { member.map { "heads-\($0.prefix(32))" } ?? "heads" }

    var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return base.appendingPathComponent("tamga/\(vaultID)", isDirectory: true)
    }

    var file: URL { copyFolder.appendingPathComponent(headsName) }

    /// `<sequence> <file hash>` of the newest keyring this copy unlocked with.
    public var keyringFile: URL { copyFolder.appendingPathComponent("keyring") }

    /// What this machine last saw of the vault in any folder: read when this
    /// copy (or this member in it) has nothing of its own yet.
    private var legacyHeads: URL { folder.appendingPathComponent("heads") }
    private var legacyKeyring: URL { folder.appendingPathComponent("keyring") }

    public func lastSeenKeyring() -> (sequence: Int, hash: String)? {
        guard let bytes = (try? DurableFile.readAll(keyringFile)) ?? (root == nil ? nil : try? DurableFile.readAll(legacyKeyring))
        else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let sequence = Int(fields[0]), sequence >= 1 else { return nil }
        return (sequence, String(fields[1]))
    }

    /// Remembers the keyring in force when it is newer than the one remembered.
    public func rememberKeyring(sequence: Int, hash: String, replacing: Bool = false) {
        if let seen = lastSeenKeyring(), seen.sequence == sequence, seen.hash == hash { return }
        if !replacing, let seen = lastSeenKeyring(), seen.sequence > sequence { return }
        try? FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? DurableFile.write(Array("\(sequence) \(hash)\n".utf8), to: copyFolder, name: "keyring", replace: true)
        if root != nil { try? DurableFile.write(Array("\(sequence) \(hash)\n".utf8), to: folder, name: "keyring", replace: true) }
    }

    /// Which fingerprint a member name stands for on this machine, so that
    /// `--member NAME` works before unlocking although keyrings and key files
    /// no longer carry names in clear. Names are kept hashed (keyed by the
    /// vault id): someone holding the machine can confirm a guessed name, not
    /// read the list.
    var membersFile: URL { folder.appendingPathComponent("members") }

    static func nameHash(_ name: String, vaultID: String) -> String {
        Hex.encode((try? BLAKE2b.hash(Array("tamga/v2/member-name\0\(vaultID)\0\(name)".utf8), outputByteCount: 16)) ?? [])
    }

    public func memberFingerprint(named name: String) -> String? {
        let wanted = Self.nameHash(name, vaultID: vaultID)
        guard let bytes = try? DurableFile.readAll(membersFile) else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2, fields[0] == wanted { return String(fields[1]) }
        }
        return nil
    }

    /// Adds name-to-fingerprint pairs (a failure only costs a slower `--member` next time).
    public func rememberMembers(_ pairs: [(name: String, fingerprint: String)]) {
        var lines: [String: String] = [:]
        if let bytes = try? DurableFile.readAll(membersFile) {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count == 2 { lines[String(fields[0])] = String(fields[1]) }
            }
        }
        var changed = false
        for pair in pairs where !pair.name.isEmpty {
            let hash = Self.nameHash(pair.name, vaultID: vaultID)
            if lines[hash] != pair.fingerprint { lines[hash] = pair.fingerprint; changed = true }
        }
        guard changed else { return }
        let text = lines.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n") + "\n"
        try? DurableFile.write(Array(text.utf8), to: folder, name: "members", replace: true)
    }

    public func lastSeenHeads() -> [String] {
        guard let bytes = (try? DurableFile.readAll(file)) ?? (root == nil ? nil : try? DurableFile.readAll(legacyHeads)) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Remembers `heads`; failure to remember is not a reason to fail a command.
    public func remember(_ heads: [String]) {
        let text = heads.sorted().joined(separator: "\n") + "\n"
        try? FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? DurableFile.write(Array(text.utf8), to: copyFolder, name: headsName, replace: true)
        // Also for the whole vault: what a folder with no memory of its own
        // starts from (a vault copied or restored to a new folder is still
        // checked against what this machine saw), never what a copy that has
        // its own memory reads.
        if root != nil { try? DurableFile.write(Array(text.utf8), to: folder, name: "heads", replace: true) }
    }
}
