/// Applies the content rules to visible text for one export: names (via the
/// `NameFinding`) become the name or a pseudonym, `sensitive` strings and
/// detector matches become markers. Overlapping findings are united and the
/// union replaced once (never spliced), with the most protective outcome.
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

    struct WithheldKey: Hashable { let rule: String; let category: String }

    /// What one finding asks for.
    private enum Finding { case person(String), sensitive, detector(DetectorKind) }

    mutating func count(_ rule: String, _ category: String) {
        if counting { counts[WithheldKey(rule: rule, category: category), default: 0] += 1 }
    }

    /// The text for a person: the name as written (or the registered name)
    /// when disclosed, else the role's pseudonym.
    mutating func person(_ id: String, written: String?, documentID: String) throws(ProjectionError) -> String {
        guard let person = registry.persons[id], let rule = policy.roles[person.role] else {
            throw ProjectionError(code: .unknownPerson, documentID: documentID, audience: audience, subject: id)
        }
        if policy.disclosesName(role: person.role, consent: person.consent, to: audience) {
            named.insert(id)
            return written ?? person.name
        }
        count("person", person.role)
        return book.label(for: id, role: person.role, pattern: rule.pseudonym)
    }

    mutating func redact(_ text: String, documentID: String) throws(ProjectionError) -> String {
        let scalars = ScalarText(text)
        var findings: [(range: Range<Int>, finding: Finding)] = names.matches(in: text).map {
            (scalars.offset(of: $0.range.lowerBound)..<scalars.offset(of: $0.range.upperBound), .person($0.personID))
        }
        if audience != .internal {
            findings += sensitive.matches(in: scalars).map { ($0, .sensitive) }
            for detector in detectors { findings += detector.matches(in: scalars).map { ($0, .detector(detector)) } }
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
            output += String(text[scalars.range(cursor..<lower)])
            output += try replacement(for: group.map(\.finding), written: String(text[scalars.range(lower..<upper)]), documentID: documentID)
            cursor = upper
        }
        return output + String(text[scalars.range(cursor..<scalars.count)])
    }

    private mutating func replacement(for group: [Finding], written: String, documentID: String) throws(ProjectionError) -> String {
        let persons = Set(group.compactMap { if case let .person(id) = $0 { id } else { nil } })
        if persons.count == group.count, persons.count == 1, let id = persons.first {
            return try person(id, written: written, documentID: documentID)
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
