import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// A rogue former administrator's package: its payload changed, sealed
/// again under the same key and signed again with the former body's export
/// key, so every signature and hash checks out. (The test opens the payload
/// with the successor member's key only because it has no other copy.)
extension HandoverAcceptanceTests.Setting {
    func forge(_ change: (HandoverPackage.Payload) throws -> HandoverPackage.Payload) throws {
        let member = try successor.unlock()
        let key = try #require(try SealedKeyFolder(package.appendingPathComponent(HandoverPackage.keys))
            .open(holder: member.member.fingerprint, with: member.identity.encryption))
        let manifestURL = package.appendingPathComponent(HandoverPackage.manifest)
        let manifest = try JSONDecoder().decode(HandoverManifest.self, from: Data(try DurableFile.readAll(manifestURL)))
        let data = HandoverPackage.associatedData(former: manifest.former.vault, successor: manifest.successor.vault)
        let plaintext = try XChaCha20Poly1305.open(try DurableFile.readAll(package.appendingPathComponent(HandoverPackage.payload)),
                                                   using: key, authenticating: data)
        let payload = try change(try plaintext.withUnsafeBytes { try JSONDecoder().decode(HandoverPackage.Payload.self, from: Data($0)) })
        let sealed = try XChaCha20Poly1305.seal(Array(try JSONEncoder().encode(payload)), using: key, authenticating: data)
        let forged = HandoverManifest(format: manifest.format, former: manifest.former, successor: manifest.successor,
                                      recipients: manifest.recipients, asOf: manifest.asOf, created: manifest.created,
                                      transferred: manifest.transferred, withheld: manifest.withheld, destroyed: manifest.destroyed,
                                      attachmentsNotCarried: manifest.attachmentsNotCarried, payload: Hex.encode(SHA256.hash(sealed)))
        try resign(forged, sealed: sealed)
    }

    /// Writes `manifest` (and `sealed`, when given) with fresh signatures by the former export key.
    func resign(_ manifest: HandoverManifest, sealed: [UInt8]? = nil) throws {
        let signer = try MinisignSigner(keyPair: try former.admin().requireExportSigning())
        let bytes = try manifest.encoded()
        let hash = Hex.encode(SHA256.hash(bytes))
        let certificate = Array(try HandoverPackage.certificateText(manifest, manifestHash: hash).utf8)
        if let sealed { try Data(sealed).write(to: package.appendingPathComponent(HandoverPackage.payload)) }
        try Data(bytes).write(to: package.appendingPathComponent(HandoverPackage.manifest))
        try Data(try signer.sign(bytes, trustedComment: "tamga-handover manifest").text.utf8)
            .write(to: package.appendingPathComponent(HandoverPackage.manifestSignature))
        try Data(certificate).write(to: package.appendingPathComponent(HandoverPackage.certificate))
        try Data(try signer.sign(certificate, trustedComment: try HandoverPackage.certificateComment(manifest)).text.utf8)
            .write(to: package.appendingPathComponent(HandoverPackage.certificateSignature))
    }

    /// Adds a document of the successor's own, as `tamga add` does.
    func addOwn(_ text: String) throws {
        let vault = try successor.unlock()
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        let document = try DocumentParser.parse(Array(text.utf8), file: "own").validated(against: policy)
        _ = try DocumentAddition(vault: vault).add([(document, Array(text.utf8))])
    }

    /// The successor's registry entry's consent to be named.
    func successorConsent(_ person: String) throws -> Set<Audience>? {
        try RedactionContext.load(try successor.unlock(), loading: .none).registry.persons[person]?.consent
    }
}
