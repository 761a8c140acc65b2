extension DetectorKind {
    /// Every match of this detector in `text`, sorted and non-overlapping.
    public func matches(in text: String) -> [Range<String.Index>] {
        let scalars = ScalarText(text)
        return matches(in: scalars).map(scalars.range)
    }

    /// Matches in the text as typed and as a reader reads it
    /// (`DetectorReading`), as ranges of the original scalars, overlapping
    /// ones united. Both, since the reading may also join what a reader
    /// keeps apart (`1234567_officer` is not `1234567officer`): it adds
    /// matches, never loses one.
    func matches(in text: ScalarText) -> [Range<Int>] {
        let typed = matches(reading: text.scalars)
        let reading = DetectorReading(text.scalars)
        guard reading.changesText else { return typed }
        let read = matches(reading: reading.scalars).map(reading.originalRange)
        return DetectorKind.united(typed + read)
    }

    func matches(reading scalars: [Unicode.Scalar]) -> [Range<Int>] {
        switch self {
        case .documentNumber: DocumentNumberDetector.matches(in: scalars)
        case .personalNumber: PersonalNumberDetector.matches(in: scalars)
        case .phoneNumber: PhoneNumberDetector.matches(in: scalars)
        case .birthDate: BirthDateDetector.matches(in: scalars)
        case .emailAddress: EmailAddressDetector.matches(in: scalars)
        case .homeAddress: HomeAddressDetector.matches(in: scalars)
        case .caseNumber: CaseNumberDetector.matches(in: scalars)
        case .vehiclePlate: VehiclePlateDetector.matches(in: scalars)
        }
    }
}

extension DetectorKind {
    /// Overlapping ranges joined, in order: what two readings of one text
    /// (as typed, and as read) found together.
    static func united(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var united: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = united.last, range.lowerBound < last.upperBound {
                united[united.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                united.append(range)
            }
        }
        return united
    }
}
