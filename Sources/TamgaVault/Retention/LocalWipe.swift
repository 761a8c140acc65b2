import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `tamga lock --wipe-local` (issue 18): before a raid or a seizure, removes
/// everything this machine holds beside the vault folder that helps read the
/// vault or tells what is in it, without unlocking anything, so that it works
/// with the passphrase forgotten, the vault damaged, or no time to type.
///
/// What it removes (each file overwritten with zeros, flushed, then unlinked,
/// by `SourceWipe`; folders then removed):
/// - the machine's memory of the vault, `$XDG_STATE_HOME/tamga/<vault id>/`:
///   each member's encrypted index cache (document ids, titles, dates and,
///   for internal members, the person registry), the log heads and keyring
///   this machine saw, and the hashed member names;
/// - edit workspaces: `edit-<vault>-<id>.md` files kept by an interrupted or
///   refused `tamga edit` in `$XDG_RUNTIME_DIR` or `/dev/shm` (decrypted
///   source text: the most dangerous thing a laptop can hold);
/// - when `config.json` cannot be read (so the vault id is unknown), every
///   vault's memory, since none of it can be told apart; kept edit texts are
///   then left (they cannot be told apart either, and may belong to a
///   command running on another vault) unless `allVaults` says so;
/// - with `allVaults`, the whole `$XDG_STATE_HOME/tamga/`, every edit file of
///   this user, and leftover evidence workspaces (`tamga-evidence-*`);
/// - with `includeKeyFiles`, the member key files kept outside the vault
///   (`MemberKeyLocation.outside`): passphrase-sealed, but a seized copy can be
///   attacked offline, and a machine without one cannot open the vault at all.
///
/// Nothing in the vault folder is touched: it is ciphertext, and the key files
/// in it (`members/*.key`) are what lets the members open the vault again on
/// another machine. tamga keeps no key agent and no unlocked key between
/// commands, so there is nothing else in memory to forget.
///
/// The limits are those of `SourceWipe`: SSDs, copy-on-write and journaling
/// file systems, snapshots and backups may keep the old blocks; full-disk
/// encryption is what protects them. The index cache is itself encrypted
/// under the member's key, so on such disks what survives is ciphertext.
public struct LocalWipe: Sendable {
    /// Where this machine keeps what is wiped (from the environment by default).
    public struct Places: Sendable {
        /// `$XDG_STATE_HOME/tamga` (else `~/.local/state/tamga`).
        public var state: URL
        /// Folders that may hold workspaces: `$XDG_RUNTIME_DIR`, `/dev/shm`, the temporary folder.
        public var workspaceBases: [String]
        /// The folder of this vault's key files outside the vault, when the vault id is known.
        public var keyFolder: @Sendable (String) -> URL

        public init(state: URL, workspaceBases: [String], keyFolder: @escaping @Sendable (String) -> URL) {
            self.state = state
            self.workspaceBases = workspaceBases
            self.keyFolder = keyFolder
        }

        /// The places of this user on this machine, as the other commands find them.
        public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Places {
            let stateBase = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
                ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
            var bases = [environment["XDG_RUNTIME_DIR"], "/dev/shm", NSTemporaryDirectory()].compactMap { $0 }.filter { !$0.isEmpty }
            bases = bases.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }
            var seen = Set<String>()
            bases = bases.filter { seen.insert($0).inserted }
            return Places(state: stateBase.appendingPathComponent("tamga", isDirectory: true), workspaceBases: bases,
                          keyFolder: { MemberKeyLocation.outside(vaultID: $0) })
        }
    }

    /// One thing removed (or, in a dry run, that would be).
    public struct Removed: Sendable, Codable, Equatable {
        public let path: String
        public let what: String
        public let files: Int
        public let bytes: Int64
    }

    /// What the wipe did and what it left.
    public struct Report: Sendable, Codable {
        public var vaultID: String?
        public var dryRun: Bool
        public var removed: [Removed] = []
        /// What stays, in sentences: what can still open or describe the vault.
        public var stays: [String] = []
        /// What could not be removed (path and reason; never file contents).
        public var failures: [String] = []
        public var seconds: Double = 0
    }

    public let vaultRoot: URL
    /// The vault id from `config.json`; nil when it could not be read (then every vault's memory goes).
    public let vaultID: String?
    public let places: Places
    public let allVaults: Bool
    public let includeKeyFiles: Bool
    public let dryRun: Bool

    public init(vaultRoot: URL, vaultID: String?, places: Places = .fromEnvironment(),
                allVaults: Bool = false, includeKeyFiles: Bool = false, dryRun: Bool = false) {
        self.vaultRoot = vaultRoot
        self.vaultID = vaultID
        self.places = places
        self.allVaults = allVaults
        self.includeKeyFiles = includeKeyFiles
        self.dryRun = dryRun
    }

    /// Whether the wipe covers every vault (asked, or the vault id unknown).
    public var coversAllVaults: Bool { allVaults || vaultID == nil }

    /// Removes what it covers; carries on past a failure so that one stuck
    /// file does not leave the rest behind, and reports each failure.
    public func run() -> Report {
        let started = Date()
        var report = Report(vaultID: vaultID, dryRun: dryRun)
        var shredder = FolderShredder(dryRun: dryRun)
        // 1. The machine's memory of the vault (or of every vault).
        let memory = coversAllVaults ? places.state : places.state.appendingPathComponent(vaultID!, isDirectory: true)
        if let tally = shredder.removeTree(memory.path) {
            report.removed.append(Removed(path: memory.path, what: coversAllVaults
                ? "this machine's memory of every tamga vault (index caches, log heads, keyrings seen, member names)"
                : "this machine's memory of the vault (index caches, log heads, keyring seen, member names)",
                files: tally.files, bytes: tally.bytes))
        }
        // 2. Decrypted text kept by `tamga edit`, and leftover evidence workspaces.
        let editPrefix = "tamga-\(geteuid())-"
        let editFile = vaultID.map { "edit-\($0.prefix(12))-" }
        for base in places.workspaceBases {
            for name in Self.ownFolders(in: base) {
                let folder = base + "/" + name
                if name.hasPrefix(editPrefix), allVaults || editFile != nil {
                    // Only the edit texts `tamga edit` names so: nothing else that happens to be there.
                    let only = allVaults ? "edit-" : editFile!
                    if let tally = shredder.removeFiles(in: folder, prefix: only, removeFolderWhenEmpty: true) {
                        report.removed.append(Removed(path: folder, what: allVaults
                            ? "decrypted text kept by `tamga edit` (every vault)" : "decrypted text kept by `tamga edit` for this vault",
                            files: tally.files, bytes: tally.bytes))
                    }
                } else if name.hasPrefix("tamga-evidence-"), allVaults, let tally = shredder.removeTree(folder) {
                    report.removed.append(Removed(path: folder, what: "a leftover evidence workspace (decrypted attachments)",
                                                  files: tally.files, bytes: tally.bytes))
                }
            }
        }
        // 3. Member key files kept outside the vault, only when asked.
        if let vaultID {
            let keys = places.keyFolder(vaultID)
            if includeKeyFiles {
                if let tally = shredder.removeTree(keys.path) {
                    report.removed.append(Removed(path: keys.path, what: "member key files kept outside the vault (passphrase-sealed)",
                                                  files: tally.files, bytes: tally.bytes))
                }
            } else if !VaultPaths.fileNames(in: keys).isEmpty {
                report.stays.append("\(keys.path): member key files kept outside the vault, sealed under each member's passphrase "
                    + "(add --include-key-files to remove them; a member with no other copy then needs recovery)")
            }
        }
        report.failures = shredder.failures
        report.stays += stays()
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// What the wipe leaves, said plainly: what can still open or describe the vault.
    private func stays() -> [String] {
        let keyFiles = VaultPaths.fileNames(in: vaultRoot.appendingPathComponent("members")).filter { $0.hasSuffix(".key") }.count
        return [
            "\(vaultRoot.path): the vault itself, all ciphertext, untouched"
                + (keyFiles > 0 ? ", with \(keyFiles) member key file(s) in members/ sealed under each member's passphrase (Argon2id)" : ""),
            "every other copy of the vault: backups, USB sticks, git remotes and synced peers",
            "files you exported or decrypted yourself (`tamga export`, `tamga decrypt`, `tamga attachment get`): tamga does not know where they are",
            "old blocks the disk or file system keeps (SSD wear levelling, journals, snapshots, swap); full-disk encryption protects those",
        ] + (coversAllVaults ? [] : ["this machine's memory of other vaults (add --all-vaults to remove it too)"])
          + (allVaults ? [] : ["other vaults' kept edit texts and leftover evidence workspaces, which are shared by every vault "
                + "and may belong to a command still running" + (vaultID == nil ? ", and this vault's kept edit texts, since its id is unknown" : "")
                + " (add --all-vaults to remove them)"])
    }

    /// Folders directly in `base` named like tamga's workspaces, that are real
    /// folders of this user (never a link, never another user's plant).
    static func ownFolders(in base: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return names.filter { $0.hasPrefix("tamga-") }.sorted().filter { name in
            var info = stat()
            return lstat(base + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR && info.st_uid == geteuid()
        }
    }
}
