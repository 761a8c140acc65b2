import TamgaCore

/// What `add` stores for one document: the full source for `internal`, and
/// for each lower level what that level may see. The caller (the parser and
/// projector) decides the contents; the store only encrypts and files them.
public struct DocumentSubmission: Sendable {
    public struct Part: Sendable {
        public var content: [UInt8]
        public var title: String?
        public var facility: String?
        /// Nothing is visible at this level: stored as an empty, withheld part.
        public var withheld: Bool

        public init(content: [UInt8], title: String?, facility: String?, withheld: Bool = false) {
            self.content = content
            self.title = title
            self.facility = facility
            self.withheld = withheld
        }

        /// The part of a level that may see nothing of the document.
        public static let nothingVisible = Part(content: [], title: nil, facility: nil, withheld: true)
    }

    public var id: String
    public var kind: String
    public var date: String
    /// The full source, stored under `internal`.
    public var source: [UInt8]
    public var parts: [Level: Part]
    /// The digest of the redaction inputs the lower parts were projected under
    /// (`ProjectionRelevance.digest`: only those that can affect this document); nil without them.
    public var redactionTag: [UInt8]?

    public init(id: String, kind: String, date: String, source: [UInt8], parts: [Level: Part], redactionTag: [UInt8]? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.source = source
        self.parts = parts
        self.redactionTag = redactionTag
    }
}
