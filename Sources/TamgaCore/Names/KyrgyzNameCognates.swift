/// The elements of Kyrgyz names that Kazakh and Uzbek write as their own
/// cognate word, not as a transliteration (red-team round 8, A3): the
/// Persian бүбү "lady" is биби in both (Бүбүсара, Бибісара, Bibisara), and
/// жээн "nephew" is Kazakh жиен and Uzbek jiyan (Жээнбекова, Жиенбекова,
/// Jiyanbekova). A document from Osh or a Kazakh consulate writes the
/// person's name that way.
///
/// Why a table of elements and not a letter rule: ү is и only in these
/// words (Өмүрбекова is Kazakh Өмірбекова, a vowel the near-spelling rule
/// reads, but Үсөн is never Исөн), so a letter rule would make other names.
enum KyrgyzNameCognates {
    /// Element → its Kazakh and Uzbek writings (Cyrillic; the key builder's skeleton reads the Latin).
    static let elements: [(String, [String])] = [
        ("бүбү", ["биби", "бибі"]),
        ("жээн", ["жиен", "жиян"]),
    ]

    /// The part with each element it holds written as each cognate; none when it holds none.
    static func spellings(of part: String) -> [String] {
        let lower = part.lowercased()
        var out: [String] = []
        for (element, cognates) in elements where lower.contains(element) {
            for cognate in cognates {
                // The rest of the part as Russian writes Kyrgyz ү and ө (Бибисара, not Бибисара with ү left).
                let spelling = lower.replacingOccurrences(of: element, with: cognate)
                out.append(spelling)
                if let russian = NameKeyBuilder.russianWritingOfKyrgyzVowels(spelling) { out.append(russian) }
            }
        }
        return out
    }
}
