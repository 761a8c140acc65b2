/// What an evidence file's encrypted metadata says beyond its name and size
/// (issue 17): the facts a monitor needs to handle a photo or a medical
/// record as the Istanbul Protocol asks (authentication, whom it shows, who
/// agreed to what). Inside the attachment's encryption, like the file name:
/// only members who may open the attachment read it.
///
/// Every field is optional so that attachments made before these existed
/// still decode, and so that later fields (signed redactions, a `restricted`
/// flag for intimate images, the result of metadata stripping) can be added
/// here without a format change: an older tamga ignores keys it does not know.
public struct AttachmentDetails: Codable, Sendable, Equatable {
    /// SHA-256 (lowercase hex) of the original file, byte for byte as it was
    /// attached: what a court or a colleague compares with `sha256sum`. Also
    /// in the signed log entry that committed the attachment.
    public var sha256: String?
    /// Person ids (from the document's front matter) the file shows or is about.
    public var depicts: [String]?
    /// Audiences (`state`, `public`) the depicted persons consented to see it shared with.
    public var consent: [String]?
    /// A short description in the monitor's words.
    public var caption: String?
    /// An intimate image (the Istanbul Protocol asks for restricted viewing):
    /// `tamga export --with-attachments` never writes it, for any audience;
    /// only its viewers open it (`RestrictedViewing`).
    public var restricted: Bool?
    /// A restricted image's viewers (member fingerprints), inside the
    /// encryption that only they open: what a re-encryption grants is read
    /// from here, never from log entries any member can sign (attacker,
    /// session 29: a forged claim made a non-viewer a viewer at the next rekey).
    public var viewers: [String]?
    /// The lowest audience level (`state`, `public`) exports may give it to,
    /// when that is below the level it is stored at (internal). The file is
    /// sealed to internal's key all the same: what the State gets of it is
    /// what an export makes (regions blacked out, metadata stripped, consent
    /// checked), never the original, which a State key would open whole
    /// (attacker, session 28: a State member's `attachment get` returned the
    /// face the State's copy blacks out, the GPS, and a photo of a person who
    /// had not consented).
    public var release: String?

    public init(sha256: String? = nil, depicts: [String]? = nil, consent: [String]? = nil, caption: String? = nil,
                restricted: Bool? = nil, release: String? = nil, viewers: [String]? = nil) {
        self.viewers = viewers
        self.release = release
        self.restricted = restricted
        self.sha256 = sha256
        self.depicts = depicts
        self.consent = consent
        self.caption = caption
    }
}
