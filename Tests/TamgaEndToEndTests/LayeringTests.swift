import Foundation
import Testing
import TamgaTestSupport

/// The layering DESIGN.md promises, checked on the sources: only TamgaCrypto
/// touches libsodium and the SHA-NI C module (CSHA256NI), only the CLI touches
/// ArgumentParser, and TamgaCore stays pure (no keys, no file I/O through the
/// vault or crypto modules).
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
    /// nothing else: one file, behind an `internal import`.
    @Test func onlyTheCommonMarkViewImportsCmark() {
        let importers = (Self.sources(under: "Sources") + Self.sources(under: "Tests")).filter { Self.imports("CCmarkGFM", in: $0.text) }
        #expect(importers.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["CommonMarkText.swift"])
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
}
