import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The list's search and filters (issue 20), one use case for `tamga list`
/// and the browser: each filter keeps what it names and nothing else, a
/// member below internal cannot filter by what only sources say, and the
/// state columns count exports and open recommendations.
@Suite struct DocumentListingTests {
    static func source(_ id: String, kind: String, date: String, facility: String, title: String, level: String, tags: [String],
                       body: String = "The cells were cold.") -> [UInt8] {
        Array("""
            ---
            id: \(id)
            kind: \(kind)
            title: "\(title)"
            date: \(date)
            facility: "\(facility)"
            level: \(level)
            tags: [\(tags.joined(separator: ", "))]
            ---
            \(body)

            """.utf8)
    }

    /// Three documents of different kinds, dates, facilities, levels and tags, and a State member.
    static func vault() throws -> (VaultFixture, UnlockedVault, UnlockedVault) {
        let f = try VaultFixture()
        let admin = try f.unlock()
        try DeclarationMergeTests.add(source("VR-1", kind: "visit-report", date: "2025-02-10", facility: "IVS-1 Bishkek",
                                             title: "Visit to the cells", level: "public", tags: ["overcrowding"]), as: admin)
        try DeclarationMergeTests.add(source("VR-2", kind: "visit-report", date: "2025-06-01", facility: "SIZO-1 Osh",
                                             title: "Ночная проверка", level: "state", tags: ["medical-care"]), as: admin)
        try DeclarationMergeTests.add(source("INT-1", kind: "interview", date: "2025-03-15", facility: "IVS-1 Bishkek",
                                             title: "Interview one", level: "internal", tags: ["overcrowding", "food"]), as: admin)
        let state = try f.addMember("Dana", clearance: .state)
        return (f, try f.unlock(), state)
    }

    static func ids(_ vault: UnlockedVault, _ filter: DocumentListing.Filter) throws -> [String] {
        try DocumentListing(vault: vault).entries(filter).map(\.id)
    }

    @Test func eachFilterKeepsWhatItNames() throws {
        let (fixture, admin, _) = try Self.vault()
        defer { withExtendedLifetime(fixture) {} }
        #expect(try Self.ids(admin, .init()) == ["VR-1", "INT-1", "VR-2"])
        #expect(try Self.ids(admin, .init(kind: "interview")) == ["INT-1"])
        #expect(try Self.ids(admin, .init(facility: "ivs-1 bishkek")) == ["VR-1", "INT-1"])
        #expect(try Self.ids(admin, .init(from: "2025-03-15")) == ["INT-1", "VR-2"])
        #expect(try Self.ids(admin, .init(to: "2025-03-14")) == ["VR-1"])
        #expect(try Self.ids(admin, .init(from: "2025-02-10", to: "2025-03-15")) == ["VR-1", "INT-1"])
        #expect(try Self.ids(admin, .init(level: .state)) == ["VR-2"])
        #expect(try Self.ids(admin, .init(tag: "Overcrowding")) == ["VR-1", "INT-1"])
        #expect(try Self.ids(admin, .init(level: .internal, tag: "food")) == ["INT-1"])
        #expect(try Self.ids(admin, .init(level: .state, tag: "food")) == [])
        #expect(try Self.ids(admin, .init(search: "ночная")) == ["VR-2"])
        #expect(try Self.ids(admin, .init(search: "osh  sizo")) == ["VR-2"])
        #expect(try Self.ids(admin, .init(search: "int-1")) == ["INT-1"])
        #expect(try Self.ids(admin, .init(search: "cells bishkek", kind: "visit-report")) == ["VR-1"])
        #expect(try Self.ids(admin, .init(search: "  ", kind: " ")) == ["VR-1", "INT-1", "VR-2"])
    }

    @Test func aBadDateIsRefusedNamingTheOption() throws {
        let (fixture, admin, _) = try Self.vault()
        defer { withExtendedLifetime(fixture) {} }
        #expect { try Self.ids(admin, .init(from: "15.03.2025")) } throws: { "\($0)".contains("--from") }
        #expect { try Self.ids(admin, .init(to: "2025-13-01")) } throws: { "\($0)".contains("--to") }
    }

    @Test func aStateMemberFiltersWhatTheirPartsSayAndNotSourceFacts() throws {
        let (fixture, _, state) = try Self.vault()
        defer { withExtendedLifetime(fixture) {} }
        #expect(try Self.ids(state, .init()) == ["VR-1", "VR-2"])
        #expect(try Self.ids(state, .init(search: "bishkek")) == ["VR-1"])
        #expect { try Self.ids(state, .init(tag: "overcrowding")) } throws: { "\($0)".contains("internal") }
        #expect { try Self.ids(state, .init(level: .public)) } throws: { "\($0)".contains("internal") }
        let rows = try DocumentListing(vault: state).rows(.init())
        #expect(rows.allSatisfy { $0.exports == nil && $0.openRecommendations == nil })
    }

    @Test func theStateColumnsCountExportsAndOpenRecommendations() throws {
        let (f, admin, _) = try Self.vault()
        defer { withExtendedLifetime(f) {} }
        try DeclarationMergeTests.add(Self.source("VR-3", kind: "visit-report", date: "2025-07-01", facility: "IVS-1 Bishkek", title: "Follow-up",
                                             level: "public", tags: [],
                                             body: "## Recommendations\n\n1. [Give each detainee a bed.]{.recommendation #R-2025-3-1}\n"
                                                + "2. [Open the yard daily.]{.recommendation #R-2025-3-2}"),
                                      as: admin)
        let before = try DocumentListing(vault: admin).rows(.init(search: "VR-3"))
        #expect(before.map(\.exports) == [0] && before.map(\.openRecommendations) == [2])
        #expect(try DocumentListing(vault: admin).rows(.init(search: "VR-1")).map(\.openRecommendations) == [0])
        let out = f.folder.url.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for audience in [Audience.state, .public] {
            _ = try DocumentExport(vault: admin).run(.init(ids: ["VR-3"], audience: audience, format: .markdown,
                                                           output: out.appendingPathComponent("vr3.\(audience.rawValue).md").path))
        }
        #expect(try DocumentListing(vault: admin).rows(.init(search: "VR-3")).map(\.exports) == [2])
        #expect(try DocumentListing(vault: admin).rows(.init(search: "VR-1")).map(\.exports) == [0])
    }
}
