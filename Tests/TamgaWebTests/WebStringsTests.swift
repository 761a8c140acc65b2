import Foundation
import Testing
import TamgaVault
@testable import TamgaWeb

/// The interface's catalogue (issue 20): English, Russian and Kyrgyz, each
/// with every word, the same `{placeholders}`, and chosen by the browser's
/// `Accept-Language` as the first of the three it names.
struct WebStringsTests {
    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter && $0.isASCII }) { found.insert(String(name)) }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }

    @Test func everyLanguageHasEveryWordWithItsPlaceholders() {
        #expect(WebStrings.languages.map(\.code) == ["en", "ru", "ky"])
        for (code, words) in WebStrings.languages {
            #expect(Set(words.keys) == Set(WebStrings.english.keys), "\(code): missing \(Set(WebStrings.english.keys).subtracting(words.keys).sorted()), extra \(Set(words.keys).subtracting(WebStrings.english.keys).sorted())")
            for (key, english) in WebStrings.english {
                let word = words[key] ?? ""
                #expect(!word.trimmingCharacters(in: .whitespaces).isEmpty, "\(code): \(key) is empty")
                #expect(Self.placeholders(word) == Self.placeholders(english), "\(code): \(key) has \(Self.placeholders(word)), English \(Self.placeholders(english))")
            }
        }
    }

    /// Not English copied in: every Kyrgyz and Russian word is written in Cyrillic and differs from the English.
    @Test func theTranslationsAreTranslated() {
        for (code, words) in WebStrings.languages where code != "en" {
            for (key, word) in words {
                #expect(word != WebStrings.english[key], "\(code): \(key) is the English text")
                #expect(word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(code): \(key) has no Cyrillic letter")
            }
        }
        // Kyrgyz, not Russian: the two tables share no sentence, and the Kyrgyz letters ң, ө, ү are used.
        let shared = WebStrings.kyrgyz.filter { $0.value.count > 40 && WebStrings.russian[$0.key] == $0.value }.keys.sorted()
        #expect(shared.isEmpty, "\(shared)")
        #expect(WebStrings.kyrgyz.values.joined().contains { "ңөүҢӨҮ".contains($0) })
    }

    /// Runs of five or more Latin words (web red team 42's probe, repro/kyrgyz_mix.py).
    static func englishRuns(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:[A-Za-z][A-Za-z'’-]*[ ,;:()]+){5,}[A-Za-z'’-]+"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// No Russian or Kyrgyz line holds an English sentence, and the refusals a page words from the catalogue
    /// (web red team 42, K1) come out in the page's language; any other use-case refusal is marked as English.
    @Test func noTranslatedLineOrWordedRefusalHasAnEnglishSentence() {
        for (code, words) in WebStrings.languages where code != "en" {
            for (key, word) in words { #expect(Self.englishRuns(word).isEmpty, "\(code): \(key): \(Self.englishRuns(word))") }
        }
        for code in ["ru", "ky"] {
            let table = WebStrings.table(acceptLanguage: code)
            let frame = WebPages.Frame(lang: table.lang, words: table.words, csrf: "", vault: nil)
            for error: any Error in [VaultError.reasonNamesPerson(id: "D-0042"), VaultError.chooseMember(names: ["Admin", "Nurlan"]),
                                     WebRefusal(message: table.words["rekeyBusy"] ?? "")] {
                let text = WebRoutes.refusalText(error, frame: frame)
                #expect(Self.englishRuns(text.message).isEmpty && text.hint == nil, "\(code): \(text)")
            }
            let other = WebRoutes.refusalText(VaultError.invalidArgument("choose a clearance: internal, state or contributor"), frame: frame)
            #expect(other.message.hasPrefix((table.words["inEnglish"] ?? "?") + " choose"), "\(code): \(other.message)")
        }
        let english = WebPages.Frame(lang: "en", words: WebStrings.english, csrf: "", vault: nil)
        #expect(WebRoutes.refusalText(VaultError.invalidArgument("choose a clearance"), frame: english).message == "choose a clearance")
    }

    @Test func theBrowsersFirstLanguageIsChosen() {
        #expect(WebStrings.table(acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8").lang == "ru")
        #expect(WebStrings.table(acceptLanguage: "en-GB,ru;q=0.5").lang == "en")
        #expect(WebStrings.table(acceptLanguage: nil).lang == "en")
        #expect(WebStrings.table(acceptLanguage: "ky, ru;q=0.8").lang == "ky")
        #expect(WebStrings.table(acceptLanguage: "ky-KG").lang == "ky")
        #expect(WebStrings.table(acceptLanguage: "de-DE, ru;q=0.8, ky;q=0.7").lang == "ru")
        #expect(WebStrings.table(acceptLanguage: "kyx, de").lang == "en", "a tag that only starts like ky is not Kyrgyz")
        #expect(WebStrings.table(acceptLanguage: "ky").words["destroyButton"] == WebStrings.kyrgyz["destroyButton"])
    }

    /// Every `{{t.word}}` a template uses is in the catalogue (a missing one would print nothing).
    @Test func everyWordTheTemplatesUseIsThere() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TamgaWeb/Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 20)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "{{t.") {
                let after = rest[range.upperBound...]
                let word = String(after.prefix { $0.isLetter || $0.isNumber })
                #expect(WebStrings.english[word] != nil, "\(name) uses t.\(word)")
                rest = after
            }
        }
    }
}
