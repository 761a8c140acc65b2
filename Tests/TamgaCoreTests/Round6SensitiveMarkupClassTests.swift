import Testing
@testable import TamgaCore

/// Red-team round 6, B cosmetic: a `sensitive` string matched across
/// emphasis (`cell **14**`) left a stray marker (`[withheld]**`). Every
/// emphasis mark around or inside the phrase goes with it; the phrase in
/// plain text, or emphasised whole, is withheld as before.
@Suite struct Round6SensitiveMarkupClassTests {
    static func markdownSensitive6(_ body: String) throws -> String {
        let document = try Fixture.parse(front: "level: public\nsensitive: [cell 14]\n", body: "\n\(body)\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames), sensitive: [])
        return try exporter.export(document, for: .public, as: .markdown).text
    }

    @Test(arguments: [
        ("He was held in cell **14** for two days.", "He was held in [withheld] for two days."),
        ("He was held in cell *14* for two days.", "He was held in [withheld] for two days."),
        ("He was held in **cell** 14 for two days.", "He was held in [withheld] for two days."),
        ("He was held in cell 14 for two days.", "He was held in [withheld] for two days."),
        ("He was held in **cell 14** for two days.", "He was held in **[withheld]** for two days."),
    ])
    func noStrayEmphasisMarkIsLeft(_ body: String, _ expected: String) throws {
        let text = try Self.markdownSensitive6(body)
        #expect(text.contains(expected), "\(text)")
    }

    /// A phrase cut by a strike-through inside a word (`~~cell 1~~4`) is not
    /// matched; the scan still reads it as "cell 14" and stops the export.
    @Test func aPhraseCutInsideAWordStillStopsTheExport() throws {
        #expect(throws: LeakError.self) { try Self.markdownSensitive6("He was held in ~~cell 1~~4 for two days.") }
    }
}
