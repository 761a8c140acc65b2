import Foundation
import TamgaCore

/// `DOCID.AUDIENCE.attachments.json`, written next to a document export with
/// `--with-attachments` and signed like it: what the recipient should have
/// received, so a missing or swapped file is noticed. For each file its
/// exported name, the SHA-256 of the file as the recipient opens it, and the
/// SHA-256 of the original evidence recorded at intake (the chain of
/// custody a court can follow back to the vault's signed log), in internal
/// manifests only: given to the State or the public it would let anyone
/// holding candidate originals (a seized phone, a cloud backup) tell which
/// photo was published with its faces blacked out, and link two exports of
/// one photo with different black-outs (evidence red team N1). The vault's
/// log keeps it. No person ids and no original file names: it goes to the
/// audience.
public struct AttachmentManifest: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public let name: String
        public let sha256: String
        public let originalSha256: String?
        /// Regions were blacked out, so the file differs from the original by design.
        public let redacted: Bool

        enum CodingKeys: String, CodingKey {
            case name, sha256, redacted
            case originalSha256 = "original_sha256"
        }
    }

    public let document: String
    public let audience: String
    public let attachments: [File]

    public init(document: String, audience: Audience, prepared: [AttachmentExporter.Prepared]) {
        self.document = document
        self.audience = audience.rawValue
        attachments = prepared.map {
            File(name: $0.fileName, sha256: $0.sha256, originalSha256: audience == .internal ? $0.original : nil, redacted: $0.redacted)
        }
    }

    public static func fileName(document: String, audience: Audience) -> String { "\(document).\(audience.rawValue).attachments.json" }

    /// Stable JSON (sorted keys), ending in a newline.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }
}
