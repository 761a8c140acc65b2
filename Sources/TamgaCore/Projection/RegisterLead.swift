/// What the detectors read before a run of text that follows a person
/// reference (red-team round 8, C1): the projector redacts a block run by
/// run, and a reference is a run of its own, so in `1. @D-3, 03/03/1990,
/// art. 168` or `| 1 | @D-3 | 03.03.1990 |` the date's run starts at the
/// comma or the cell border, with no person before it. The register rule
/// (`BirthDateDetector+Register`) needs that person: the lead gives the
/// line so far with each reference written `person A` (a role word and a
/// label, whatever the policy's pseudonym says), and for a table row the
/// table's header line too (the column's header, `DetectorTableColumn`).
struct RegisterLead {
    private var text = ""
    private var afterPerson = false

    mutating func add(text run: String) {
        text += run
        afterPerson = false
    }

    mutating func addPerson() {
        text += "person A"
        afterPerson = true
    }

    /// The lead for a run added next: empty unless a person comes right before it.
    var lead: String {
        guard afterPerson else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.last else { return "" }
        guard last.drop(while: { $0 == " " }).first == "|", lines.count > 1, let header = lines.first else { return String(last) }
        return String(header) + "\n" + String(last)
    }
}
