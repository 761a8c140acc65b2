extension DetectorKind {
    /// Every match of this detector in `text`, sorted and non-overlapping.
    public func matches(in text: String) -> [Range<String.Index>] {
        let scalars = ScalarText(text)
        return matches(in: scalars).map(scalars.range)
    }

    func matches(in text: ScalarText) -> [Range<Int>] {
        switch self {
        case .documentNumber: DocumentNumberDetector.matches(in: text.scalars)
        case .personalNumber: PersonalNumberDetector.matches(in: text.scalars)
        case .phoneNumber: PhoneNumberDetector.matches(in: text.scalars)
        case .birthDate: BirthDateDetector.matches(in: text.scalars)
        }
    }
}
