import Foundation

/// The leak scan's own text normalization, written apart from the
/// projector's matching so the two do not share blind spots (redaction.md
/// F20): compatibility composition (NFKC), format characters removed (soft
/// hyphen, zero-width space), every whitespace run one space, lowercase,
/// typographic apostrophes and dashes unified, Cyrillic letters that look
/// like Latin ones mapped to them, and letters of other scripts read as the
/// Latin or Cyrillic letter they look like (`LeakLookAlikes`, from Unicode's
/// confusables data), invisible fillers dropped. Each output scalar remembers the
/// line of the input it came from.
struct LeakNormalizer {
    let scalars: [Unicode.Scalar]
    let lines: [Int]

    /// The normalizer's readings: by shape, then by name for letters no
    /// shape reading covers (`LeakLetterNames.folds`: ҡ, ӄ → к).
    static let confusables: [Unicode.Scalar: Unicode.Scalar] = shapeConfusables.merging(LeakLetterNames.folds) { first, _ in first }

    /// Readings by shape: the scan's own table, then Unicode's confusables.
    static let shapeConfusables: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w",
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2032}": "'", "`": "'",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
    ].merging(lookAlikeLetters) { first, _ in first }
        .merging(LeakLookAlikes.single) { first, _ in first }

    /// Invisible in a reader's view though not format characters, so a word
    /// they sit in shows whole (`Sadyㅤkov`): default-ignorable code points
    /// (Hangul fillers U+115F, U+1160, U+3164, U+FFA0, variation selectors,
    /// tag characters, U+180E, ...) and the Braille blank U+2800.
    @inline(__always)
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.generalCategory == .format || properties.isDefaultIgnorableCodePoint || scalar == "\u{2800}"
    }

    /// Letters NFKC leaves alone that a reader reads as Latin ones (found by
    /// the red team: `ꜱᴀᴅʏᴋᴏᴠ`, `Ꮪadykov`): small capitals, and the Cherokee
    /// letters shaped like Latin capitals, in both Cherokee cases (the
    /// normalizer lowercases first, and Cherokee has lowercase forms).
    static let lookAlikeLetters: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        let smallCapitals: [UInt32: Character] = [
            0x1D00: "a", 0x0299: "b", 0x1D04: "c", 0x1D05: "d", 0x1D07: "e", 0xA730: "f", 0x0262: "g", 0x029C: "h",
            0x026A: "i", 0x1D0A: "j", 0x1D0B: "k", 0x029F: "l", 0x1D0D: "m", 0x0274: "n", 0x1D0F: "o", 0x1D18: "p",
            0x0280: "r", 0xA731: "s", 0x1D1B: "t", 0x1D1C: "u", 0x1D20: "v", 0x1D21: "w", 0x028F: "y", 0x1D22: "z",
        ]
        let cherokee: [UInt32: Character] = [
            0x13A0: "d", 0x13A1: "r", 0x13A2: "t", 0x13AA: "a", 0x13AB: "j", 0x13AC: "e", 0x13B3: "w", 0x13B7: "m",
            0x13BB: "h", 0x13C0: "g", 0x13C3: "z", 0x13CF: "b", 0x13D9: "v", 0x13DA: "s", 0x13DE: "l", 0x13DF: "c",
            0x13E2: "p", 0x13E6: "k", 0x13F4: "b",
        ]
        for (value, letter) in smallCapitals { table[Unicode.Scalar(value)!] = letter.unicodeScalars.first! }
        for (value, letter) in cherokee {
            table[Unicode.Scalar(value)!] = letter.unicodeScalars.first!
            // The lowercase Cherokee letter (U+AB70 block for U+13A0–13EF).
            if value < 0x13F0, let lower = Unicode.Scalar(value - 0x13A0 + 0xAB70) { table[lower] = letter.unicodeScalars.first! }
        }
        return table
    }()

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var lines: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        lines.reserveCapacity(text.utf8.count)
        var line = 1
        var pendingSpace = false
        // NFKC is skipped only where it provably changes nothing; the table
        // answers for common scalars what the properties would.
        let composed = LeakScalarTable.isNFKCStable(text) ? text : Self.readingLookAlikes(text).precomposedStringWithCompatibilityMapping
        for scalar in composed.unicodeScalars {
            if scalar == "\n" { line += 1 }
            switch LeakScalarTable.normalized(scalar) {
            case .dropped: continue
            case .whitespace:
                pendingSpace = !scalars.isEmpty
                continue
            case let .one(output):
                if pendingSpace {
                    scalars.append(" ")
                    lines.append(line)
                    pendingSpace = false
                }
                scalars.append(output)
                lines.append(line)
            case .slowPath:
                if Self.isInvisible(scalar) { continue }
                if scalar.properties.isWhitespace {
                    pendingSpace = !scalars.isEmpty
                    continue
                }
                if pendingSpace {
                    scalars.append(" ")
                    lines.append(line)
                    pendingSpace = false
                }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let letters = LeakLookAlikes.multiple[lower] {
                        scalars.append(contentsOf: letters)
                        lines.append(contentsOf: letters.map { _ in line })
                        continue
                    }
                    scalars.append(Self.confusables[lower] ?? lower)
                    lines.append(line)
                }
            }
        }
        self.scalars = scalars
        self.lines = lines
    }

    /// Offsets of every whole-word occurrence of `needle` (already normalized).
    func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
        guard let first = needle.first, needle.count <= scalars.count else { return [] }
        var found: [Int] = []
        for start in 0...(scalars.count - needle.count) where scalars[start] == first {
            guard scalars[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            let end = start + needle.count
            let cutsStart = isWord(start) && isWord(start - 1)
            let cutsEnd = isWord(end - 1) && isWord(end)
            if !cutsStart && !cutsEnd { found.append(start) }
        }
        return found
    }

    /// Whether the scalar at `offset` is a letter or digit (false outside the text).
    @inline(__always)
    func isWord(_ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && LeakScalarTable.isWordScalar(scalars[offset])
    }

    /// The words (runs of letters and digits) in order, each with its line.
    var words: [(word: String, line: Int)] {
        var result: [(String, Int)] = []
        var current = String.UnicodeScalarView()
        var line = 1
        for (offset, scalar) in scalars.enumerated() {
            if LeakScalarTable.isWordScalar(scalar) {
                if current.isEmpty { line = lines[offset] }
                current.append(scalar)
            } else if !current.isEmpty {
                result.append((String(current), line))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append((String(current), line)) }
        return result
    }

    /// The scalar ranges of the words (what `words` returns, without
    /// building a `String` for each).
    var wordRanges: [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for offset in scalars.indices {
            if LeakScalarTable.isWordScalar(scalars[offset]) {
                if start == nil { start = offset }
            } else if let begun = start {
                result.append(begun..<offset)
                start = nil
            }
        }
        if let begun = start { result.append(begun..<scalars.count) }
        return result
    }

    /// `text` normalized, as scalars, for use as a needle.
    static func needle(_ text: String) -> [Unicode.Scalar] {
        LeakNormalizer(text).scalars
    }
}
