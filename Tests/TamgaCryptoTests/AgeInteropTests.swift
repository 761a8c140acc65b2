import Foundation
import Testing
import TamgaCrypto
import TamgaTestSupport

/// tamga's age files against Debian's age 1.1.1, both directions, binary
/// and armored, keys and passphrases. The passphrase directions go through
/// `script(1)`, because age reads passphrases from the terminal only.
@Suite struct AgeInteropTests {
    let age = ExternalTool("age")
    let keygen = ExternalTool("age-keygen")
    let script = ExternalTool("script")
    let shell = ExternalTool("sh")

    static func message(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 5) } }

    @Test(arguments: [0, 1000, 70_000], [false, true])
    func ageOpensOurFile(size: Int, armored: Bool) throws {
        let folder = try TemporaryFolder("tamga-age-interop")
        let identity = try AgeX25519Identity.generate()
        try folder.write("key.txt", "# tamga test identity\n\(identity.exportSecretKeyText())\n")
        let file = try AgeWriter.encrypt(Self.message(size), to: [identity.recipient], armored: armored)
        try Data(file).write(to: folder.url.appendingPathComponent("file.age"))
        // To standard output: age 1.1.1 creates no -o file for an empty plaintext.
        let result = try age.run(["-d", "-i", folder.path("key.txt"), folder.path("file.age")])
        #expect(result.status == 0, "age -d refused our file: \(result.standardError)")
        #expect(Array(result.standardOutput) == Self.message(size))
    }

    @Test(arguments: [false, true])
    func weOpenAgesFile(armored: Bool) throws {
        let folder = try TemporaryFolder("tamga-age-interop")
        let made = try keygen.run(["-o", folder.path("key.txt")])
        try #require(made.status == 0, "age-keygen failed: \(made.standardError)")
        let recipient = try keygen.run(["-y", folder.path("key.txt")]).text.trimmingCharacters(in: .whitespacesAndNewlines)
        try Data(Self.message(70_000)).write(to: folder.url.appendingPathComponent("plain"))
        let encrypted = try age.run((armored ? ["-a"] : []) + ["-r", recipient, "-o", folder.path("file.age"), folder.path("plain")])
        try #require(encrypted.status == 0, "age -r failed: \(encrypted.standardError)")

        let identities = try AgeIdentityFile.parse(Array(Data(contentsOf: URL(fileURLWithPath: folder.path("key.txt")))))
        #expect(try AgeX25519Recipient(parsing: recipient) == identities[0].recipient)
        let file = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("file.age"))))
        let plaintext = try AgeReader.decrypt(file, identities: identities)
        plaintext.withUnsafeBytes { #expect(Array($0) == Self.message(70_000)) }
        // Our armor detection agrees with age's -a.
        #expect((file.first == UInt8(ascii: "-")) == armored)
    }

    /// Runs `command` under script(1), typing `passphrase` (twice when asked
    /// to confirm) into its terminal with pauses, since age flushes pending
    /// terminal input when it turns echo off.
    func typing(_ passphrase: String, times: Int, into command: String) throws -> ExternalTool.Result {
        _ = try script.require()
        let typing = (0..<times).map { _ in "sleep 1; printf '%s\\n' '\(passphrase)'; " }.joined()
        return try shell.run(["-c", "(\(typing)sleep 1) | script -qec \"\(command)\" /dev/null"])
    }

    @Test func weOpenAgesPassphraseFile() throws {
        let folder = try TemporaryFolder("tamga-age-interop")
        try Data(Self.message(5000)).write(to: folder.url.appendingPathComponent("plain"))
        let agePath = try age.require()
        let result = try typing("interop passphrase", times: 2,
                                into: "\(agePath) -p -o \(folder.path("file.age")) \(folder.path("plain"))")
        try #require(result.status == 0, "age -p failed: \(result.standardError) \(result.text)")
        let file = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("file.age"))))
        let header = try AgeReader.header(of: file)
        #expect(header.stanzas.map(\.type) == ["scrypt"])
        let identity = AgeScryptIdentity(passphrase: try SecretBytes(copying: Array("interop passphrase".utf8)))
        try AgeReader.decrypt(file, identities: [identity]).withUnsafeBytes { #expect(Array($0) == Self.message(5000)) }
    }

    @Test func ageOpensOurPassphraseFile() throws {
        let folder = try TemporaryFolder("tamga-age-interop")
        let passphrase = try SecretBytes(copying: Array("interop passphrase".utf8))
        let file = try AgeWriter.encrypt(Self.message(5000), to: [AgeScryptRecipient(passphrase: passphrase, workFactor: 14)])
        try Data(file).write(to: folder.url.appendingPathComponent("file.age"))
        let agePath = try age.require()
        let result = try typing("interop passphrase", times: 1,
                                into: "\(agePath) -d -o \(folder.path("plain")) \(folder.path("file.age"))")
        #expect(result.status == 0, "age -d failed: \(result.standardError) \(result.text)")
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: folder.path("plain")))) == Self.message(5000))
    }
}
