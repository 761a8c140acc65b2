/// One piece of an export's text the projector put in place of the source
/// (a marker, a pseudonym, a detector's marker) or kept as a disclosed
/// name, with the rule that decided it: what the preview highlights for a
/// reviewer. It holds positions and rule names only, never the source text,
/// so a projection stays free of anything the audience may not see.
public struct Replacement: Sendable, Hashable {
    /// Which projected text the range is in.
    public enum Place: Sendable, Hashable {
        case title
        case facility
        /// `Projection.blocks[index]` (a heading or a paragraph).
        case block(Int)
    }

    public let place: Place
    /// Unicode scalar offsets into the place's projected text.
    public let range: Range<Int>
    /// The manifest's rule (`level`, `person`, `sensitive`, `detector`,
    /// `overlap`), or `named` for a name the policy lets this audience see.
    public let rule: String
    /// The manifest's category: `span`; the role (`ambiguous` for a shared
    /// name withheld; the roles joined by `/` for one kept because all who
    /// bear it may be named); `string`/`mixed`; the detector.
    public let category: String
    /// The person a pseudonym or a disclosed name stands for.
    public let personID: String?

    public init(place: Place, range: Range<Int>, rule: String, category: String, personID: String?) {
        self.place = place
        self.range = range
        self.rule = rule
        self.category = category
        self.personID = personID
    }
}
