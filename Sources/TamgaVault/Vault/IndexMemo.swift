import Foundation

/// The vault index of this process, between the commands' many reads of it
/// (every log entry a batch add writes updates it), so the cache file is not
/// decoded and rewritten each time.
final class IndexMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: VaultIndex.Contents?
    private var lastSave: Date?

    var contents: VaultIndex.Contents? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// True on the first save and then at most every two seconds.
    func shouldSave() -> Bool {
        lock.withLock {
            guard let lastSave, Date().timeIntervalSince(lastSave) < 2 else {
                lastSave = Date()
                return true
            }
            return false
        }
    }
}
