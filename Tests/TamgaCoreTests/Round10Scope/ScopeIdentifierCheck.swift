import Testing
@testable import TamgaCore

/// The two measures every round-10 scope class reports: whether a detector
/// covers the protected piece of each case, and whether the whole path
/// (`Round10Vault`: projected, rendered, scanned) leaves it out of the
/// public export.
enum ScopeIdentifierCheck {
    /// One round-10 vault, its name engine built once (building it is most of a case's time).
    static let exporter: Exporter = try! Round10Vault().exporter

    /// The public Markdown export of `text` as the only public paragraph of a
    /// round-10 document, or nil when refused (projection or scan).
    static func exported(_ text: String) throws -> String? {
        let front = "title: \"Visit to IVS-1 Bishkek\"\nfacility: \"IVS-1 Bishkek\"\nlevel: public\n" + Round10Vault.front
        let document = try Fixture.parse(front: front, body: "## Findings {.public}\n\n\(text)\n")
        return try? exporter.export(document, for: .public, as: .markdown).text
    }

    /// The cases whose `needle` no match of `kind` overlaps.
    static func missed(_ kind: DetectorKind, _ cases: [(text: String, needle: String)]) -> [String] {
        cases.filter { text, needle in
            guard let needleRange = text.range(of: needle) else { return true }
            return !kind.matches(in: text).contains { $0.overlaps(needleRange) }
        }.map(\.text)
    }

    /// The cases whose `needle` the public export shows.
    static func published(_ cases: [(text: String, needle: String)]) throws -> [String] {
        try cases.filter { text, needle in (try exported(text))?.contains(needle) == true }.map(\.text)
    }

    /// Clean texts a detector of `kind` touches, or the public export changes or refuses.
    static func damaged(_ kind: DetectorKind, _ texts: [String]) throws -> [String] {
        try texts.filter { text in
            let published = try exported(text)
            return !kind.matches(in: text).isEmpty || published?.contains(text) != true
        }
    }
}
