/// One evidence file of a document as each audience would receive it, for
/// the review page (issue 17: "the preview shows the redacted images per
/// audience"). The reviewer sees the blacked-out photo exactly as it would
/// leave, next to the text, before anything is exported.
public struct PreviewAttachment: Sendable, Hashable {
    /// The short reference `tamga attachments` shows (never the file name:
    /// the page is printed and passed around inside the NPM).
    public let reference: String
    public let views: [Audience: View]

    public init(reference: String, views: [Audience: View]) {
        self.reference = reference
        self.views = views
    }

    /// What one audience gets of the file.
    public enum View: Sendable, Hashable {
        /// An image as it would leave (regions blacked out, metadata
        /// stripped), shown on the page.
        case image(mediaType: String, bytes: [UInt8], redacted: Bool)
        /// A file that would leave but is not shown (a PDF, a text, or an
        /// image too large for the page): its type and size.
        case file(type: String, byteCount: Int, redacted: Bool)
        /// Kept in the vault, and why.
        case withheld(Withholding)
        /// The export with attachments would stop on this file: the error's
        /// message (which never quotes the file's text).
        case refused(message: String)
    }

    public enum Withholding: String, Sendable, Hashable {
        /// Above the audience's level.
        case level
        /// A depicted person did not consent, or withdrew consent.
        case consent
        /// An intimate image (restricted viewing): shown to no one here.
        case restricted
    }
}

/// The attachments of the review page: those the member may open, and how
/// many above the member's clearance are left out.
public struct PreviewAttachments: Sendable, Hashable {
    public let items: [PreviewAttachment]
    public let aboveClearance: Int
    /// Restricted attachments (intimate images) the member is not a viewer of.
    public let restrictedFromYou: Int

    public init(items: [PreviewAttachment] = [], aboveClearance: Int = 0, restrictedFromYou: Int = 0) {
        self.items = items
        self.aboveClearance = aboveClearance
        self.restrictedFromYou = restrictedFromYou
    }

    public static let none = PreviewAttachments()
}
