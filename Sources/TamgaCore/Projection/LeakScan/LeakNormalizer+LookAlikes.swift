extension LeakNormalizer {
    /// Look-alikes that NFKC would map by meaning rather than by shape read
    /// by shape first: `Ϲ` (lunate sigma) shows as C, and NFKC makes it Σ.
    /// Only scalars NFKC changes are touched; the others are read after it.
    static func readingLookAlikes(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x370, value < 0x400 || value >= 0x530, let letters = LeakLookAlikes.readings[scalar] {
                let alone = String(scalar)
                if alone.precomposedStringWithCompatibilityMapping != alone {
                    result.append(contentsOf: letters)
                    changed = true
                    continue
                }
            }
            result.append(scalar)
        }
        return changed ? String(result) : text
    }
}
