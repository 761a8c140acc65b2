import Testing
@testable import TamgaCore

/// Red team round 10, C-523 and C-524 (issue 15): a mobile written as its
/// country writes it at home, without a `+`, `0` or `8` prefix and without
/// a phone word: Uzbek `90 123 45 67`, `(90) 123-45-67`; the same class in
/// Kyrgyz (`555 12 34 56`, `(555) 123 456`), Kazakh and Russian (`701 123 45 67`).
/// What tells it from a count is the phone's grouping: two pairs at its end
/// after a two- or three-digit code, or the code in brackets.
@Suite struct PrefixlessMobileTests {
    static let cases: [(text: String, needle: String)] = [
        ("Его брат в Ташкенте: 90 123 45 67.", "123 45 67"),
        ("Брат: (90) 123-45-67", "123-45-67"),
        ("Akasi: 93 456-78-90", "456-78-90"),
        ("Ukasi (97) 765 43 21 ga qo'ng'iroq qildi.", "765 43 21"),
        ("Ташкентский номер 90.123.45.67 он помнит.", "123.45.67"),
        ("Апасынын номери 555 12 34 56.", "12 34 56"),
        ("Жены: (555) 123 456", "123 456"),
        ("Мать: (700) 12-34-56", "12-34-56"),
        ("Kazakh mobile 701 123 45 67 of his cousin.", "123 45 67"),
        ("Сестра в Москве: 912 345-67-89.", "345-67-89"),
        ("Call 90 123 45 67 after six.", "123 45 67"),
        ("Брат: 90\u{00A0}123\u{00A0}45\u{00A0}67", "45\u{00A0}67"),
        ("Агасы: 99-123-45-67", "123-45-67"),
    ]

    @Test func prefixlessMobilesAreFound() {
        let missed = ScopeIdentifierCheck.missed(.phoneNumber, Self.cases)
        print("PrefixlessMobile: detector \(Self.cases.count - missed.count)/\(Self.cases.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
    }

    @Test func nothingOfItIsPublished() throws {
        let published = try ScopeIdentifierCheck.published(Self.cases)
        print("PrefixlessMobile: whole path held \(Self.cases.count - published.count)/\(Self.cases.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    /// The code's brackets are withheld together: no `(` is left open in the export (C-524's `Брат: (`).
    @Test func noBracketIsLeftOpen() throws {
        let published = try ScopeIdentifierCheck.exported("Брат: (90) 123-45-67") ?? ""
        #expect(published.contains("Брат: [phone number withheld]"), "\(published)")
    }

    static let clean = [
        "Population 6 019 480 (2014).", "Budget: 123 456 789 som.", "Cells 1-4 and 15-20.", "| 90 | 123 | 45 | 67 |",
        "Visits 2014 12 15 20", "Ст. 143 ч. 2 п. 3 УК.", "Всего 12 345 человек, из них 67.", "Period 01.01.14–31.12.14.",
        "В 2014 году: 90 посещений, 123 камеры, 45 жалоб, 67 рекомендаций.", "Сумма 90 123 руб.", "Times 10:30, 12:45, 14:15.",
        "Cells 90, 123, 45 and 67.",
    ]

    @Test(arguments: clean)
    func countsStay(_ text: String) throws {
        let damaged = try ScopeIdentifierCheck.damaged(.phoneNumber, [text])
        #expect(damaged.isEmpty, "damaged: \(text)")
    }
}
