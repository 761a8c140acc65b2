import Foundation
import TamgaCore
import TamgaCrypto

/// A signed output that is not a document export (the annual summary, a
/// follow-up report), delivered by the rules of every export: the target
/// checked (never inside the vault, never over a file without `force`), its
/// path leak-scanned for the audience, the text signed by the NPM's export
/// key, and the file, its `.minisig` and the disclosure log entry written as
/// one unit under the vault's lock (`SignedDelivery`).
struct SignedOutput {
    let vault: UnlockedVault
    let key: SigningKeyPair
    let scanner: LeakScanner
    let audience: Audience

    /// Delivers `text`; returns where it went. `comment` is the signature's
    /// trusted comment; `entry` the disclosure to log with the hash filled in.
    func deliver(_ text: String, output: String?, defaultName: String, force: Bool, comment: String,
                 entry: ([UInt8]) -> LogAction, unsigned: () -> Void) throws -> String {
        let target = try OutputTarget.resolve(output, defaultName: defaultName, manyOutputs: false)
        try target.check(vault: vault.paths, force: force)
        try target.signature?.check(vault: vault.paths, force: force)
        try scanner.scanPath(target.path, document: nil, audience: audience)
        let bytes = Array(text.utf8)
        let signature = try MinisignSigner(keyPair: key).sign(bytes, trustedComment: comment)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try SignedDelivery.deliver(bytes, signature: signature.text, to: target, force: force, unsigned: unsigned) {
            try vault.log(entry(bytes))
        }
        return target.path
    }
}
