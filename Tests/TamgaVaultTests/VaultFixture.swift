import Foundation
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// A vault made through the library (not the binary), with the test-only
/// fast key derivation, for storage-level tests.
final class VaultFixture: @unchecked Sendable {
    let folder: TemporaryFolder
    let paths: VaultPaths
    let shares: [String]

    static func passphrase(_ text: String = "correct horse battery") throws -> SecretBytes {
        try SecretBytes(copying: Array(text.utf8))
    }

    init() throws {
        folder = try TemporaryFolder("tamga-vault-test")
        paths = VaultPaths(root: folder.url.appendingPathComponent("vault"))
        shares = try VaultCreation.create(at: paths, administrator: "Admin", passphrase: try Self.passphrase(),
                                          strength: .testOnlyFast).shares
    }

    func unlock(_ member: String = "Admin", passphrase: String = "correct horse battery") throws -> UnlockedVault {
        try UnlockedVault.unlock(paths, memberName: member, allowTestParameters: true) { try Self.passphrase(passphrase) }
    }

    /// Invites and adds a member with `clearance`; returns their unlocked vault.
    @discardableResult
    func addMember(_ name: String, clearance: Clearance) throws -> UnlockedVault {
        let key = try MemberInvitation.create(in: paths, name: name, passphrase: try Self.passphrase("\(name) passphrase"),
                                              strength: .testOnlyFast)
        try MemberAdministration(vault: try unlock()).add(name: name, key: key, clearance: clearance, administrator: false)
        return try unlock(name, passphrase: "\(name) passphrase")
    }

    /// Adds a small document with a part at every level.
    func addDocument(_ id: String, as vault: UnlockedVault? = nil, body: String = "text") throws {
        let source = Array("---\nid: \(id)\nkind: visit-report\ndate: 2014-10-28\n---\n\(body)\n".utf8)
        let parts: [Level: DocumentSubmission.Part] = [
            .internal: .init(content: source, title: "Internal title", facility: nil),
            .state: .init(content: Array("state view of \(body)".utf8), title: "State title", facility: nil),
            .public: .init(content: Array("public view".utf8), title: "Public title", facility: nil),
        ]
        try DocumentStore(vault: vault ?? unlock()).add(
            DocumentSubmission(id: id, kind: "visit-report", date: "2014-10-28", source: source, parts: parts))
    }

    /// Every object file of a level, as bytes.
    func parts(_ level: Level) -> [[UInt8]] {
        VaultPaths.fileNames(in: paths.documents).flatMap { blind in
            let folder = paths.parts(blind: blind, level: level)
            return VaultPaths.fileNames(in: folder).compactMap { try? DurableFile.readAll(folder.appendingPathComponent($0)) }
        }
    }
}
