import Testing
@testable import TamgaCore

/// Red team round 9, clean-057: `Cells 1-4 and 15-20 were inspected.` was
/// refused as the sensitive `cell 14`: the two digits of a range were read
/// as one number. A range (`1-4`, `1–4`, `1 - 4`) is two numbers; the
/// sensitive number inside a range (`cells 12-16` holds 14) or written
/// letter-spaced (`cell 1 4`) is still the phrase.
@Suite struct CleanRangeRound9Tests {
    static let front = "level: public\nsensitive: [cell 14, камера 14]\n"

    /// Whether the public scan of `line` (the projector bypassed) refuses it.
    static func refused(_ line: String) throws -> Bool {
        let document = try Fixture.parse(front: front, body: "## Visit\n\nText.\n")
        let registry = try PersonRegistry(documents: [document])
        let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                                  sensitive: [])
        do {
            try scanner.scan("## Visit\n\nText.\n\n\(line)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
            return false
        } catch {
            return true
        }
    }

    static let ranges = ["1-4", "1–4", "1 - 4", "1—4", "1‑4"]
    static let carriers = ["Cells {} and 15-20 were inspected.", "Cells {} were inspected.", "| Cells {} | clean |\n|---|---|",
                           "- cells {}: no remarks", "Камеры {} осмотрены.", "Камералар {} текшерилди."]

    @Test func aRangeOfTwoDigitsIsNotTheNumber() throws {
        var total = 0, intact = 0
        var refused: [String] = []
        for range in Self.ranges {
            for carrier in Self.carriers {
                let line = carrier.replacingOccurrences(of: "{}", with: range)
                total += 1
                if try Self.refused(line) { refused.append(line) } else { intact += 1 }
            }
        }
        print("round 9 number ranges: \(intact)/\(total) intact")
        #expect(refused.isEmpty, "refused:\n\(refused.joined(separator: "\n"))")
    }

    @Test(arguments: ["Cells 12-16 were flooded.", "cell 1 4 was flooded", "Cell 14 was flooded.", "камера 14", "cells 13 and 14"])
    func theNumberItselfIsStillFound(_ line: String) throws {
        #expect(try Self.refused(line), "\(line)")
    }
}

/// Red team round 9, clean-022: `Приказ МВД № 1234567` (an order number)
/// was withheld as an identity document: the issuing body's abbreviation
/// stood between the numbered thing and the sign. An identity document's
/// number with a body's abbreviation is still withheld, and so is a number
/// after a two-capital abbreviation (`Приказ МВД КР №`, `Приказ МЮ №`):
/// that is a passport series' shape (`AN № 1234567`).
@Suite struct CleanOrderNumberRound9Tests {
    static let orders = ["Приказ МВД № 1234567 от 03.03.2015.", "согласно приказу ГСИН № 7654321",
                         "Решение ГКНБ № 1234567 отменено.", "Order MVD No. 1234567 of 2015.", "| Приказ МВД № 1234567 | 2015 |",
                         "- Приказ ГУИН № 1234567", "Буйрук ИИМ № 1234567"]

    @Test func anOrderNumberAfterAnAbbreviationIsNoDocument() {
        let kept = Self.orders.filter { DetectorKind.documentNumber.matches(in: $0).isEmpty }
        print("round 9 order numbers after an abbreviation: \(kept.count)/\(Self.orders.count) intact")
        #expect(kept.count == Self.orders.count, "\(Set(Self.orders).subtracting(kept))")
    }

    @Test(arguments: ["Приказ МВД КР № 1234567.", "паспорт МВД № 1234567", "Паспорт AN 1234567, выдан МВД 211011", "МВД № 1234567", "ID-карта МВД № 1234567"])
    func aDocumentIsStillADocument(_ text: String) {
        #expect(!DetectorKind.documentNumber.matches(in: text).isEmpty, "\(text)")
    }
}
