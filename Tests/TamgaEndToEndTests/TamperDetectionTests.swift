import Foundation
import Testing
import TamgaTestSupport

/// Issue 3: "flips bytes in every kind of file in a vault: `tamga check`
/// reports each, naming the file". Issue 8: flip, truncate, extend, swap two
/// objects, replay an old keyring, delete a log entry; figure: cases tried,
/// cases detected.
///
/// Every case runs on a fresh copy of one vault (with the machine's memory of
/// it) that holds documents with several revisions, an attachment, a second
/// member cleared `state`, and a removed member, so there are three keyrings
/// and two key epochs. A case counts as detected when `tamga check` run by the
/// administrator exits 1 and its output names the file. Two kinds of file
/// cannot be verified by the administrator's keys: a key sealed to another
/// holder, and the passphrase-sealed part of another member's key file. For
/// those, check says so, and the holder's own `tamga check` (or `tamga recover`
/// for the recovery key's copies) must name the file.
@Suite struct TamperDetectionTests {
    enum FileKind: String, CaseIterable, Sendable {
        case config, keyring, memberKey, sealedKey, documentPart, attachment, logEntry

        func matches(_ path: String) -> Bool {
            switch self {
            case .config: path == "config.json"
            case .keyring: path.hasPrefix("keyring/")
            case .memberKey: path.hasPrefix("members/")
            case .sealedKey: path.hasPrefix("keys/")
            case .documentPart: path.hasPrefix("documents/")
            case .attachment: path.hasPrefix("attachments/")
            case .logEntry: path.hasPrefix("log/")
            }
        }

        /// Damage to one such file never stops check from reporting another.
        var isCheckedFileByFile: Bool { self == .documentPart || self == .attachment || self == .logEntry }
    }

    @Test(arguments: FileKind.allCases)
    func everyFileOfAKindIsReportedWhenAltered(_ kind: FileKind) throws {
        let fixture = try TamperFixture.shared.get()
        let files = fixture.files.filter(kind.matches)
        #expect(!files.isEmpty)
        var cases: [TamperCase] = []
        // Revision id of each part (header bytes 28..<44): a lower level may
        // hold several projections of one revision.
        func revision(_ file: String) -> Data? {
            (try? VaultFiles.read(fixture.v.vault + "/" + file)).map { $0.count >= 44 ? $0.subdata(in: 28..<44) : Data() }
        }
        for file in files {
            cases += TamperCase.byteDamage(file)
            if kind != .config {
                var delete = TamperCase.delete(file)
                let folder = (file as NSString).deletingLastPathComponent
                if delete.derived != nil, files.contains(where: { $0 != file && $0.hasPrefix(folder + "/") && revision($0) == revision(file) }) {
                    delete.derived = nil
                    delete.harmless = "another projection of the same revision remains at that level; check does not re-project, "
                        + "so readers of that level see the remaining one until the next add or edit by an internal member re-projects"
                }
                cases.append(delete)
            }
            // JSON files not named by their hash: also one flip in every field's value.
            if kind == .config || kind == .memberKey {
                cases += TamperCase.fieldFlips(file, try VaultFiles.read(fixture.v.vault + "/" + file))
            }
        }
        var tally = TamperTally()
        if kind.isCheckedFileByFile {
            // Check reports each object on its own line, so one copy can carry
            // one kind of damage to every file of the kind (one check each);
            // deletions still run one by one.
            let byteDamage = Dictionary(grouping: cases.filter { !$0.name.hasPrefix("delete ") }) { $0.name.prefix { $0 != " " } + $0.name.dropFirst(4).prefix(8) }
            for (_, group) in byteDamage.sorted(by: { $0.key < $1.key }) { try fixture.run(group, together: true, into: &tally) }
            try fixture.run(cases.filter { $0.name.hasPrefix("delete ") }, into: &tally)
        } else {
            try fixture.run(cases, into: &tally)
        }
        tally.print(label: kind.rawValue)
        #expect(tally.missed.isEmpty, "undetected: \(tally.missed.joined(separator: "\n"))")
    }

    @Test func swappedObjectsAreReported() throws {
        let fixture = try TamperFixture.shared.get()
        let parts = fixture.files.filter { $0.hasPrefix("documents/") && $0.contains("/internal/") }
        let logs = fixture.files.filter { $0.hasPrefix("log/") }
        let keyrings = fixture.files.filter { $0.hasPrefix("keyring/") }
        let admin = fixture.administrator, bob = fixture.second
        let adminSealed = fixture.files.filter { $0.hasPrefix("keys/levels/") && $0.hasSuffix("/\(admin).sealed") }
        let bobSealed = fixture.files.filter { $0.hasPrefix("keys/levels/") && $0.hasSuffix("/\(bob).sealed") }
        let documents = Set(parts.map { $0.split(separator: "/")[1] }).sorted()
        try #require(parts.count >= 2 && documents.count >= 2 && adminSealed.count >= 2 && bobSealed.count >= 2)
        let otherDocumentPart = try #require(parts.first { !$0.contains(documents[0]) })
        let firstDocumentPart = try #require(parts.first { $0.contains(documents[0]) })
        let cases: [TamperCase] = [
            .swapContents(parts[0], parts[1]),
            .swapContents(logs[0], logs[1]),
            .swapContents(keyrings[0], keyrings[1]),
            .swapContents("members/\(admin).key", "members/\(bob).key"),
            .swapContents(adminSealed[0], adminSealed[1]),
            .swapContents(bobSealed[0], bobSealed[1]),
            .swapContents("keys/index/1/\(admin).sealed", "keys/index/1/recovery.sealed"),
            // Names stay valid hashes: a part moved into another document's folder.
            .exchangeFolders(firstDocumentPart, otherDocumentPart),
        ]
        let tally = try fixture.run(cases)
        tally.print(label: "swap")
        #expect(tally.missed.isEmpty, "undetected: \(tally.missed.joined(separator: "\n"))")
    }

    /// Replaying an old keyring (deleting the newest) leaves a valid chain; only
    /// the machine's memory of the keyring it saw can tell.
    @Test func replayedOldKeyringIsReported() throws {
        let fixture = try TamperFixture.shared.get()
        let newest = try #require(fixture.newestKeyring)
        let tally = try fixture.run([
            TamperCase(name: "replay the previous keyring (delete \(newest))", file: newest, mustName: [newest]) { vault in
                try FileManager.default.removeItem(atPath: vault + "/" + newest)
            },
        ])
        tally.print(label: "keyring replay")
        #expect(tally.missed.isEmpty, "undetected: \(tally.missed.joined(separator: "\n"))")
    }

    @Test(arguments: [true, false])
    func deletedLogEntryIsReported(head: Bool) throws {
        let fixture = try TamperFixture.shared.get()
        let entry = try #require(head ? fixture.logHeads.first : fixture.logNonHeads.last)
        let name = String(entry.dropFirst(4).prefix(12))
        let tally = try fixture.run([
            TamperCase(name: "delete \(head ? "head" : "non-head") log entry \(entry)", file: entry, mustName: [name]) { vault in
                try FileManager.default.removeItem(atPath: vault + "/" + entry)
            },
        ])
        tally.print(label: head ? "log head deleted" : "log entry deleted")
        #expect(tally.missed.isEmpty, "undetected: \(tally.missed.joined(separator: "\n"))")
    }

    @Test func strayFilesAndSymlinksAreReported() throws {
        let fixture = try TamperFixture.shared.get()
        let part = try #require(fixture.files.first { $0.hasPrefix("documents/") })
        let partFolder = (part as NSString).deletingLastPathComponent
        let attachment = try #require(fixture.files.first { $0.hasPrefix("attachments/") })
        let hexName = String(repeating: "ab", count: 32)
        let cases: [TamperCase] = [
            .stray("notes.txt"),
            .stray("keys/notes.txt"),
            .stray("keys/levels/internal/1/notes.txt"),
            .stray("keys/levels/internal/1/\(String(repeating: "0", count: 32)).sealed"),
            .stray("members/\(String(repeating: "0", count: 32)).key"),
            .stray("log/\(hexName).json"),
            .stray("keyring/\(hexName).json"),
            .stray("\(partFolder)/\(hexName)"),
            .stray("documents/\(String(repeating: "0", count: 32))/notes.txt"),
            .symlink(part, target: "outside"),
            .symlink(attachment, target: "outside"),
            .symlink("log/\(hexName).json", target: "outside"),
            .symlink("extra", target: "/etc"),
            .symlink("config.json", target: "outside"),
        ]
        let tally = try fixture.run(cases)
        tally.print(label: "stray files and symlinks")
        #expect(tally.missed.isEmpty, "undetected: \(tally.missed.joined(separator: "\n"))")
    }
}

nonisolated(unsafe) private var fixtureFolder: String?

/// One way of damaging a copy of the vault, and what the report must name.
struct TamperCase: Sendable {
    let name: String
    /// The file the case damages (relative to the vault); decides who can verify it.
    let file: String
    /// Strings the output must contain: the file's path, or for a deleted log
    /// entry the start of its hash.
    let mustName: [String]
    let mutate: @Sendable (String) throws -> Void
    /// Why the change cannot and need not be detected, for the documented cases.
    var harmless: String? = nil
    /// Derived data that tamga makes again: a warning naming it suffices.
    var derived: String? = nil

    static func edit(_ file: String, _ label: String, _ change: @escaping @Sendable (inout Data) -> Void) -> TamperCase {
        TamperCase(name: "\(label) \(file)", file: file, mustName: [file]) { vault in
            let path = vault + "/" + file
            var data = try VaultFiles.read(path)
            change(&data)
            try VaultFiles.write(data, path)
        }
    }

    /// Flip a bit at the start, the middle and the end; truncate to half and to
    /// nothing; extend by one byte (a newline, the hardest for JSON files).
    static func byteDamage(_ file: String) -> [TamperCase] {
        [
            edit(file, "flip first byte of") { $0[0] ^= 0x01 },
            edit(file, "flip middle byte of") { $0[$0.count / 2] ^= 0x01 },
            edit(file, "flip last byte of") { $0[$0.count - 1] ^= 0x01 },
            edit(file, "truncate to half") { $0 = $0.prefix($0.count / 2) },
            edit(file, "empty") { $0 = Data() },
            edit(file, "extend by a newline") { $0.append(0x0A) },
        ]
    }

    /// A deleted log entry is named by the start of its hash; a deleted
    /// object (named by the hash of its bytes, which nothing records) by its folder.
    /// For a pretty-printed JSON file: flips the last letter or digit of each
    /// field's value, so every field is hit whatever the random keys are.
    static func fieldFlips(_ file: String, _ data: Data) -> [TamperCase] {
        var cases: [TamperCase] = []
        var lineStart = 0
        let bytes = [UInt8](data)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            let line = bytes[lineStart..<index]
            if let colon = String(decoding: line, as: UTF8.self).range(of: "\" : ") {
                let valueOffset = String(decoding: line, as: UTF8.self).utf8.distance(
                    from: String(decoding: line, as: UTF8.self).utf8.startIndex, to: colon.upperBound.samePosition(in: String(decoding: line, as: UTF8.self).utf8)!)
                let value = line.dropFirst(valueOffset)
                if let last = value.lastIndex(where: { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }) {
                    let field = String(decoding: line.prefix(valueOffset), as: UTF8.self)
                        .split(separator: "\"").first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? "?"
                    var flip = edit(file, "flip a character of \(field) in") { $0[last] ^= 0x01 }
                    flip.harmless = Self.harmlessFields[field]
                    cases.append(flip)
                }
            }
            lineStart = index + 1
        }
        return cases
    }

    /// Fields of a member key file that nothing trusts or that do not change
    /// the key: the documented undetectable cases.
    static let harmlessFields = [
        "name": "the key file's name is a label; the signed keyring's name for the fingerprint is the one tamga uses",
        "memLimit": "Argon2id counts memory in whole KiB, so the last digit of a byte count rarely changes the derived key",
    ]

    static func delete(_ file: String) -> TamperCase {
        let name = file.hasPrefix("log/") ? String(file.dropFirst(4).prefix(12))
            : file.hasPrefix("documents/") || file.hasPrefix("attachments/") ? (file as NSString).deletingLastPathComponent
            : file
        var tamper = TamperCase(name: "delete \(file)", file: file, mustName: [name]) { vault in
            try FileManager.default.removeItem(atPath: vault + "/" + file)
        }
        if file.hasPrefix("documents/"), !file.contains("/internal/") {
            tamper.derived = "a state or public part is a projection of the internal source; the next add or edit by an internal member makes it again"
        }
        return tamper
    }

    static func swapContents(_ a: String, _ b: String) -> TamperCase {
        TamperCase(name: "swap contents of \(a) and \(b)", file: a, mustName: [a]) { vault in
            let first = try VaultFiles.read(vault + "/" + a), second = try VaultFiles.read(vault + "/" + b)
            try VaultFiles.write(second, vault + "/" + a)
            try VaultFiles.write(first, vault + "/" + b)
        }
    }

    /// Moves each file into the other's folder, keeping its (valid) name.
    static func exchangeFolders(_ a: String, _ b: String) -> TamperCase {
        let movedA = (b as NSString).deletingLastPathComponent + "/" + (a as NSString).lastPathComponent
        return TamperCase(name: "exchange folders of \(a) and \(b)", file: movedA, mustName: [movedA]) { vault in
            let folderA = (a as NSString).deletingLastPathComponent, folderB = (b as NSString).deletingLastPathComponent
            try FileManager.default.moveItem(atPath: vault + "/" + a, toPath: vault + "/" + movedA)
            try FileManager.default.moveItem(atPath: vault + "/" + b,
                                             toPath: vault + "/" + folderA + "/" + (b as NSString).lastPathComponent)
            _ = folderB
        }
    }

    static func stray(_ file: String) -> TamperCase {
        TamperCase(name: "add stray file \(file)", file: file, mustName: [file]) { vault in
            let path = vault + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try VaultFiles.write(Data("stray\n".utf8), path)
        }
    }

    /// Replaces (or adds) `file` with a symlink; "outside" points to a copy of
    /// the original outside the vault, so the content still matches its name.
    static func symlink(_ file: String, target: String) -> TamperCase {
        TamperCase(name: "symlink \(file) -> \(target)", file: file, mustName: [file]) { vault in
            let path = vault + "/" + file
            var destination = target
            if target == "outside" {
                destination = vault + "-outside-" + (file as NSString).lastPathComponent
                if FileManager.default.fileExists(atPath: path) {
                    try FileManager.default.moveItem(atPath: path, toPath: destination)
                } else {
                    try VaultFiles.write(Data("{}\n".utf8), destination)
                }
            }
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
        }
    }
}

/// How a set of cases fared.
struct TamperTally {
    var tried = 0
    var byCheck = 0
    var byHolder: [String] = []
    var asWarning: [String] = []
    var harmless: [String] = []
    var missed: [String] = []

    func print(label: String) {
        Swift.print("tamper[\(label)]: \(tried) cases, \(byCheck + byHolder.count + asWarning.count) detected " +
                    "(\(byCheck) by the administrator's check, \(byHolder.count) only by the holder, " +
                    "\(asWarning.count) as a warning), \(harmless.count) undetectable by design, \(missed.count) missed")
        for line in byHolder { Swift.print("  holder-only: \(line)") }
        for line in asWarning { Swift.print("  warning (derived data): \(line)") }
        for line in harmless { Swift.print("  undetectable by design: \(line)") }
    }
}

/// The vault every tamper case starts from, built once for the suite and
/// never changed: each case works on its own copy. Removed at exit.
final class TamperFixture: @unchecked Sendable {
    static let shared: Result<TamperFixture, any Error> = Result {
        let fixture = try TamperFixture()
        fixtureFolder = fixture.v.folder.url.path
        atexit { if let path = fixtureFolder { try? FileManager.default.removeItem(atPath: path) } }
        return fixture
    }

    let v: CLIVault
    let shares: [String]
    let administrator: String
    let second: String
    let files: [String]
    let newestKeyring: String?
    let logHeads: [String]
    let logNonHeads: [String]

    init() throws {
        let v = try CLIVault(initialise: false)
        self.v = v
        let created = try v.run(["init", "--name", "Admin"])
        guard created.status == 0 else { throw KillableRun.RunError(message: "init: \(created.standardError)") }
        shares = created.standardOutput.split(separator: "\n")
            .compactMap { line in line.split(separator: " ").last.map(String.init) }
            .filter { $0.hasPrefix("tamga-share1") }
        func must(_ arguments: [String], input: String? = nil) throws -> TamgaBinary.Result {
            let result = try v.run(arguments, input: input)
            guard result.status == 0 else {
                throw KillableRun.RunError(message: "\(arguments.first ?? "") failed: \(result.standardError)")
            }
            return result
        }
        for name in ["VR-2014-017.md", "INT-2014-044.md", "VR-2014-021.ru.md"] {
            _ = try must(["add", try v.folder.write(name, try CLIVault.example(name))])
        }
        _ = try must(["add", try v.folder.write("gen1.md", GeneratedDocument.text(1))])
        _ = try must(["add", try v.folder.write("gen1.md", GeneratedDocument.text(1, note: "Revised."))])
        let photo = v.folder.path("photo.bin")
        try Data((0..<70_000).map { UInt8($0 % 253) }).write(to: URL(fileURLWithPath: photo))
        _ = try must(["attach", "VR-2014-017", photo])
        let bobKey = try must(["member", "invite", "--name", "Bob"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try must(["member", "add", "--member", "Admin", "Bob", bobKey, "--clearance", "state"])
        let carolKey = try must(["member", "invite", "--name", "Carol"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try must(["member", "add", "--member", "Admin", "Carol", carolKey, "--clearance", "internal"])
        _ = try must(["member", "remove", "--member", "Admin", "Carol"])
        _ = try must(["add", "--member", "Admin", try v.folder.write("gen2.md", GeneratedDocument.text(2))])
        _ = try must(["attach", "--member", "Admin", "--level", "state", "VR-2031-0002", photo])
        _ = try must(["show", "--member", "Admin", "VR-2031-0001"])
        // The machine has checked the vault, so it remembers what it saw.
        _ = try must(["check", "--member", "Admin"])

        let members = try must(["member", "list", "--member", "Admin"]).standardOutput
        func fingerprint(_ name: String) -> String {
            let line = members.split(separator: "\n").first { $0.hasPrefix(name + " ") } ?? ""
            return line.split(separator: " ").dropFirst().prefix(8).joined()
        }
        administrator = fingerprint("Admin")
        second = fingerprint("Bob")
        files = v.files().filter { $0 != "lock" }

        let keyrings = try Self.keyringSequences(v.vault)
        newestKeyring = keyrings.max { $0.value < $1.value }?.key
        let log = try Self.logPrevious(v.vault)
        let named = Set(log.values.flatMap { $0 })
        logHeads = log.keys.filter { !named.contains($0) }.map { "log/\($0).json" }.sorted()
        logNonHeads = log.keys.filter { named.contains($0) }.map { "log/\($0).json" }.sorted()
    }

    /// keyring file -> sequence, read from the plaintext envelope.
    static func keyringSequences(_ vault: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: vault + "/keyring") where name.hasSuffix(".json") {
            let envelope = try JSONSerialization.jsonObject(with: try VaultFiles.read(vault + "/keyring/" + name)) as? [String: Any]
            let body = try JSONSerialization.jsonObject(with: Data(((envelope?["body"] as? String) ?? "").utf8)) as? [String: Any]
            result["keyring/" + name] = body?["sequence"] as? Int ?? 0
        }
        return result
    }

    /// log entry name -> the entries it names as previous.
    static func logPrevious(_ vault: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: vault + "/log") where name.hasSuffix(".json") {
            let envelope = try JSONSerialization.jsonObject(with: try VaultFiles.read(vault + "/log/" + name)) as? [String: Any]
            let body = try JSONSerialization.jsonObject(with: Data(((envelope?["body"] as? String) ?? "").utf8)) as? [String: Any]
            result[String(name.dropLast(5))] = body?["previous"] as? [String] ?? []
        }
        return result
    }

    /// Who besides the administrator can verify `file`: a member name, "recovery", or nil.
    func holder(of file: String) -> String? {
        if file.hasPrefix("keys/"), file.hasSuffix("/recovery.sealed") { return "recovery" }
        if file.hasPrefix("keys/"), file.hasSuffix("/\(second).sealed") { return "Bob" }
        if file == "members/\(second).key" { return "Bob" }
        return nil
    }

    /// Runs each case on a fresh copy of the vault and the machine's memory.
    func run(_ cases: [TamperCase]) throws -> TamperTally {
        var tally = TamperTally()
        try run(cases, into: &tally)
        return tally
    }

    /// With `together`, all the cases damage one copy and one check judges
    /// them all, each by its own line of the report.
    func run(_ cases: [TamperCase], together: Bool = false, into tally: inout TamperTally) throws {
        for group in together ? [cases] : cases.map({ [$0] }) {
            let scratch = try TemporaryFolder("tamga-tamper")
            try VaultFiles.linkCopy(v.vault, to: scratch.path("vault"))
            try FileManager.default.copyItem(atPath: v.folder.path("state"), toPath: scratch.path("state"))
            for tamper in group { try tamper.mutate(scratch.path("vault")) }
            let env = ["TAMGA_VAULT": scratch.path("vault"), "XDG_STATE_HOME": scratch.path("state")]
            let checked = try v.run(["check", "--member", "Admin"], extra: env)
            for tamper in group {
                tally.tried += 1
                try judge(tamper, checked, env: env, alone: group.count == 1, into: &tally)
            }
        }
    }

    private func judge(_ tamper: TamperCase, _ checked: TamgaBinary.Result, env: [String: String], alone: Bool,
                       into tally: inout TamperTally) throws {
        let output = checked.standardOutput + checked.standardError
        let lines = output.split(separator: "\n")
        func named(_ prefix: String) -> Bool {
            tamper.mustName.allSatisfy { name in lines.contains { $0.hasPrefix(prefix) && $0.contains(name) } }
        }
        // Exit 1 from check's report; a file that stops the unlock itself
        // (config.json, the member's own key) fails the command with an
        // error naming it, which may carry another non-zero status.
        if checked.status != 0, alone ? tamper.mustName.allSatisfy(output.contains) : named("problem: ") {
            tally.byCheck += 1
            return
        }
        if let reason = tamper.derived, named("warning: ") {
            tally.asWarning.append("\(tamper.name): \(reason)")
            return
        }
        // Only the holder's keys can verify this file: check must say so,
        // and the holder's own check (or recovery) must name it.
        if alone, checked.status == 0, let holder = holder(of: tamper.file), output.contains("only their holder can verify") {
            let result: TamgaBinary.Result
            if holder == "recovery" {
                result = try v.run(["recover", "--name", "Rescuer"], input: shares.prefix(3).joined(separator: "\n") + "\n\n", extra: env)
            } else {
                result = try v.run(["check", "--member", holder], extra: env)
            }
            let holderOutput = result.standardOutput + result.standardError
            if result.status != 0, tamper.mustName.allSatisfy(holderOutput.contains) {
                tally.byHolder.append("\(tamper.name) (by \(holder == "recovery" ? "tamga recover" : "tamga check --member \(holder)"))")
                return
            }
            if let reason = tamper.harmless {
                tally.harmless.append("\(tamper.name): \(reason)")
                return
            }
            tally.missed.append("\(tamper.name): holder \(holder) exit \(result.status): \(holderOutput.prefix(400))")
            return
        }
        if let reason = tamper.harmless {
            tally.harmless.append("\(tamper.name): \(reason)")
            return
        }
        tally.missed.append("\(tamper.name): exit \(checked.status): \(output.suffix(400))")
    }
}
