import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// One rule for how a document's revisions add up to its persons
/// (`DeclarationMerge`), for the index, an add's re-projection and a fork
/// (retention attacker 39: F2, F3, F7).
@Suite struct DeclarationMergeTests {
    static func source(_ id: String, persons: String, body: String, kind: String = "interview") -> [UInt8] {
        let level = kind == "interview" ? "" : "level: state\n"
        return Array("---\nid: \(id)\nkind: \(kind)\n\(level)date: 2014-10-28\n\(persons)---\n\(body)\n".utf8)
    }

    static let declared = "persons:\n  D-7:\n    name: Nurlan Toktogulov\n    also: [Sultan Kadyrbekov]\n    role: detainee\n    consent: [state]\n"
    static let withdrawn = "persons:\n  D-7:\n    name: Nurlan Toktogulov\n    also: [Sultan Kadyrbekov]\n    role: detainee\n    consent: []\n"
    static let withoutAlias = "persons:\n  D-7:\n    name: Nurlan Toktogulov\n    role: detainee\n    consent: []\n"

    /// Adds through the use case `tamga add`, `edit` and the web form call.
    static func add(_ source: [UInt8], as vault: UnlockedVault, force: Bool = false) throws {
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        let document = try DocumentParser.parse(source, file: "test.md").validated(against: policy)
        _ = try DocumentAddition(vault: vault).add([(document, source)], force: force)
    }

    static func show(_ vault: UnlockedVault, _ id: String) throws -> String {
        try DocumentCatalog(vault: vault).newest(id).content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// A vault where INT-7 declares D-7 (no consent) and VR-7, a State report, names him by name and by alias.
    static func vault() throws -> (VaultFixture, UnlockedVault, UnlockedVault) {
        let f = try VaultFixture()
        let admin = try f.unlock()
        try add(source("INT-7", persons: withdrawn, body: "Nurlan Toktogulov said he is also called Sultan Kadyrbekov."), as: admin)
        try add(source("VR-7", persons: "", body: "One of them, Nurlan Toktogulov, showed bruising. Sultan Kadyrbekov agreed.",
                       kind: "visit-report"), as: admin)
        let state = try f.addMember("Dana", clearance: .state)
        let shown = try show(state, "VR-7")
        #expect(!shown.contains("Toktogulov") && !shown.contains("Kadyrbekov"), "before: \(shown)")
        return (f, try f.unlock(), state)
    }

    /// F2: a new revision without the person's entry (its text still names
    /// him) must not re-project other documents' State parts without him.
    @Test(arguments: [("the whole entry", ""), ("the alias", withoutAlias)])
    func aRevisionThatDropsADeclarationDoesNotUnprotectOtherDocuments(_ what: String, persons: String) throws {
        let (f, admin, _) = try Self.vault()
        try Self.add(Self.source("INT-7", persons: persons, body: "Nurlan Toktogulov said he is also called Sultan Kadyrbekov."),
                     as: admin)
        let shown = try Self.show(try f.unlock("Dana", passphrase: "Dana passphrase"), "VR-7")
        #expect(!shown.contains("Toktogulov"), "\(what): \(shown)")
        #expect(!shown.contains("Kadyrbekov"), "\(what): \(shown)")
    }

    /// Attacker 40b, F3: a revision turning the detainee into an official
    /// (named to the State by role) names nobody: a role is only narrowed.
    @Test func aRevisionCannotOpenAPersonsRole() throws {
        let (f, admin, _) = try Self.vault()
        let official = Self.withdrawn.replacingOccurrences(of: "role: detainee", with: "role: official")
        try Self.add(Self.source("INT-7", persons: official, body: "Nurlan Toktogulov said he is also called Sultan Kadyrbekov."),
                     as: admin)
        let shown = try Self.show(try f.unlock("Dana", passphrase: "Dana passphrase"), "VR-7")
        #expect(!shown.contains("Toktogulov") && !shown.contains("Kadyrbekov"), "\(shown)")
        #expect(try RedactionContext.load(try f.unlock(), loading: .none).registry.persons["D-7"]?.role == "detainee")
    }

    /// F3: taking the whole entry out withdraws the consent it gave (the
    /// registry and `ConsentWithdrawals`, which withholds his photos).
    @Test func droppingTheWholeEntryWithdrawsItsConsent() throws {
        let f = try VaultFixture()
        let admin = try f.unlock()
        try Self.add(Self.source("INT-7", persons: Self.declared, body: "Text."), as: admin)
        #expect(try RedactionContext.load(admin, loading: .none).registry.persons["D-7"]?.consent == [.state])
        try Self.add(Self.source("INT-7", persons: "", body: "Text, revised."), as: admin)
        let after = try f.unlock()
        #expect(try RedactionContext.load(after, loading: .none).registry.persons["D-7"]?.consent == [], "the name is withheld again")
        #expect(try ConsentWithdrawals.load(after).persons(for: .state).contains("D-7"), "his photos are withheld again")
    }

    /// F7: while two heads of a fork disagree, a withdrawal on either counts.
    @Test func aWithdrawalOnEitherHeadOfAForkCounts() throws {
        var merge = DeclarationMerge(newest: try Self.persons(Self.declared))
        merge.addForkHead(try Self.persons(Self.withdrawn), dropsPersons: [])
        #expect(merge.declarations.first?.consent == [])
        #expect(merge.declarations.first?.dropped == ["state"])
        var removed = DeclarationMerge(newest: try Self.persons(Self.declared))
        removed.addForkHead([], dropsPersons: ["D-7"])
        #expect(removed.declarations.first?.consent == [])
        var added = DeclarationMerge(newest: try Self.persons(Self.declared))
        added.addForkHead([], dropsPersons: [])
        #expect(added.declarations.first?.consent == ["state"], "a person the other branch never declared keeps his consent")
    }

    static func persons(_ block: String) throws -> [DeclaredPerson] {
        try DocumentParser.parse(source("X-1", persons: block, body: "x"), file: "x.md").frontMatter.persons
    }
}
