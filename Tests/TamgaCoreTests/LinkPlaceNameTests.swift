import Testing
@testable import TamgaCore

/// Issue 15, round-8 leftover: a link whose address holds a village built on
/// a protected person's name part (`2gis.kg/geo/temir-kanat`,
/// `?q=erkin-sai`, `/belovodskoe`) refused the export, though the same
/// village in prose is a place (`CleanRound8Tests`). The address must still
/// stop the export when it holds the person (`erkin-asanov`,
/// `temir.osmonov`, `maksatbelov`, a percent-encoded `Белов`).
///
/// Generated: place words x address shapes (path, query, sub-domain, slug
/// with other words, Markdown link target, bare URL), Latin lower and
/// capitalised, Cyrillic and percent-encoded Cyrillic.
@Suite struct LinkPlaceNameTests {
    static let front = """
        level: public
        persons:
          D-4: {name: Erkin Asanov, also: [Эркин Асанов], role: detainee}
          D-6: {name: Maksat Belov, also: [Максат Белов], role: detainee}
          O-1: {name: Temir Osmonov, also: [Темир Осмонов], role: official}
          R-1: {name: Natalya Orlova, also: [Наталья Орлова], role: relative}

        """

    static let places = ["temir-kanat", "erkin-sai", "erkin-too", "belovodskoe", "orlovka", "petrovka", "asanovka",
                         "temir-bulak", "erkin-suu", "Temir-Kanat", "Erkin-Sai", "Темир-Канат", "Эркин-Сай", "Беловодское",
                         "%D0%A2%D0%B5%D0%BC%D0%B8%D1%80-%D0%9A%D0%B0%D0%BD%D0%B0%D1%82"]
    static let shapes = ["Map: https://2gis.kg/geo/{p}", "Map: [village]({u})", "See https://kabar.kg/news/{p}-school-opened",
                         "Site: www.{p}.kg.", "Source: <https://ru.wikipedia.org/wiki/{p}>", "Route: https://maps.example.kg/?q={p}&z=12",
                         "Photo: ![](https://example.org/img/{p}_2014.jpg)"]

    static func fill(_ shape: String, _ value: String) -> String {
        shape.replacingOccurrences(of: "{u}", with: "https://maps.example.kg/place/" + value).replacingOccurrences(of: "{p}", with: value)
    }

    /// The export's text, or nil when refused.
    static func export(_ line: String) throws -> String? {
        let document = try Fixture.parse(front: front, body: "## Visit\n\nWe visited the village.\n\n" + line + "\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        do {
            return try exporter.export(document, for: .public, as: .markdown).text
        } catch is LeakError {
            return nil
        }
    }

    /// The views and persons of a refusal, for the failure message.
    static func refusal(_ line: String) throws -> String {
        let document = try Fixture.parse(front: front, body: "## Visit\n\nWe visited the village.\n\n" + line + "\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        do {
            _ = try exporter.export(document, for: .public, as: .markdown)
            return "damaged"
        } catch let error as LeakError {
            return error.hits.map { "\($0.personID ?? "-") in \($0.view)" }.joined(separator: "; ")
        }
    }

    @Test func villagesInAddressesExport() throws {
        var total = 0, exported = 0
        var refused: [String] = []
        for place in Self.places {
            for shape in Self.shapes {
                let line = Self.fill(shape, place)
                total += 1
                if let out = try Self.export(line), out.contains(place) { exported += 1 } else { refused.append(line + " — " + (try Self.refusal(line))) }
            }
        }
        print("LinkPlaceName: villages in addresses exported intact \(exported)/\(total)")
        #expect(exported == total, "refused or damaged:\n\(refused.prefix(30).joined(separator: "\n"))")
    }

    /// The person in an address, beside a village too, is still stopped (refused or replaced).
    static let persons = ["erkin-asanov", "temir.osmonov", "maksatbelov", "belov-maksat", "temir-kanat-osmonov", "erkin_asanov",
                          "%D0%91%D0%B5%D0%BB%D0%BE%D0%B2", "ErkinAsanov", "temir-osmonov", "belov", "asanov-erkin-sai"]

    @Test func personsInAddressesAreStillStopped() throws {
        var total = 0, stopped = 0
        var leaked: [String] = []
        for person in Self.persons {
            for shape in Self.shapes {
                let line = Self.fill(shape, person)
                total += 1
                if let out = try Self.export(line), out.contains(person) { leaked.append(line) } else { stopped += 1 }
            }
        }
        print("LinkPlaceName: persons in addresses stopped \(stopped)/\(total)")
        #expect(stopped == total, "published:\n\(leaked.joined(separator: "\n"))")
    }
}
