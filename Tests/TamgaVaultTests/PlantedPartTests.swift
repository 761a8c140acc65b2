import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// A part that claims a committed revision but holds other content. Anyone
/// who can write to the vault folder can encrypt to a level's public key, but
/// only a member can sign the log entry that lists an object: readers ignore
/// an unlisted part, `check` names it, and `rekey` leaves it alone.
@Suite struct PlantedPartTests {
    /// Writes an internal part for `id`'s committed revision with `content`,
    /// its content tag either copied from the genuine part or computed with
    /// the index key (a member who holds it). Returns the part's path.
    static func plant(_ fixture: VaultFixture, id: String, content: String, tagWithIndexKey: Bool) throws -> String {
        let vault = try fixture.unlock()
        let blind = try vault.blindID(id)
        let folder = fixture.paths.parts(blind: blind, level: .internal)
        let genuine = try #require(VaultPaths.fileNames(in: folder).first)
        let header = try VaultObject.header(of: try DurableFile.readAll(folder.appendingPathComponent(genuine)))
        let source = Array(content.utf8)
        let metadata = PartMetadata(document: id, level: "internal", revision: 1, kind: "visit-report", title: "Forged",
                                    date: "2014-10-28", facility: nil, created: Timestamp.now(), author: vault.identity.fingerprint)
        let key = try vault.currentKey(.internal)
        let fields = ObjectHeaderFields(kind: .documentPart, level: .internal, epoch: UInt32(key.epoch), revision: header.revision,
                                        parents: header.parents,
                                        contentTag: tagWithIndexKey ? try vault.contentTag(source) : header.contentTag)
        let object = try VaultObject.seal(try PartCodec.encode(metadata, content: source), header: fields, levelKey: key.publicKey)
        let name = Hex.encode(SHA256.hash(object))
        try DurableFile.write(object, to: folder, name: name)
        return "documents/\(blind)/internal/\(name)"
    }

    @Test func aPartWithACopiedContentTagIsReported() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1", body: "genuine")
        let planted = try Self.plant(fixture, id: "VR-1", content: "forged", tagWithIndexKey: false)
        let report = VaultChecker.check(try fixture.unlock())
        #expect(report.problems.contains { $0.path == planted && $0.problem.contains("content tag") })
    }

    @Test func aPlantedPartForTheSameRevisionIsIgnoredAndNamed() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1", body: "genuine")
        let planted = try Self.plant(fixture, id: "VR-1", content: "---\nid: VR-1\n---\nforged\n", tagWithIndexKey: true)
        let report = VaultChecker.check(try fixture.unlock())
        #expect(report.warnings.contains { $0.path == planted && $0.problem.contains("not listed by any signed log entry") })
        let newest = try DocumentCatalog(vault: try fixture.unlock()).newest("VR-1")
        #expect(newest.content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("genuine"))
        try fixture.addMember("Carol", clearance: .internal)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Carol")
        // Rekey re-encrypts the genuine part only; the planted file stays, still named by check.
        #expect(try Rekey.run(try fixture.unlock(), level: .internal) == 1)
        #expect(fixture.parts(.internal).count == 2)
        #expect(VaultChecker.check(try fixture.unlock()).warnings.contains { $0.path == planted })
        #expect(try DocumentCatalog(vault: try fixture.unlock()).newest("VR-1").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("genuine"))
    }
}
