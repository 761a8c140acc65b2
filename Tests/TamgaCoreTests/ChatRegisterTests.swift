import Foundation
import Testing
@testable import TamgaCore

/// Issue 15, red-team round 3: names that are also common words (эрке
/// "spoiled", эркин "free", темир "iron", максат "goal"), written in lower
/// case in a pasted chat. The paragraph tells the chat apart
/// (`ChatRegister`); the matcher replaces the name there, and the leak scan
/// on its own (with a matcher that finds nothing) stops the export. The
/// same words in written prose stay words.
@Suite struct ChatRegisterTests {
    // MARK: - Which lines are a chat

    static func chatLines(_ text: String) -> [Int] {
        ChatRegister.lineIndices(text.split(separator: "\n", omittingEmptySubsequences: false)).sorted()
    }

    @Test func aChatLabelMarksItsParagraph() {
        #expect(Self.chatLines("Intro.\n\nWhatsApp: эркеге тамак берилген жок.\nал ачкачылык жарыялады.\n\nReport.") == [2, 3])
        #expect(Self.chatLines("Из переписки в Telegram с женой: белова не пустили.") == [0])
        #expect(Self.chatLines("> Чаттан: эркеге тамак берилген жок.") == [0])
        #expect(Self.chatLines("- Из чата: Максат пишет.") == [0])
    }

    @Test func aLabelEndingItsParagraphMarksTheNextOne() {
        #expect(Self.chatLines("Из переписки в WhatsApp:\n\n> эркеге тамак бербей жатышат\n> эмне кылабыз\n\nОтчёт.") == [0, 2, 3])
        #expect(Self.chatLines("From the chat with his sister: he is fine.\n\nThe cell was cold.") == [0])
    }

    @Test func messageTimeStampsMarkTheirParagraph() {
        #expect(Self.chatLines("[14:22] Айгуль: максатты которушту") == [0])
        #expect(Self.chatLines("12.03.26, 14:22 - Айгуль: темирди сурашты") == [0])
        #expect(Self.chatLines("[04.12.2026 09:15:03] мама: привет") == [0])
        #expect(Self.chatLines("14:22 Мама: келдиң беле?") == [0])
        #expect(Self.chatLines("The visit began at 14:22 and ended at 17:00.").isEmpty)
    }

    @Test func prosePlainlyCapitalizedIsNoChat() {
        #expect(Self.chatLines("Мониторлор камактагылар менен эркин сүйлөштү. Максаты аткарылды.").isEmpty)
        #expect(Self.chatLines("The figures below show the occupancy. See table 2.").isEmpty)
        #expect(Self.chatLines("Согласно ст. 21 и т. д. камера была переполнена.").isEmpty)
        #expect(Self.chatLines("Signal strength was low. The phone lost service.").isEmpty)
    }

    @Test func listItemsAndTableRowsInSmallLettersAreNoChat() {
        #expect(Self.chatLines("отсутствие вентиляции;\nмаксатты аныктоо;").isEmpty, "a list as a reader's view shows it")
        #expect(Self.chatLines("- отсутствие вентиляции;\n- максатты аныктоо.").isEmpty)
        #expect(Self.chatLines("| темир | керебет |\n| --- | --- |").isEmpty)
        #expect(Self.chatLines("1. эркин сүйлөшүү мүмкүнчүлүгү").isEmpty)
    }

    @Test func aParagraphOrSentenceInSmallLettersIsAChat() {
        #expect(Self.chatLines("эркеге тамак берилген жок. ал ачкачылык жарыялады.") == [0])
        #expect(Self.chatLines("Привет. максатты сегодня перевели") == [0])
        #expect(Self.chatLines("Келдиңби? темирди сурашты") == [0])
    }

    // MARK: - Names in chats

    static let front = """
        level: state
        persons:
          D-01:
            name: Эрке Токтосунова
            also: [Erke Toktosunova]
            role: detainee
            consent: []
          D-02:
            name: Эркин Асанов
            also: [Erkin Asanov]
            role: detainee
            consent: []
          D-03:
            name: Темир Осмонов
            also: [Temir Osmonov]
            role: detainee
            consent: []
          D-04:
            name: Максат Белов
            also: [Maksat Belov]
            role: detainee
            consent: []
          D-05:
            name: Ким Сергей
            also: [Kim Sergei]
            role: detainee
            consent: []

        """

    struct Setup {
        let document: Document
        let matcher: NameMatcher
        /// The scan with a finder that finds nothing: its own rules only.
        let scanAlone: LeakScanner

        init() throws {
            document = try Fixture.parse(front: ChatRegisterTests.front, body: "## A\n\nText.\n")
            let registry = try PersonRegistry(documents: [document])
            matcher = NameMatcher(persons: registry.personNames)
            scanAlone = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: []), sensitive: [])
        }

        func matched(_ text: String) -> Set<String> { Set(matcher.matches(in: text).flatMap(\.candidates)) }

        func refusedByScanAlone(_ text: String) -> Set<String> {
            do {
                try scanAlone.scan("## A\n\nText.\n\n\(text)\n", format: .markdown, fileName: "T-1.state.md", document: document, audience: .state)
                return []
            } catch {
                return Set(error.hits.compactMap(\.personID))
            }
        }
    }

    /// Each chat framing around a lower-case form of a common-word name (at `_`).
    static let framings = [
        "Чаттан: _ тамак берилген жок.", "WhatsApp: кечээ _ сурашты.", "Из чата: вчера _ видели.",
        "[14:22] Айгуль: _ келди", "12.03.26, 14:22 - Mama: _ жок",
        "Из переписки в Telegram:\n\n> кечээ _ көрдүк", "кечээ _ көрдүм. ал ыйлады.",
    ]

    /// Lower-case forms a name takes as readily as the word: case forms (the
    /// scan's own stem rule reads five letters and more). Not the bare word:
    /// in a chat "болот" is "will be" far more often than Болот.
    static let forms: [(id: String, word: String, scanReads: Bool)] = [
        ("D-01", "эркеге", false), ("D-01", "эркенин", false), ("D-02", "эркинге", true), ("D-02", "эркинди", true),
        ("D-03", "темирди", true), ("D-03", "темирге", true), ("D-04", "максатты", true), ("D-04", "максатка", true),
        ("D-04", "беловой", true),
    ]

    @Test func everyLowerCaseFormInAChatIsReplacedAndTheScanAloneStopsIt() throws {
        let setup = try Setup()
        var missed: [String] = []
        var scanMissed: [String] = []
        for form in Self.forms {
            for framing in Self.framings {
                let text = framing.replacingOccurrences(of: "_", with: form.word)
                if !setup.matched(text).contains(form.id) { missed.append(text) }
                if form.scanReads, !setup.refusedByScanAlone(text).contains(form.id) { scanMissed.append(text) }
            }
        }
        let total = Self.forms.count * Self.framings.count
        print("chat forms replaced: \(total - missed.count)/\(total); stopped by the scan alone: \(scanMissed.isEmpty ? "all" : "\(scanMissed.count) missed")")
        #expect(missed.isEmpty, "\(missed.prefix(8).joined(separator: " | "))")
        #expect(scanMissed.isEmpty, "\(scanMissed.prefix(8).joined(separator: " | "))")
    }

    /// The words in prose, and in a chat the forms that are only the word.
    static let clean = [
        "Мониторлор камактагылар менен эркин сүйлөштү.", "Мониторингдин максаты аткарылды.", "Мониторингдин максатты аныктоо.",
        "Камерада темирди кесип алышкан эмес.", "Стены были беловатые, а беловой вариант отчёта готов.",
        "Чат: мониторингдин максаты эмне?", "WhatsApp: ким келди? ким чалды?", "- максатты аныктоо;\n- эркин сүйлөшүү.",
        "Из чата: беловатые стены.", "WhatsApp: максат эмне? эртең эркин болот.",
    ]

    @Test func theWordsInProseAndTheWordOnlyFormsInChatsStayWords() throws {
        let setup = try Setup()
        var wrong: [String] = []
        for text in Self.clean {
            let (matched, refused) = (setup.matched(text), setup.refusedByScanAlone(text))
            if !matched.isEmpty || !refused.isEmpty { wrong.append("\(text) → replaced \(matched.sorted()), refused \(refused.sorted())") }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: " | "))")
    }
}
