import Foundation

/// Where a member's passphrase-sealed key file lives. In the vault
/// (`members/<fp>.key`) it travels with every copy: convenient (any copy
/// opens on any of the member's machines) but every copy, backup and git
/// host then holds it, and whoever has it can guess the passphrase offline
/// at Argon2id's price. Outside the vault (like age and minisign identities,
/// in the user's own folder) it never syncs: `$TAMGA_KEY_DIR`, else
/// `$XDG_DATA_HOME/tamga/keys`, else `~/.local/share/tamga/keys`, one
/// folder per vault. Readers look in the vault first, then outside.
public enum MemberKeyLocation {
    /// The folder outside the vault for this vault's keys on this machine.
    public static func outside(vaultID: String) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["TAMGA_KEY_DIR"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0).appendingPathComponent("tamga/keys") }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/tamga/keys")
        return base.appendingPathComponent(vaultID, isDirectory: true)
    }

    /// The key file of a member on this machine: in the vault, else outside it.
    public static func find(_ fingerprint: String, paths: VaultPaths, vaultID: String) -> URL? {
        let inside = paths.memberKey(fingerprint: fingerprint)
        if FileManager.default.fileExists(atPath: inside.path) { return inside }
        let outside = outside(vaultID: vaultID).appendingPathComponent("\(fingerprint).key")
        return FileManager.default.fileExists(atPath: outside.path) ? outside : nil
    }

    /// Moves a member's key file out of the vault (to `outside`); returns the new place.
    /// The copy in the vault is deleted; copies already synced or committed to git keep it.
    public static func moveOut(_ fingerprint: String, paths: VaultPaths, vaultID: String) throws -> URL {
        let inside = paths.memberKey(fingerprint: fingerprint)
        let folder = outside(vaultID: vaultID)
        let bytes = try DurableFile.readAll(inside)
        try DurableFile.makeDirectory(folder)
        try DurableFile.write(bytes, to: folder, name: "\(fingerprint).key", replace: true)
        try DurableFile.remove(inside)
        try DurableFile.syncDirectory(paths.members)
        return folder.appendingPathComponent("\(fingerprint).key")
    }
}
