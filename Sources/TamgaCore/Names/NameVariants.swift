import Foundation

/// The spellings of a person a reader may meet, written out: for the person
/// registry's display, for tests, and for the leak scan, which must search
/// by a separate path from the matcher (redaction.md F20).
///
/// Bounded: parts × (scripts and systems) × (Russian and Kyrgyz cases) plus
/// the full-name orders, initials and patronymics, cut at `limit` with the
/// most likely first (declared spellings, then transliterations, then case
/// forms). The matcher never needs this list: it matches skeleton keys,
/// which stand for all of these and for the spellings no list predicts.
public enum NameVariants {
    /// Written forms of `person`, each once (compared after `NameNormalization`), at most `limit`.
    public static func forms(of person: PersonNames, limit: Int = 400) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ form: String) {
            guard out.count < limit else { return }
            let key = NameNormalization.normalized(form)
            if !key.isEmpty, seen.insert(key).inserted { out.append(form) }
        }
        let parsed = person.spellings.map(NameParts.parse)
        person.spellings.forEach(add)
        for (spelling, names) in zip(person.spellings, parsed) {
            for script in scripts(of: spelling) { add(script) }
            let given = names.parts.first { $0.role == .given }?.text
            let surname = names.parts.first { $0.role == .surname }?.text
            let father = names.parts.first { $0.role == .father }?.text
            if let given, let surname {
                for (g, s) in zip(scripts(of: given), scripts(of: surname)) {
                    add("\(s) \(g)"); add("\(s.uppercased()) \(g)"); add("\(s), \(g)")
                    add("\(g.prefix(1)). \(s)"); add("\(g.prefix(1)).\(s)"); add("\(s) \(g.prefix(1)).")
                }
            }
            let stem = father ?? surname.flatMap(fatherName(ofSurname:))
            if let stem, let given {
                let particles = names.isFeminine ? ["кызы", "kyzy"] : ["уулу", "uulu"]
                for (g, f) in zip(scripts(of: given), scripts(of: stem)) {
                    add("\(g) \(f) \(isCyrillic(f) ? particles[0] : particles[1])")
                }
            }
            for part in names.parts where part.role != .spelling && part.role != .father {
                let kind: RussianDeclension.Kind = part.role == .surname ? .surname : part.role == .patronymic ? .patronymic : .given
                for written in scripts(of: part.text) where isCyrillic(written) {
                    let russian = RussianDeclension.forms(of: written, kind: kind, feminine: names.isFeminine)
                    let kyrgyz = KyrgyzInflection.forms(of: written)
                    for form in russian + kyrgyz {
                        add(form)
                        add(Transliteration.latin(form, system: .bgnPCGNKyrgyz))
                    }
                }
            }
        }
        return out
    }

    /// A name in both scripts: Cyrillic as written or read from Latin, then every system's Latin.
    static func scripts(of text: String) -> [String] {
        let cyrillic = isCyrillic(text) ? [text] : Transliteration.cyrillic(text)
        var out = cyrillic
        for written in cyrillic {
            out += TransliterationSystem.allCases.map { Transliteration.latin(written, system: $0) }
        }
        if !isCyrillic(text) { out.insert(text, at: 0) }
        return out.uniqued()
    }

    private static func isCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x400...0x52F).contains($0.value) }
    }

    /// Садыков → Садык, Sadykova → Sadyk (for "Садык уулу").
    private static func fatherName(ofSurname surname: String) -> String? {
        for ending in ["ова", "ева", "ов", "ев", "ova", "eva", "ov", "ev"] where surname.lowercased().hasSuffix(ending) {
            let stem = String(surname.dropLast(ending.count))
            return stem.count >= 3 ? stem : nil
        }
        return nil
    }
}
