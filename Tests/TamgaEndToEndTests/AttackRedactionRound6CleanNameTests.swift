import Foundation
import Testing
import TamgaTestSupport

// MARK: Round 6, clean cases with names (c6-2, 3, 4, 7, 12, 13), end to end
//
// A protected given name or surname inside a named thing (an avenue, in
// its Kyrgyz case forms too; the Petri dish; Pushkin's poem) is neither
// replaced nor refused: the public export carries the sentence intact.
// Not claimed: c6-3, `старостиной жене` (the village elder's wife), which
// is also the surname Starostina in the dative; the lexicon has no
// possessive adjectives, and a lower-case surname is still matched. The trade-offs
// c6-1 (hotel «Жылдыз» for the detainee Zhyldyz) and c6-14 (the metro
// station «Семёновская» for Semyonov) stay refused on purpose: a quoted
// protected name is as likely the person.
extension AttackRedactionTests {
    static let cleanNamePersons6 = """
      D-Q:
        name: Chyngyz Azamat uulu
        also: [Чыңгыз Азамат уулу]
        role: detainee
        consent: []
      D-S:
        name: Pyotr Semyonov
        also: [Пётр Семёнов]
        role: detainee
        consent: []
      D-N:
        name: Ruslan Igorevich Shevchenko
        also: [Руслан Игоревич Шевченко]
        role: detainee
        consent: []

    """

    @Test(arguments: [
        ("c6-2", "ИВС Чыңгыз Айтматов көчөсүндө жайгашкан.", "Чыңгыз Айтматов көчөсүндө"),
        ("c6-4", "В медпункте нашли чашку Петри.", "чашку Петри"),
        ("c6-7", "В библиотеке есть «Руслан и Людмила».", "«Руслан и Людмила»"),
        ("c6-12", "The IVS is on Chingiz Aitmatov Avenue.", "Chingiz Aitmatov Avenue"),
        ("c6-13", "A Petri dish was found in the medical unit.", "A Petri dish"),
    ])
    func round6CleanNamesExportIntact(_ name: String, _ body: String, _ kept: String) throws {
        let outcome = try Self.export4(body, audience: "public", id: "ATK-6", extra: Self.cleanNamePersons6)
        #expect(outcome.status == 0, "\(name) refused: \(outcome.error)")
        #expect(outcome.text?.contains(kept) == true, "\(name) damaged:\n\(outcome.text ?? "")")
    }
}
