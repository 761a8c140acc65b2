import Foundation
import Testing
import TamgaTestSupport

/// Issue 17 through the built binary: attach with what a monitor must keep
/// about evidence, list it, get it back byte for byte, and the refusals
/// (unknown person, a State member, a terminal, an existing file).
@Suite struct AttachmentCommandTests {
    /// A confidential original name: shown by `attachments` to those cleared, never in the log or an error.
    static let secretName = "Sadykov forearm.jpg"

    /// The examples' vault, and a photo-like file of several 64 KiB chunks.
    static func vaultWithPhoto(_ name: String = secretName) throws -> (CLIVault, String, [UInt8]) {
        let v = try ExportTests.vaultWithExamples()
        let bytes = (0..<(200_000 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        let path = v.folder.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (v, path, bytes)
    }

    /// `sha256sum FILE`'s hash.
    static func sha256sum(_ path: String) throws -> String {
        let result = try TamgaBinary(path: "/usr/bin/sha256sum").run([path])
        return String(result.standardOutput.prefix(64))
    }

    /// The NAME column of `tamga attachments ID`'s rows.
    static func references(_ v: CLIVault, _ id: String, extra: [String] = []) throws -> [String] {
        let listing = try v.run(["attachments", id] + extra)
        return listing.standardOutput.split(separator: "\n").dropFirst().compactMap { line in
            let first = line.split(separator: " ").first.map(String.init) ?? ""
            return first.count == 12 && first.allSatisfy(\.isHexDigit) ? first : nil
        }
    }

    @Test func attachListGetBackWithTheHashSha256sumComputes() throws {
        let (v, photo, bytes) = try Self.vaultWithPhoto()
        let attach = try v.run(["attach", "INT-2014-044", photo, "--depicts", "D-0042", "--consent", "state",
                                "--caption", "Left forearm, day 2"])
        #expect(attach.status == 0, "\(attach.standardError)")
        let expected = try Self.sha256sum(photo)
        #expect(expected.count == 64 && attach.standardOutput.contains("sha256 \(expected)"))
        #expect(!attach.standardOutput.contains("Sadykov") && !attach.standardError.contains("Sadykov"))
        let listing = try v.run(["attachments", "INT-2014-044"])
        #expect(listing.status == 0, "\(listing.standardError)")
        for text in [Self.secretName, expected, "internal", "\(bytes.count)", "Admin", "D-0042", "state", "Left forearm, day 2"] {
            #expect(listing.standardOutput.contains(text), "\(text) missing from: \(listing.standardOutput)")
        }
        let reference = try #require(try Self.references(v, "INT-2014-044").first)
        let out = v.folder.path("back/photo.jpg")
        let get = try v.run(["attachment", "get", "INT-2014-044", reference, "-o", out])
        #expect(get.status == 0, "\(get.standardError)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))) == bytes)
        #expect(try Self.sha256sum(out) == expected)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Never over an existing file without --force; an unambiguous prefix works too.
        let again = try v.run(["attachment", "get", "INT-2014-044", String(reference.prefix(5)), "-o", out])
        #expect(again.status == 65 && again.standardError.contains("already exists"))
        #expect(try v.run(["attachment", "get", "INT-2014-044", String(reference.prefix(5)), "-o", out, "--force"]).status == 0)
        // Piped standard output is allowed, and hashes the same.
        let piped = try v.run(["attachment", "get", "INT-2014-044", reference, "-o", "-"])
        #expect(piped.status == 0 && piped.standardError.contains(expected))
    }

    @Test func theLogShowsTheAttachAndTheReadButNeverTheFileName() throws {
        let (v, photo, _) = try Self.vaultWithPhoto()
        #expect(try v.run(["attach", "INT-2014-044", photo]).status == 0)
        let reference = try #require(try Self.references(v, "INT-2014-044").first)
        #expect(try v.run(["attachment", "get", "INT-2014-044", reference, "-o", v.folder.path("x.jpg")]).status == 0)
        let log = try v.run(["log"])
        #expect(log.status == 0, "\(log.standardError)")
        let hash = try Self.sha256sum(photo)
        let lines = log.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("attach INT-2014-044") && $0.contains("original-sha256=\(hash)") }, "\(log.standardOutput)")
        #expect(lines.contains { $0.contains("read INT-2014-044") && $0.contains("original-sha256=\(hash)") }, "\(log.standardOutput)")
        #expect(!log.standardOutput.contains("Sadykov") && !log.standardOutput.contains(".jpg"))
        for file in v.files() { #expect(!file.contains("Sadykov") && !file.contains(".jpg"), "\(file)") }
        let raw = try v.files().map { try Data(contentsOf: URL(fileURLWithPath: v.vault + "/" + $0)) }
        #expect(!raw.contains { $0.range(of: Data("Sadykov forearm".utf8)) != nil })
    }

    @Test func anUnknownPersonIsRefusedAndNothingIsStored() throws {
        let (v, photo, _) = try Self.vaultWithPhoto()
        let before = v.files()
        let result = try v.run(["attach", "INT-2014-044", photo, "--depicts", "D-0042", "D-9999"])
        #expect(result.status == 66, "\(result.standardError)")
        #expect(result.standardError.contains("declares no person D-9999"))
        #expect(!result.standardError.contains("Sadykov"))
        #expect(v.files() == before)
        #expect(FileManager.default.fileExists(atPath: photo))
    }

    @Test func wipeRemovesTheSourceAndTheHelpStatesItsLimits() throws {
        let (v, photo, bytes) = try Self.vaultWithPhoto()
        let result = try v.run(["attach", "INT-2014-044", photo, "--wipe"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: photo))
        let reference = try #require(try Self.references(v, "INT-2014-044").first)
        let out = v.folder.path("back.jpg")
        #expect(try v.run(["attachment", "get", "INT-2014-044", reference, "-o", out]).status == 0)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: out))) == bytes)
        let help = try v.run(["attach", "--help"]).standardOutput
        for limit in ["SSD", "copy-on-write", "journaling", "backups", "hard link"] {
            #expect(help.contains(limit), "--help does not mention \(limit)")
        }
    }

    @Test func aStateMemberCannotGetAnInternalAttachment() throws {
        let (v, photo, _) = try Self.vaultWithPhoto()
        #expect(try v.run(["attach", "VR-2014-017", photo]).status == 0)
        let plan = v.folder.path("plan.pdf")
        try Data("floor plan".utf8).write(to: URL(fileURLWithPath: plan))
        #expect(try v.run(["attach", "VR-2014-017", plan, "--level", "state"]).status == 0)
        let internalReference = try #require(try Self.references(v, "VR-2014-017").first { reference in
            try v.run(["attachments", "VR-2014-017"]).standardOutput.split(separator: "\n")
                .contains { $0.hasPrefix(reference) && $0.contains("internal") }
        })
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let listing = try v.run(["attachments", "VR-2014-017", "--member", "Liaison"])
        #expect(listing.status == 0, "\(listing.standardError)")
        // Both are sealed to internal: the State's plan reaches them through exports, which clean it first.
        #expect(!listing.standardOutput.contains("plan.pdf") && listing.standardOutput.contains("2 attachments above your clearance"),
                "\(listing.standardOutput)")
        #expect(listing.standardOutput.contains("through exports"), "\(listing.standardOutput)")
        #expect(!listing.standardOutput.contains("Sadykov") && !listing.standardOutput.contains(internalReference))
        let out = v.folder.path("stolen.jpg")
        let get = try v.run(["attachment", "get", "VR-2014-017", internalReference, "-o", out, "--member", "Liaison"])
        #expect(get.status == 1, "\(get.standardError)")
        #expect(get.standardError.contains("not cleared") && !get.standardError.contains("Sadykov"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let byName = try v.run(["attachment", "get", "VR-2014-017", Self.secretName, "-o", out, "--member", "Liaison"])
        #expect(byName.status == 66 && !byName.standardError.contains("Sadykov"))
        // The file marked for the State they do not get whole either: the export gives it to them.
        let stateReference = try #require(try Self.references(v, "VR-2014-017", extra: ["--member", "Admin"]).first { $0 != internalReference })
        let whole = try v.run(["attachment", "get", "VR-2014-017", stateReference, "-o", v.folder.path("plan-back.pdf"), "--member", "Liaison"])
        #expect(whole.status == 1 && whole.standardError.contains("not cleared"), "\(whole.standardError)")
    }

    @Test func neverToATerminal() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return }
        let (v, photo, _) = try Self.vaultWithPhoto()
        #expect(try v.run(["attach", "INT-2014-044", photo]).status == 0)
        let reference = try #require(try Self.references(v, "INT-2014-044").first)
        // Under `script`, standard output is a terminal (a pseudo-terminal).
        func underTerminal(_ output: String) throws -> TamgaBinary.Result {
            try TamgaBinary(path: script).run(["-qec", "\(v.tamga.path) attachment get INT-2014-044 \(reference) -o \(output)", "/dev/null"],
                                              environment: v.environment, in: v.folder.url)
        }
        for output in ["-", "/dev/tty"] {
            let result = try underTerminal(output)
            #expect(result.status == 1, "\(output): \(result.standardOutput)")
            #expect(result.standardOutput.contains("refusing to write an attachment to a terminal"), "\(output)")
        }
        // The same terminal, writing to a file, works: the refusal is about the terminal.
        #expect(try underTerminal(v.folder.path("ok.jpg")).status == 0)
    }

    @Test func aMissingFileIsAMissingInputNamedByPosition() throws {
        let (v, photo, _) = try Self.vaultWithPhoto()
        let before = v.files()
        let result = try v.run(["attach", "INT-2014-044", photo, v.folder.path("Osmonov-scan.pdf")])
        #expect(result.status == 66, "\(result.standardError)")
        #expect(result.standardError.contains("file 2 of 2") && !result.standardError.contains("Osmonov"))
        #expect(v.files() == before)
    }
}
