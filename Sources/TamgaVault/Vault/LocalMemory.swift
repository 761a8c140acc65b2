import Foundation

/// What this machine remembers about a vault between commands: the log heads
/// it last saw. Deleting the newest log entries cannot be detected from inside
/// the vault (restic and borg say the same); a machine that remembers can.
/// Kept in `$XDG_STATE_HOME/tamga/<vault id>/heads` (else `~/.local/state`).
public struct LocalMemory: Sendable {
    public let vaultID: String

    public init(vaultID: String) { self.vaultID = vaultID }

    var file: URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return base.appendingPathComponent("tamga/\(vaultID)/heads")
    }

    public func lastSeenHeads() -> [String] {
        guard let bytes = try? DurableFile.readAll(file) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Remembers `heads`; failure to remember is not a reason to fail a command.
    public func remember(_ heads: [String]) {
        let text = heads.sorted().joined(separator: "\n") + "\n"
        try? DurableFile.write(Array(text.utf8), to: file.deletingLastPathComponent(), name: "heads", replace: true)
    }
}
