/// The generated `LeakLookAlikeTable` (Unicode's confusables, UTS #39)
/// unpacked: each letter-shaped scalar of another script, read as the one
/// Latin or Cyrillic letter it looks like (`single`, merged into the
/// normalizer's own confusables) or as two Latin letters (`multiple`: `ǁ`
/// reads `ll`). The table is data, not code, so that regenerating it from a
/// newer Unicode is a diff of readings (scripts/look-alikes/generate.py).
enum LeakLookAlikes {
    static let single: [Unicode.Scalar: Unicode.Scalar] = readings.compactMapValues { $0.count == 1 ? $0[0] : nil }
    static let multiple: [Unicode.Scalar: [Unicode.Scalar]] = readings.filter { $0.value.count > 1 }

    /// The other reading of a letter read one way among Latin letters and
    /// another among Cyrillic ones (`ʙ`: b or в; `в`: в or b), keyed by the
    /// lowercase scalar; `LeakNormalizer` picks by the word's other letters.
    static let alternates: [Unicode.Scalar: Unicode.Scalar] = unpack(LeakLookAlikeTable.alternates).compactMapValues(\.first)

    static let readings = unpack(LeakLookAlikeTable.packed)

    private static func unpack(_ packed: String) -> [Unicode.Scalar: [Unicode.Scalar]] {
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for item in packed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = UInt32(parts[0], radix: 16), let scalar = Unicode.Scalar(value) else { continue }
            table[scalar] = Array(parts[1].unicodeScalars)
        }
        return table
    }
}
