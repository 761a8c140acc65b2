import Foundation
import Testing
@testable import TamgaCore

/// Red team round 9, class A: other languages' writing of a name declared
/// in one script only. Turkish writes Kyrgyz ж and дж as c (Cusupov,
/// Aycan Ceenbekova, Nurcan, Cıldız), and `Dzusupov`/`Дзусупов` leaves the
/// h (or ж) of дж out; a person declared only in Latin (Urmat Dzhusupov)
/// gets the other languages' writings of its Cyrillic reading too.
@Suite struct ForeignSpellingRound9Tests {
    static let registry = try! PersonRegistry(persons: [
        RegisteredPerson(id: "D-U", role: "detainee", name: "Urmat Dzhusupov", also: [], consent: []),
        RegisteredPerson(id: "D-T", role: "detainee", name: "Айжан Жээнбекова", also: [], consent: []),
        RegisteredPerson(id: "D-N", role: "detainee", name: "Нуржан Абдыкалыков", also: [], consent: []),
        RegisteredPerson(id: "D-Z", role: "detainee", name: "Жылдыз Абдрахманова", also: [], consent: []),
        RegisteredPerson(id: "D-J", role: "detainee", name: "Джусупов Марат", also: [], consent: []),
    ])

    static let cases: [(text: String, id: String)] = [
        ("Cusupov said the cell was cold.", "D-U"), ("Cusupov'un annesi geldi.", "D-U"), ("Dzusupov said it.", "D-U"),
        ("Дзусупов сказал это.", "D-U"), ("Джусупов сказал это.", "D-U"), ("Jusupov said it.", "D-U"),
        ("Aycan Ceenbekova was there.", "D-T"), ("Ceenbekova was there.", "D-T"),
        ("Nurcan Abdykalykov came.", "D-N"), ("Cıldız Abdrakhmanova came.", "D-Z"),
        ("Дзусупов Марат сказал.", "D-J"), ("Dzusupov Marat said.", "D-J"), ("Cusupov Marat said.", "D-J"),
    ]

    @Test func eachWritingIsReadAsThePerson() {
        let names = NameMatcher(persons: Self.registry.personNames)
        var found = 0
        var missed: [String] = []
        for (text, id) in Self.cases {
            if names.matches(in: text).contains(where: { $0.candidates.contains(id) }) { found += 1 } else { missed.append(text) }
        }
        print("round 9 foreign writings: \(found)/\(Self.cases.count) read")
        #expect(missed.isEmpty, "\(missed)")
    }

    @Test(arguments: ["Cusco is far.", "The cell had a cooler.", "Dzerzhinsky street.", "Ceylon tea was served.", "Nurse came."])
    func ordinaryWordsStayClean(_ text: String) {
        #expect(NameMatcher(persons: Self.registry.personNames).matches(in: text).isEmpty, "\(text)")
    }
}
