/// Applies the content rules to visible text for one export: names (via the
/// `NameFinding`) become the name or a pseudonym, `sensitive` strings and
/// detector matches become markers. Overlapping findings are united and the
/// union replaced once (never spliced), with the most protective outcome.
///
/// A name is judged by every person it may name (`NameMatch.candidates`),
/// not by the first: it stays as written only when every candidate may be
/// named to the audience; a name of one person who may not be named becomes
/// that person's pseudonym; a name several persons share, one of whom at
/// least may not be named ("Nurlan" of an official named to the State and of
/// a detainee), becomes the span marker, counted as `person`/`ambiguous`
/// (redaction.md F25: never one person's label, which would tie the text to
/// the wrong person or, worse, to the right one).
struct Redactor {
    let policy: Policy
    let audience: Audience
    let registry: PersonRegistry
    let names: any NameFinding
    let sensitive: SensitiveMatcher
    let detectors: [DetectorKind]
    var book = PseudonymBook()
    var counts: [WithheldKey: Int] = [:]
    var named: Set<String> = []
    /// Off while re-rendering text already counted (recommendations).
    var counting = true
    /// What was replaced where, for the preview (recorded while counting).
    var replacements: [Replacement] = []
    /// The projected text being built: where `redact` output goes, and the
    /// scalar offset in it at which the next `redact` output starts.
    var place: Replacement.Place = .title
    var placeOffset = 0
    /// What the detectors read before the next run, not replaced: the
    /// register line's start when the run follows a person reference
    /// (`1. @D-3, 03/03/1990`: the date's run starts at the comma, and a date
    /// of birth is told by the person before it; red-team round 8, C1).
    /// Set by the walk for one run.
    var detectorLead = ""
    /// The rule of the last replacement decided, recorded by the caller.
    var lastRule: (rule: String, category: String, personID: String?) = ("", "", nil)

    struct WithheldKey: Hashable { let rule: String; let category: String }

    /// What one finding asks for.
    private enum Finding { case person([String]), sensitive, detector(DetectorKind) }

    mutating func count(_ rule: String, _ category: String) {
        lastRule = (rule, category, nil)
        if counting { counts[WithheldKey(rule: rule, category: category), default: 0] += 1 }
    }

    /// Records that `scalars` scalars at `offset` of the current place are
    /// the outcome of the last rule decided.
    mutating func record(at offset: Int, scalars: Int) {
        guard counting else { return }
        replacements.append(Replacement(place: place, range: offset..<(offset + scalars), rule: lastRule.rule,
                                        category: lastRule.category, personID: lastRule.personID))
    }

    /// The text for a person: the name as written (or the registered name)
    /// when disclosed, else the role's pseudonym.
    mutating func person(_ id: String, written: String?, documentID: String) throws(ProjectionError) -> String {
        guard let person = registry.persons[id], let rule = policy.roles[person.role] else {
            throw ProjectionError(code: .unknownPerson, documentID: documentID, audience: audience, subject: id)
        }
        // An erased person (issue 18) has no name to give, to any audience.
        if !person.erased, policy.disclosesName(role: person.role, consent: person.consent, to: audience) {
            named.insert(id)
            lastRule = ("named", person.role, id)
            return written ?? person.name
        }
        count("person", person.role)
        lastRule.personID = id
        return book.label(for: id, role: person.role, pattern: rule.pseudonym)
    }

    /// A name several persons may bear: kept as written when all of them
    /// may be named to the audience (each recorded as named: the ledger
    /// errs towards "we gave their name"), else the span marker.
    private mutating func shared(_ ids: [String], written: String, documentID: String) throws(ProjectionError) -> String {
        var disclosed = true
        var roles: Set<String> = []
        for id in ids {
            guard let person = registry.persons[id], policy.roles[person.role] != nil else {
                throw ProjectionError(code: .unknownPerson, documentID: documentID, audience: audience, subject: id)
            }
            roles.insert(person.role)
            if person.erased || !policy.disclosesName(role: person.role, consent: person.consent, to: audience) { disclosed = false }
        }
        guard disclosed else {
            count("person", "ambiguous")
            return policy.markers.span
        }
        named.formUnion(ids)
        lastRule = ("named", roles.sorted().joined(separator: "/"), nil)
        return written
    }

    mutating func redact(_ text: String, documentID: String) throws(ProjectionError) -> String {
        let scalars = ScalarText(text)
        var findings: [(range: Range<Int>, finding: Finding)] = names.matches(in: text).map {
            (scalars.offset(of: $0.range.lowerBound)..<scalars.offset(of: $0.range.upperBound), .person($0.candidates))
        }
        // A name cut into chunks or table cells (`SplitNameReading`).
        for found in SplitNameReading.matches(in: scalars.scalars, names: names) {
            findings += found.ranges.map { ($0, .person(found.candidates)) }
        }
        // A village in a web address is the place (`AddressPlaceWords`: temir-kanat, orlovka).
        let places = AddressPlaceWords.ranges(in: scalars.scalars)
        if !places.isEmpty {
            findings.removeAll { finding in places.contains { $0.lowerBound <= finding.range.lowerBound && finding.range.upperBound <= $0.upperBound } }
        }
        if audience != .internal {
            findings += sensitive.matches(in: scalars).map { ($0, .sensitive) }
            // A number the policy lists as published on purpose (`public-numbers`) stays.
            let lead = detectorLead.unicodeScalars.count
            let read = lead == 0 ? scalars : ScalarText(detectorLead + text)
            // One reading and one tokenization of the run for every detector (`DetectorKind.matches(_:in:)`).
            for (detector, matches) in zip(detectors, DetectorKind.matches(detectors, in: read)) {
                findings += matches.filter { $0.lowerBound >= lead }.map { ($0.lowerBound - lead)..<($0.upperBound - lead) }
                    .filter { !policy.publicNumbers.spares(text[scalars.range($0)]) }.map { ($0, .detector(detector)) }
            }
        }
        findings.sort { $0.range.lowerBound < $1.range.lowerBound }
        var output = ""
        var cursor = 0
        var index = 0
        while index < findings.count {
            var group = [findings[index]]
            var upper = findings[index].range.upperBound
            index += 1
            while index < findings.count, findings[index].range.lowerBound < upper {
                group.append(findings[index])
                upper = max(upper, findings[index].range.upperBound)
                index += 1
            }
            let lower = group[0].range.lowerBound
            var before = String(text[scalars.range(cursor..<lower)])
            var replaced = try replacement(for: group.map(\.finding), written: String(text[scalars.range(lower..<upper)]), documentID: documentID)
            if let absorbed = absorbingRoleWord(of: replaced, before: before) { (before, replaced) = absorbed }
            output += before
            record(at: placeOffset + output.unicodeScalars.count, scalars: replaced.unicodeScalars.count)
            output += replaced
            cursor = upper
        }
        return output + String(text[scalars.range(cursor..<scalars.count)])
    }

    /// When the last replacement was a pseudonym and the writer put its
    /// role word right before the name ("задержанный Айбек"), the text
    /// before without that word and the pseudonym that takes it in
    /// ("задержанный A", not "задержанный Задержанный A"); else nil.
    /// `before` must be text the projector did not write itself.
    func absorbingRoleWord(of replaced: String, before: String) -> (kept: String, label: String)? {
        guard lastRule.rule == "person", let id = lastRule.personID, let role = registry.persons[id]?.role,
              let pattern = policy.roles[role]?.pseudonym, let roleWord = PseudonymRoleWord(pattern) else { return nil }
        return roleWord.absorb(before: before, label: replaced)
    }

    private mutating func replacement(for group: [Finding], written: String, documentID: String) throws(ProjectionError) -> String {
        let names = group.compactMap { if case let .person(ids) = $0 { ids } else { nil } }
        let persons = Set(names.joined())
        if names.count == group.count, let first = persons.min() {
            if persons.count == 1 { return try person(first, written: written, documentID: documentID) }
            return try shared(persons.sorted(), written: written, documentID: documentID)
        }
        let detectors = Set(group.compactMap { if case let .detector(kind) = $0 { kind } else { nil } })
        if detectors.count == group.count, detectors.count == 1, let kind = detectors.first, let rule = policy.detectors[kind] {
            count("detector", kind.rawValue)
            return rule.marker
        }
        count(group.contains { if case .sensitive = $0 { true } else { false } } ? "sensitive" : "overlap",
              persons.isEmpty ? "string" : "mixed")
        return policy.markers.span
    }
}
