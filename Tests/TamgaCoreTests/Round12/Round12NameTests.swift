import Testing
@testable import TamgaCore

/// Red team round 12, class A (issue 15): a Russian surname in -вич after a
/// patronymic (`Ольга Семёновна Ляхович`) was read as a second patronymic,
/// so the given name was taken for the surname and its short forms (Оля,
/// Олечка; Маша for Мария) were never protected.
@Suite struct Round12NameTests {
    @Test func aSurnameInVichIsTheSurname() {
        for (spelling, given, surname) in [("Ольга Семёновна Ляхович", "Ольга", "Ляхович"), ("Мария Сергеевна Карпович", "Мария", "Карпович"),
                                           ("Ляхович Ольга Семёновна", "Ольга", "Ляхович"), ("Иван Петрович Карпович", "Иван", "Карпович"),
                                           ("Ольга Ляхович", "Ольга", "Ляхович"), ("Ляхович Ольга", "Ольга", "Ляхович"),
                                           ("ЛЯХОВИЧ Ольга", "Ольга", "ЛЯХОВИЧ")] {
            let parts = NameParts.parse(spelling).parts
            #expect(parts.first { $0.role == .given }?.text == given, "\(spelling): \(parts)")
            #expect(parts.first { $0.role == .surname }?.text == surname, "\(spelling): \(parts)")
        }
        // With initials only, the -вич word is the surname (a bare `Ляхович` is then the person).
        #expect(NameParts.parse("О. Ляхович").parts.map(\.role) == [.surname])
        #expect(NameParts.parse("И. П. Ляхович").parts.map(\.role) == [.surname])
        // A patronymic after the given name stays one.
        #expect(NameParts.parse("Иван Петрович Карпович").parts.contains { $0.role == .patronymic && $0.text == "Петрович" })
        #expect(NameParts.parse("Руслан Игоревич Шевченко").parts.contains { $0.role == .patronymic && $0.text == "Игоревич" })
    }

    @Test(arguments: ["Оля Ляхович отказалась показать журнал.", "Оля отказалась показать журнал.", "Олечка сказала, что ключей нет.",
                      "Журнал показала Ольга Семёновна.", "Ляхович отказалась."])
    func theOfficialsShortFormsDoNotLeave(_ text: String) {
        let published = Round12Vault.exported(text)
        for form in ["Оля", "Олечка", "Ольга", "Ляхович"] {
            #expect(published?.contains(form) != true, "\(form) published: \(published ?? "")")
        }
    }
}
