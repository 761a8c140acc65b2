import Foundation
import TamgaCrypto

/// `tamga handover verify-certificate` (attacker review M3): checks the
/// certificate in a hand-over package the way a recipient of the former
/// body's exports should, and gives the successor's export key it certifies.
///
/// Every member cleared internal holds the former export key, and an
/// internal export signs bytes they chose (a document, a text attachment):
/// a file that reads like the certificate can be signed with stock tools.
/// What no export can sign is the trusted comment: every export's starts
/// `tamga export`, so the certificate counts only with the trusted comment
/// `HandoverPackage.certificateComment` names, and only when the manifest it
/// names verifies too and the certificate is exactly the one that manifest
/// makes. Needs no vault: anyone with the package and the former key runs it.
public enum HandoverCertificate {
    public struct Certified: Sendable {
        public let successorKey: MinisignPublicKey
        public let successorVault: String
        public let formerKeyID: String
        public let asOf: String
        public let trustedComment: String
    }

    public static func verify(package folder: URL, formerKey: MinisignPublicKey) throws -> Certified {
        let (manifest, bytes) = try HandoverAcceptance.verifiedManifest(in: folder, formerKey: formerKey)
        let hash = Hex.encode(SHA256.hash(bytes))
        let comment = try HandoverAcceptance.verifyCertificate(in: folder, manifest: manifest, manifestHash: hash, formerKey: formerKey)
        return Certified(successorKey: try MinisignPublicKey(tamgaSigningKey: Hex.decode(manifest.successor.exportKey)),
                         successorVault: manifest.successor.vault, formerKeyID: manifest.former.exportKeyID, asOf: manifest.asOf,
                         trustedComment: comment)
    }

    /// Writes the certified key as a minisign public key file (a new file).
    public static func write(_ certified: Certified, to file: URL) throws {
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw VaultError.invalidArgument("\(file.path) exists: the key is written to a new file")
        }
        try DurableFile.write(Array(certified.successorKey.fileText.utf8), to: file.deletingLastPathComponent(), name: file.lastPathComponent)
    }
}
