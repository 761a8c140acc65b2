import Foundation
import Testing
import TamgaTestSupport

/// The layering DESIGN.md promises, checked on the sources: only TamgaCrypto
/// touches libsodium and the SHA-NI C module (CSHA256NI), only the CLI touches
/// ArgumentParser, TamgaCore stays pure (no keys, no file I/O through the
/// vault or crypto modules), and the commands hold no rules of their own:
/// they call TamgaVault's use cases, not the lower-level types those compose.
@Suite struct LayeringTests {
    static func sources(under folder: String) -> [(path: String, text: String)] {
        let root = RepositoryPaths.root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { item in
            guard let url = item as? URL, url.pathExtension == "swift",
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return (url.path, text)
        }
    }

    static func imports(_ module: String, in text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import") else { return false }
            return index + 1 < words.count && words[index + 1] == Substring(module)
        }
    }

    @Test func onlyTamgaCryptoImportsTheCModules() {
        let all = Self.sources(under: "Sources") + Self.sources(under: "Tests")
        #expect(all.count > 20)
        for file in all where !file.path.contains("/Sources/TamgaCrypto/") {
            for module in ["CSodium", "CSHA256NI"] {
                #expect(!Self.imports(module, in: file.text), "\(file.path) imports \(module)")
            }
        }
        // And TamgaCrypto keeps them out of its public interface.
        for file in Self.sources(under: "Sources/TamgaCrypto") {
            for module in ["CSodium", "CSHA256NI"] {
                #expect(!file.text.contains("public import \(module)"), "\(file.path) re-exports \(module)")
            }
        }
    }

    /// cmark-gfm serves the leak scan's reader's view (`CommonMarkText`) and
    /// the HTML export's rendering of the projected Markdown
    /// (`CommonMarkHTML`, red-team round 6) and nothing else: two files,
    /// each behind an `internal import`.
    @Test func onlyTheCommonMarkViewImportsCmark() {
        let importers = (Self.sources(under: "Sources") + Self.sources(under: "Tests")).filter { Self.imports("CCmarkGFM", in: $0.text) }
        #expect(importers.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted() == ["CommonMarkHTML.swift", "CommonMarkText.swift"])
        #expect(importers.allSatisfy { $0.text.contains("internal import CCmarkGFM") })
    }

    @Test func onlyTheCommandLineImportsArgumentParser() {
        for file in Self.sources(under: "Sources") + Self.sources(under: "Tests") where !file.path.contains("/Sources/tamga/") {
            #expect(!Self.imports("ArgumentParser", in: file.text), "\(file.path) imports ArgumentParser")
        }
    }

    @Test func coreImportsNeitherCryptoNorVault() {
        for file in Self.sources(under: "Sources/TamgaCore") {
            for module in ["TamgaCrypto", "TamgaVault", "CSodium"] {
                #expect(!Self.imports(module, in: file.text), "\(file.path) imports \(module)")
            }
        }
    }

    /// The types a use case composes (issue 20): a command that reaches for
    /// one is doing the orchestration itself, which a second front end would
    /// have to copy. Commands call `DocumentAddition`, `DocumentExport`,
    /// `ConsentRecording`, `EvidenceAttachment`, `AttachmentDownload`,
    /// `EvidenceMarking`, `MemberChange`, `VaultRekey`, `AnnualSummaryExport`,
    /// `FollowUpReportExport`, `RecommendationTracking`, `DocumentReading`,
    /// `VaultMaintenance`, `Synchronisation`, `AccessRecovery` and the like instead.
    /// Read-only queries (listings, the registry, statistics) are not listed here.
    static let lowerLevelTypes = [
        "ExportService", "Exporter", "AttachmentExporter", "AgeWriter", "MinisignSigner", "SignedDelivery",
        "VaultLock", "LowerPartRefresher", "DocumentStore", "AttachmentStore", "AttachmentRetrieval",
        "RedactionService", "AttachmentRedaction", "AttachmentRestriction", "MemberAdministration", "Rekey", "LogAction",
        "RecommendationStore", "VaultSync", "VaultRecovery", "RecoveryRotation", "TemporaryFiles", "LogFreshness",
        "VaultChecker", "MemberKeyLocation",
        // What reads and writes objects and the log underneath the use cases (review, session 28).
        "AuditLog", "VaultObject", "PartCodec", "AttachmentReader", "AttachmentRekey", "AttachmentReseal", "EvidenceLog",
        "EvidenceCopy", "ImageRedactor", "MetadataScrubber", "KeyringStore", "SealedKeyFolder", "DocumentSubmission",
    ]

    /// Command files still allowed a lower-level type, each with the reason.
    /// An entry a file no longer needs is an error too, so this list only shrinks.
    static let commandExceptions: [String: [String: String]] = [
        "VerifyCommand.swift": ["KeyringStore": "reads the export keys a signature is checked against; writes nothing"],
        "KeyCommand.swift": ["KeyringStore": "reads the export key to print it; writes nothing to the vault",
                             "DurableFile.write": "writes the public key file the member asked for with -o, outside the vault"],
    ]

    /// The identifiers a source uses outside comments.
    static func identifiers(in text: String) -> Set<String> {
        let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
        var found: Set<String> = []
        var word = ""
        for character in code + " " {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                if !word.isEmpty { found.insert(word) }
                word = ""
            }
        }
        return found
    }

    /// The code of a source without its comment lines.
    static func code(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
    }

    /// The web front end (issue 20) is a front end like the command line:
    /// no lower-level type, no log entry of its own, no file written; and
    /// only it and the command line import the HTTP server.
    @Test func theWebFrontEndCallsUseCasesToo() {
        let web = Self.sources(under: "Sources/TamgaWeb")
        #expect(web.count >= 5)
        for file in web {
            let code = Self.code(file.text)
            for type in Self.identifiers(in: file.text).intersection(Self.lowerLevelTypes).sorted() {
                #expect(Bool(false), "\(file.path) uses \(type): call a TamgaVault use case")
            }
            #expect(!code.contains(".log(") && !code.contains("DurableFile.write"), "\(file.path) writes to the vault itself")
        }
        for file in Self.sources(under: "Sources") where !file.path.contains("/Sources/TamgaWeb/") {
            #expect(!Self.imports("Hummingbird", in: file.text), "\(file.path) imports Hummingbird")
        }
        for file in Self.sources(under: "Sources/TamgaVault") + Self.sources(under: "Sources/TamgaCore") {
            #expect(!Self.imports("TamgaWeb", in: file.text), "\(file.path) imports TamgaWeb")
        }
    }

    /// Every file of the CLI target, commands and their helpers alike: a
    /// helper beside the commands is as much the front end as they are.
    @Test func commandsCallUseCasesNotTheTypesTheyCompose() {
        let commands = Self.sources(under: "Sources/tamga")
        #expect(commands.filter { $0.path.contains("/Commands/") }.count > 20)
        var seen: Set<String> = []
        for file in commands {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            seen.insert(name)
            var used = Self.identifiers(in: file.text).intersection(Self.lowerLevelTypes)
            let code = Self.code(file.text)
            // Writing a log entry directly is the same orchestration, whatever the entry's or the vault's spelling.
            if code.contains(".log(") { used.insert(".log(") }
            if code.contains("DurableFile.write") { used.insert("DurableFile.write") }
            let allowed = Self.commandExceptions[name] ?? [:]
            for type in used.subtracting(allowed.keys).sorted() {
                #expect(Bool(false), "\(name) uses \(type): call a TamgaVault use case (issue 20), or list it with a reason")
            }
            for type in Set(allowed.keys).subtracting(used).sorted() {
                #expect(Bool(false), "\(name) no longer uses \(type): remove its exception")
            }
        }
        for name in Set(Self.commandExceptions.keys).subtracting(seen).sorted() {
            #expect(Bool(false), "the exceptions name \(name), which is no command file")
        }
    }
}
