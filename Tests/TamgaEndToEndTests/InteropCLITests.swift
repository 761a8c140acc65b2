import Foundation
import Testing
import TamgaTestSupport

/// `tamga key public`, `tamga verify` and `tamga decrypt` against Debian's
/// minisign and age, through the built binary. A missing tool fails the test
/// with the command that installs it.
@Suite struct InteropCLITests {
    let tamga = TamgaBinary()

    /// Runs a standard tool; `#require`s that it is installed.
    static func tool(_ name: String, _ arguments: [String], input: String? = nil, in folder: TemporaryFolder,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String, error: String) {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let path = searchPath.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let executable = try #require(path, "\(name) is not installed: run `make test-deps` (apt-get install -y age minisign)",
                                      sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test func keyPublicPrintsAStableMinisignKey() throws {
        let vault = try CLIVault()
        let first = try vault.run(["key", "public"])
        #expect(first.status == 0, "\(first.standardError)")
        let lines = first.standardOutput.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        let bytes = try #require(Data(base64Encoded: lines[1])).map { $0 }
        #expect(bytes.count == 42 && bytes[0] == UInt8(ascii: "E") && bytes[1] == UInt8(ascii: "d"))
        let keyID = bytes[2..<10].reversed().map { String(format: "%02X", $0) }.joined()
        #expect(lines[0] == "untrusted comment: minisign public key \(keyID)")
        #expect(try vault.run(["key", "public"]).standardOutput == first.standardOutput)
        let written = try vault.run(["key", "public", "-o", vault.folder.path("npm.pub")])
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: vault.folder.path("npm.pub"), encoding: .utf8) == first.standardOutput)
    }

    @Test func verifyChecksMinisignSignatures() throws {
        let folder = try TemporaryFolder("tamga-e2e-verify")
        for key in ["a", "b"] {
            let made = try Self.tool("minisign", ["-G", "-W", "-p", "\(key).pub", "-s", "\(key).sec"], in: folder)
            try #require(made.status == 0, "\(made.error)")
        }
        try folder.write("report.txt", "VR-2014-017, state version\n")
        let signed = try Self.tool("minisign", ["-S", "-s", "a.sec", "-m", "report.txt", "-t", "document:VR-2014-017\taudience:state"], in: folder)
        try #require(signed.status == 0, "\(signed.error)")
        let keyA = try String(contentsOfFile: folder.path("a.pub"), encoding: .utf8).split(separator: "\n")[1]

        let good = try tamga.run(["verify", "report.txt", "-P", String(keyA)], in: folder.url)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(good.standardOutput == "Trusted comment: document:VR-2014-017\taudience:state\n")
        #expect(try tamga.run(["verify", "report.txt", "-p", "a.pub"], in: folder.url).status == 0)

        let wrongKey = try tamga.run(["verify", "report.txt", "-p", "b.pub"], in: folder.url)
        #expect(wrongKey.status == 1 && wrongKey.standardError.contains("Error:") && wrongKey.standardError.contains("another key"))

        let signature = try String(contentsOfFile: folder.path("report.txt.minisig"), encoding: .utf8)
        try folder.write("report.txt.minisig", signature.replacingOccurrences(of: "audience:state", with: "audience:public"))
        let comment = try tamga.run(["verify", "report.txt", "-p", "a.pub"], in: folder.url)
        #expect(comment.status == 1 && comment.standardError.contains("trusted comment") && comment.standardOutput.isEmpty)

        try folder.write("report.txt.minisig", signature)
        try folder.write("report.txt", "VR-2014-017, public version\n")
        let altered = try tamga.run(["verify", "report.txt", "-p", "a.pub"], in: folder.url)
        #expect(altered.status == 1 && altered.standardError.contains("does not match its signature"))

        #expect(try tamga.run(["verify", "missing.txt", "-p", "a.pub"], in: folder.url).status == 66)
        #expect(try tamga.run(["verify", "report.txt", "-P", "not-a-key"], in: folder.url).status == 65)
    }

    @Test(arguments: [false, true])
    func decryptOpensAgeFiles(armored: Bool) throws {
        let folder = try TemporaryFolder("tamga-e2e-decrypt")
        try #require(try Self.tool("age-keygen", ["-o", "key.txt"], in: folder).status == 0)
        let recipient = try Self.tool("age-keygen", ["-y", "key.txt"], in: folder).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let plaintext = String(repeating: "Interview record, internal.\n", count: 5000)
        try folder.write("plain.txt", plaintext)
        let sealed = try Self.tool("age", (armored ? ["-a"] : []) + ["-r", recipient, "-o", "file.age", "plain.txt"], in: folder)
        try #require(sealed.status == 0, "\(sealed.error)")

        let opened = try tamga.run(["decrypt", "file.age", "-i", "key.txt", "-o", "out.txt"], in: folder.url)
        #expect(opened.status == 0, "\(opened.standardError)")
        #expect(try String(contentsOfFile: folder.path("out.txt"), encoding: .utf8) == plaintext)

        // Never over the input.
        let overInput = try tamga.run(["decrypt", "file.age", "-i", "key.txt", "-o", "file.age"], in: folder.url)
        #expect(overInput.status == 1 && overInput.standardError.contains("is the input"))

        // A key file others can read is refused, and nothing is written.
        chmod(folder.path("key.txt"), 0o644)
        let loose = try tamga.run(["decrypt", "file.age", "-i", "key.txt", "-o", "loose.txt"], in: folder.url)
        #expect(loose.status == 1 && loose.standardError.contains("chmod 600"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("loose.txt")))
        chmod(folder.path("key.txt"), 0o600)

        // A damaged file writes nothing, not even a partial file.
        var bytes = Array(try Data(contentsOf: folder.url.appendingPathComponent("file.age")))
        bytes.removeLast(armored ? 200 : 100)
        if armored { bytes += Array("\n-----END AGE ENCRYPTED FILE-----\n".utf8) }
        try Data(bytes).write(to: folder.url.appendingPathComponent("cut.age"))
        let cut = try tamga.run(["decrypt", "cut.age", "-i", "key.txt", "-o", "cut.txt"], in: folder.url)
        #expect(cut.status == 1 && cut.standardError.contains("Error:"), "\(cut.standardError)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("cut.txt") }
        #expect(leftovers.isEmpty)
    }

    @Test func decryptOpensAgePassphraseFiles() throws {
        let folder = try TemporaryFolder("tamga-e2e-decrypt")
        try folder.write("plain.txt", "Sealed with a passphrase\n")
        try folder.write("pass", "e2e passphrase\n")
        try folder.write("wrong", "not it\n")
        // age reads passphrases from the terminal only: type them through script(1).
        let typed = "(sleep 1; printf '%s\\n' 'e2e passphrase'; sleep 1; printf '%s\\n' 'e2e passphrase'; sleep 1)"
        let sealed = try Self.tool("sh", ["-c", "\(typed) | script -qec 'age -p -o file.age plain.txt' /dev/null"], in: folder)
        try #require(sealed.status == 0 && FileManager.default.fileExists(atPath: folder.path("file.age")), "\(sealed.error)")

        let opened = try tamga.run(["decrypt", "file.age", "--passphrase-file", "pass", "-o", "out.txt"], in: folder.url)
        #expect(opened.status == 0, "\(opened.standardError)")
        #expect(try String(contentsOfFile: folder.path("out.txt"), encoding: .utf8) == "Sealed with a passphrase\n")
        let wrong = try tamga.run(["decrypt", "file.age", "--passphrase-file", "wrong", "-o", "wrong.txt"], in: folder.url)
        #expect(wrong.status == 1 && wrong.standardError.contains("wrong passphrase"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("wrong.txt")))
    }
}
