import Foundation
import Testing
import TamgaTestSupport

/// `tamga summary`, `tamga rec report` and `tamga preview` print their own
/// words in the language `--lang` gives, else in the language most of their
/// documents are in (issue 19.13). The vault holds the English and Russian
/// reports of 2014 (a tie: English) and a Kyrgyz report of 2015.
@Suite struct OutputLanguageCommandTests {
    static func run(_ v: CLIVault, _ arguments: [String]) throws -> String {
        let result = try v.run(arguments)
        guard result.status == 0 else { throw CLIVaultError(message: "\(arguments) failed: \(result.standardError)") }
        return result.standardOutput
    }

    @Test func theSummaryFollowsItsReportsElseLang() throws {
        let v = try ExportLanguageTests.vault()
        let kyrgyz = try Self.run(v, ["summary", "--year", "2015", "--format", "md", "-o", "-"])
        #expect(kyrgyz.hasPrefix("# 2015-жылдын жылдык жыйынтыгы\n"), "\(kyrgyz)")
        #expect(kyrgyz.contains("- Гриф: АЧЫК ДОКУМЕНТ") && kyrgyz.contains("## Баруулар"))
        for english in ["Annual summary", "Visits", "Findings", "PUBLIC", "Total"] { #expect(!kyrgyz.contains(english), "\(english)") }

        let tie = try Self.run(v, ["summary", "--year", "2014", "--format", "md", "-o", "-"])
        #expect(tie.hasPrefix("# Annual summary 2014\n"))
        let russian = try Self.run(v, ["summary", "--year", "2014", "--format", "md", "--lang", "ru", "-o", "-"])
        #expect(russian.hasPrefix("# Годовая сводка за 2014 год\n"))
        #expect(russian.contains("## Выявленные проблемы по темам и месяцам") && russian.contains("| Месяц | Посещения | Проблемы |"))
        for english in ["Annual summary", "## Visits", "Place of detention", "| Month", "PUBLIC", "Total"] {
            #expect(!russian.contains(english), "\(english)")
        }
        #expect(try v.run(["summary", "--year", "2014", "--lang", "de", "-o", "-"]).status == 64)
        // --lang takes what a front matter's lang takes: a BCP 47 tag, by its primary subtag.
        for tag in ["ru-RU", "RU", "ru_RU"] {
            let tagged = try Self.run(v, ["summary", "--year", "2014", "--format", "md", "--lang", tag, "-o", "-"])
            #expect(tagged.hasPrefix("# Годовая сводка за 2014 год\n"), "\(tag)")
        }
    }

    @Test func theFollowUpReportFollowsLang() throws {
        let v = try ExportLanguageTests.vault()
        let english = try Self.run(v, ["rec", "report", "--audience", "state", "--to", "Ministry of Health", "--format", "md", "-o", "-"])
        #expect(english.contains("# Follow-up of recommendations addressed to Ministry of Health"))
        let kyrgyz = try Self.run(v, ["rec", "report", "--audience", "state", "--to", "Ministry of Health", "--format", "md",
                                      "--lang", "ky", "-o", "-"])
        #expect(kyrgyz.contains("# Сунуштардын аткарылышы, дареги: Ministry of Health"), "\(kyrgyz)")
        #expect(kyrgyz.contains("- Гриф: МАМЛЕКЕТТИК ОРГАНДАРГА БЕРИЛДИ") && kyrgyz.contains("- Абалы: жооп жок"))
        for word in ["Follow-up", "Classification", "Status", "no-response", "No response", "SHARED WITH"] {
            #expect(!kyrgyz.contains(word), "\(word)")
        }
    }

    @Test func thePreviewFollowsItsDocumentElseLang() throws {
        let v = try ExportLanguageTests.vault()
        let russian = v.folder.path("ru.preview.html"), english = v.folder.path("en.preview.html")
        _ = try Self.run(v, ["preview", "VR-2014-021", "-o", russian])
        _ = try Self.run(v, ["preview", "VR-2014-021", "--lang", "en", "-o", english])
        let ru = try String(contentsOfFile: russian, encoding: .utf8), en = try String(contentsOfFile: english, encoding: .utf8)
        #expect(ru.contains("НПМ: ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ — КОПИЯ ДЛЯ ПРОВЕРКИ") && ru.contains("Применённые правила"))
        #expect(!ru.contains("REVIEW COPY") && !ru.contains("Rules that applied"))
        #expect(en.contains("NPM INTERNAL — REVIEW COPY") && en.contains("Rules that applied"))
        // The columns are the exports, in the document's language, whatever the page's.
        #expect(en.contains("Задержанный A") && !en.contains("Задержанный Задержанный"))
    }
}
