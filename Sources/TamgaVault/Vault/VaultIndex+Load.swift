import Foundation
import TamgaCore
import TamgaCrypto

extension VaultIndex {
    /// Brings the index up to date with the vault and returns it.
    ///
    /// A full read lists the log folder and takes in every entry not yet in the
    /// cache; while this process holds the write lock, later reads take in only
    /// the entries it appended itself, updating the memo's state in place
    /// (`IndexMemo`), so a batch of N documents into a vault of M costs O(N),
    /// not O(N × M).
    public static func load(_ vault: UnlockedVault, freshness: LogFreshness.Mode = .enforce) throws -> VaultIndex {
        let (index, incremental) = try loadUnchecked(vault)
        if freshness == .enforce { try LogFreshness.verify(index, vault: vault, incremental: incremental) }
        return index
    }

    private static func loadUnchecked(_ vault: UnlockedVault) throws -> (VaultIndex, incremental: Bool) {
        let memo = vault.indexMemo
        let cache = LocalCache(vault: vault)
        let incremental = try memo.withIncremental { contents, derived, fresh -> (VaultIndex, changed: Bool) in
            var changedBlinds: Set<String> = []
            for (name, item) in try absorb(fresh, into: &contents, changedBlinds: &changedBlinds, vault: vault) {
                derived.absorb(name, item, all: contents.entries)
            }
            try summarize(changedBlinds, into: &contents, derived: derived, vault: vault)
            return (VaultIndex(contents: contents, derived: derived), !fresh.isEmpty || !changedBlinds.isEmpty)
        }
        if let (index, changed) = incremental {
            if changed { save(index.contents, cache: cache, memo: memo) }
            return (index, true)
        }

        let onDisk = Set(VaultPaths.fileNames(in: vault.paths.log).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        let level = vault.levelKeys.levels.max()?.rawValue
        let remembered = memo.contents
        var contents = remembered ?? cache.load() ?? Contents(keyring: vault.keyring.fileHash, readingLevel: level)
        var rebuilt = false
        if contents.keyring != vault.keyring.fileHash || contents.readingLevel != level || contents.summaryRules != summaryRules
            || !Set(contents.entries.keys).isSubset(of: onDisk) {
            contents = Contents(keyring: vault.keyring.fileHash, readingLevel: level)
            rebuilt = true
        }
        let fresh = onDisk.subtracting(contents.entries.keys).sorted()
        // Damaged folders are read again each time: a restored file heals without a log entry.
        var changedBlinds: Set<String> = contents.entries.isEmpty ? Set(VaultPaths.fileNames(in: vault.paths.documents))
            : Set(contents.damaged.keys)
        _ = try absorb(fresh, into: &contents, changedBlinds: &changedBlinds, vault: vault)
        // Judging every entry is O(vault): done again only when an entry or a keyring file came or went
        // (a read without the write lock, such as `show`, loads the index more than once).
        let keyringFiles = Set(VaultPaths.fileNames(in: vault.paths.keyring))
        let reusable = remembered != nil && !rebuilt && fresh.isEmpty ? memo.derived(entries: contents.entries.count, keyringFiles: keyringFiles) : nil
        let derived = try reusable ?? {
            let report = try KeyringStore(paths: vault.paths).chainReport()
            var fresh = IndexMemo.Derived(entries: contents.entries, chain: report.chain, keyringFiles: keyringFiles)
            fresh.unfollowedKeyrings = report.unfollowed
            return fresh
        }()
        try summarize(changedBlinds, into: &contents, derived: derived, vault: vault)
        memo.storeFullScan(contents, derived)
        if !fresh.isEmpty || !changedBlinds.isEmpty { save(contents, cache: cache, memo: memo) }
        return (VaultIndex(contents: contents, derived: derived), false)
    }

    /// Saving writes the whole cache: during a long command (a batch add) it
    /// is spaced out; what is not saved is taken in incrementally next time.
    private static func save(_ contents: Contents, cache: LocalCache, memo: IndexMemo) {
        guard memo.shouldSave() else { return }
        let started = Date()
        cache.save(contents)
        memo.saved(in: Date().timeIntervalSince(started))
    }

    /// Reads the named document folders afresh into the summaries.
    private static func summarize(_ blinds: Set<String>, into contents: inout Contents, derived: IndexMemo.Derived,
                                  vault: UnlockedVault) throws {
        let commits = derived.commits
        guard !blinds.isEmpty else { return }
        let policy = vault.levelKeys.canRead(.internal)
            ? try PolicyStore(paths: vault.paths).inForce(file: derived.policy, keyring: vault.keyring).policy : nil
        for blind in blinds {
            do {
                let summary = try summary(of: blind, vault: vault, commits: commits, policy: policy)
                // A second folder for an id (a newer index epoch's name, written by
                // a contributor who holds that key) is not the document: the oldest
                // live folder is (`UnlockedVault.blindID`).
                if let id = summary?.entry?.id, try vault.blindIDs(id).first(where: { derived.liveBlinds.contains($0) }) != blind {
                    contents.documents[blind] = nil
                    continue
                }
                contents.documents[blind] = summary
                contents.damaged[blind] = nil
            } catch {
                // A folder that does not open, parse or validate is left out of
                // the listing, not fatal for reading the rest (check names it).
                // A contributor's is simply skipped: nobody could check it when
                // it was written. Damage to what internal members wrote is
                // remembered: their persons must not silently drop out of the
                // registry, so redaction stops (`requireWhole`).
                contents.documents[blind] = nil
                if !Self.contributorWrote(blind, contents: contents, derived: derived) {
                    contents.damaged[blind] = Self.problem(error)
                }
            }
        }
        contents.pendingBlinds.formUnion(blinds)
    }

    /// What is wrong with a folder that could not be summarized. A stored
    /// revision the policy in force no longer allows (a role or kind renamed,
    /// a ceiling lowered, usually by a policy change made on another copy:
    /// retention attacker 39, F5) is not damage a backup repairs: the way out
    /// is to put the policy back.
    static let policyDrift = "its newest revision does not validate against the policy in force (a policy change "
        + "made apart, on another copy?); an administrator puts the role, kind or ceiling back with `tamga policy set`"

    static func problem(_ error: any Error) -> String {
        guard let error = error as? any UserFacingError else { return "it could not be read" }
        if let document = error as? DocumentError, [.unknownKind, .unknownRole, .aboveCeiling].contains(document.code) {
            return "\(document.message): " + policyDrift
        }
        return error.message
    }

    /// Whether a counted entry by a contributor wrote into the folder.
    static func contributorWrote(_ blind: String, contents: Contents, derived: IndexMemo.Derived) -> Bool {
        contents.entries.contains { name, item in
            derived.refused[name] == nil && derived.rules.clearance(of: item) == .contributor
                && item.objects.contains { EntryAuthorization.blind($0) == blind }
        }
    }

    /// Takes in the named log entries whose signature verifies (whether they
    /// are authorized is judged from all of them, in `IndexMemo.Derived`);
    /// notes the document folders they touch. Returns what was taken in.
    private static func absorb(_ names: [String], into contents: inout Contents, changedBlinds: inout Set<String>,
                               vault: UnlockedVault) throws -> [(String, Item)] {
        guard !names.isEmpty else { return [] }
        let keyrings = try KeyringStore(paths: vault.paths).verifiedChain().map(\.body)
        let log = AuditLog(paths: vault.paths)
        var absorbed: [(String, Item)] = []
        for name in names {
            guard let entry = try? log.entry(named: name), entry.body.vault == vault.vaultID,
                  AuditLog.isSignatureValid(entry, keyrings: keyrings) else { continue }
            var item = Item(entry.body)
            if vault.levelKeys.canRead(.internal) {
                // An action that does not open (sealed to garbage by an insider) is an unknown action: refused, not fatal.
                guard let action = try? AuditLog.action(of: entry, keys: vault.levelKeys) else {
                    item.action = "(does not open)"
                    contents.entries[name] = item
                    absorbed.append((name, item))
                    continue
                }
                item.action = action.action
                if action.action == "person-retire" { item.retired = action.persons ?? [] }
                if let event = ConsentLedger.event(from: action, entry: entry) { contents.consent.append(event) }
                contents.consent += FrontMatterWithdrawal.events(from: action, entry: entry)
            }
            contents.entries[name] = item
            absorbed.append((name, item))
            for path in item.objects + item.removed where path.hasPrefix("documents/") {
                changedBlinds.insert(String(path.split(separator: "/")[1]))
            }
            changedBlinds.formUnion(item.destroyed)
            contents.forgetRelevance(after: item)
        }
        return absorbed
    }
}
