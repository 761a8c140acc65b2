/// What statistics may count about one document: front-matter fields only,
/// never its text. The vault builds one per document the member may read;
/// nothing here can carry a name, a quote or a detail of the body.
public struct StatisticsRecord: Sendable, Hashable {
    public let id: String
    public let kind: String
    /// The facility as the audience sees it (after projection), or nil.
    public let facility: String?
    public let date: CalendarDate
    public let tags: [String]

    public init(id: String, kind: String, facility: String?, date: CalendarDate, tags: [String]) {
        self.id = id
        self.kind = kind
        self.facility = facility
        self.date = date
        self.tags = tags
    }

    /// A record for `document` whose facility is taken from its projection
    /// for the audience, so a facility name the projector redacted is
    /// counted under the same redacted name the audience sees elsewhere.
    public init(document: Document, projected: Projection) {
        self.init(id: document.id, kind: document.kind, facility: projected.metadata.facility,
                  date: document.date, tags: document.tags)
    }
}
