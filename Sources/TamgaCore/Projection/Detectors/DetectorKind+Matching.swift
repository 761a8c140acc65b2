extension DetectorKind {
    /// Every match of this detector in `text`, sorted and non-overlapping.
    public func matches(in text: String) -> [Range<String.Index>] {
        let scalars = ScalarText(text)
        return matches(in: scalars).map(scalars.range)
    }

    /// Matches in the text as a reader reads it (`DetectorReading`), as
    /// ranges of the original scalars.
    func matches(in text: ScalarText) -> [Range<Int>] {
        let reading = DetectorReading(text.scalars)
        return matches(reading: reading.scalars).map(reading.originalRange)
    }

    func matches(reading scalars: [Unicode.Scalar]) -> [Range<Int>] {
        switch self {
        case .documentNumber: DocumentNumberDetector.matches(in: scalars)
        case .personalNumber: PersonalNumberDetector.matches(in: scalars)
        case .phoneNumber: PhoneNumberDetector.matches(in: scalars)
        case .birthDate: BirthDateDetector.matches(in: scalars)
        }
    }
}
