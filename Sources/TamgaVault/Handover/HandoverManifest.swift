import Foundation
import TamgaCrypto

/// The transfer manifest of a hand-over (issue 18): what the former body
/// handed over, signed by its export key (`manifest.json.minisig`, checked by
/// stock `minisign`) and countersigned by the successor's
/// (`manifest.json.accepted.minisig`) once `tamga handover accept` has
/// checked every document against it. Per transferred document, its id, the
/// SHA-256 of each revision's source and of each carried attachment's
/// original; of the rest, counts only: a
/// withheld or destroyed record leaves no id, title or text with the
/// successor. Clear JSON: it holds no title, text or person.
public struct HandoverManifest: Codable, Sendable, Equatable {
    public static let formatName = "tamga-handover/1"

    public struct Party: Codable, Sendable, Equatable {
        public let vault: String
        /// The export key (Ed25519 public key, hex).
        public let exportKey: String
        /// Its minisign key id, as `minisign` and `tamga key public` show it.
        public let exportKeyID: String
    }

    public struct Revision: Codable, Sendable, Equatable {
        public let revision: Int
        /// SHA-256 (hex) of the revision's source, as the former vault stored it.
        public let sha256: String
    }

    public struct Document: Codable, Sendable, Equatable {
        public let id: String
        public let revisions: [Revision]
        /// SHA-256 (hex) of each carried attachment's original file, in order.
        public let attachments: [String]
    }

    public let format: String
    public let former: Party
    public let successor: Party
    /// Fingerprints of the successor's members the payload is sealed to.
    public let recipients: [String]
    /// The hand-over day the plan was made for (YYYY-MM-DD), and when the package was written.
    public let asOf: String
    public let created: String
    public let transferred: [Document]
    public let withheld: Int
    /// Tombstones in the former vault's log when the package was written.
    public let destroyed: Int
    /// Attachments of transferred documents not carried: restricted
    /// (intimate) images, and any the former administrator could not open.
    public let attachmentsNotCarried: Int
    /// SHA-256 (hex) of `payload.sealed`.
    public let payload: String

    /// The bytes signed and hashed: sorted keys, so the same manifest always has the same bytes.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}

/// The files of a hand-over package, a folder the former administrator gives
/// the successor (on a stick, or any channel: everything confidential in it
/// is sealed to the successor's members).
public enum HandoverPackage {
    public static let manifest = "manifest.json"
    public static let manifestSignature = "manifest.json.minisig"
    /// The successor's countersignature, written by `tamga handover accept`.
    public static let acceptance = "manifest.json.accepted.minisig"
    /// The documents: XChaCha20-Poly1305 under a random key, nonce first.
    public static let payload = "payload.sealed"
    /// The payload key sealed to each recipient: `keys/<fingerprint>.sealed`.
    public static let keys = "keys"
    /// The former export key's statement certifying the successor's, and its signature.
    public static let certificate = "successor-key.txt"
    public static let certificateSignature = "successor-key.txt.minisig"

    /// What the payload's encryption authenticates besides its bytes: both vaults.
    static func associatedData(former: String, successor: String) -> [UInt8] {
        Array("tamga/v1/handover-payload\0\(former)\0\(successor)".utf8)
    }

    /// What the payload holds, sealed: every revision's source, the carried
    /// attachments with their black-outs (`HandoverAttachments`), and the
    /// consent to be named (state, public) in force at the former body for
    /// each person the transferred documents declare, so that a withdrawal
    /// recorded there is not undone by the front matter's older grant.
    struct Payload: Codable {
        struct Revision: Codable {
            let revision: Int
            /// The source, base64.
            let source: String
        }
        struct Document: Codable {
            let id: String
            let revisions: [Revision]
        }
        struct Redaction: Codable {
            /// `state` or `public`: exports to it and below black the regions out.
            let audience: String
            /// `X,Y,W,H;X,Y,W,H`, as `tamga attachment redact` records them.
            let regions: String
        }
        struct Attachment: Codable {
            let document: String
            let fileName: String
            /// SHA-256 of the original file.
            let sha256: String
            /// The lowest audience exports may give it to.
            let release: String
            let depicts: [String]
            let consent: [String]
            let caption: String?
            /// The original file, base64.
            let data: String
            let redactions: [Redaction]
        }
        let documents: [Document]
        let attachments: [Attachment]
        /// Person id → audience (`state`, `public`) → granted.
        let consent: [String: [String: Bool]]
    }

    /// The certification text: the former export key vouches for the
    /// successor's, so a recipient who trusted the former key can check
    /// exports the successor makes (with stock minisign: the key to use is
    /// the two lines in the middle).
    static func certificateText(_ manifest: HandoverManifest, manifestHash: String) throws -> String {
        let successor = try MinisignPublicKey(tamgaSigningKey: Hex.decode(manifest.successor.exportKey))
        return """
        tamga hand-over: export key certificate

        The export key \(manifest.former.exportKeyID) of the NPM vault \(manifest.former.vault)
        certifies that the records it handed over on \(manifest.asOf) went to the vault
        \(manifest.successor.vault), whose exports are signed by this key:

        \(successor.fileText)
        Transfer manifest SHA-256: \(manifestHash)

        """
    }
}
