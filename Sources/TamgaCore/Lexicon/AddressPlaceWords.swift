/// Village and town names inside web addresses (issue 15, round-8
/// leftover): `2gis.kg/geo/temir-kanat`, `?q=erkin-sai`, `/belovodskoe`,
/// `kabar.kg/news/orlovka-school`. In prose such a place is read as a place
/// (`Gazetteer`, `NameCompounds`); in an address no place word stands
/// beside it, so the projector replaced the name part (`ak-Official A`,
/// `Relative A-school`) and the leak scan's address rules refused the
/// export for the person whose name the village carries.
///
/// A word of an address token (a URL, `www.` or `domain.tld/` form; not an
/// e-mail address or a handle, which name people) is a place here when it
/// is a gazetteer place form of nine letters or more (`Belovodskoe`), has a town's
/// ending (`orlovka`, `-evka`, `-ovo`, `-ино`, in `Gazetteer.toponymEndings`),
/// or with the next word of the token, after a `-` or `_`, is a compound
/// whose last part is a Kyrgyz place word (`temir-kanat`, `erkin-sai`,
/// `erkin-too`; the first part eight letters at most, so a fused name
/// `erkinasanov-sai` is not one). The person beside it in the same address
/// (`temir-kanat-osmonov`, `erkin.asanov`) is still read. The projector
/// keeps person matches inside these words; the scan reads its name rules
/// with them blanked (`LeakScanner`), its `sensitive` strings without.
public enum AddressPlaceWords {
    /// The scalar ranges of such place words in `scalars`.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for token in addressTokens(scalars) {
            // Percent-escapes read as the letters they stand for (`%D0%A2…` is Т…), each mapped back to its escape.
            let (letters, origin) = decoded(scalars, in: token)
            let words = letterRuns(letters, in: letters.indices)
            var index = 0
            while index < words.count {
                let word = string(letters, words[index])
                if index + 1 < words.count, words[index].upperBound + 1 == words[index + 1].lowerBound,
                   letters[words[index].upperBound] == "-" || letters[words[index].upperBound] == "_", word.count <= 8,
                   Gazetteer.isCompoundPlace(word + "-" + string(letters, words[index + 1])) {
                    result.append(origin[words[index].lowerBound].lowerBound..<origin[words[index + 1].upperBound - 1].upperBound)
                    index += 2
                    continue
                }
                if isPlace(word) { result.append(origin[words[index].lowerBound].lowerBound..<origin[words[index].upperBound - 1].upperBound) }
                index += 1
            }
        }
        return result
    }

    /// The token with its percent-escapes of UTF-8 decoded, and for each
    /// scalar of it the range of `scalars` it was written as.
    private static func decoded(_ scalars: [Unicode.Scalar], in token: Range<Int>) -> ([Unicode.Scalar], [Range<Int>]) {
        var letters: [Unicode.Scalar] = []
        var origin: [Range<Int>] = []
        var offset = token.lowerBound
        func byte(at position: Int) -> UInt8? {
            guard position + 2 < token.upperBound, scalars[position] == "%",
                  let high = hex(scalars[position + 1]),
                  let low = hex(scalars[position + 2]) else { return nil }
            return high << 4 | low
        }
        while offset < token.upperBound {
            if let first = byte(at: offset) {
                let count = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
                var bytes = [first]
                var position = offset + 3
                while bytes.count < count, let next = byte(at: position) { bytes.append(next); position += 3 }
                if count > 0, bytes.count == count, let text = String(validating: bytes, as: UTF8.self), let scalar = text.unicodeScalars.first {
                    letters.append(scalar)
                    origin.append(offset..<position)
                    offset = position
                    continue
                }
            }
            letters.append(scalars[offset])
            origin.append(offset..<(offset + 1))
            offset += 1
        }
        return (letters, origin)
    }

    private static func hex(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": UInt8(scalar.value - 48)
        case "a"..."f": UInt8(scalar.value - 87)
        case "A"..."F": UInt8(scalar.value - 55)
        default: nil
        }
    }

    /// The text with those place words written as spaces (offsets kept).
    public static func blanked(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let found = ranges(in: scalars)
        guard !found.isEmpty else { return text }
        var copy = scalars
        for range in found { for offset in range { copy[offset] = " " } }
        return String(String.UnicodeScalarView(copy))
    }

    /// A town's shape, or a gazetteer place of nine letters or more: a
    /// short one may be a given name alone in a handle's path (Talas, Naryn, Toktogul).
    private static func isPlace(_ word: String) -> Bool {
        if word.count >= 9, Gazetteer.shared.placeForms.contains(word) { return true }
        return word.count >= 6 && Gazetteer.toponymEndings.contains { word.hasSuffix($0) }
    }

    private static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range])).lowercased()
    }

    /// Runs of non-space scalars (cut at brackets and quotes) that are web addresses.
    private static func addressTokens(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start: Int?
        func close(_ end: Int) {
            guard let first = start else { return }
            start = nil
            let text = String(String.UnicodeScalarView(scalars[first..<end]))
            guard !text.contains("@"), !text.hasPrefix("#") else { return }
            let lower = text.lowercased()
            if lower.contains("://") || lower.hasPrefix("www.") || hasDomainPath(lower) { tokens.append(first..<end) }
        }
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace || "<>()\"'[]".unicodeScalars.contains(scalar) { close(offset) } else if start == nil { start = offset }
        }
        close(scalars.count)
        return tokens
    }

    private static func hasDomainPath(_ word: String) -> Bool {
        guard let slash = word.firstIndex(of: "/"), let dot = word[..<slash].lastIndex(of: ".") else { return false }
        let tld = word[word.index(after: dot)..<slash]
        return (2...6).contains(tld.count) && tld.allSatisfy(\.isLetter)
    }

    private static func letterRuns(_ scalars: [Unicode.Scalar], in token: Range<Int>) -> [Range<Int>] {
        guard !token.isEmpty else { return [] }
        var runs: [Range<Int>] = []
        var start: Int?
        for offset in token {
            if scalars[offset].properties.isAlphabetic {
                if start == nil { start = offset }
            } else if let first = start {
                runs.append(first..<offset)
                start = nil
            }
        }
        if let first = start { runs.append(first..<token.upperBound) }
        return runs
    }
}
