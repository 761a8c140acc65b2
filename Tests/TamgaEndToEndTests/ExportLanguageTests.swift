import Foundation
import Testing
import TamgaTestSupport

/// Exports speak the document's language (issue 19.13): a Russian or
/// Kyrgyz document's export has its banner, labels, markers, pseudonyms and
/// withheld footer in that language, while an English document's export
/// stays English; the JSON keeps its field names.
@Suite struct ExportLanguageTests {
    /// A Kyrgyz visit report: a detainee named twice, a phone number and an
    /// internal paragraph, so the footer has three kinds of items.
    static let kyrgyzReport = """
        ---
        id: VR-2015-010
        kind: visit-report
        title: Ош шаарындагы убактылуу кармоочу жайга баруу
        date: 2015-03-12
        level: state
        persons:
          D-0101:
            name: Бакыт Асанов
            role: detainee
            consent: []
        ---

        ## Кыскача {.public}

        2015-жылдын 12-мартында мониторинг тобу убактылуу кармоочу жайга барды.

        ## Медициналык жардам

        @D-0101 дарыгерге көрсөтүлбөгөнүн айтты. Анын тууганынын телефону: +996 555 123 456.

        ::: internal
        Ал өч алуудан коркот жана кайра сүйлөшүүнү суранды.
        :::

        """

    static func vault() throws -> CLIVault {
        let v = try CLIVault()
        // INT-2014-044 declares the detainee VR-2014-017 names (Aibek Sadykov).
        var files = try ["VR-2014-017.md", "VR-2014-021.ru.md", "INT-2014-044.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        files.append(try v.folder.write("VR-2015-010.md", kyrgyzReport))
        let result = try v.run(["add"] + files)
        guard result.status == 0 else { throw CLIVaultError(message: "add failed: \(result.standardError)") }
        return v
    }

    static func export(_ v: CLIVault, _ id: String, format: String = "md") throws -> String {
        let result = try v.run(["export", id, "--audience", "state", "--format", format, "-o", "-"])
        guard result.status == 0 else { throw CLIVaultError(message: "export \(id) failed: \(result.standardError)") }
        return result.standardOutput
    }

    @Test func aRussianReportIsExportedInRussian() throws {
        let v = try Self.vault()
        let text = try Self.export(v, "VR-2014-021")
        #expect(text.contains("Задержанный A сообщил"))
        #expect(text.contains("- Гриф: ПЕРЕДАНО ГОСУДАРСТВЕННЫМ ОРГАНАМ"))
        #expect(text.contains("- Документ: VR-2014-021") && text.contains("- Вид: отчёт о посещении"))
        #expect(text.contains("Скрыто в этой версии документа: ") && text.contains("имени задержанных"), "\(text)")
        for english in ["Detainee", "withheld", "Withheld", "SHARED WITH", "Classification", "level/", "person/"] {
            #expect(!text.contains(english), "\(english) in \(text)")
        }
        let html = try Self.export(v, "VR-2014-021", format: "html")
        #expect(html.contains("<html lang=\"ru\">") && html.contains("Задержанный A"))
        let json = try Self.export(v, "VR-2014-021", format: "json")
        #expect(json.contains("\"classification\" : \"ПЕРЕДАНО ГОСУДАРСТВЕННЫМ ОРГАНАМ\""))
        #expect(json.contains("\"kind\" : \"visit-report\""), "JSON keeps the machine value")
        #expect(json.contains("\"rule\" : \"person\"") && json.contains("\"category\" : \"detainee\""))
    }

    @Test func aKyrgyzReportIsExportedInKyrgyz() throws {
        let v = try Self.vault()
        let text = try Self.export(v, "VR-2015-010")
        #expect(!text.contains("Асанов") && !text.contains("Бакыт"))
        #expect(text.contains("Камактагы A дарыгерге"))
        #expect(text.contains("[телефон номери жашырылды]"))
        #expect(text.contains("[Үзүндү жашырылды.]"))
        #expect(text.contains("- Гриф: МАМЛЕКЕТТИК ОРГАНДАРГА БЕРИЛДИ"))
        #expect(text.contains("Бул нускадан жашырылды: 1 үзүндү, 1 камактагы адамдын аты, 1 телефон номери."), "\(text)")
        for english in ["Detainee", "withheld", "Withheld", "SHARED WITH"] { #expect(!text.contains(english), "\(english)") }
    }

    @Test func anEnglishReportStaysEnglish() throws {
        let v = try Self.vault()
        let text = try Self.export(v, "VR-2014-017")
        #expect(text.contains("Detainee A") && text.contains("[withheld]") && text.contains("[A passage was withheld.]"), "\(text)")
        #expect(text.contains("- Classification: SHARED WITH STATE AUTHORITIES"))
        #expect(text.contains("Withheld from this export: ") && text.contains("detainee's name"), "\(text)")
        #expect(!text.contains("level/") && !text.contains("person/"))
        #expect(!text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }, "Cyrillic in \(text)")
    }
}
