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

/// Small predicates the detectors share.
enum DetectorScalars {
    static func isDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && scalars[offset].asciiDigit != nil
    }

    static func isLetterOrDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && ScalarText.isWordScalar(scalars[offset])
    }

    /// The length of the run of ASCII digits starting at `offset`.
    static func digitRun(_ scalars: [Unicode.Scalar], from offset: Int) -> Int {
        var end = offset
        while isDigit(scalars, end) { end += 1 }
        return end - offset
    }

    /// Spaces of any kind (no-break, thin) count the same in numbers, and so
    /// does a line break: a paragraph wrapped at 78 columns splits `ID
    /// 1234567` or `+996 555 123 456` over two lines as readily as any words.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\t"
            || scalar == "\n" || scalar == "\r"
    }
}

/// Kyrgyz passport and ID-card numbers: two capital letters (Latin, or a
/// Cyrillic look-alike) and seven digits, `AN1234567`, `ID 2345678`.
enum DocumentNumberDetector {
    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start + 8 < scalars.count {
            if let end = match(scalars, at: start) {
                result.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return result
    }

    private static func match(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              isCapital(scalars[start]), isCapital(scalars[start + 1]) else { return nil }
        var digits = start + 2
        if digits < scalars.count, DetectorScalars.isSpace(scalars[digits]) || scalars[digits] == "-" || scalars[digits] == "№" {
            digits += 1
        }
        guard DetectorScalars.digitRun(scalars, from: digits) == 7,
              !DetectorScalars.isLetterOrDigit(scalars, digits + 7) else { return nil }
        return digits + 7
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase && scalar.properties.isAlphabetic
    }
}

/// The 14-digit personal number (ПИН, ИНН, PIN): exactly fourteen digits
/// in a row. A run of 15 or more digits is some other number and is not
/// taken for a personal number; letters may touch it (`ПИН20203199100123`).
enum PersonalNumberDetector {
    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0
        while offset < scalars.count {
            let run = DetectorScalars.digitRun(scalars, from: offset)
            if run == 14 { result.append(offset..<(offset + 14)) }
            offset += max(run, 1)
        }
        return result
    }
}
