import Foundation
import TamgaCore
import TamgaCrypto

extension DocumentExport {
    /// How every file of one export leaves: sealed to the recipients (when
    /// there are any), then signed by the NPM's export key with a trusted
    /// comment naming the document, audience, time, vault and policy, so the
    /// signature covers exactly what the recipient receives.
    struct Sealing {
        let vault: UnlockedVault
        let request: Request
        let recipients: [any AgeRecipient]
        let policyHash: String
        let signer: MinisignSigner

        /// ".age" when sealed: the files are named for what they are.
        var suffix: String { recipients.isEmpty ? "" : ".age" }

        func seal(_ bytes: [UInt8]) throws -> [UInt8] {
            recipients.isEmpty ? bytes : try AgeWriter.encrypt(bytes, to: recipients, armored: request.armor)
        }

        /// The trusted comment; `kind` is the format, "attachment" or "manifest".
        func comment(_ documentID: String, _ kind: String) -> String {
            "tamga export document:\(documentID) audience:\(request.audience.rawValue) format:\(kind) "
                + "time:\(Timestamp.now()) vault:\(vault.vaultID) policy:\(policyHash)"
        }

        /// The `.minisig` text.
        func sign(_ bytes: [UInt8], comment: String) throws -> String {
            try signer.sign(bytes, trustedComment: comment).text
        }
    }
}
