import Foundation

/// The Unicode properties the leak scan asks of every scalar, precomputed
/// for the scalars reports are made of (Basic Latin through the Cyrillic
/// block, and General Punctuation), because `Unicode.Scalar.Properties`
/// lookups (and `lowercaseMapping`, which builds a `String`) were a quarter
/// of an export (BENCHMARKS.md, P3).
///
/// Every entry is computed once from those same properties, so a lookup
/// answers exactly what the property would; a scalar outside the table, or
/// whose lowercase is more than one scalar (`İ`), takes the slow path.
enum LeakScalarTable {
    /// One entry: the flags below, and in the low 21 bits the scalar the
    /// normalizer writes for it (lowercase, then the confusable mapping).
    private static let isFormat: UInt32 = 1 << 31
    private static let isWhitespace: UInt32 = 1 << 30
    private static let isWord: UInt32 = 1 << 29
    /// NFKC leaves a text of only such scalars as it is (quick check Yes and
    /// combining class 0: nothing to decompose, reorder or compose with).
    private static let isNFKCStable: UInt32 = 1 << 28
    /// Lowercase is one scalar, so the low bits hold the output.
    private static let hasSingleOutput: UInt32 = 1 << 27
    /// Not a format character but not seen either (`LeakNormalizer.isInvisible`): dropped too.
    private static let isIgnorable: UInt32 = 1 << 26
    private static let outputMask: UInt32 = (1 << 21) - 1

    private static let ranges: [Range<UInt32>] = [0..<0x500, 0x2000..<0x2070]

    private static let entries: [[UInt32]] = ranges.map { range in
        range.map { value in Unicode.Scalar(value).map(entry) ?? 0 }
    }

    private static func entry(_ scalar: Unicode.Scalar) -> UInt32 {
        let properties = scalar.properties
        var flags: UInt32 = 0
        if properties.generalCategory == .format { flags |= isFormat }
        if LeakNormalizer.isInvisible(scalar) { flags |= isIgnorable }
        if properties.isWhitespace { flags |= isWhitespace }
        if properties.isAlphabetic || properties.numericType != nil { flags |= isWord }
        let single = String(scalar)
        if properties.canonicalCombiningClass.rawValue == 0,
           single.precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual(single.unicodeScalars) {
            flags |= isNFKCStable
        }
        let lower = properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let first = lower.first, LeakLookAlikes.multiple[first] == nil {
            flags |= hasSingleOutput | (LeakNormalizer.confusables[first] ?? first).value
        }
        return flags
    }

    @inline(__always)
    private static func lookup(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        if value < 0x500 { return entries[0][Int(value)] }
        if value >= 0x2000, value < 0x2070 { return entries[1][Int(value - 0x2000)] }
        return nil
    }

    /// A letter or digit of any script (`isAlphabetic` or a numeric type).
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if let entry = lookup(scalar) { return entry & isWord != 0 }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// General category Cf (soft hyphen, zero-width space, ...).
    @inline(__always)
    static func isFormatScalar(_ scalar: Unicode.Scalar) -> Bool {
        if let entry = lookup(scalar) { return entry & isFormat != 0 }
        return scalar.properties.generalCategory == .format
    }

    /// Whether NFKC certainly leaves `text` unchanged: every scalar is in
    /// the table and stable on its own (UAX #15 quick check: all Yes, all
    /// combining class 0).
    static func isNFKCStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isNFKCStableScalar)
    }

    /// In the table, and left as it is by NFKC (and so by NFC) whatever
    /// surrounds it, when its neighbours are such scalars too.
    @inline(__always)
    static func isNFKCStableScalar(_ scalar: Unicode.Scalar) -> Bool {
        lookup(scalar).map { $0 & isNFKCStable != 0 } ?? false
    }

    /// What the normalizer does with one scalar (already NFKC).
    enum Normalized {
        case dropped, whitespace, one(Unicode.Scalar), slowPath
    }

    @inline(__always)
    static func normalized(_ scalar: Unicode.Scalar) -> Normalized {
        guard let entry = lookup(scalar) else { return .slowPath }
        if entry & (isFormat | isIgnorable) != 0 { return .dropped }
        if entry & isWhitespace != 0 { return .whitespace }
        guard entry & hasSingleOutput != 0, let output = Unicode.Scalar(entry & outputMask) else { return .slowPath }
        return .one(output)
    }
}
