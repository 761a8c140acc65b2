import Foundation
import TamgaCore
import TamgaCrypto

extension VaultChecker {
    /// Data-key files (issue 18): hash name, a data-key header of its
    /// folder's level, committed by the log; with the level key, the secret
    /// inside must be the key its header names. A missing live one is
    /// reported by `checkLoggedObjects` (deleted: its document no longer opens).
    mutating func checkDataKeys(index: CommitIndex) {
        let root = vault.paths.dataKeys
        for blind in VaultPaths.fileNames(in: root) {
            guard VaultFileKind.isBlind(blind) else { report.problem("datakeys/\(blind)", "not a document folder"); continue }
            for folder in VaultPaths.fileNames(in: root.appendingPathComponent(blind)) {
                guard let level = Level(rawValue: folder) else {
                    report.problem("datakeys/\(blind)/\(folder)", "not a level folder"); continue
                }
                for name in VaultPaths.fileNames(in: vault.paths.dataKeys(blind: blind, level: level)) {
                    checkDataKey(vault.paths.dataKeys(blind: blind, level: level).appendingPathComponent(name),
                                 path: "datakeys/\(blind)/\(folder)/\(name)", level: level, index: index)
                }
            }
        }
    }

    private mutating func checkDataKey(_ url: URL, path: String, level: Level, index: CommitIndex) {
        report.count("data keys")
        if goneByTheLog(path, index: index) { return }
        guard let bytes = try? DurableFile.readAll(url) else { report.problem(path, "unreadable"); return }
        guard url.lastPathComponent == Hex.encode(SHA256.hash(bytes)) else {
            report.problem(path, "the file does not match its hash (altered, truncated or swapped)"); return
        }
        guard let header = try? VaultObject.header(of: bytes), header.kind == .dataKey, header.level == level else {
            report.problem(path, "not a data key of this level"); return
        }
        if !index.isLive(path) { warnNotLive(path, index: index); return }
        guard vault.levelKeys.canRead(level) else { report.skippedDecryption(); return }
        guard let (_, secret) = try? VaultObject.open(bytes, keys: vault.levelKeys.withoutDocumentKeys),
              let pair = try? X25519KeyPair(secretKey: secret), pair.publicKey == header.contentTag else {
            report.problem(path, "does not open to the key its header names (damaged, or not written by a member)"); return
        }
    }
}
