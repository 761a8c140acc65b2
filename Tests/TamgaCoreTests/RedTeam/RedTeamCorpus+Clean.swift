/// The clean corpus: reports that name no protected person but use the
/// ordinary words and places their names are made of, and the numbers
/// every report has (dates, counts, articles, statistics). None may be
/// refused, and the words must survive.
extension RedTeamCorpus {
    static let cleanNumbers = [
        "| Facility | Visits | Complaints | Transfers | Deaths |\n|---|---|---|---|---|\n| IVS-1 | 0 | 0 | 0 | 0 |\n| IVS-2 | 0 | 0 | 0 | 0 |",
        "Under art. 21 of the Optional Protocol, 14 persons were interviewed on 14.03.2026 between 10:30 and 16:45.",
        "В 2025 году в ИВС содержались 1 245 человек; по ст. 305 УК задержаны 12.",
        "Камерада 14 адам, ал эми ордуктар 8 гана.",
        "The budget for food is 150 сом per person per day, unchanged since 2019.",
        "Cell 12 measured 3.5 by 4 metres for 9 persons.",
    ]

    mutating func clean(_ round: Int) {
        for _ in 0..<3 {
            let (person, uses) = pick(RedTeamPeople.namesakes)
            let use = pick(uses)
            let numbers = pick(Self.cleanNumbers)
            let id = nextID()
            let source = document(id: id, persons: [("D-9\(String(format: "%03d", number))", person, [])],
                                  body: "## Conditions\n\n\(use)\n\n\(numbers)\n\n## The detainee {.internal}\n\n\(person.cyrillic) was interviewed in private.")
            cases.append(RedTeamCase(kind: .clean, form: "namesake: \(person.given == "Виктор" ? person.surname : person.given)", id: id,
                                     source: source, protected: [person.cyrillic], protectedDigits: [],
                                     survive: [survivingWord(use, of: person)]))
        }
    }

    /// The word of `use` that shares the person's name: the one that must survive.
    private func survivingWord(_ use: String, of person: RedTeamPeople.Person) -> String {
        let stems = [person.given, person.surname].map { String($0.lowercased().prefix(4)) }
        let words = use.split { !$0.isLetter && $0 != "-" }.map(String.init)
        return words.first { word in stems.contains { word.lowercased().hasPrefix($0) } } ?? use
    }
}
