import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Red-team round 7, class D (structure), as a class: places where tamga
/// read a heading, or missed a code block, that Pandoc reads otherwise, so
/// an `{.internal}` heading section ended early and the rest was published.
/// The cases (`scripts/generate-round7-structure.py`, in
/// Tests/Fixtures/Round7Structure/cases.json) vary each construct: multiline
/// tables with `#`, `:::` and fence rows in every position, YAML blocks in
/// the body, fences whose info string Pandoc and CommonMark read
/// differently, raw TeX in every surface form, setext headings. An attack
/// must be refused at parse; a clean body must parse with Pandoc's levels;
/// a mixed body must be refused or get Pandoc's levels.
@Suite struct Round7StructureClassTests {
    struct Case: Decodable { let construct: String; let kind: String; let body: String }

    static let cases: [Case] = {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/Round7Structure/cases.json")
        guard let data = try? Data(contentsOf: url), let decoded = try? JSONDecoder().decode([Case].self, from: data) else { return [] }
        return decoded
    }()

    static func source(_ body: String) -> String { Fixture.source(front: "level: public\n", body: body) }

    static func refusal(_ body: String) -> DocumentError? {
        do {
            _ = try DocumentParser.parse(text: source(body), file: "d7.md").validated(against: Fixture.policy)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyAttackIsRefusedAtParse() {
        #expect(!Self.cases.isEmpty, "cases.json is missing: run scripts/generate-round7-structure.py")
        var missed: [String] = []
        for construct in ["multiline-table", "yaml-block", "fence-info", "raw-tex"] {
            let attacks = Self.cases.filter { $0.construct == construct && $0.kind == "attack" }
            let published = attacks.filter { Self.refusal($0.body) == nil }
            print("round-7 class D \(construct): \(attacks.count - published.count)/\(attacks.count) refused")
            missed += published.map(\.body)
        }
        #expect(missed.isEmpty, "published: \(missed.prefix(8))")
    }

    @Test func refusalsNameThePlaceAndNotTheText() {
        for attack in Self.cases where attack.kind == "attack" {
            guard let error = Self.refusal(attack.body) else { continue }
            #expect(error.location != nil, "no place: \(error.message)")
            #expect(!error.message.contains("Zebrakettle"), "\(error.message)")
        }
    }

    @Test func cleanBodiesParseWithPandocsLevels() throws {
        var found: [String] = []
        for construct in ["setext", "clean"] {
            let bodies = Self.cases.filter { $0.construct == construct && $0.kind == "clean" }
            var agreeing = 0
            for (index, clean) in bodies.enumerated() {
                if let error = Self.refusal(clean.body) {
                    found.append("refused \(error.message): \(clean.body)")
                    continue
                }
                let moved = try PandocDifferentialTests.disagreements(Self.source(clean.body), file: "\(construct)-\(index)")
                if moved.isEmpty { agreeing += 1 } else { found += moved }
            }
            print("round-7 class D \(construct): \(agreeing)/\(bodies.count) parsed with Pandoc's levels")
        }
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }

    /// Random mixtures of every construct: refused, or every word at Pandoc's level.
    @Test func mixedBodiesAreRefusedOrGetPandocsLevels() throws {
        let bodies = Self.cases.filter { $0.kind == "mixed" }
        var refused = 0, agreeing = 0
        var found: [String] = []
        for (index, mixed) in bodies.enumerated() {
            if Self.refusal(mixed.body) != nil { refused += 1; continue }
            let moved = try PandocDifferentialTests.disagreements(Self.source(mixed.body), file: "mixed-\(index)", distinctLevels: true)
            if moved.isEmpty { agreeing += 1 } else { found += moved }
        }
        print("round-7 class D mixed: \(bodies.count) bodies, \(refused) refused, \(agreeing) with Pandoc's levels, \(bodies.count - refused - agreeing) not")
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }

    @Test func aSetextHeadingEndsAnUnmarkedSectionAndIsRefusedWhereItEndsAMarkedOne() throws {
        let document = try Fixture.parse(front: "level: public\n",
                                         body: "Secret part {.internal}\n===============\n\nHidden.\n\n# Open {.public}\n\nOpen text.\n")
        #expect(document.pieces.filter { $0.text.contains("Hidden") }.allSatisfy { $0.level == .internal }, "\(document.pieces)")
        #expect(document.pieces.contains { $0.text.contains("Open text") && $0.level == .public }, "\(document.pieces)")
        let error = Self.refusal("## Secret {.internal}\n\nIntro.\n\nPublic findings\n===============\n\nOpen text.\n")
        #expect(error?.message.contains("ends the `internal` section opened at line 7") == true, "\(String(describing: error))")
    }
}
