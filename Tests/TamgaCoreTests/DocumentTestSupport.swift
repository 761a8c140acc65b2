import Testing
import Foundation
import TamgaTestSupport
@testable import TamgaCore

/// Shared helpers for the document, policy and projection tests.
enum Fixture {
    /// The shipped policy, read from `policy/default.yaml` (failing, not
    /// skipping, when it is missing).
    static let policy: Policy = {
        let url = RepositoryPaths.root.appendingPathComponent("policy/default.yaml")
        do {
            return try Policy.load(yaml: String(contentsOf: url, encoding: .utf8), file: "policy/default.yaml")
        } catch {
            fatalError("the shipped policy does not load: \(error)")
        }
    }()

    static func exampleBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent(name)))
    }

    static func example(_ name: String) throws -> Document {
        try Document(parsing: exampleBytes(name), file: name, policy: policy)
    }

    /// A document from front matter lines and a body, with required keys
    /// supplied unless overridden. The front matter starts on line 2, so
    /// `id` is line 2, `kind` line 3, `date` line 4, extra lines from 5.
    static func source(kind: String = "visit-report", front: String = "", body: String) -> String {
        "---\nid: T-1\nkind: \(kind)\ndate: 2014-10-28\n\(front)---\n\(body)"
    }

    static func parse(kind: String = "visit-report", front: String = "", body: String) throws -> Document {
        try DocumentParser.parse(text: source(kind: kind, front: front, body: body), file: "t.md").validated(against: policy)
    }

    /// The line the body starts on for `source(front:body:)`.
    static func bodyLine(front: String = "") -> Int {
        6 + front.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }
}

/// The three examples as a vault: registry, finder and sensitive strings.
struct ExampleVault {
    let documents: [String: Document]
    let registry: PersonRegistry
    let projector: Projector

    init(extra: [Document] = []) throws {
        var documents: [String: Document] = [:]
        for name in ["VR-2014-017.md", "INT-2014-044.md", "VR-2014-021.ru.md"] {
            let document = try Fixture.example(name)
            documents[document.id] = document
        }
        for document in extra { documents[document.id] = document }
        self.documents = documents
        let all = documents.values.sorted { $0.id < $1.id }
        registry = try PersonRegistry(documents: all)
        projector = Projector(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames),
                              sensitive: all.flatMap(\.sensitive))
    }

    func export(_ id: String, _ audience: Audience, as format: ExportFormat = .markdown) throws -> String {
        let document = try #require(documents[id])
        return try projector.project(document, for: audience).rendered(as: format)
    }
}

enum RepositoryPathsForTests {
    static let policy = RepositoryPaths.root.appendingPathComponent("policy/default.yaml")
}
