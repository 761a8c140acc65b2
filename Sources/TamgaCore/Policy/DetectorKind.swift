/// The detectors the code provides; the policy says for which audiences each
/// runs. Every one must be listed in the policy (with `audiences: []` to
/// turn it off), so a detector cannot be lost by omission.
public enum DetectorKind: String, CaseIterable, Sendable, Hashable, Codable {
    /// Kyrgyz passport and ID-card numbers: two Latin letters and seven digits.
    case documentNumber = "document-number"
    /// The 14-digit personal number (ПИН / ИНН / PIN).
    case personalNumber = "personal-number"
    /// Phone numbers, international (+996 ...) and local (0555 ...).
    case phoneNumber = "phone-number"
    /// Dates of birth near a context word (born, DOB, родился, г.р., туулган).
    case birthDate = "birth-date"
}
