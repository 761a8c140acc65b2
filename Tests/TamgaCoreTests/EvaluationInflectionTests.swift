import Testing
@testable import TamgaCore

/// Found by the evaluation corpus: with a finder that knows no inflection
/// (the exact finder), a woman's surname or given name in an oblique case
/// reached the State export, because the leak scan's stems were whole
/// declared words (`садыкова` does not begin `садыковой`). The scan must
/// stop each of these forms by itself.
@Suite struct EvaluationInflectionTests {
    @Test(arguments: ["Садыковой", "Садыковою", "Гульнары", "Гульнаре", "Гульнарой", "Sadykovoi", "Гульнары Садыковой"])
    func obliqueCasesOfNamesEndingInAVowelStopTheExport(form: String) throws {
        let document = try Fixture.parse(front: """
            level: state
            persons:
              D-1:
                name: Гульнара Садыкова
                also: [Gulnara Sadykova]
                role: detainee
                consent: []

            """, body: "## Итоги\n\nГруппа побеседовала с \(form) наедине.\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames),
                                sensitive: [])
        let error = #expect(throws: LeakError.self) { try exporter.export(document, for: .state, as: .markdown) }
        #expect(error?.hits.contains { $0.rule == .protectedName && $0.personID == "D-1" } == true)
    }

    /// The shorter stem still needs five letters: `Аида` gives no stem `аид`.
    @Test func shortNamesGiveNoShorterStem() throws {
        let document = try Fixture.parse(front: """
            level: state
            persons:
              D-1:
                name: Аида Ким
                role: detainee
                consent: []

            """, body: "## Итоги\n\nВ аиде и в аиду нет имени.\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames),
                                sensitive: [])
        #expect(throws: Never.self) { try exporter.export(document, for: .state, as: .markdown) }
    }
}
