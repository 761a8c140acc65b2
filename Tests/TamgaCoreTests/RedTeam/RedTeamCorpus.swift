/// The red-team evaluation corpus (issue 15): documents written the way
/// monitors write, each planting one form of one leak class in text the
/// State and the public may see, plus a clean corpus of reports that name
/// no protected person but use the words and places that share their
/// names. Deterministic (seeded), so a figure can be reproduced.
struct RedTeamCorpus {
    var random: SeededGenerator
    var identifiers: RedTeamIdentifiers
    var cases: [RedTeamCase] = []
    var number = 0

    init(seed: UInt64) {
        random = SeededGenerator(state: seed)
        identifiers = RedTeamIdentifiers(random: SeededGenerator(state: seed ^ 0x5EED))
    }

    static let filler = [
        "The team visited all cells and spoke with the duty officer about the registers.",
        "Ventilation was inadequate and the cells had no natural light.",
        "Камеры переполнены, вентиляция не работает, постельных принадлежностей нет.",
        "Медицинский осмотр при поступлении не проводится.",
        "Камактагылар таза суу жетишсиз экенин айтышты.",
        "The registers were incomplete for the period under review.",
        "Администрация предоставила доступ ко всем помещениям.",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }

    mutating func nextID() -> String {
        number += 1
        return "RT-2026-\(String(format: "%04d", number))"
    }

    /// A visit report declaring `persons` (detainees, no consent), with
    /// the body between two filler paragraphs.
    mutating func document(id: String, persons: [(String, RedTeamPeople.Person, [String])], body: String) -> String {
        var front = "---\nid: \(id)\nkind: visit-report\ntitle: Visit \(id)\ndate: 2026-03-14\nfacility: IVS-1 Bishkek\n"
        front += "authors: [Monitor One]\nlevel: public\npersons:\n"
        for (personID, person, also) in persons {
            front += "  \(personID):\n    name: \(person.cyrillic)\n"
            if !also.isEmpty { front += "    also: [\(also.joined(separator: ", "))]\n" }
            front += "    role: detainee\n    consent: []\n"
        }
        return front + "---\n\n## Findings\n\n\(pick(Self.filler))\n\n\(body)\n\n\(pick(Self.filler))\n"
    }

    mutating func leak(_ kind: RedTeamCase.Kind, _ form: String, person index: Int, also: [String] = [], body: String,
                               protected: [String], digits: [String] = []) {
        let id = nextID()
        let person = RedTeamPeople.person(index)
        let source = document(id: id, persons: [("D-\(String(format: "%04d", index + 1))", person, also)], body: body)
        cases.append(RedTeamCase(kind: kind, form: form, id: id, source: source, protected: protected, protectedDigits: digits, survive: []))
    }

    static func generate(seed: UInt64 = 15, perForm: Int = 36) -> [RedTeamCase] {
        var corpus = RedTeamCorpus(seed: seed)
        for round in 0..<perForm {
            corpus.parsing(round)
            corpus.readerView(round)
            corpus.fused(round)
            corpus.spellings(round)
            corpus.identifierCases(round)
            corpus.clean(round)
        }
        return corpus.cases
    }
}
