/// One walk over a document's blocks for one audience: decides what is
/// visible, emits markers for the rest, and sends visible text through the
/// redactor in document order (so pseudonym letters follow first appearance).
struct ProjectionWalk {
    let document: Document
    let audience: Audience
    let policy: Policy
    var redactor: Redactor
    let keepWithheldText: Bool
    private(set) var output: [ProjectedBlock] = []
    private(set) var hasVisibleContent = false

    init(document: Document, audience: Audience, policy: Policy, redactor: Redactor, keepWithheldText: Bool) {
        self.document = document
        self.audience = audience
        self.policy = policy
        self.redactor = redactor
        self.keepWithheldText = keepWithheldText
    }

    func sees(_ explicitLevel: Level?) -> Bool {
        keepWithheldText || policy.audience(audience, sees: document.level(of: explicitLevel))
    }

    /// `insideWithheld`: already covered by an enclosing marker, so withheld
    /// parts add none of their own (visible parts inside still show).
    mutating func walk(_ blocks: [Block], insideWithheld: Bool) throws(ProjectionError) {
        for block in blocks {
            switch block {
            case let .section(section):
                if sees(section.explicitLevel) {
                    let text = try inline(section.heading)
                    output.append(.heading(rank: section.rank, text: text ?? policy.markers.span))
                    try walk(section.children, insideWithheld: insideWithheld)
                } else {
                    if !insideWithheld { withhold(.section) }
                    try walk(section.children, insideWithheld: true)
                }
            case let .division(division):
                if !sees(division.explicitLevel), !insideWithheld { withhold(.block) }
                try walk(division.children, insideWithheld: insideWithheld || !sees(division.explicitLevel))
            case let .paragraph(paragraph):
                if let text = try inline(paragraph.inlines) {
                    output.append(.paragraph(text: text))
                } else if !insideWithheld {
                    withhold(.block)
                }
            }
        }
    }

    /// One marker per run of withheld blocks; a section marker, or nothing
    /// when the policy omits withheld sections for this audience.
    private mutating func withhold(_ scope: WithheldScope) {
        redactor.count("level", scope.rawValue)
        if scope == .section, policy.audiences[audience]?.omitWithheldSections ?? false { return }
        let marker = scope == .section ? policy.markers.section : policy.markers.block
        if case .withheld(scope, marker) = output.last { return }
        output.append(.withheld(scope: scope, marker: marker))
    }

    /// The redacted text of inlines, withheld runs as the span marker; nil
    /// when nothing but whitespace is visible.
    mutating func inline(_ inlines: [Inline]) throws(ProjectionError) -> String? {
        var segments = InlineSegments()
        collect(inlines, into: &segments)
        guard segments.hasVisibleText else { return nil }
        hasVisibleContent = true
        redactor.place = .block(output.count)
        var text = ""
        // The block as the detectors read it: runs as written, a person as `person A` (`RegisterLead`).
        var read = RegisterLead()
        for segment in segments.items {
            let offset = text.unicodeScalars.count
            redactor.placeOffset = offset
            switch segment {
            case let .text(run):
                redactor.detectorLead = read.lead
                text += try redactor.redact(run, documentID: document.id)
                redactor.detectorLead = ""
                read.add(text: run)
            case .withheld:
                read.add(text: policy.markers.span)
                redactor.count("level", "span")
                text += policy.markers.span
                redactor.record(at: offset, scalars: policy.markers.span.unicodeScalars.count)
            case let .person(id):
                read.addPerson()
                var replaced = try redactor.person(id, written: nil, documentID: document.id)
                // The role word may be taken in only from the writer's text,
                // never from a marker or pseudonym the projector wrote.
                let written = redactor.replacements.last { $0.place == redactor.place }.map(\.range.upperBound) ?? 0
                var start = offset
                if let (kept, label) = redactor.absorbingRoleWord(of: replaced, before: text),
                   kept.unicodeScalars.count >= written {
                    text = kept
                    replaced = label
                    start = kept.unicodeScalars.count
                }
                redactor.record(at: start, scalars: replaced.unicodeScalars.count)
                text += replaced
            }
        }
        return text
    }

    private func collect(_ inlines: [Inline], into segments: inout InlineSegments) {
        for inline in inlines {
            switch inline {
            case let .text(run): sees(run.explicitLevel) ? segments.add(text: run.text) : segments.addWithheld()
            case let .span(span): collect(span.children, into: &segments)
            case let .reference(reference):
                sees(reference.explicitLevel) ? segments.add(person: reference.personID) : segments.addWithheld()
            }
        }
    }
}

/// Visible text merged into runs (so a name split by span markup is still
/// one run for the name finder), withheld runs collapsed to one marker.
struct InlineSegments {
    enum Item { case text(String), withheld, person(String) }
    private(set) var items: [Item] = []
    private(set) var hasVisibleText = false

    mutating func add(text: String) {
        if text.contains(where: { !$0.isWhitespace }) { hasVisibleText = true }
        if case let .text(previous) = items.last {
            items[items.count - 1] = .text(previous + text)
        } else {
            items.append(.text(text))
        }
    }

    mutating func addWithheld() {
        if case .withheld = items.last { return }
        items.append(.withheld)
    }

    mutating func add(person id: String) {
        hasVisibleText = true
        items.append(.person(id))
    }
}
