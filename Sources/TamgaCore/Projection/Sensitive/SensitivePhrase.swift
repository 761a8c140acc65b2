/// One `sensitive` string compiled to be found as a reader would recognise
/// it (issue 15, class 7), not only as typed: `cell 14` is also
/// `cell No. 14`, `cell №14`, `Cell14`, `cells 14 and 15` and `c e l l 1 4`;
/// `the night-shift duty officer` is also `a night shift duty officers`,
/// `nightshift duty officer` and `night-` at one line's end with `shift` at
/// the next; `камера № 14` is also `камере №\u{A0}14`.
///
/// The phrase is read as a sequence of parts, words and numbers (a letter
/// run and a digit run are separate parts: `cell14` is two):
///
/// - articles and determiners at its start (`the`, `a`, `этот`, `бул`) are
///   dropped, so another article, or none, still matches;
/// - number signs before a number (`№`, `#`, `No.`, `Nr`) are dropped, and
///   in the text any of them may stand there, or none;
/// - between two parts the text may put any short run of spaces,
///   punctuation or markup (one line break at most), or nothing
///   (`nightshift`, `Cell14`); inside a part, single spaces or markup
///   (`c e l l`);
/// - a word may take an inflectional ending (`SensitiveInflection`), which
///   must then end the text's word; a number must match whole.
///
/// The match starts at the start of a word and ends at the end of one, so
/// `excellent 14`, `cell 140` and `cell 41` are not `cell 14`. Letters a
/// reader cannot tell apart compare equal (`SensitiveLookAlikes`: `kамере
/// 14` with a Latin k is `камере 14`, red-team round 7). The
/// projector and the leak scan compile the same phrases, each with its own
/// folding of the text (`fold`): the scan's is its normalizer.
struct SensitivePhrase: Sendable {
    /// One part: the spellings a word or number may take, and whether each
    /// must end the text's word (an inflected form).
    struct Part: Sendable {
        var forms: [(scalars: [Unicode.Scalar], inflected: Bool)]
        let isNumber: Bool
        /// A short number's value (1–4 digits, no leading zero): read in
        /// every form `SensitiveNumberForms` gives (`numberEnds`); nil for
        /// a long number, matched by its digits only.
        var value: Int? = nil
        /// Only an ordinal form (`14th`, `14-`, `четырнадцатой`): the number before the noun.
        var ordinalOnly = false
        /// Ordinal endings after the digits, folded.
        var suffixes: [[Unicode.Scalar]] = []
        /// Kyrgyz case endings after the digits, folded (`ИК-47де`; not before the noun).
        var caseSuffixes: [[Unicode.Scalar]] = []
    }

    let parts: [Part]
    /// A phrase that is only a number after a sign (`№ 7`) keeps a sign:
    /// any number sign, but not none (a bare `7` is not the phrase).
    let needsSign: Bool
    /// `signWords` folded as the text is (the scan's normalization may
    /// spell `номер` otherwise), so `камере номер четырнадцать` is read by both.
    let signs: [[Unicode.Scalar]]
    /// `firstScalars`, stored.
    private var startScalars: Set<Unicode.Scalar> = []

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "этот", "эта", "это", "эти",
                                           "тот", "та", "те", "бул", "ошол", "ал"]
    static let signWords: [[Unicode.Scalar]] = ["no", "nos", "nr", "n", "num", "number", "№", "номер", "номери"]
        .map { Array($0.unicodeScalars) }

    /// nil when the string has no word or number in it.
    init?(_ phrase: String, fold: (String) -> [Unicode.Scalar]) {
        var tokens = Self.tokens(of: SensitiveAddressWords.expandingHyphenated(phrase.lowercased()))
        // An article only before a word: `a 12` is a number, not an article.
        while tokens.count > 1, Self.determiners.contains(tokens[0]), !(tokens[1].unicodeScalars.first.map(Self.isDigit) ?? true) {
            tokens.removeFirst()
        }
        var parts: [Part] = []
        var hadSign = false
        for (index, token) in tokens.enumerated() {
            let isNumber = token.unicodeScalars.first.map(Self.isDigit) ?? false
            let nextIsNumber = index + 1 < tokens.count && (tokens[index + 1].unicodeScalars.first.map(Self.isDigit) ?? false)
            if nextIsNumber, !isNumber, Self.signWords.contains(Array(token.unicodeScalars)) { hadSign = true; continue }
            if isNumber {
                parts.append(Self.numberPart(token, fold: fold))
            } else {
                let base = fold(token)
                var forms = [(scalars: base, inflected: false)]
                for form in SensitiveInflection.forms(of: token) where form != token {
                    let folded = fold(form)
                    if folded != base, !forms.contains(where: { $0.scalars == folded }) { forms.append((folded, true)) }
                }
                // An address word's abbreviation or full word (`мкр.` ↔ `микрорайоне`; red-team round 4).
                for form in SensitiveAddressWords.equivalents(of: token) {
                    let folded = fold(form)
                    if folded != base, !forms.contains(where: { $0.scalars == folded }) { forms.append((folded, true)) }
                }
                parts.append(Part(forms: forms.sorted { $0.scalars.count > $1.scalars.count }, isNumber: false))
            }
        }
        guard !parts.isEmpty else { return nil }
        self.parts = Self.abbreviated(parts, tokens: tokens, fold: fold)
        startScalars = Self.startScalars(of: self.parts)
        signs = Self.foldedSigns(fold)
        let signScalars = phrase.unicodeScalars.contains { $0 == "№" || $0 == "#" }
        needsSign = parts.count == 1 && parts[0].isNumber && (hadSign || signScalars)
    }

    init(parts: [Part], needsSign: Bool, signs: [[Unicode.Scalar]]) {
        self.parts = parts
        startScalars = Self.startScalars(of: parts)
        self.needsSign = needsSign
        self.signs = signs
    }

    static func foldedSigns(_ fold: (String) -> [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var result = signWords
        for sign in signWords {
            let folded = fold(String(String.UnicodeScalarView(sign)))
            if !folded.isEmpty, !result.contains(folded) { result.append(folded) }
        }
        return result
    }

    /// Letter runs and digit runs (digits of any script as ASCII), in order.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsDigit = false
        for scalar in text.unicodeScalars {
            guard ScalarText.isWordScalar(scalar) else {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
                continue
            }
            let digit = isDigit(scalar)
            if !current.isEmpty, digit != currentIsDigit { tokens.append(String(current)); current = String.UnicodeScalarView() }
            current.append(digit ? asciiDigit(scalar) : scalar)
            currentIsDigit = digit
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

    /// The ASCII digit of a decimal digit of any script (its numeric value).
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.asciiDigit != nil { return scalar }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              let digit = Unicode.Scalar(UInt32(48 + Int(value))) else { return scalar }
        return digit
    }

    /// The first scalars a match may start with (folded), for a quick test.
    /// The scalars a match can start with (computed once: asked at every scalar of every text scanned).
    var firstScalars: Set<Unicode.Scalar> { startScalars }

    private static func startScalars(of parts: [Part]) -> Set<Unicode.Scalar> {
        Set(parts.first?.forms.compactMap(\.scalars.first).map { SensitiveLookAlikes.skeleton(Self.asciiDigit($0)) } ?? [])
    }

    /// Every match in `text` (already folded as the phrase was), by start.
    func matches(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let firsts = firstScalars
        var start = 0
        while start < text.count {
            if firsts.contains(SensitiveLookAlikes.skeleton(Self.asciiDigit(text[start]))), startsWord(text, start),
               let end = match(0, text, start, at: start),
               let from = needsSign ? signStart(text, before: start) : start {
                result.append(from..<end)
                start = end
            } else {
                start += 1
            }
        }
        return result
    }

    /// A match may start at `start`: after no letter or digit, or, for a
    /// number that needs its sign, right after the sign (the scan reads
    /// `№47` as `no47`, red-team round 8, C-075).
    private func startsWord(_ text: [Unicode.Scalar], _ start: Int) -> Bool {
        !isWord(text, start - 1) || (needsSign && Self.isDigit(text[start]) && signStart(text, before: start) != nil)
    }

    /// The first match's start, if any.
    func firstMatch(in text: [Unicode.Scalar]) -> Int? {
        let firsts = firstScalars
        for start in text.indices where firsts.contains(SensitiveLookAlikes.skeleton(Self.asciiDigit(text[start]))) && startsWord(text, start) {
            if match(0, text, start, at: start) != nil, let from = needsSign ? signStart(text, before: start) : start { return from }
        }
        return nil
    }
}
