/// The warning `tamga add` gives for a protected person whose name part is
/// also an everyday word (red-team round 8, A4): Эркин is "free", Темир
/// "iron", Максат "purpose", Жылдыз "star", Надежда "hope". Written with a
/// capital where a name stands, the part is withheld; written in lower case
/// (`эркин ооруп калды` in a pasted chat) it is read as the word, because
/// refusing every эркин would refuse Kyrgyz prose. The author is the one who
/// can fix it, by writing `@D-3`, so the author is told at once.
///
/// The warning names the person's id and which part, never the part itself
/// (warnings go to terminals and logs).
public enum WordNamePartWarning {
    public static func warnings(for document: Document, commonWords: CommonWords = .shared) -> [String] {
        var out: [String] = []
        for person in document.persons where !person.consent.isSuperset(of: [.state, .public]) {
            var roles: [String] = []
            for spelling in person.spellings {
                for part in NameParts.parse(spelling).parts where commonWords.isNamePart(part.text) {
                    let role = roleName(part.role)
                    if !roles.contains(role) { roles.append(role) }
                }
            }
            guard !roles.isEmpty else { continue }
            let audiences = person.consent.contains(.state) ? "the public" : person.consent.contains(.public) ? "the State" : "the State and the public"
            out.append("\(document.id): \(person.id)'s \(roles.joined(separator: " and ")) is also an everyday word: written in lower case, "
                + "it is read as the word and is not withheld from \(audiences); refer to the person as @\(person.id)")
        }
        return out
    }

    private static func roleName(_ role: NameParts.Role) -> String {
        switch role {
        case .given: "given name"
        case .surname: "surname"
        case .patronymic: "patronymic"
        case .father: "father's name"
        case .spelling, .derivedPart, .possessive: "name"
        }
    }
}
