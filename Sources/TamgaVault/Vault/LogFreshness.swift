import Foundation

/// Refuses a log that went backwards. Deleting the newest log entries (or
/// putting back an older copy of the folder) leaves a log that is valid on
/// its own, and only a machine that saw more can tell: every command
/// remembers the heads it saw (`LocalMemory`) and every later command on this
/// machine checks that each is still there. An entry deleted from the middle
/// of the log is caught anyway: a later entry names it (`VaultIndex.dangling`).
///
/// A user who restores an older copy on purpose accepts it with
/// `tamga check --accept-older`, which logs that it did.
public enum LogFreshness {
    /// Whether a read checks the remembered heads (check reports instead of stopping).
    public enum Mode: Sendable { case enforce, report }

    /// The remembered heads and tombstones that are no longer in the log.
    static func missing(_ index: VaultIndex, memory: LocalMemory) -> [String] {
        (memory.lastSeenHeads() + memory.lastSeenTombstones().sorted()).filter { !$0.isEmpty && !index.knows($0) }
    }

    /// Throws `rollback` naming what is missing; else remembers the heads now in force.
    static func verify(_ index: VaultIndex, vault: UnlockedVault, incremental: Bool) throws {
        // Under the write lock an incremental read only adds this process's
        // own entries: once verified, the log cannot have lost any since.
        if incremental, vault.indexMemo.rememberedHeads != nil {
            remember(index, vault: vault)
            return
        }
        if let gap = index.missingKeyrings.first {
            throw VaultError.rollback(problem: "keyring/\(gap.keyring).json, which log/\(gap.entry).json by an administrator binds, "
                + "is not in this copy: the newest keyring was deleted or has not arrived yet; nothing is read or written "
                + "until it is back (copy it from another copy of the vault)")
        }
        let memory = LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint)
        // An entry another process appended after this one listed the log
        // (and remembered before this one read the memory) is not missing.
        let missing = missing(index, memory: memory).filter {
            !FileManager.default.fileExists(atPath: vault.paths.log.appendingPathComponent("\($0).json").path)
        }
        guard missing.isEmpty else {
            throw VaultError.rollback(problem: "\(missing.count) log entr\(missing.count == 1 ? "y" : "ies") this machine saw before "
                + "\(missing.count == 1 ? "is" : "are") gone (log/\(missing[0]).json\(missing.count > 1 ? ", …" : "")): "
                + "entries were deleted, or an older copy of the vault was put back. If you restored an older copy on purpose, "
                + "run `tamga check --accept-older`")
        }
        remember(index, vault: vault)
    }

    /// Remembers `name`, an entry this process just appended naming every
    /// head it had seen, as the log's head. Only once this process has read
    /// the log through the freshness check (it remembers the heads it saw):
    /// an entry appended then can only be newer than what was checked.
    static func rememberAppended(_ name: String, vault: UnlockedVault) {
        guard vault.indexMemo.rememberedHeads != nil else { return }
        LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint).remember([name])
        vault.indexMemo.rememberedHeads = [name]
    }

    /// Remembers the heads, once per change in this process.
    static func remember(_ index: VaultIndex, vault: UnlockedVault) {
        let heads = index.heads
        guard vault.indexMemo.rememberedHeads != heads else { return }
        let memory = LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint)
        memory.remember(heads)
        memory.rememberTombstones(index.countedTombstones)
        vault.indexMemo.rememberedHeads = heads
    }
}

extension LogFreshness {
    /// `tamga check --accept-older`: the user restored an older copy on
    /// purpose. Forgets the heads this machine saw, remembers the ones now in
    /// force, and logs that an older copy was accepted (how many remembered
    /// entries were gone, and whether an older keyring was accepted), so the
    /// choice is on record.
    public static func acceptOlder(_ vault: UnlockedVault) throws -> (entries: Int, olderKeyring: Bool) {
        let index = try VaultIndex.load(vault, freshness: .report)
        let memory = LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint)
        let gone = missing(index, memory: memory).count
        guard gone > 0 || vault.acceptedOlderKeyring else { return (0, false) }
        memory.remember(index.heads)
        memory.rememberTombstones(index.countedTombstones, replacing: true)
        vault.indexMemo.rememberedHeads = index.heads
        let keyring = vault.acceptedOlderKeyring ? "; an older keyring than this machine saw, sequence \(vault.keyring.body.sequence)" : ""
        try vault.log(LogAction(action: "accept-older",
                                note: "\(gone) log entr\(gone == 1 ? "y" : "ies") this machine saw were gone\(keyring)"))
        return (gone, vault.acceptedOlderKeyring)
    }
}
