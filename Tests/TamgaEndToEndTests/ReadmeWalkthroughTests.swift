import Foundation
import Testing
import TamgaTestSupport

/// Issue 19: README's five-minute walk-through, run as written. Every line of
/// every command block between "A five-minute walk-through" and "Where things
/// live" runs in order through bash, on a copy of `examples/`, with the built
/// binary first on PATH and HOME in a temporary folder (so `~/npm-vault` is
/// the vault). What a reader types by hand is the only thing replaced, each
/// listed in `substitutions`: the editor, the invitation line and age
/// recipient a command printed, and the SSH address of step 9, which becomes a
/// local bare repository. A line that fails fails the test, named.
@Suite struct ReadmeWalkthroughTests {
    /// The command lines of the walk-through's code blocks, in order.
    static func commandLines() throws -> [String] {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let walkthrough = try #require(readme.components(separatedBy: "## A five-minute walk-through").dropFirst().first?
            .components(separatedBy: "## Where things live").first)
        // Code blocks sit inside list items: indented by seven spaces.
        return walkthrough.split(separator: "\n").filter { $0.hasPrefix("       ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A temporary HOME with the examples, a photo, the binary on PATH and the test-only settings.
    final class Walk {
        let home: TemporaryFolder
        var environment: [String: String]
        var substitutions: [(String, String)] = []
        var invitation: String?

        init() throws {
            home = try TemporaryFolder("tamga-readme")
            try FileManager.default.copyItem(at: RepositoryPaths.examples, to: home.url.appendingPathComponent("examples"))
            try home.write("photo.jpg", String(repeating: "\u{FF}\u{D8} not really a photo ", count: 1000))
            try home.write("passphrase", "correct horse battery staple\n")
            let bin = home.path("bin")
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: bin + "/tamga", withDestinationPath: TamgaBinary().path)
            environment = ["HOME": home.url.path, "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                           "TAMGA_PASSPHRASE_FILE": home.path("passphrase"), "TAMGA_TEST_ONLY_WEAK_KDF": "1",
                           "XDG_STATE_HOME": home.path("state"), "GIT_CONFIG_NOSYSTEM": "1"]
            let bare = home.path("server/vault.git")
            substitutions = [("EDITOR=nano", "EDITOR='sed -i s/unannounced/announced/'"),
                             ("ssh://server/srv/git/vault.git", bare), ("/srv/git/vault.git", bare)]
            let key = try run("age-keygen -o ministry.key 2>&1")
            #expect(key.status == 0, "age-keygen: \(key.output) (run `make test-deps`)")
            let recipient = key.output.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            substitutions.append(("age1…", recipient))
        }

        /// Runs one line through bash in HOME; `extra` overrides the environment.
        func run(_ line: String, extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", line]
            var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TAMGA_") && !$0.key.hasPrefix("GIT_") }
            for (key, value) in environment.merging(extra, uniquingKeysWith: { $1 }) { env[key] = value }
            process.environment = env
            process.currentDirectoryURL = home.url
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }

        /// The line as run: the substitutions, then the invitation a colleague printed.
        func prepared(_ line: String) -> String {
            var line = line
            for (from, to) in substitutions { line = line.replacingOccurrences(of: from, with: to) }
            if let invitation { line = line.replacingOccurrences(of: "tamga-member:…", with: invitation) }
            return line
        }
    }

    @Test func everyCommandOfTheWalkthroughRunsAsWritten() throws {
        let lines = try Self.commandLines()
        #expect(lines.count > 30, "\(lines)")
        let walk = try Walk()
        var ran = 0
        for line in lines {
            // `export NAME=VALUE` lasts for the rest of the walk, as in a shell.
            if line.hasPrefix("export "), let assignment = line.dropFirst("export ".count).split(separator: " ").first {
                let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
                let value = try walk.run("printf %s \(parts[1])").output
                walk.environment[parts[0]] = value
                continue
            }
            // Step 3's invitations run "on the colleague's machine, in their copy of the vault": a copy of it, each with its own state.
            var extra: [String: String] = [:]
            if line.contains("member invite") {
                ran += 1
                let copy = walk.home.path("colleague-\(ran)")
                #expect(try walk.run("cp -a ~/npm-vault \(copy)").status == 0)
                extra = ["TAMGA_VAULT": copy, "XDG_STATE_HOME": copy + "-state"]
            }
            let result = try walk.run(walk.prepared(line), extra: extra)
            #expect(result.status == 0, "README line failed (exit \(result.status)): \(line)\n\(result.output)")
            if line.contains("member invite"), walk.invitation == nil {
                walk.invitation = result.output.split(separator: "\n").first { $0.hasPrefix("tamga-member:") }.map(String.init)
            }
        }
        // What the walk made checks out: signed exports, a clone that opens, a clean vault.
        #expect(try walk.run("tamga verify out/VR-2014-017.state.html && tamga verify out/VR-2014-017.public.md").status == 0)
        #expect(try walk.run("age -d -i ministry.key -o opened.md out/VR-2014-017.state.md.age").status == 0)
        #expect(try walk.run("tamga verify follow-up.html && tamga verify summary-2014.html").status == 0)
        #expect(try walk.run("git --git-dir=server/vault.git rev-parse --verify -q main").status == 0)
        #expect(try walk.run("tamga list --vault ~/vault").status == 0)
        #expect(try walk.run("tamga check").status == 0)
    }
}
