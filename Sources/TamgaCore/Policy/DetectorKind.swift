/// The detectors the code provides; the policy says for which audiences each
/// runs. Every one must be listed in the policy (with `audiences: []` to
/// turn it off), so a detector cannot be lost by omission; one added later
/// (`defaultRules`) runs by default where a stored policy does not list it.
public enum DetectorKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Passport and ID-card numbers: two letters and seven digits (`AN 123 45 67`), or a document label and digits.
    case documentNumber = "document-number"
    /// The 14-digit personal number (ПИН / ИНН / PIN), in one run or in groups.
    case personalNumber = "personal-number"
    /// Phone numbers, international (+996 ...), national (0555 ...) and local after a phone word (тел. 62-12-34).
    case phoneNumber = "phone-number"
    /// Dates of birth, in figures or words, in one clause with a birth word (born, DOB, родился, г.р., туулган).
    case birthDate = "birth-date"
    /// E-mail addresses, except an institution's function mailbox (`info@`, `press@`).
    case emailAddress = "email-address"
    /// A dwelling's address (street or microdistrict, house, flat): with a flat, or after a residence word.
    case homeAddress = "home-address"
    /// A criminal or court case's number after a case word (`уголовное дело №`, `кылмыш иши`, `case No.`).
    case caseNumber = "case-number"
    /// A vehicle's registration plate (`01KG 123 ABC`, `B 1234 AB`, the neighbours' formats, any after a plate word).
    case vehiclePlate = "vehicle-plate"

    /// Detectors added after policy version 1 was written: a stored policy
    /// that predates one does not list it, and it then runs for the State
    /// and the public with its default marker (fails closed: an old vault
    /// gains the protection, never loses it). Listing it sets it as any other.
    static let defaultRules: [DetectorKind: DetectorRule] = [
        .emailAddress: DetectorRule(audiences: [.state, .public], marker: "[e-mail address withheld]"),
        .homeAddress: DetectorRule(audiences: [.state, .public], marker: "[home address withheld]"),
        .caseNumber: DetectorRule(audiences: [.state, .public], marker: "[case number withheld]"),
        .vehiclePlate: DetectorRule(audiences: [.state, .public], marker: "[vehicle plate withheld]"),
    ]
}
