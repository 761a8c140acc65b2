/// The language a document is written in, which its exports' own words
/// (header labels, the withheld footer, the shipped markers and pseudonyms,
/// banners) follow, so a Ministry reader of a Russian report never meets an
/// English "Detainee A" in the middle of a Russian sentence (issue 19.13).
///
/// Declared by the front matter's `lang` (Pandoc's key), otherwise read off
/// the document's letters by `detect(in:)` (FORMAT.md, "Language").
public enum DocumentLanguage: String, CaseIterable, Sendable, Hashable, Codable {
    case english = "en"
    case russian = "ru"
    case kyrgyz = "ky"

    /// The codes a front matter may give, for hints ("en, ru, ky").
    static let spelledOut = allCases.map(\.rawValue).joined(separator: ", ")

    /// The language of a `lang` value: a BCP 47 tag as Pandoc takes it
    /// (`ru`, `ru-RU`, `ky_KG`, `EN`), read by its primary subtag. Nil for
    /// a language the vault has no catalogue for.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary)
    }

    /// The language the letters of `texts` are written in, when the front
    /// matter does not say: Cyrillic letters outnumbering Latin ones make it
    /// Cyrillic, else English; Cyrillic text is Kyrgyz when Kyrgyz's own
    /// letters (ө ү ң) make at least one in fifty of its Cyrillic letters,
    /// else Russian. The threshold keeps a Russian report that quotes Kyrgyz
    /// names (Үмүт, Төлөгөн) Russian; Kyrgyz prose has five or more in a
    /// hundred. Digits, punctuation and markup do not count.
    public static func detect(in texts: some Sequence<String>) -> DocumentLanguage {
        var latin = 0, cyrillic = 0, kyrgyz = 0
        for text in texts {
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
                case 0x400...0x52F:
                    cyrillic += 1
                    if kyrgyzLetters.contains(scalar) { kyrgyz += 1 }
                default: break
                }
            }
        }
        guard cyrillic > latin else { return .english }
        return kyrgyz * 50 >= cyrillic ? .kyrgyz : .russian
    }

    /// ө ү ң in both cases: Kyrgyz letters Russian does not have.
    private static let kyrgyzLetters: Set<Unicode.Scalar> = ["ө", "Ө", "ү", "Ү", "ң", "Ң"]
}

extension DocumentLanguage {
    /// The language most of `languages` are in, for an output drawn from
    /// several documents (the annual summary, the follow-up report) when
    /// `--lang` does not say. A tie, or no document at all, is English: the
    /// one language every member of the NPM and its partners reads.
    public static func majority(of languages: some Sequence<DocumentLanguage>) -> DocumentLanguage {
        var counts: [DocumentLanguage: Int] = [:]
        for language in languages { counts[language, default: 0] += 1 }
        guard let highest = counts.values.max() else { return .english }
        let leaders = counts.filter { $0.value == highest }.map(\.key)
        return leaders.count == 1 ? leaders[0] : .english
    }
}
