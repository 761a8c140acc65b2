extension DetectorKind {
    /// Every match of this detector in `text`, sorted and non-overlapping.
    public func matches(in text: String) -> [Range<String.Index>] {
        let scalars = ScalarText(text)
        return matches(in: scalars).map(scalars.range)
    }

    /// The matches of each of `kinds` in `text`, in the order of `kinds`:
    /// what `kind.matches(in: text)` finds for each, the text read once.
    public static func matches(_ kinds: [DetectorKind], in text: String) -> [[Range<String.Index>]] {
        let scalars = ScalarText(text)
        return matches(kinds, in: scalars).map { $0.map(scalars.range) }
    }

    /// Matches in the text as typed and as a reader reads it
    /// (`DetectorReading`), as ranges of the original scalars, overlapping
    /// ones united. Both, since the reading may also join what a reader
    /// keeps apart (`1234567_officer` is not `1234567officer`): it adds
    /// matches, never loses one.
    func matches(in text: ScalarText) -> [Range<Int>] {
        Self.matches([self], in: text)[0]
    }

    /// The matches of each of `kinds` in `text`, in the order of `kinds`,
    /// each exactly what `kind.matches(in: text)` finds: the reading and the
    /// tokens (`DetectorInput`) are made once for all of them, not once per
    /// detector (issue 15: the three token detectors of session 40 each
    /// tokenized the text again, in the projector and in each scan view).
    static func matches(_ kinds: [DetectorKind], in text: ScalarText) -> [[Range<Int>]] {
        guard !kinds.isEmpty else { return [] }
        let tokenized = kinds.contains(where: \.readsTokens)
        let typed = DetectorInput(text.scalars, tokenized: tokenized)
        let reading = DetectorReading(text.scalars)
        guard reading.changesText else { return kinds.map { $0.matches(reading: typed) } }
        let read = DetectorInput(reading.scalars, tokenized: tokenized)
        return kinds.map { kind in
            DetectorKind.united(kind.matches(reading: typed) + kind.matches(reading: read).map(reading.originalRange))
        }
    }

    /// Whether the detector reads words and numbers (`DetectorTokens`) rather than scalars.
    var readsTokens: Bool { self == .homeAddress || self == .caseNumber || self == .vehiclePlate }

    func matches(reading input: DetectorInput) -> [Range<Int>] {
        let scalars = input.scalars
        switch self {
        case .documentNumber: return DocumentNumberDetector.matches(in: scalars)
        case .personalNumber: return PersonalNumberDetector.matches(in: scalars)
        case .phoneNumber: return PhoneNumberDetector.matches(in: scalars)
        case .birthDate: return BirthDateDetector.matches(in: scalars)
        case .emailAddress: return EmailAddressDetector.matches(in: scalars)
        case .homeAddress, .caseNumber, .vehiclePlate:
            // No number, no token detector's match: the three all need one.
            guard let tokens = input.tokens else { return [] }
            switch self {
            case .homeAddress: return HomeAddressDetector.matches(tokens)
            case .caseNumber: return CaseNumberDetector.matches(tokens)
            default: return VehiclePlateDetector.matches(tokens, scalars)
            }
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
