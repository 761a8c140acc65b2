import Foundation
import TamgaCore
import TamgaCrypto

extension VaultIndex {
    /// Brings the index up to date with the vault and returns it.
    ///
    /// A full read lists the log folder and takes in every entry not yet in the
    /// cache; while this process holds the write lock, later reads take in only
    /// the entries it appended itself (`IndexMemo`), so a batch of N documents
    /// into a vault of M costs O(N), not O(N × M).
    public static func load(_ vault: UnlockedVault) throws -> VaultIndex {
        let memo = vault.indexMemo
        let cache = LocalCache(vault: vault)
        var contents: Contents
        var derived: IndexMemo.Derived?
        var fresh: [String]
        var changedBlinds: Set<String> = []
        let fullScan: Bool
        if let state = memo.incremental() {
            (contents, derived, fresh, fullScan) = (state.contents, state.derived, state.fresh, false)
        } else {
            fullScan = true
            let onDisk = Set(VaultPaths.fileNames(in: vault.paths.log).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
            let level = vault.levelKeys.levels.max()?.rawValue
            contents = memo.contents ?? cache.load() ?? Contents(keyring: vault.keyring.fileHash, readingLevel: level)
            if contents.keyring != vault.keyring.fileHash || contents.readingLevel != level
                || !Set(contents.entries.keys).isSubset(of: onDisk) {
                contents = Contents(keyring: vault.keyring.fileHash, readingLevel: level)
            }
            fresh = onDisk.subtracting(contents.entries.keys).sorted()
            if contents.entries.isEmpty { changedBlinds = Set(VaultPaths.fileNames(in: vault.paths.documents)) }
        }
        let absorbed = try absorb(fresh, into: &contents, changedBlinds: &changedBlinds, vault: vault)
        if var incremental = derived {
            for (name, item) in absorbed { incremental.absorb(name, item) }
            derived = incremental
        } else {
            derived = IndexMemo.Derived(entries: contents.entries)
        }
        var index = VaultIndex(contents: contents, derived: derived!)
        if !changedBlinds.isEmpty {
            let policy = vault.levelKeys.canRead(.internal) ? try PolicyStore(paths: vault.paths).current(keyring: vault.keyring).policy : nil
            for blind in changedBlinds { index.contents.documents[blind] = try index.summary(of: blind, vault: vault, policy: policy) }
            index.contents.pendingBlinds.formUnion(changedBlinds)
        }
        memo.store(index.contents, index.derived, fullScan: fullScan)
        // Saving writes the whole cache: during a long command (a batch add)
        // it is spaced out; what is not saved is taken in incrementally next time.
        if (!fresh.isEmpty || !changedBlinds.isEmpty), memo.shouldSave() {
            let started = Date()
            cache.save(index.contents)
            memo.saved(in: Date().timeIntervalSince(started))
        }
        return index
    }

    /// Takes in the named log entries whose signature verifies; notes the
    /// document folders they touch. Returns what was taken in, in order.
    private static func absorb(_ names: [String], into contents: inout Contents, changedBlinds: inout Set<String>,
                               vault: UnlockedVault) throws -> [(String, Item)] {
        guard !names.isEmpty else { return [] }
        let keyrings = try KeyringStore(paths: vault.paths).verifiedChain().map(\.body)
        let log = AuditLog(paths: vault.paths)
        var absorbed: [(String, Item)] = []
        for name in names {
            guard let entry = try? log.entry(named: name), entry.body.vault == vault.vaultID,
                  AuditLog.isSignatureValid(entry, keyrings: keyrings) else { continue }
            let item = Item(sequence: entry.body.sequence, previous: entry.body.previous, revisions: entry.body.revisions,
                            objects: entry.body.objects ?? [], removed: entry.body.removed ?? [])
            contents.entries[name] = item
            absorbed.append((name, item))
            for path in item.objects + item.removed where path.hasPrefix("documents/") {
                changedBlinds.insert(String(path.split(separator: "/")[1]))
            }
            if vault.levelKeys.canRead(.internal), let event = try ConsentLedger.event(from: entry, keys: vault.levelKeys) {
                contents.consent.append(event)
            }
        }
        contents.consent.sort { ($0.sequence, $0.recorded) < ($1.sequence, $1.recorded) }
        return absorbed
    }
}
