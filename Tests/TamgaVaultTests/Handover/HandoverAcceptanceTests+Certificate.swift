import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Attacker review M3: every internal member holds the former export key,
/// and an export signs bytes they chose; only the trusted comment tells the
/// certificate apart, so it must be exactly the certificate's.
extension HandoverAcceptanceTests {
    @Test func aCertificateSignedWithAnyOtherTrustedCommentIsNoCertificate() throws {
        let s = try Setting()
        let certified = try HandoverCertificate.verify(package: s.package, formerKey: s.formerKey)
        #expect(certified.successorKey.keyIDText == (try s.invitation.exportPublicKey.keyIDText))
        #expect(certified.trustedComment.hasPrefix("tamga-handover certifies successor export key \(try s.invitation.exportPublicKey.keyIDText)"))
        let written = s.former.base.folder.url.appendingPathComponent("successor.pub")
        try HandoverCertificate.write(certified, to: written)
        #expect(try MinisignPublicKey(text: String(decoding: try DurableFile.readAll(written), as: UTF8.self)).publicKey
                == (try s.invitation.exportPublicKey.publicKey))
        // The same bytes signed as an internal export of a text attachment would sign them.
        let text = try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.certificate))
        let signer = try MinisignSigner(keyPair: try s.former.admin().requireExportSigning())
        try Data(try signer.sign(text, trustedComment: "tamga export document:VR-1 audience:state format:attachment").text.utf8)
            .write(to: s.package.appendingPathComponent(HandoverPackage.certificateSignature))
        #expect { try HandoverCertificate.verify(package: s.package, formerKey: s.formerKey) } throws: { "\($0)".contains("trusted comment") }
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains("trusted comment") }
        #expect(s.successorState() == before)
    }
}
