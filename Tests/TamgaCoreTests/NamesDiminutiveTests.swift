import Testing
@testable import TamgaCore

/// Issue 15, red-team case Ванечка: the diminutives of a declared given name
/// name the person (matcher and leak scan), and the common words among them
/// (мишка "teddy bear", ванька-встанька "tumbler toy") stay words.
@Suite struct NamesDiminutiveTests {
    static let registry = try! PersonRegistry(persons: [
        RegisteredPerson(id: "D-1", role: "detainee", name: "Ivan Starostin", also: ["Иван Старостин"], consent: []),
        RegisteredPerson(id: "D-2", role: "detainee", name: "Михаил Петров", also: [], consent: []),
        RegisteredPerson(id: "D-3", role: "detainee", name: "Айбек Садыков", also: [], consent: []),
    ])
    static let matcher = NameMatcher(persons: registry.personNames)
    static let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: matcher, sensitive: [])

    @Test func tableAndSuffixesDeriveTheDiminutives() {
        let forms = GivenNameDiminutives.shared.forms(of: "Иван")
        for form in ["Ваня", "Ванечка", "Ванюша", "Ванюшка", "Ванька", "Ванюха"] { #expect(forms.contains(form), "\(form)") }
        #expect(GivenNameDiminutives.shared.forms(of: "Михаил").contains("Мишенька"))
        #expect(GivenNameDiminutives.shared.forms(of: "Гульнара").contains("Гульнарочка"))
        #expect(GivenNameDiminutives.shared.forms(of: "Айбек") == ["Айбекжан", "Айке", "Айбекка", "Айбекчик", "Айбечка", "Айбечек", "Айбечик", "Айбеша"],
                "the -жан endearment, the respectful clipping (red-team round 4), the Russian -ка (round 5) and -чик, -чка, -ша (round 9)")
        #expect(GivenNameDiminutives.shared.forms(of: "Ivan").isEmpty)
    }

    @Test(arguments: [
        ("Потом Ванечка сказал.", "Ванечка"), ("Врач сказал Ванечке, что", "Ванечке"), ("with Vanyushka in the yard", "Vanyushka"),
        ("Ваня ушёл.", "Ваня"), ("Потом Мишенька сказал.", "Мишенька"), ("Потом Мишка сказал.", "Мишка"),
        ("Потом Айбекжан сказал.", "Айбекжан"),
    ])
    func diminutivesAreFoundAndRefused(text: String, name: String) throws {
        #expect(Self.matcher.matches(in: text).map { String(text[$0.range]) } == [name])
        #expect(throws: LeakError.self) { try Self.scan(text) }
    }

    /// Lower case: a derived diminutive is a name only with a capital (the
    /// short stem ван- of Ваня begins ванна, ванной).
    @Test(arguments: ["В камере лежал плюшевый мишка.", "У ребёнка была игрушка ванька-встанька.", "Воду налили в ванну.",
                      "В ванной комнате чисто."])
    func commonWordsStayWords(text: String) throws {
        #expect(Self.matcher.matches(in: text).isEmpty)
        #expect(throws: Never.self) { try Self.scan(text) }
    }

    static func scan(_ text: String) throws(LeakError) {
        let document = try! Fixture.parse(front: "level: public\n", body: "## Findings\n\n\(text)\n")
        try scanner.scan(text, format: .markdown, fileName: "T-1.md", document: document, audience: .public)
    }
}
