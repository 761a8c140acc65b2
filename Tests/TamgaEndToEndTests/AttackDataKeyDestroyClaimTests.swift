import Foundation
import Testing
import TamgaTestSupport

/// What `tamga destroy` says can still open the document must stay true
/// when a keyless writer edited the files it reads to say it.
@Suite struct AttackDataKeyDestroyClaimTests {
    /// A restricted image is sealed to its own restriction key, whose secret
    /// the log keeps for its viewers: every copy made before the destruction
    /// opens it, data keys or not. `destroy` told which files those are from
    /// their headers alone, so a keyless writer who copied the key id of one
    /// of the document's parts (its internal data key) into the image's
    /// header here made `destroy` say that only copies holding the data keys
    /// still open it (attacker, session 34). The log says which images are
    /// restricted, and it decides.
    @Test func aRestrictedImageIsNamedWhateverItsHeaderHereSays() throws {
        let f = try DataKeyAttackVault()
        let photo = f.v.folder.url.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 3000)).write(to: photo)
        let documents = f.names("attachments")
        let attached = try f.v.run(["attach", DataKeyAttackVault.interview, photo.path, "--restricted", "--depicts", "D-0042",
                                    "--member", "Admin"])
        #expect(attached.status == 0, "\(attached.standardError)")
        let blind = try #require(f.names("attachments").subtracting(documents).first)
        let image = f.root.appendingPathComponent("attachments/\(blind)/\(try #require(f.names("attachments/\(blind)").first))")
        let part = f.root.appendingPathComponent("documents/\(blind)/internal/\(try #require(f.names("documents/\(blind)/internal").first))")

        var bytes = try [UInt8](Data(contentsOf: image))
        let partBytes = try [UInt8](Data(contentsOf: part))
        bytes.replaceSubrange(12..<28, with: partBytes[12..<28])
        try Data(bytes).write(to: image)

        let destroyed = try f.v.run(["destroy", DataKeyAttackVault.interview, "--reason", "retention", "--yes", "--member", "Admin"])
        #expect(destroyed.status == 0, "\(destroyed.standardError)")
        #expect(destroyed.standardOutput.contains("still able to open 1 of its"), "\(destroyed.standardOutput)")
    }
}
