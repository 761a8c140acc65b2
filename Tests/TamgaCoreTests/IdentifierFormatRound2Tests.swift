import Testing
@testable import TamgaCore

/// Issue 15, red-team round 2 (class 5): every generated identifier of
/// each new family (`IdentifierFormatGenerator+Round2`) is found by its
/// detector, in the text as a reader reads it (each protected digit inside
/// a match), and the clean controls of the round (a criminal case number,
/// an inventory number, a colony's last birth, a visit-date column, a
/// count in parentheses, counts in words) give no match. Recall is printed
/// per family.
@Suite struct IdentifierFormatRound2Tests {
    static let perFormat = 300

    @Test(arguments: IdentifierFormatGenerator.round2Formats)
    func everyRound2FormatIsFound(format: String) {
        var generator = IdentifierFormatGenerator(seed: 0x15_0205 &+ UInt64(format.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
        var found = 0
        var failures: [String] = []
        for _ in 0..<Self.perFormat {
            let sample = generator.round2Sample(format)
            let missed = IdentifierFormatTests.missed(sample)
            if missed.isEmpty { found += 1 } else if failures.count < 8 { failures.append("\(sample.text.debugDescription) missed \(missed)") }
        }
        print("round 2, \(format): \(found)/\(Self.perFormat)")
        #expect(found == Self.perFormat, "\(format): \(found)/\(Self.perFormat)\n\(failures.joined(separator: "\n"))")
    }

    /// Random clean controls: numbers and dates the new rules must leave.
    @Test func round2CleanControlsHaveNoIdentifier() {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0002)
        var falsePositives: [String] = []
        for _ in 0..<400 {
            let text = generator.round2CleanLine()
            // A criminal case's number is an identifier since round 10's scope decision (`case-number`):
            // only the other detectors must leave it (`CaseNumberDetectorTests`).
            for kind in DetectorKind.allCases where !(kind == .caseNumber && text.hasPrefix("Уголовное дело")) {
                for match in kind.matches(in: text) { falsePositives.append("\(kind.rawValue): \(String(text[match]).debugDescription) in \(text.debugDescription)") }
            }
        }
        print("round 2 clean controls: \(falsePositives.count) false positives in 400 texts")
        #expect(falsePositives.isEmpty, "\(falsePositives.prefix(8).joined(separator: "\n"))")
    }

    /// The red team's documents, as they were written.
    @Test(arguments: [
        (DetectorKind.documentNumber, "Passport No. N12345678 (Uzbekistan).", "N12345678"),
        (.documentNumber, "Свидетельство о рождении I-АН № 123456.", "123456"),
        (.documentNumber, "ID 234.56.78", "234.56.78"),
        (.documentNumber, "Passport AN ١٢٣٤٥٦٧ seized.", "١٢٣٤٥٦٧"),
        (.personalNumber, "| PIN part 1 | part 2 |\n|---|---|\n| 2020319 | 9100123 |", "9100123"),
        (.birthDate, "| Name | Born | Cell |\n|---|---|---|\n| A. | 02.03.1991 | 5 |", "02.03.1991"),
        (.birthDate, "| Ф.И.О. | Дата рожд. | Камера |\n|---|---|---|\n| Д. А. | 02.03.1991 | 5 |", "02.03.1991"),
        (.birthDate, "| Аты-жөнү | Туулган | Камера |\n|---|---|---|\n| А. | 02.03.1991 | 5 |", "02.03.1991"),
        (.birthDate, "A man (23, 02.03.91) said he was beaten.", "02.03.91"),
        (.birthDate, "He was born in '91 in Osh, on 2 March.", "2 March"),
        (.birthDate, "He was born 02.03.*1991*.", "02.03.*1991*"),
        (.birthDate, "He was born ~~02.03.~~1991.", "~~02.03.~~1991"),
        (.birthDate, "He was born on the 2^nd^ of March 1991.", "2^nd^ of March 1991"),
        (.phoneNumber, "Mother: 0  5  5  5  1  2  3  4  5  6.", "0  5  5  5  1  2  3  4  5  6"),
        (.phoneNumber, "Телефон матери: ноль пятьсот пятьдесят пять, сто двадцать три, четыреста пятьдесят шесть.",
         "ноль пятьсот пятьдесят пять, сто двадцать три, четыреста пятьдесят шесть"),
    ])
    func redTeamRound2(kind: DetectorKind, text: String, shown: String) {
        let found = kind.matches(in: text).map { String(text[$0]) }
        #expect(found.contains { $0.contains(shown) }, "\(text.debugDescription): \(found)")
    }

    /// Through the export path (projector, rendering, leak scan): each
    /// red-team document is written, with the identifier withheld, not
    /// refused.
    @Test(arguments: [
        ("Passport No. N12345678 (Uzbekistan).", "N12345678"), ("Свидетельство о рождении I-АН № 123456.", "123456"),
        ("ID 234.56.78", "234.56.78"), ("Passport AN ١٢٣٤٥٦٧ seized.", "١٢٣٤٥٦٧"),
        ("| PIN part 1 | part 2 |\n|---|---|\n| 2020319 | 9100123 |", "9100123"),
        ("| Name | Born | Cell |\n|---|---|---|\n| A. | 02.03.1991 | 5 |", "02.03.1991"),
        ("| Аты-жөнү | Туулган | Камера |\n|---|---|---|\n| А. | 02.03.1991 | 5 |", "02.03.1991"),
        ("A man (23, 02.03.91) said he was beaten.", "02.03.91"), ("He was born in '91 in Osh, on 2 March.", "2 March"),
        ("He was born 02.03.*1991*.", "02.03."), ("He was born ~~02.03.~~1991.", "02.03."),
        ("He was born on the 2^nd^ of March 1991.", "2^nd^"), ("Mother: 0  5  5  5  1  2  3  4  5  6.", "1  2  3  4  5  6"),
        ("Телефон матери: ноль пятьсот пятьдесят пять, сто двадцать три, четыреста пятьдесят шесть.", "четыреста пятьдесят шесть"),
    ])
    func redTeamRound2IsWrittenWithheld(body: String, shown: String) throws {
        let document = try Fixture.parse(front: "level: state\n", body: body + "\n")
        let registry = try PersonRegistry(documents: [document])
        let export = try Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: []).export(document, for: .state, as: .markdown)
        #expect(!export.text.contains(shown), "\(export.text)")
        // A detector's marker, in the document's language.
        let markers = Fixture.policy.localized(to: document.language).detectors.values.map(\.marker)
        #expect(markers.contains { export.text.contains($0) }, "\(export.text)")
    }

    /// The round's over-refusals: none of these is an identifier, except the
    /// criminal case's number, which round 10's scope decision made one
    /// (`case-number`): no other detector reads it.
    @Test(arguments: [
        "Уголовное дело № 02-123-2014-000456 возбуждено.", "Inventory No. 1234567 (mattresses).",
        "Рождено детей в колонии: 2, дата последнего рождения 02.03.2014.", "Паспорта выдаёт МКК 211021 в Бишкеке.",
    ])
    func round2OverRefusals(text: String) {
        for kind in DetectorKind.allCases where !(kind == .caseNumber && text.hasPrefix("Уголовное дело")) {
            #expect(kind.matches(in: text).isEmpty, "\(kind): \(text)")
        }
    }
}

extension IdentifierFormatGenerator {
    /// Report text near the new rules that holds no identifier.
    mutating func round2CleanLine() -> String {
        let year = number(2010...2026), day = two(number(1...28)), month = two(number(1...12))
        switch number(0...9) {
        case 0: return "Уголовное дело № \(two(number(1...12)))-\(number(100...999))-\(year)-\(digits(6)) возбуждено."
        case 1: return pick(["Inventory No. ", "Order No. ", "Case No. ", "Приказ № ", "Инвентарный № ", "Протокол № ", "Журнал № "])
            + digits(7) + pick([" (mattresses).", ".", " от \(day).\(month).\(year)."])
        case 2: return "Рождено детей в колонии: \(number(1...9)), дата последнего рождения \(day).\(month).\(year)."
        case 3:
            let header = pick(["Visit date", "Дата визита", "Date", "Келген күнү", "Дата"])
            return "| Cell | \(header) | Count |\n|---|---|---|\n| \(number(1...20)) | \(day).\(month).\(year) | \(number(0...30)) |"
        case 4: return pick(["(art. \(number(1...300)), \(day).\(month).\(year))", "(cell \(number(1...30)), \(day).\(month).\(year))",
                             "(see p. \(number(1...90)), \(day).\(month).\(year))"])
        case 5: return pick(["Двадцать три человека, пять камер, сорок два матраса.", "Twenty-three detainees in five cells, one hundred beds.",
                             "Жыйырма үч адам, беш камера.", "Three, two, one: the count was done."])
        case 6: return "Grades: " + (1...5).map(String.init).joined(separator: " ") + "; cells 1 2 3 4."
        case 7: return "He was born in Osh, and on \(day).\(month).\(year) he was detained."
        case 8: return "Паспорта выдаёт МКК \(number(100000...999999)) в Бишкеке."
        default: return "Art. \(number(1...300)) and *\(year)* statistics; ~~\(number(1...50))~~ \(number(1...50)) cells; \(number(10...99))^2^ m."
        }
    }
}
