/// Declared spellings with the given name replaced by each of its
/// diminutives (`GivenNameDiminutives`): "Иван Старостин" adds "Ванечка
/// Старостин", "Ваня Старостин"…, so the matcher keys the diminutive as a
/// given name (alone, inflected, transliterated) and the leak scan's stem
/// rule reads Ванечке as it reads Садыкове. A Latin given name is read
/// into Cyrillic first (Ivan → Иван).
enum NameDiminutiveSpellings {
    /// The derived spellings only, each once, none a declared one.
    static func derived(_ declared: [String], table: GivenNameDiminutives = .shared) -> [String] {
        var out: [String] = []
        var seen = Set(declared)
        for spelling in declared {
            let parts = NameParts.parse(spelling).parts
            guard let given = parts.first(where: { $0.role == .given })?.text,
                  let range = spelling.range(of: given) else { continue }
            let cyrillic = given.unicodeScalars.allSatisfy(\.isASCII) ? Transliteration.cyrillic(given) : [given]
            for name in cyrillic {
                for form in table.forms(of: name) {
                    let derived = spelling.replacingCharacters(in: range, with: form)
                    if seen.insert(derived).inserted { out.append(derived) }
                }
            }
        }
        return out
    }
}
