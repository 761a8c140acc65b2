import Foundation

/// The vault index of this process, between the commands' many reads of it
/// (every document a batch add stores reads it twice), so that the cache file
/// is not decoded and rewritten each time, and, while the process holds the
/// vault's write lock, so that the log folder is not listed again and the
/// commit sets, heads and next sequence are not rebuilt for every entry.
///
/// Under the lock no other tamga process on this machine appends to the log,
/// so after one full scan the only new entries are the ones this process
/// appends itself (`UnlockedVault.log` records them here): each read then
/// costs what changed, not the size of the vault. Without the lock every read
/// lists the log folder, as a reader beside a writer must.
final class IndexMemo: @unchecked Sendable {
    /// What an incremental read needs besides the contents.
    struct Derived {
        var commits: CommitIndex
        /// Folders with live objects (`UnlockedVault.blindID` picks among them).
        var liveBlinds: Set<String>
        var heads: Set<String>
        var maxSequence: Int
        var graph: LogGraph
        /// Entries that do not count, with the reason.
        var refused: [String: String]
        var rules: EntryAuthorization
        var policy: (entry: String, path: String)?
        var policyConflict: [String]?
        /// What it was judged from: the keyring files, and how many entries
        /// (entries are only ever added, so the count says whether any came).
        var keyringFiles: Set<String>
        var entryCount: Int
        /// Keyrings present and signed on a branch this machine does not
        /// follow (`KeyringChainReport.unfollowed`): not missing.
        var unfollowedKeyrings: Set<String> = []
    }

    private let lock = NSLock()
    /// The keyring folder's names when a write bound to `bound` was last judged, and the keyring it binds (`keyringToBind`).
    private var keyringCheck: (files: Set<String>, bound: String, bind: KeyringStore.Verified)?

    func keyringChecked(files: Set<String>, bound: String) -> KeyringStore.Verified? {
        lock.withLock { keyringCheck.flatMap { $0.files == files && $0.bound == bound ? $0.bind : nil } }
    }

    func rememberKeyringChecked(files: Set<String>, bound: String, bind: KeyringStore.Verified) {
        lock.withLock { keyringCheck = (files, bound, bind) }
    }

    private var stored: VaultIndex.Contents?
    private var derived: Derived?
    private var exclusive = false
    private var scannedUnderLock = false
    private var appended: [String] = []
    private var lastSave: Date?
    private var saveInterval: TimeInterval = 2

    private var remembered: [String]?

    /// The heads this process last wrote to the machine's memory.
    var rememberedHeads: [String]? {
        get { lock.withLock { remembered } }
        set { lock.withLock { remembered = newValue } }
    }

    var contents: VaultIndex.Contents? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Called once the process holds the vault's write lock; the next read
    /// scans the log folder in full, later ones only take `appended`.
    func holdWriteLock() {
        lock.withLock { exclusive = true; scannedUnderLock = false }
    }

    /// The write lock is released: reads scan the log folder again.
    func releaseWriteLock() {
        lock.withLock { exclusive = false; scannedUnderLock = false }
    }

    /// Forgets everything: the next read scans the log folder in full (after
    /// this process wrote a keyring, so entries that bind it are judged
    /// against the new chain).
    func invalidate() {
        lock.withLock { stored = nil; derived = nil; scannedUnderLock = false; appended = [] }
    }

    /// A log entry this process wrote.
    func recordAppended(_ name: String) {
        lock.withLock { appended.append(name) }
    }

    /// The stored state and the entries appended since, when an incremental
    /// read is safe (nil: scan the log folder). `body` mutates the state in
    /// place: a copy taken out of the memo would share the dictionaries'
    /// storage with it, and the first change would copy them whole, which for
    /// a batch into a large vault is O(vault) per document again.
    func withIncremental<R>(_ body: (inout VaultIndex.Contents, inout Derived, [String]) throws -> R) rethrows -> R? {
        try lock.withLock {
            guard exclusive, scannedUnderLock, stored != nil, derived != nil else { return nil }
            let fresh = appended
            appended = []
            do {
                return try body(&stored!, &derived!, fresh)
            } catch {
                // Half taken in: forget it all, so the next read starts over from the cache and the log.
                stored = nil
                derived = nil
                scannedUnderLock = false
                throw error
            }
        }
    }

    /// Stores the result of a full read; `appended` is covered by it.
    /// The stored judgement, if it was made from these entries and keyring files.
    func derived(entries count: Int, keyringFiles: Set<String>) -> Derived? {
        lock.withLock {
            guard let derived, derived.entryCount == count, derived.keyringFiles == keyringFiles else { return nil }
            return derived
        }
    }

    func storeFullScan(_ contents: VaultIndex.Contents, _ derived: Derived) {
        lock.withLock {
            stored = contents
            self.derived = derived
            appended = []
            if exclusive { scannedUnderLock = true }
        }
    }

    /// True on the first save and then at most every `saveInterval` seconds,
    /// which grows with what a save costs (the whole cache is encoded and
    /// sealed), so a long batch on a large vault does not spend its time saving.
    func shouldSave() -> Bool {
        lock.withLock {
            guard let lastSave, Date().timeIntervalSince(lastSave) < saveInterval else {
                lastSave = Date()
                return true
            }
            return false
        }
    }

    /// How long the last save took.
    func saved(in seconds: TimeInterval) {
        lock.withLock { saveInterval = max(2, 20 * seconds) }
    }
}
