/// The detectors the code provides; the policy says for which audiences each
/// runs. Every one must be listed in the policy (with `audiences: []` to
/// turn it off), so a detector cannot be lost by omission.
public enum DetectorKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Passport and ID-card numbers: two letters and seven digits (`AN 123 45 67`), or a document label and digits.
    case documentNumber = "document-number"
    /// The 14-digit personal number (ПИН / ИНН / PIN), in one run or in groups.
    case personalNumber = "personal-number"
    /// Phone numbers, international (+996 ...), national (0555 ...) and local after a phone word (тел. 62-12-34).
    case phoneNumber = "phone-number"
    /// Dates of birth, in figures or words, in one clause with a birth word (born, DOB, родился, г.р., туулган).
    case birthDate = "birth-date"
}
