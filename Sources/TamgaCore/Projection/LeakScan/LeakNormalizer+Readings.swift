extension LeakNormalizer {
    /// Each letter with two readings (`LeakLookAlikes.alternates`) read as
    /// the rest of its word is written: `ʙ` is в in `Садыкоʙ` and b in
    /// `Sadyʙek`; Cyrillic `в` is b in `Zhumaвaev`. The rest of the word
    /// decides by its letters of one script only: Cyrillic letters left
    /// after folding against the Latin letters no Cyrillic one folds to; a
    /// tie keeps the first reading. Names are normalized by the same rule,
    /// so a name written in one script keeps matching itself.
    static func choosingReadings(_ scalars: inout [Unicode.Scalar], _ alternates: [(offset: Int, reading: Unicode.Scalar)]) {
        var next = 0
        while next < alternates.count {
            // The word around the next ambiguous letter, and its ambiguous letters (in order).
            var start = alternates[next].offset, end = start + 1
            while start > 0, LeakScalarTable.isWordScalar(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, LeakScalarTable.isWordScalar(scalars[end]) { end += 1 }
            var last = next
            while last + 1 < alternates.count, alternates[last + 1].offset < end { last += 1 }
            var cyrillic = 0, latin = 0
            for index in start..<end {
                if isCyrillic(scalars[index]) { cyrillic += 1 } else if isLatinOnly(scalars[index]) { latin += 1 }
            }
            for (offset, _) in alternates[next...last] {
                if isCyrillic(scalars[offset]) { cyrillic -= 1 } else if isLatinOnly(scalars[offset]) { latin -= 1 }
            }
            if cyrillic != latin {
                let script = cyrillic > latin
                for (offset, reading) in alternates[next...last]
                where isCyrillic(scalars[offset]) != script && isCyrillic(reading) == script {
                    scalars[offset] = reading
                }
            }
            next = last + 1
        }
    }

    /// Latin letters no Cyrillic letter is folded to and that have no
    /// Cyrillic reading: f g n r u v z (b, m and t read в, м, т).
    private static func isLatinOnly(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "f", "g", "n", "r", "u", "v", "z": true
        default: false
        }
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x400 && scalar.value < 0x530 }
}

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
