import Foundation

/// What a document part says about itself, inside its encryption: the part
/// of the catalogue a member of that level may see. `list` reads only this.
/// Title and facility are as the level may see them (projected like any text).
public struct PartMetadata: Codable, Sendable, Equatable {
    public var document: String
    public var level: String
    /// 1, 2, 3… in the order revisions were made on this copy of the vault.
    public var revision: Int
    public var kind: String
    public var title: String?
    public var date: String
    public var facility: String?
    public var created: String
    public var author: String
    /// For attachments: the file's name and size.
    public var fileName: String?
    public var size: Int?
    /// True when nothing of the document is visible at this level (or the
    /// projection was refused): readers of this level do not see the document.
    public var withheld: Bool?
    /// For attachments made since issue 17: the original's SHA-256, whom it
    /// depicts, their consent, a caption. Absent in older attachments.
    public var evidence: AttachmentDetails?

    /// The level exports treat an attachment as: its `release` level when
    /// it has one (stored at internal, exported below it), else its level.
    public var exportLevel: String { evidence?.release ?? level }

    public init(document: String, level: String, revision: Int, kind: String, title: String?,
                date: String, facility: String?, created: String, author: String,
                fileName: String? = nil, size: Int? = nil, withheld: Bool? = nil, evidence: AttachmentDetails? = nil) {
        self.document = document
        self.level = level
        self.revision = revision
        self.kind = kind
        self.title = title
        self.date = date
        self.facility = facility
        self.created = created
        self.author = author
        self.fileName = fileName
        self.size = size
        self.withheld = withheld
        self.evidence = evidence
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self))
    }
}
