import TamgaCore

/// What the monitor says about an evidence file when attaching it
/// (`tamga attach --level --depicts --consent --caption --wipe`).
public struct AttachmentRequest: Sendable, Equatable {
    public var level: Level
    /// Person ids from the document's front matter; refused when the document does not declare one.
    public var depicts: [String]
    /// Audiences the depicted persons agreed to (`state`, `public`).
    public var consent: [String]
    public var caption: String?
    /// Overwrite and unlink the source after the stored copy was read back and matched (`SourceWipe`).
    public var wipe: Bool
    /// An intimate image (Istanbul Protocol: restricted viewing): it never leaves in an export.
    public var restricted: Bool
    /// For a restricted one: the members (by name, cleared internal) who may
    /// open it besides the member attaching it (`RestrictedViewing`).
    public var viewers: [String]

    public init(level: Level = .internal, depicts: [String] = [], consent: [String] = [], caption: String? = nil, wipe: Bool = false,
                restricted: Bool = false, viewers: [String] = []) {
        self.restricted = restricted
        self.viewers = viewers
        self.level = level
        self.depicts = depicts
        self.consent = consent
        self.caption = caption
        self.wipe = wipe
    }
}
