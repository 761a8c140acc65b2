/// Words that mix Latin and Cyrillic letters read in the script of the rest
/// of the word (issue 15, class 2): `Садыĸов` and `Сɑдыkовым` show as the
/// Cyrillic name, `Ꮪаdyкov` and `Zhumaƅaev` as the Latin one. A letter read
/// one way among Latin letters and another among Cyrillic ones (Latin b h k
/// m t and their Cyrillic twins в н к м т, ь, and look-alikes such as `ʙ`,
/// `ĸ`, `ƅ`: `LeakLookAlikes.alternates`, from Unicode's confusables, and
/// `ԁ`, `ү`: `LeakLetterNames.alternates`, from the letters' names) is
/// rewritten in the script that has more of the word's other letters, and
/// only where that script wins outright. The leak normalizer keeps one
/// reading per letter; this is a separate reader's view, so it can only add
/// hits (a name with a Kyrgyz ending, `Aibekтин`, still reads as before in
/// the other views).
enum MixedScriptText {
    static func reading(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var index = 0
        while index < scalars.count {
            guard LeakScalarTable.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            // Most words are all ASCII or all Cyrillic: one cheap pass says so.
            var end = index
            var ascii = false, cyrillic = false, other = false
            while end < scalars.count, LeakScalarTable.isWordScalar(scalars[end]) {
                let value = scalars[end].value
                // Cyrillic beyond Russian (ҟ, ԁ, ү) may read as a Latin letter: such a word is read too.
                if value < 0x80 { ascii = true } else if value >= 0x400, value < 0x460 { cyrillic = true } else { other = true }
                end += 1
            }
            if other || (ascii && cyrillic), let rewritten = rewritten(scalars[index..<end]) {
                scalars.replaceSubrange(index..<end, with: rewritten)
                changed = true
            }
            index = end
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// The word with its two-reading letters in the word's script, or nil when nothing changes.
    private static func rewritten(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        var cyrillic = 0, latin = 0
        var ambiguous: [(offset: Int, lower: Unicode.Scalar, isCyrillic: Bool, other: Unicode.Scalar)] = []
        for (offset, scalar) in zip(word.indices, word) {
            let lower = lowercase(scalar)
            if let other = LeakLookAlikes.alternates[lower] ?? LeakLetterNames.alternates[lower] {
                let reading = LeakNormalizer.confusables[lower] ?? lower
                ambiguous.append((offset, lower, isCyrillic(reading), other))
            } else if isCyrillic(scalar), !folded(lower) {
                cyrillic += 1
            } else if scalar.isASCII, !folded(lower) {
                latin += 1
            }
        }
        guard !ambiguous.isEmpty, cyrillic != latin else { return nil }
        let script = cyrillic > latin
        var out = Array(word)
        var changed = false
        for letter in ambiguous where letter.isCyrillic != script && isCyrillic(letter.other) == script {
            let upper = word[letter.offset] != letter.lower
            out[letter.offset - word.startIndex] = upper ? uppercase(letter.other) : letter.other
            changed = true
        }
        return changed ? out : nil
    }

    /// Letters the normalizer folds between the scripts already (а/a, о/o,
    /// с/c, ...): they count for neither script.
    private static func folded(_ lower: Unicode.Scalar) -> Bool {
        LeakNormalizer.confusables[lower] != nil || "acehijopsxy".unicodeScalars.contains(lower)
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x400 && scalar.value < 0x530 }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if scalar.isASCII { return Unicode.Scalar(UInt8(value) | (scalar.properties.isUppercase ? 0x20 : 0)) }
        if value >= 0x410, value < 0x430 { return Unicode.Scalar(value + 0x20)! }
        if value >= 0x430, value < 0x460 { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    private static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        return upper.count == 1 ? upper.first! : scalar
    }
}
