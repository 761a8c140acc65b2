import Testing
@testable import TamgaCore

/// The leak scan reads a Kyrgyz compound place (Эркин-Сай, Темир-Канат) as
/// a place. The address view turns the hyphen into a space ("эркин сай"),
/// so the scan accepted the place word after a space too, but it did so in
/// every view: a protected person called Эркин or Темир followed by a word
/// that happens to be a place word ("Erkin too was beaten", "Темир суу
/// сурады", Temir asked for water) read as a village and was published. The
/// spaced join now holds in the address view only; the hyphenated form
/// stays a place everywhere (`CleanRound8Tests`).
@Suite struct LeakPlaceSpacingTests {
    typealias Setup = NameRound7ClassTests.Setup7

    /// Sentences where the given name is followed by a place word after a space.
    static func sentences(name: String, word: String) -> [String] {
        let cyrillic = NameRound7ClassTests.isCyrillic(name)
        let lower = name.lowercased()
        let shapes = cyrillic
            ? ["\(name) \(word) сурады.", "Кечээ \(name) \(word) жөнүндө айтты.", "## \(name) \(word)", "### Кечээ \(name) \(word) жөнүндө",
               // Lower case, эркин and темир are the words "free" and "iron" (`темир тор`, round 8 clean-016…): not names.
               "сестра пишет: \(name) \(word) просил"]
            : ["\(name) \(word) was beaten.", "Yesterday \(name) \(word) said so.", "## \(name) \(word)", "### Why \(name) \(word) left",
               "msg from relative: \(lower) \(word) was moved"]
        return shapes
    }

    static let persons: [(name: String, id: String)] = [("Эркин", "D-C"), ("Темир", "O-1"), ("Erkin", "D-C"), ("Temir", "O-1")]

    /// Every place word after each of the two names, in each shape, but
    /// `Эркин Тоо`/`Erkin Too` with its capitals: the newspaper, a named
    /// entity (`NamedEntities`), read as such on purpose.
    static let cases: [(text: String, id: String)] = persons.flatMap { person in
        let cyrillic = NameRound7ClassTests.isCyrillic(person.name)
        let words = Gazetteer.placeWords.filter { NameRound7ClassTests.isCyrillic($0) == cyrillic }
        return words.flatMap { word in
            [word, word.prefix(1).uppercased() + word.dropFirst()]
                .filter { !(person.id == "D-C" && ($0 == "Тоо" || $0 == "Too")) }
                .flatMap { sentences(name: person.name, word: $0) }
        }.map { ($0, person.id) }
    }

    @Test func aNameBeforeAPlaceWordIsRefusedInTheTextView() throws {
        let setup = try Setup()
        var missed: [String] = []
        for c in Self.cases where !setup.refused(c.text).contains(c.id) { missed.append(c.text) }
        print("LeakPlaceSpacing: \(Self.cases.count - missed.count)/\(Self.cases.count) refused")
        for text in missed { print("LeakPlaceSpacing missed: \(text)") }
        #expect(missed.isEmpty, "not refused (\(missed.count)): \(missed.prefix(20))")
    }

    /// The hyphenated villages stay places in every view, the address view included.
    @Test(arguments: ["Эркин-Сай айылында.", "Темир-Канатка бардык.", "We drove to Erkin-Sai village.", "Эркин-Тоого чейин.",
                      "Темир-Тоодогу посттон.", "Эркин-Булакта эки камера бар."])
    func hyphenatedVillagesStayPlaces(_ text: String) throws {
        #expect(try Setup().refused(text).isEmpty, "refused: \(text)")
    }

    /// `isPlace` reads the spaced join in the address view only.
    @Test func spacedJoinOnlyInTheAddressView() {
        let text = LeakNormalizer("erkin sai")
        let word = text.wordRanges[0]
        #expect(LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: true))
        #expect(!LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: false))
        let hyphenated = LeakNormalizer("erkin-sai")
        #expect(LeakPlaceContext.isPlace(hyphenated.wordRanges[0], in: hyphenated, hyphensAsSpaces: false))
    }
}
