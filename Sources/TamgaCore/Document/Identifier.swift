/// The identifier grammars of FORMAT.md, checked by hand over ASCII so that
/// a look-alike Cyrillic letter in an id is refused, not silently accepted.
enum Identifier {
    /// `[A-Za-z0-9._-]{1,64}`: document and recommendation ids.
    static func isDocumentID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return (1...64).contains(scalars.count) && scalars.allSatisfy { isASCIIAlphanumeric($0) || "._-".unicodeScalars.contains($0) }
    }

    /// `[A-Za-z][A-Za-z0-9_-]{0,31}`: person ids.
    static func isPersonID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, isASCIILetter(first), scalars.count <= 32 else { return false }
        return scalars.allSatisfy(isPersonIDScalar)
    }

    static func isPersonIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIAlphanumeric(scalar) || scalar == "_" || scalar == "-"
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || scalar.asciiDigit != nil
    }
}
