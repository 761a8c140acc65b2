import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga handover close` (issue 18), back on the former body's side: the
/// successor's countersignature (`manifest.json.accepted.minisig`, by the
/// export key this vault's own signed manifest names) is checked, and a
/// `handover-accepted` entry records it beside the `handover` entry that
/// wrote the package. Refused when the package's manifest is not one this
/// vault's log recorded, or the countersignature does not verify.
public struct HandoverClosing: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Outcome: Sendable {
        public let manifest: HandoverManifest
        public let manifestHash: String
        public let entry: String
    }

    public func close(package folder: URL) throws -> Outcome {
        try HandoverPlan.requireAdministrator(vault, doing: "closing a hand-over")
        let bytes = try HandoverAcceptance.read(folder, HandoverPackage.manifest)
        let manifestHash = Hex.encode(SHA256.hash(bytes))
        let lines = try AuditTrail(vault: vault).list().lines
        guard lines.contains(where: { $0.action?.action == "handover" && $0.action?.hash == manifestHash }) else {
            throw VaultError.invalidArgument("this vault's log records no hand-over with this manifest (\(manifestHash.prefix(16))…): "
                + "it was changed, or made by another vault")
        }
        guard !lines.contains(where: { $0.action?.action == "handover-accepted" && $0.action?.hash == manifestHash }) else {
            throw VaultError.invalidArgument("the successor's acceptance of this hand-over is recorded already")
        }
        guard let manifest = try? JSONDecoder().decode(HandoverManifest.self, from: Data(bytes)) else {
            throw VaultError.invalidArgument("the manifest does not read")
        }
        let successor = try MinisignPublicKey(tamgaSigningKey: Hex.decode(manifest.successor.exportKey))
        let countersignature = try HandoverAcceptance.read(folder, HandoverPackage.acceptance)
        do {
            try successor.verify(try MinisignSignature(text: String(decoding: countersignature, as: UTF8.self)), for: bytes)
        } catch {
            throw VaultError.invalidArgument("the successor's countersignature does not verify with its export key "
                + "\(successor.keyIDText): the successor has not accepted this manifest")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let entry = try vault.log(LogAction(action: "handover-accepted", hash: manifestHash,
                                            note: "countersigned by vault \(manifest.successor.vault), export key \(manifest.successor.exportKeyID)"))
        return Outcome(manifest: manifest, manifestHash: manifestHash, entry: entry)
    }
}
