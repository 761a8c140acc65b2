import Foundation
import Testing
import TamgaTestSupport

// MARK: - Red-team round 4 (after the round-3 fixes): leaks4 / clean4 / outputs4 / policyLeaks4
//
// Written against the binary built from branch round4 at dacbc4b. The persons
// are those of round 2 and 3 (`AttackRedactionTests.persons`) and four more,
// so that Russian diminutives, Kyrgyz patronymics (-уулу, -кызы) and a relative
// can be tried. A leak case fails when an export is written and still shows
// `shown`; a clean case fails when the export is refused or `word` is gone.
// Cases that fail today are named in `open4`, `openClean4`, `openOutputs4` and
// `openPolicy4`, each with a comment; "(trade-off?)" marks a debatable case.
//
// Tally at dacbc4b (attempts / failing): A names 67/10, B disguise 35/7,
// C identifiers 28/16 (2 out of scope: no address or plate detector),
// D structure 41/2, E outputs 17 exports + 17 other commands / 1,
// F context 18/5, allow-list 3/1; clean documents 39/7 over-redacted or
// refused, clean command outputs 6/2 refused. Every case in an open set was
// run with its test enabled and failed.
extension AttackRedactionTests {
    static let persons4 = persons + """
      D-H:
        name: Aleksandr Kuznetsov
        also: [Александр Кузнецов]
        role: detainee
        consent: []
      R-1:
        name: Natalya Orlova
        also: [Наталья Орлова]
        role: relative
        consent: []
      D-K:
        name: Nurlan Bakyt uulu
        also: [Нурлан Бакыт уулу]
        role: detainee
        consent: []
      W-1:
        name: Aigerim Talant kyzy
        also: [Айгерим Талант кызы]
        role: witness
        consent: []

    """

    static func document4(_ body: String, id: String = "ATK-4", title: String = "Visit to IVS-1 Bishkek", extra: String = "") -> String {
        "---\nid: \(id)\nkind: visit-report\ntitle: \(title)\ndate: 2014-10-28\nfacility: IVS-1 Bishkek\nlevel: public\n"
            + persons4 + extra + "---\n\n" + body + "\n"
    }

    struct Outcome4 { let status: Int32; let text: String?; let error: String }

    /// Adds the document to a fresh vault and exports it; `text` is every file the
    /// export wrote (the export and its signature, or every file of an output folder).
    static func export4(_ body: String, audience: String, format: String = "md", id: String = "ATK-4",
                        title: String = "Visit to IVS-1 Bishkek", extra: String = "", policy: String = "",
                        toFolder: Bool = false) throws -> Outcome4 {
        let v = try CLIVault()
        if !policy.isEmpty {
            let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            let set = try v.run(["policy", "set", try v.folder.write("policy.yaml", shipped + policy)])
            guard set.status == 0 else { return Outcome4(status: set.status, text: nil, error: "policy set: " + set.standardError) }
        }
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(body, id: id, title: title, extra: extra))])
        guard added.status == 0 else { return Outcome4(status: added.status, text: nil, error: "add: " + added.standardError) }
        let folder = v.folder.path("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let out = toFolder ? folder + "/" : folder + "/out." + format
        let result = try v.run(["export", id, "--audience", audience, "--format", format, "-o", out])
        guard result.status == 0 else { return Outcome4(status: result.status, text: nil, error: result.standardError) }
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            text += "== " + name + "\n" + ((try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "") + "\n"
        }
        return Outcome4(status: 0, text: text, error: result.standardError)
    }

    struct Leak4: Sendable, CustomTestStringConvertible {
        let name: String, attackClass: String, body: String, shown: String
        var audience = "public"
        var format = "md"
        var id = "ATK-4"
        var title = "Visit to IVS-1 Bishkek"
        var extra = ""
        var toFolder = false
        var testDescription: String { "class R4-\(attackClass): \(name)" }
    }

    static let sect4 = "Public intro.\n\n"
    static let zk = "The informant named the guard Zebrakettle."

    static let leaks4: [Leak4] = [
        // MARK: Class A: name forms of declared persons
        Leak4(name: "Russian diminutive Сашка of Александр", attackClass: "A names",
              body: "Сашка сказал, что его били ночью.", shown: "Сашка"),
        Leak4(name: "Russian hypocoristic Саша of Александр", attackClass: "A names",
              body: "Потом Саша сказал, что его били.", shown: "Саша"),
        Leak4(name: "Russian hypocoristic Шура (accusative Шуру) of Александр", attackClass: "A names",
              body: "Шуру увели на допрос в два часа ночи.", shown: "Шуру"),
        Leak4(name: "Russian diminutive Саня of Александр in a chat paste", attackClass: "A names",
              body: "[12.03.2014 10:15] Саня К.: меня опять били", shown: "Саня"),
        Leak4(name: "Russian truncated vocative Саш, in a letter", attackClass: "A names",
              body: "Из письма матери: «Саш, держись, мы с тобой».", shown: "Саш,"),
        Leak4(name: "Latin Sasha of Aleksandr in an English report", attackClass: "A names",
              body: "His cellmates call him Sasha; he was beaten twice.", shown: "Sasha"),
        Leak4(name: "Russian hypocoristic Наташа of Наталья (relative)", attackClass: "A names",
              body: "Наташа, мать задержанного, ждала у ворот.", shown: "Наташа"),
        Leak4(name: "Russian diminutive Наташке (dative) of Наталья", attackClass: "A names",
              body: "Наташке не дали свидания с сыном.", shown: "Наташке"),
        Leak4(name: "Russian diminutive Мишаня of Михаил", attackClass: "A names",
              body: "Мишаня сказал, что его били.", shown: "Мишаня"),
        Leak4(name: "Russian diminutive Ванёк of Иван", attackClass: "A names",
              body: "Ванёк сказал, что его били.", shown: "Ванёк"),
        Leak4(name: "surname in the family plural Садыковы", attackClass: "A names",
              body: "Садыковы подали жалобу в прокуратуру.", shown: "Садыковы"),
        Leak4(name: "surname in the family plural genitive «у Садыковых»", attackClass: "A names",
              body: "У Садыковых дома провели обыск.", shown: "Садыковых"),
        Leak4(name: "Kyrgyz plural of the surname Садыковдор", attackClass: "A names",
              body: "Садыковдор прокуратурага арыз жазышты.", shown: "Садыковдор"),
        Leak4(name: "Kyrgyz plural genitive Садыковдордун", attackClass: "A names",
              body: "Садыковдордун үйүн тинтишти.", shown: "Садыковдордун"),
        Leak4(name: "English family plural 'the Kuznetsovs'", attackClass: "A names",
              body: "The Kuznetsovs filed a complaint.", shown: "Kuznetsovs"),
        Leak4(name: "initial without a space А.Садыков", attackClass: "A names",
              body: "Задержанный А.Садыков жаловался на боль.", shown: "Садыков"),
        Leak4(name: "reversed order with two initials Садыков А.Б.", attackClass: "A names",
              body: "Список: Садыков А.Б., камера 3.", shown: "Садыков"),
        Leak4(name: "reversed upper-case passport order SADYKOV Aibek", attackClass: "A names",
              body: "List of detainees: SADYKOV Aibek, cell 3.", shown: "SADYKOV"),
        Leak4(name: "Latin two initials A. B. Sadykov", attackClass: "A names",
              body: "Detainee A. B. Sadykov complained.", shown: "Sadykov"),
        Leak4(name: "hyphen compound Садыков-младший", attackClass: "A names",
              body: "Садыков-младший остался в камере.", shown: "Садыков"),
        Leak4(name: "hyphen compound Кузнецов-старший", attackClass: "A names",
              body: "Отец, Кузнецов-старший, пришёл к воротам.", shown: "Кузнецов"),
        Leak4(name: "Kyrgyz respectful Айбек-ака", attackClass: "A names",
              body: "Камерадагылар аны Айбек-ака деп аташат.", shown: "Айбек"),
        Leak4(name: "Kyrgyz respectful vocative Айбеке", attackClass: "A names",
              body: "«Айбеке, эшикти ач!» деди күзөтчү.", shown: "Айбеке"),
        Leak4(name: "Kyrgyz patronymic reversed Бакыт уулу Нурлан", attackClass: "A names",
              body: "Тизмеде: Бакыт уулу Нурлан, 3-камера.", shown: "Бакыт уулу"),
        Leak4(name: "Kyrgyz patronymic with a dative Бакыт уулуна", attackClass: "A names",
              body: "Нурлан Бакыт уулуна адвокат берилген жок.", shown: "Бакыт уулуна"),
        Leak4(name: "Kyrgyz patronymic written as one word Бакытуулу", attackClass: "A names",
              body: "Задержанный Н. Бакытуулу жаловался.", shown: "Бакытуулу"),
        Leak4(name: "Kyrgyz patronymic with a hyphen Bakyt-uulu", attackClass: "A names",
              body: "Detainee N. Bakyt-uulu complained of beatings.", shown: "Bakyt-uulu"),
        Leak4(name: "Kyrgyz -kyzy patronymic alone after an initial", attackClass: "A names",
              body: "The witness A. Talant kyzy saw the beating.", shown: "Talant kyzy"),
        Leak4(name: "Kyrgyz -кызы patronymic Russified as Талантовна", attackClass: "A names",
              body: "Свидетель Айгерим Талантовна видела избиение.", shown: "Талантовна"),
        Leak4(name: "ISO 9 transliteration Kuznecov", attackClass: "A names",
              body: "The detainee Kuznecov was in the yard.", shown: "Kuznecov"),
        Leak4(name: "ALA-LC transliteration Kuznet͡sov (tie bar)", attackClass: "A names",
              body: "The detainee Kuznet\u{361}sov was in the yard.", shown: "Kuznet\u{361}sov"),
        Leak4(name: "Polish transliteration Kuzniecow", attackClass: "A names",
              body: "Zatrzymany Kuzniecow był na spacerniaku.", shown: "Kuzniecow"),
        Leak4(name: "Polish transliteration Sadykow", attackClass: "A names",
              body: "Zatrzymany Sadykow skarżył się na pobicie.", shown: "Sadykow"),
        Leak4(name: "German transliteration Kusnezow", attackClass: "A names",
              body: "Der Häftling Kusnezow klagte über Schläge.", shown: "Kusnezow"),
        Leak4(name: "Czech transliteration Kuzněcov", attackClass: "A names",
              body: "Zadržený Kuzněcov si stěžoval.", shown: "Kuzněcov"),
        Leak4(name: "Latvian transliteration Kuzņecovs", attackClass: "A names",
              body: "Aizturētais Kuzņecovs sūdzējās.", shown: "Kuzņecovs"),
        Leak4(name: "French transliteration Kouznetsov", attackClass: "A names",
              body: "Le détenu Kouznetsov s'est plaint.", shown: "Kouznetsov"),
        Leak4(name: "Polish Pietrow of Петров", attackClass: "A names",
              body: "Zatrzymany Pietrow skarżył się.", shown: "Pietrow"),
        Leak4(name: "Turkish dotless ı: Sadıkov", attackClass: "A names",
              body: "Tutuklu Sadıkov dövüldüğünü söyledi.", shown: "Sadıkov"),
        Leak4(name: "Turkmen ý: Sadýkov", attackClass: "A names",
              body: "The detainee Sadýkov was in the yard.", shown: "Sadýkov"),
        Leak4(name: "Uzbek Latin q: Sadiqov", attackClass: "A names",
              body: "Mahbus Sadiqov kaltaklanganini aytdi.", shown: "Sadiqov"),
        Leak4(name: "Russian adjective from the surname: садыковское дело", attackClass: "A names",
              body: "Адвокат вёл и садыковское дело.", shown: "садыковское"),

        Leak4(name: "Russian diminutive Шурик of Александр", attackClass: "A names",
              body: "Шурик сказал, что его били.", shown: "Шурик"),
        Leak4(name: "Russian diminutive Санёк of Александр", attackClass: "A names",
              body: "Санёк сказал, что его били.", shown: "Санёк"),
        Leak4(name: "English Alex for Aleksandr in a chat paste", attackClass: "A names",
              body: "Chat: Alex was beaten again last night.", shown: "Alex"),
        Leak4(name: "Ukrainian form Олександр and diminutive Сашко", attackClass: "A names",
              body: "Сашко (Олександр) сказав, що його били.", shown: "Сашко"),
        Leak4(name: "Russian possessive adjective Сашкина (Sashka's)", attackClass: "A names",
              body: "Сашкина мать пришла к воротам.", shown: "Сашкина"),
        Leak4(name: "Russian possessive adjective Наташин (Natasha's)", attackClass: "A names",
              body: "Наташин сын сидит в третьей камере.", shown: "Наташин"),
        Leak4(name: "Russian diminutive Наталка / Ната", attackClass: "A names",
              body: "Ната, его мать, ждала у ворот.", shown: "Ната"),
        Leak4(name: "Kyrgyz respectful short form Нуке of Нурлан", attackClass: "A names",
              body: "«Нуке, чыдагыла» деп жазышты.", shown: "Нуке"),
        Leak4(name: "Kyrgyz diminutive Нурик of Нурлан", attackClass: "A names",
              body: "Нурик камерада отурат.", shown: "Нурик"),
        Leak4(name: "Kazakh spelling of the patronymic Бақытұлы", attackClass: "A names",
              body: "Ұсталған Нұрлан Бақытұлы шағымданды.", shown: "Бақытұлы"),
        Leak4(name: "Russified surname Бакытов of Нурлан Бакыт уулу (trade-off?)", attackClass: "A names",
              body: "По старому паспорту он Нурлан Бакытов.", shown: "Бакытов"),
        Leak4(name: "Russified surname Талантова of Айгерим Талант кызы (trade-off?)", attackClass: "A names",
              body: "Свидетель Талантова видела избиение.", shown: "Талантова"),
        Leak4(name: "Kyrgyz patronymic form Токтосун кызы of Toktosunova", attackClass: "A names",
              body: "Эрке Токтосун кызы арыз жазды.", shown: "Токтосун кызы"),
        Leak4(name: "old -off spelling Sadykoff", attackClass: "A names",
              body: "The detainee Sadykoff was in the yard.", shown: "Sadykoff"),
        Leak4(name: "old -off spelling Kuznetsoff", attackClass: "A names",
              body: "The detainee Kuznetsoff was in the yard.", shown: "Kuznetsoff"),
        Leak4(name: "Kuznetzov (English z)", attackClass: "A names",
              body: "The detainee Kuznetzov was in the yard.", shown: "Kuznetzov"),
        Leak4(name: "Ukrainian spelling Садиков", attackClass: "A names",
              body: "Затриманий Садиков скаржився.", shown: "Садиков"),
        Leak4(name: "two-letter initial Ал. Кузнецов", attackClass: "A names",
              body: "Задержанный Ал. Кузнецов жаловался.", shown: "Кузнецов"),

        Leak4(name: "English Max for Maksat", attackClass: "A names",
              body: "Chat: Max was moved to cell 14.", shown: "Max"),
        Leak4(name: "Russian Макс for Максат", attackClass: "A names",
              body: "Из чата: Макса перевели в карцер.", shown: "Макса"),
        Leak4(name: "English Mike for Mikhail (trade-off?)", attackClass: "A names",
              body: "Chat: Mike said the guards beat him.", shown: "Mike"),
        Leak4(name: "Latin Misha for Mikhail", attackClass: "A names",
              body: "His cellmate Misha was beaten.", shown: "Misha"),
        Leak4(name: "Latin Natasha for Natalya", attackClass: "A names",
              body: "His mother Natasha waited at the gate.", shown: "Natasha"),
        Leak4(name: "Kyrgyz diminutive Эркеш of Эрке", attackClass: "A names",
              body: "Эркеш камерада ыйлап отурат.", shown: "Эркеш"),
        Leak4(name: "Russian diminutive Ванюха of Иван", attackClass: "A names",
              body: "Ванюха сказал, что его били.", shown: "Ванюха"),

        // MARK: Class B: disguises in the export as a reader sees it
        Leak4(name: "image alt text holds the full name", attackClass: "B disguise",
              body: "Photo: ![Aibek Sadykov in the yard](photo1.jpg)", shown: "Sadykov"),
        Leak4(name: "surname split over two links", attackClass: "B disguise",
              body: "See [Sady](https://a.kg/1)[kov](https://a.kg/2) in the yard.", shown: "[Sady](https://a.kg/1)[kov]"),
        Leak4(name: "footnote reference inside the surname", attackClass: "B disguise",
              body: "Detainee Sady[^1]kov was in the yard.\n\n[^1]: Spelling as in the register.", shown: "Sady[^1]kov"),
        Leak4(name: "definition-list term is the name", attackClass: "B disguise",
              body: "Aibek Sadykov\n:   detainee in cell 3, beaten on 12 March.", shown: "Sadykov"),
        Leak4(name: "HTML entity for a Greek omicron in the name", attackClass: "B disguise",
              body: "The detainee Sadyk&omicron;v was in the yard.", shown: "Sadyk&omicron;v"),
        Leak4(name: "HTML hex entities for the Cyrillic surname", attackClass: "B disguise",
              body: "Задержанный &#x421;&#x430;&#x434;&#x44B;&#x43A;&#x43E;&#x432; был во дворе.", shown: "&#x421;&#x430;&#x434;"),
        Leak4(name: "parenthesized letters ⒮⒜⒟⒴⒦⒪⒱", attackClass: "B disguise",
              body: "The detainee ⒮⒜⒟⒴⒦⒪⒱ was in the yard.", shown: "⒮⒜⒟⒴⒦⒪⒱"),
        Leak4(name: "strike-through by combining long stroke overlay (chat text generator)", attackClass: "B disguise",
              body: "The detainee S\u{336}a\u{336}d\u{336}y\u{336}k\u{336}o\u{336}v\u{336} was in the yard.", shown: "S\u{336}a\u{336}d\u{336}y\u{336}k\u{336}o\u{336}v\u{336}"),
        Leak4(name: "combining underline on every letter", attackClass: "B disguise",
              body: "The detainee S\u{332}a\u{332}d\u{332}y\u{332}k\u{332}o\u{332}v\u{332} was in the yard.", shown: "S\u{332}a\u{332}d\u{332}y\u{332}k\u{332}o\u{332}v\u{332}"),
        Leak4(name: "Russian stress mark (combining acute) Сады́ков", attackClass: "B disguise",
              body: "Задержанный Сады\u{301}ков был во дворе.", shown: "Сады\u{301}ков"),
        Leak4(name: "combining grapheme joiner inside the word", attackClass: "B disguise",
              body: "The detainee Sady\u{34F}kov was in the yard.", shown: "Sady\u{34F}kov"),
        Leak4(name: "Unicode tag characters inside the word", attackClass: "B disguise",
              body: "The detainee Sady\u{E0020}\u{E0020}kov was in the yard.", shown: "Sady\u{E0020}\u{E0020}kov"),
        Leak4(name: "variation selector inside the word", attackClass: "B disguise",
              body: "The detainee Sady\u{FE0F}kov was in the yard.", shown: "Sady\u{FE0F}kov"),
        Leak4(name: "invisible separator U+2063 inside the word", attackClass: "B disguise",
              body: "The detainee Sady\u{2063}kov was in the yard.", shown: "Sady\u{2063}kov"),
        Leak4(name: "non-breaking hyphen inside the word (Word)", attackClass: "B disguise",
              body: "The detainee Sady\u{2011}kov was in the yard.", shown: "Sady\u{2011}kov"),
        Leak4(name: "letters separated by middle dots", attackClass: "B disguise",
              body: "The detainee S·a·d·y·k·o·v was in the yard.", shown: "S·a·d·y·k·o·v"),
        Leak4(name: "letters separated by emoji (Telegram)", attackClass: "B disguise",
              body: "Свободу С🔹а🔹д🔹ы🔹к🔹о🔹в🔹у!", shown: "С🔹а🔹д🔹ы🔹к🔹о🔹в"),
        Leak4(name: "letters separated by slashes", attackClass: "B disguise",
              body: "The detainee S/a/d/y/k/o/v was in the yard.", shown: "S/a/d/y/k/o/v"),
        Leak4(name: "right-to-left isolate around reversed Latin", attackClass: "B disguise",
              body: "The detainee \u{2067}vokydaS\u{2069} was in the yard.", shown: "vokydaS"),
        Leak4(name: "Turkish dotted capital İ in AİBEK SADYKOV", attackClass: "B disguise",
              body: "LIST: AİBEK SADYKOV, cell 3.", shown: "AİBEK"),
        Leak4(name: "Greek capitals for Latin in ΑΙΒΕΚ", attackClass: "B disguise",
              body: "Detainee ΑΙΒΕΚ was in the yard.", shown: "ΑΙΒΕΚ"),
        Leak4(name: "dollar sign for S ($adykov, chat)", attackClass: "B disguise",
              body: "free $adykov now", shown: "$adykov"),
        Leak4(name: "name in a pipe table split over two cells (trade-off?)", attackClass: "B disguise",
              body: "| Фамилия | Имя |\n|---|---|\n| Сады | ков |", shown: "| Сады | ков |"),

        Leak4(name: "name only in a link target (profile URL)", attackClass: "B disguise",
              body: "His [profile](https://facebook.com/aibek.sadykov.91) was deleted.", shown: "sadykov"),
        Leak4(name: "name only in an image file name", attackClass: "B disguise",
              body: "Photo of the bruises: ![bruises](sadykov_bruises.jpg)", shown: "sadykov"),
        Leak4(name: "name only in a link title (hover text)", attackClass: "B disguise",
              body: "See the [complaint](https://a.kg/c1 \"Aibek Sadykov\").", shown: "Sadykov"),
        Leak4(name: "name only in an HTML title attribute", attackClass: "B disguise",
              body: "The detainee <abbr title=\"Aibek Sadykov\">A.S.</abbr> was in the yard.", shown: "Sadykov"),
        Leak4(name: "name only in an HTML title attribute, HTML export", attackClass: "B disguise",
              body: "The detainee <abbr title=\"Aibek Sadykov\">A.S.</abbr> was in the yard.", shown: "Sadykov", format: "html"),
        Leak4(name: "soft hyphen in the middle of a line", attackClass: "B disguise",
              body: "The detainee Sady\u{AD}kov was in the yard.", shown: "Sady\u{AD}kov"),
        Leak4(name: "entity &shy; inside the word", attackClass: "B disguise",
              body: "The detainee Sady&shy;kov was in the yard.", shown: "Sady&shy;kov"),
        Leak4(name: "hyphen and <br> (hyphenation in HTML)", attackClass: "B disguise",
              body: "The detainee Sady-<br>kov was in the yard.", shown: "Sady-<br>kov"),
        Leak4(name: "superscript modifier letters ˢᵃᵈʸᵏᵒᵛ", attackClass: "B disguise",
              body: "The detainee ˢᵃᵈʸᵏᵒᵛ was in the yard.", shown: "ˢᵃᵈʸᵏᵒᵛ"),
        Leak4(name: "letters separated by plus signs", attackClass: "B disguise",
              body: "The detainee S+a+d+y+k+o+v was in the yard.", shown: "S+a+d+y+k+o+v"),
        Leak4(name: "letters separated by vertical bars in Cyrillic", attackClass: "B disguise",
              body: "Свободу С|а|д|ы|к|о|в|у!", shown: "С|а|д|ы|к|о|в"),
        Leak4(name: "Pandoc subscript inside the word", attackClass: "B disguise",
              body: "The detainee Sady~kov~ was in the yard.", shown: "Sady~kov~"),

        // MARK: Class C: identifiers
        Leak4(name: "phone in keycap emoji digits (WhatsApp)", attackClass: "C identifiers",
              body: "Номер матери: 0️⃣5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", shown: "5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣"),
        Leak4(name: "phone after the Russian slang вацап", attackClass: "C identifiers",
              body: "Мать на вацапе: 555 12 34 56.", shown: "555 12 34 56"),
        Leak4(name: "phone after 'звоните' without a leading 0", attackClass: "C identifiers",
              body: "Сестра просила: звоните на 555 123 456.", shown: "555 123 456"),
        Leak4(name: "phone after the Kyrgyz 'номуру'", attackClass: "C identifiers",
              body: "Апасынын номуру: 555 123 456.", shown: "555 123 456"),
        Leak4(name: "DOB after the abbreviation род.", attackClass: "C identifiers",
              body: "Кузнецов А., род. 02.03.1991, камера 3.", shown: "02.03.1991"),
        Leak4(name: "DOB with an abbreviated month 'мар.'", attackClass: "C identifiers",
              body: "Дата рождения: 2 мар. 1991.", shown: "1991"),
        Leak4(name: "DOB with the Kyrgyz abbreviation туул.", attackClass: "C identifiers",
              body: "Туул. 02.03.1991, 3-камера.", shown: "02.03.1991"),
        Leak4(name: "DOB in dotted ISO order 1991.03.02 after DOB", attackClass: "C identifiers",
              body: "DOB: 1991.03.02.", shown: "1991.03.02"),
        Leak4(name: "DOB with a two-digit year after a month word 'родился 2 марта 91-го'", attackClass: "C identifiers",
              body: "Он родился 2 марта 91-го.", shown: "2 марта 91"),
        Leak4(name: "PIN partly masked still shows sex and date of birth", attackClass: "C identifiers",
              body: "ПИН: 2020319910****.", shown: "2020319910"),
        Leak4(name: "PIN broken over a line", attackClass: "C identifiers",
              body: "ПИН 2020319\n9100123, камера 3.", shown: "9100123"),
        Leak4(name: "passport number after загранпаспорт", attackClass: "C identifiers",
              body: "Его загранпаспорт 75 1234567 изъят.", shown: "1234567"),
        Leak4(name: "passport number after a Kyrgyz possessive паспортунун номери", attackClass: "C identifiers",
              body: "Анын паспортунун номери 1234567.", shown: "1234567"),
        Leak4(name: "old Soviet passport IV-ЮГ № 654321", attackClass: "C identifiers",
              body: "Паспорт образца 1974 г.: IV-ЮГ № 654321.", shown: "654321"),
        Leak4(name: "home address of the detainee's family (scope: no address detector)", attackClass: "C identifiers",
              body: "Семья Кузнецова живёт по адресу: г. Бишкек, мкр. Джал-29, д. 15, кв. 42.", shown: "д. 15, кв. 42"),
        Leak4(name: "car plate of the family's car (scope: no plate detector)", attackClass: "C identifiers",
              body: "Мать приехала на машине 01 KG 123 ABC.", shown: "01 KG 123 ABC"),
        Leak4(name: "sensitive address abbreviation expanded (мкр. → микрорайон)", attackClass: "C identifiers",
              body: "Информатор живёт в микрорайоне Джал, дом 15.", shown: "Джал, дом 15", extra: "sensitive:\n  - мкр. Джал, д. 15\n"),

        Leak4(name: "phone after Viber", attackClass: "C identifiers",
              body: "Mother's Viber: 555 123 456.", shown: "555 123 456"),
        Leak4(name: "DOB as a two-digit year before г.р. '(91 г.р.)'", attackClass: "C identifiers",
              body: "Кузнецов А. (91 г.р.) жаловался.", shown: "91 г.р."),
        Leak4(name: "DOB after рожд.", attackClass: "C identifiers",
              body: "Кузнецов А., рожд. 02.03.1991.", shown: "02.03.1991"),
        Leak4(name: "DOB with a Roman month and a two-digit year 'д.р. 2/III-91'", attackClass: "C identifiers",
              body: "Кузнецов А., д.р. 2/III-91.", shown: "III-91"),
        Leak4(name: "DOB 'Date of birth: 2nd March \'91'", attackClass: "C identifiers",
              body: "Date of birth: 2nd March '91.", shown: "2nd March"),

        Leak4(name: "phone after сотовый", attackClass: "C identifiers",
              body: "Сотовый сестры 555 123 456.", shown: "555 123 456"),
        Leak4(name: "phone after Telegram", attackClass: "C identifiers",
              body: "Sister's Telegram: 555 123 456.", shown: "555 123 456"),
        Leak4(name: "ID card number after the Cyrillic label ИД-карта", attackClass: "C identifiers",
              body: "ИД-карта 1234567 изъята.", shown: "1234567"),
        Leak4(name: "ID card number after the Kyrgyz label жеке күбөлүк", attackClass: "C identifiers",
              body: "Анын жеке күбөлүгү 1234567.", shown: "1234567"),
        Leak4(name: "PIN after ПИН-код in two groups of seven", attackClass: "C identifiers",
              body: "ПИН-код 2020319 9100123.", shown: "9100123"),
        Leak4(name: "DOB after 'г. рожд.' with the year first", attackClass: "C identifiers",
              body: "Кузнецов А., 1991 г. рожд., камера 3.", shown: "1991 г. рожд"),

        // MARK: Class D: internal passages leaking by structure
        Leak4(name: "div fence closed inside a fenced code block", attackClass: "D structure",
              body: sect4 + "::: internal\n```\n:::\n```\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "div fence closed inside an indented code block", attackClass: "D structure",
              body: sect4 + "::: internal\nNotes.\n\n    :::\n\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "div opening with trailing colons '::: internal :::'", attackClass: "D structure",
              body: sect4 + "::: internal :::\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "div opening without a space ':::internal'", attackClass: "D structure",
              body: sect4 + ":::internal\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "div opening with a tab ':::\\tinternal'", attackClass: "D structure",
              body: sect4 + ":::\tinternal\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "div with id and class {#n .internal}", attackClass: "D structure",
              body: sect4 + "::: {#notes .internal}\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "nested longer fences :::: internal with an inner ::: div", attackClass: "D structure",
              body: sect4 + ":::: internal\n::: state\nState part.\n:::\n" + zk + "\n::::", shown: "Zebrakettle"),
        Leak4(name: "internal div inside a list item", attackClass: "D structure",
              body: sect4 + "- item\n\n  ::: internal\n  " + zk + "\n  :::", shown: "Zebrakettle"),
        Leak4(name: "setext heading with {.internal}", attackClass: "D structure",
              body: sect4 + "Notes {.internal}\n-----------------\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "ATX heading with closing hashes '## Notes ## {.internal}'", attackClass: "D structure",
              body: sect4 + "## Notes ## {.internal}\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "heading with id before class {#n .internal}", attackClass: "D structure",
              body: sect4 + "## Notes {#n .internal}\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "span with id and key=value {#x .internal lang=ru}", attackClass: "D structure",
              body: "Public [the guard Zebrakettle]{#x .internal lang=ru} end.", shown: "Zebrakettle"),
        Leak4(name: "span mark with a space before the brace '[..] {.internal}'", attackClass: "D structure",
              body: "Public [the guard Zebrakettle] {.internal} end.", shown: "Zebrakettle"),
        Leak4(name: "span mark with a capital {.Internal}", attackClass: "D structure",
              body: "Public [the guard Zebrakettle]{.Internal} end.", shown: "Zebrakettle"),
        Leak4(name: "span mark with a Cyrillic е {.intеrnal} (keyboard layout)", attackClass: "D structure",
              body: "Public [the guard Zebrakettle]{.int\u{435}rnal} end.", shown: "Zebrakettle"),
        Leak4(name: "raw HTML div class=internal (Pandoc native_divs)", attackClass: "D structure",
              body: sect4 + "<div class=\"internal\">\n" + zk + "\n</div>", shown: "Zebrakettle"),
        Leak4(name: "raw HTML span class=internal (Pandoc native_spans)", attackClass: "D structure",
              body: "Public <span class=\"internal\">the guard Zebrakettle</span> end.", shown: "Zebrakettle"),
        Leak4(name: "inline footnote ^[...] inside an internal span", attackClass: "D structure",
              body: "Public [text^[The guard Zebrakettle.]]{.internal} end.", shown: "Zebrakettle"),
        Leak4(name: "footnote referenced from an internal section, defined in a later public one", attackClass: "D structure",
              body: sect4 + "## Notes {.internal}\n\nRef[^z].\n\n## Findings {.public}\n\nCells clean.\n\n[^z]: " + zk, shown: "Zebrakettle"),
        Leak4(name: "link reference definition used only inside an internal span", attackClass: "D structure",
              body: "Public [see [profile][z]]{.internal} end.\n\n[z]: https://example.org/Zebrakettle", shown: "Zebrakettle"),
        Leak4(name: "fenced code block with the class {.internal} (trade-off?)", attackClass: "D structure",
              body: sect4 + "``` {.internal}\n" + zk + "\n```", shown: "Zebrakettle"),
        Leak4(name: "internal span inside a block quote inside a list", attackClass: "D structure",
              body: "- > He said [the guard Zebrakettle]{.internal} hit him.", shown: "Zebrakettle"),
        Leak4(name: "internal span in a table cell holding an escaped pipe", attackClass: "D structure",
              body: "| a | b |\n|---|---|\n| x | [Zebra \\| kettle]{.internal} |", shown: "kettle"),
        Leak4(name: "internal div inside a public div, text after the inner close", attackClass: "D structure",
              body: "::: public\nOpen.\n\n::: internal\nSecret part.\n:::\n:::\n\n::: internal\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "internal section heading under a public div, text after the div", attackClass: "D structure",
              body: "::: public\n## Notes {.internal}\n\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "state div in a public export, pasted with CRLF line ends", attackClass: "D structure",
              body: "Public.\r\n\r\n::: state\r\n" + zk + "\r\n:::\r\n", shown: "Zebrakettle"),

        Leak4(name: "link reference definition used only inside an internal span, HTML", attackClass: "D structure",
              body: "Public [see [profile][z]]{.internal} end.\n\n[z]: https://example.org/Zebrakettle", shown: "Zebrakettle", format: "html"),
        Leak4(name: "link definition inside an internal div, used in public text (HTML resolves it)", attackClass: "D structure",
              body: "Public: see [the guard][z].\n\n::: internal\n[z]: https://t.me/Zebrakettle\n:::", shown: "Zebrakettle", format: "html"),
        Leak4(name: "footnote defined inside an internal div, referenced from public text (HTML)", attackClass: "D structure",
              body: "Public text.[^a]\n\n::: internal\n[^a]: " + zk + "\n:::", shown: "Zebrakettle", format: "html"),
        Leak4(name: "footnote defined inside an internal div, referenced from public text (md)", attackClass: "D structure",
              body: "Public text.[^a]\n\n::: internal\n[^a]: " + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "heading inside a block quote ends the internal section in tamga only", attackClass: "D structure",
              body: sect4 + "## Notes {.internal}\n\nA.\n\n> # Quoted heading\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "internal span in the title", attackClass: "D structure",
              body: "Public text.", shown: "Zebrakettle", title: "Visit about [Zebrakettle]{.internal}"),

        Leak4(name: "raw HTML <h2> after an internal section (not a heading to Pandoc)", attackClass: "D structure",
              body: sect4 + "## Notes {.internal}\n\nA.\n\n<h2>Findings</h2>\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "heading inside a public div inside an internal section, text after the div", attackClass: "D structure",
              body: sect4 + "## Notes {.internal}\n\nA.\n\n::: public\n## Public part\n\nOpen.\n:::\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "heading attributes with spaces inside the braces { .internal }", attackClass: "D structure",
              body: sect4 + "## Notes { .internal }\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "span attributes with spaces inside the braces { .internal }", attackClass: "D structure",
              body: "Public [the guard Zebrakettle]{ .internal } end.", shown: "Zebrakettle"),
        Leak4(name: "div attributes with spaces inside the braces ::: { .internal }", attackClass: "D structure",
              body: sect4 + "::: { .internal }\n" + zk + "\n:::", shown: "Zebrakettle"),
        Leak4(name: "heading written with a no-break space after ## (pasted from Word)", attackClass: "D structure",
              body: sect4 + "##\u{A0}Notes {.internal}\n\n" + zk, shown: "Zebrakettle"),
        Leak4(name: "footnote continuation paragraph, referenced only from an internal span", attackClass: "D structure",
              body: "Public [text.[^1]]{.internal}\n\n[^1]: First paragraph.\n\n    " + zk, shown: "Zebrakettle"),
        Leak4(name: "heading with {.internal} inside a block quote, text after it in the quote", attackClass: "D structure",
              body: sect4 + "> ## Notes {.internal}\n>\n> " + zk, shown: "Zebrakettle"),
        Leak4(name: "internal section whose text is a Setext heading underline away", attackClass: "D structure",
              body: sect4 + "## Notes {.internal}\n\nA.\n\nThe informant named\n---\n\nthe guard Zebrakettle.", shown: "Zebrakettle"),

        // MARK: Class E: other outputs
        Leak4(name: "JSON export shows the name", attackClass: "E outputs",
              body: "Aibek Sadykov was in the yard.", shown: "Sadykov", format: "json"),
        Leak4(name: "JSON export shows an internal span", attackClass: "E outputs",
              body: "Public [" + zk + "]{.internal} end.", shown: "Zebrakettle", format: "json"),
        Leak4(name: "JSON export with the surname in the title", attackClass: "E outputs",
              body: "Public text.", shown: "Садыков", format: "json", title: "Жалоба Айбека Садыкова"),
        Leak4(name: "HTML export with the name in the title (<title>)", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", format: "html", title: "Complaint of Aibek Sadykov"),
        Leak4(name: "document id carrying the surname: header and signature", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", id: "VR-2014-Sadykov"),
        Leak4(name: "document id carrying the surname: file name in an output folder", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", id: "VR-2014-Sadykov", toFolder: true),
        Leak4(name: "document id carrying a Kyrgyz patronymic BakytUulu", attackClass: "E outputs",
              body: "Public text.", shown: "BakytUulu", id: "INT-BakytUulu-2014"),
        Leak4(name: "unknown front-matter key subtitle with the name", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", extra: "subtitle: Interview with Aibek Sadykov\n"),
        Leak4(name: "unknown front-matter key subtitle, HTML", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", format: "html", extra: "subtitle: Interview with Aibek Sadykov\n"),
        Leak4(name: "facility naming the detainee's cell as 'Sadykov's cell' in HTML", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", format: "html", title: "Visit to Sadykov's cell"),

        Leak4(name: "unknown front-matter key subtitle, JSON", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", format: "json", extra: "subtitle: Interview with Aibek Sadykov\n"),
        Leak4(name: "front-matter abstract (Pandoc key) with the name, HTML", attackClass: "E outputs",
              body: "Public text.", shown: "Sadykov", format: "html", extra: "abstract: Aibek Sadykov was beaten.\n"),

        Leak4(name: "JSON export with the detainee's name in a tag", attackClass: "E outputs",
              body: "Public text.", shown: "sadykov", format: "json", extra: "tags: [sadykov-case]\n"),
        Leak4(name: "JSON export with a sensitive string in the front matter", attackClass: "E outputs",
              body: "Public text.", shown: "Zebrakettle", format: "json", extra: "sensitive:\n  - guard Zebrakettle\n"),
        Leak4(name: "HTML export with a sensitive string in the front matter", attackClass: "E outputs",
              body: "Public text.", shown: "Zebrakettle", format: "html", extra: "sensitive:\n  - guard Zebrakettle\n"),
        Leak4(name: "recommendation id naming the detainee, Markdown export", attackClass: "E outputs",
              body: "Public text.\n\n1. [Investigate.]{.recommendation #R-2014-sadykov-1 to=\"GSIN\" theme=investigation}", shown: "sadykov"),
        Leak4(name: "recommendation id naming the detainee, HTML export", attackClass: "E outputs",
              body: "Public text.\n\n1. [Investigate.]{.recommendation #R-2014-sadykov-1 to=\"GSIN\" theme=investigation}", shown: "sadykov", format: "html"),

        // MARK: Class F: context (chat, quotes, signatures, e-mail headers)
        Leak4(name: "signature 'С уважением, Садыков А.'", attackClass: "F context",
              body: "Прошу принять меры.\n\nС уважением, Садыков А.", shown: "Садыков"),
        Leak4(name: "signature: given name alone on its own line", attackClass: "F context",
              body: "Прошу принять меры.\n\nС уважением,  \nНаталья", shown: "Наталья"),
        Leak4(name: "e-mail header with a quoted reversed name", attackClass: "F context",
              body: "From: \"Sadykov, Aibek\" <family91@gmail.com>\nSubject: complaint", shown: "Sadykov"),
        Leak4(name: "e-mail header with a diminutive and a surname initial", attackClass: "F context",
              body: "От: Наташа О. <n.o.1970@mail.ru>\nТема: свидание", shown: "Наташа"),
        Leak4(name: "WhatsApp export line with a left-to-right mark", attackClass: "F context",
              body: "\u{200E}[04.12.14, 10:15:32] Эрке Т.: мени урушту", shown: "Эрке"),
        Leak4(name: "Telegram handle with given name and initial @erke_t", attackClass: "F context",
              body: "Telegram: @erke_t wrote that she was beaten.", shown: "erke"),
        Leak4(name: "Telegram forward header 'Forwarded from Sasha Kuznetsov'", attackClass: "F context",
              body: "Forwarded from Sasha K.\nThey beat me again.", shown: "Sasha"),
        Leak4(name: "quoted speech with a Russian diminutive «Сань, вставай»", attackClass: "F context",
              body: "Охранник крикнул: «Сань, вставай!»", shown: "Сань"),
        Leak4(name: "letter from a mother: Kyrgyz 'уулум Нурлан' in lower-case chat", attackClass: "F context",
              body: "апасынын каты: нурлан уулум, сени сагындык", shown: "нурлан"),
        Leak4(name: "lower-case chat paste of the surname садыков", attackClass: "F context",
              body: "чат: садыков опять в карцере", shown: "садыков"),
        Leak4(name: "prison nickname Кузя from Кузнецов", attackClass: "F context",
              body: "Сокамерники зовут его Кузя; Кузю избили ночью.", shown: "Кузю"),
        Leak4(name: "e-mail address with the given name and a surname initial aibek.s", attackClass: "F context",
              body: "Write to aibek.s1991@gmail.com for the family.", shown: "aibek"),
        Leak4(name: "clipped surname Садык as a nickname (trade-off?: also a given name)", attackClass: "F context",
              body: "Из чата: Садыка опять увели на допрос.", shown: "Садыка"),
        Leak4(name: "chat sender line with the surname and a colon, no space", attackClass: "F context",
              body: "Кузнецов:меня избили\nМать:держись", shown: "Кузнецов"),
        Leak4(name: "e-mail address fusing a diminutive and an initial sasha.k91", attackClass: "F context",
              body: "Write to sasha.k91@mail.ru for the family.", shown: "sasha"),
        Leak4(name: "e-mail address with the diminutive shurik", attackClass: "F context",
              body: "Family e-mail: shurik.kuz@mail.ru.", shown: "shurik"),
        Leak4(name: "chat nickname Sanya_K without @", attackClass: "F context",
              body: "Sanya_K: they beat me again", shown: "Sanya"),
        Leak4(name: "Kyrgyz quoted speech with diminutive «Нурик, кел!»", attackClass: "F context",
              body: "Күзөтчү «Нурик, кел!» деп кыйкырды.", shown: "Нурик"),
    ]

    /// Round 4 leaks that fail today, by name (each failed against dacbc4b).
    static let open4: Set<String> = [
        // A: fixed (issue 15: Kyrgyz/Russian diminutive rules, Latin short forms, tz).
        // B: the other separators are closed up now (any sign between single letters); a name split over
        // two table cells is left: a reader may or may not join the cells.
        "name in a pipe table split over two cells (trade-off?)", // | Сады | ков | published; a reader may or may not join cells
        // C: identifiers. The rest of class C was fixed on branch ids4 (issue 15, red-team round 4): phone words by
        // class, keycap digits, abbreviated birth words, masked PIN, compound document labels, address abbreviations.
        "home address of the detainee's family (scope: no address detector)", // published; not in the guarantee (no address detector): scope, not a bug
        "car plate of the family's car (scope: no plate detector)",           // published; not in the guarantee: scope, not a bug
        // D: fixed (a link definition only withheld text used leaves the export).
        // F: context.
        // Not a surname nickname rule (that gives Кузя of Кузнецов): Садык is the father's name behind
        // Садыков and a given name of its own, matched only next to another part (role derivedPart).
        "clipped surname Садык as a nickname (trade-off?: also a given name)", // Садыка published
    ]

    @Test(arguments: leaks4.filter { !open4.contains($0.name) }) func round4ExportDoesNotShowProtectedText(_ c: Leak4) throws {
        try Self.expectNoLeak4(c)
    }

    @Test(.disabled("round-4 open cases"), arguments: leaks4.filter { open4.contains($0.name) })
    func openLeaks4(_ c: Leak4) throws { try Self.expectNoLeak4(c) }

    static func expectNoLeak4(_ c: Leak4) throws {
        let o = try Self.export4(c.body, audience: c.audience, format: c.format, id: c.id, title: c.title, extra: c.extra, toFolder: c.toFolder)
        if let text = o.text {
            #expect(!text.contains(c.shown), "leak: written \(c.audience) \(c.format) export shows \(c.shown.debugDescription):\n\(text)")
        }
    }

    // MARK: Class E: commands other than export (statistics, recommendations, summary)

    struct Output4: Sendable, CustomTestStringConvertible {
        enum Command: String, Sendable { case statsTag, statsFacility, recTable, recReport, recResponse, summary }
        let name: String, command: Command, body: String, shown: String
        var audience = "public"
        var title = "Visit to IVS-1 Bishkek"
        var tag = "ill-treatment"
        var testDescription: String { "class R4-E outputs (\(command.rawValue)): \(name)" }
    }

    static let outputs4: [Output4] = [
        Output4(name: "stats: tag with the family plural дело-садыковых", command: .statsTag, body: "Public text.", shown: "садыковых",
                audience: "state", tag: "дело-садыковых"),
        Output4(name: "stats: tag with a Polish spelling sadykow", command: .statsTag, body: "Public text.", shown: "sadykow",
                audience: "state", tag: "sadykow"),
        Output4(name: "stats: tag with a diminutive and surname sasha-kuznetsov", command: .statsTag, body: "Public text.", shown: "sasha",
                audience: "state", tag: "sasha-kuznetsov"),
        Output4(name: "rec table: an official named in 'to=' for the public", command: .recTable,
                body: "Public text.\n\n1. [Discipline the head of IVS.]{.recommendation #R-ATK4-1 to=\"Temir Osmonov\" theme=discipline}",
                shown: "Osmonov"),
        Output4(name: "rec table: a detainee named in theme=", command: .recTable,
                body: "Public text.\n\n1. [Investigate the complaint.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=sadykov-case}",
                shown: "sadykov"),
        Output4(name: "rec table: a detainee named in the recommendation text", command: .recTable,
                body: "Public text.\n\n1. [Investigate the complaint of Aibek Sadykov.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}",
                shown: "Sadykov"),
        Output4(name: "rec report: an official named in 'to=' for the public", command: .recReport,
                body: "Public text.\n\n1. [Discipline the head of IVS.]{.recommendation #R-ATK4-1 to=\"Temir Osmonov\" theme=discipline}",
                shown: "Osmonov"),
        Output4(name: "summary: title with the detainee's surname in genitive", command: .summary, body: "Public text.",
                shown: "Садыкова", title: "Жалоба Садыкова"),
        Output4(name: "summary: an internal span in a public report", command: .summary,
                body: "Public [" + zk + "]{.internal} end.", shown: "Zebrakettle"),
        Output4(name: "summary: recommendation text naming a detainee", command: .summary,
                body: "Public text.\n\n1. [Investigate the complaint of Aibek Sadykov.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}",
                shown: "Sadykov"),
        Output4(name: "stats: facility field naming the official (public)", command: .statsFacility, body: "Public text.",
                shown: "Osmonov", tag: "IVS-1 Bishkek (head T. Osmonov)"),
        Output4(name: "rec table: recommendation id naming the detainee", command: .recTable,
                body: "Public text.\n\n1. [Investigate.]{.recommendation #R-2014-sadykov-1 to=\"GSIN\" theme=investigation}",
                shown: "sadykov"),
        Output4(name: "rec report: recommendation id naming the detainee", command: .recReport,
                body: "Public text.\n\n1. [Investigate.]{.recommendation #R-2014-sadykov-1 to=\"Temir Osmonov\" theme=investigation}",
                shown: "sadykov"),
        Output4(name: "summary: recommendation id naming the detainee", command: .summary,
                body: "Public text.\n\n1. [Investigate.]{.recommendation #R-2014-sadykov-1 to=\"GSIN\" theme=investigation}",
                shown: "sadykov"),
        Output4(name: "rec report: a public response text naming the detainee", command: .recResponse,
                body: "Public text.\n\n1. [Investigate the complaint.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}",
                shown: "Sadykov", tag: "The complaint of Aibek Sadykov was found groundless."),
        Output4(name: "rec report: a public response text with a diminutive", command: .recResponse,
                body: "Public text.\n\n1. [Investigate the complaint.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}",
                shown: "Сашка", tag: "Жалоба: Сашка Кузнецов сам упал."),
        Output4(name: "rec report: a public response text with a phone number", command: .recResponse,
                body: "Public text.\n\n1. [Investigate the complaint.]{.recommendation #R-ATK4-1 to=\"GSIN\" theme=investigation}",
                shown: "555 123 456", tag: "The mother can be reached at +996 555 123 456."),
    ]

    /// Round 4 output cases that fail today, by name.
    static let openOutputs4: Set<String> = [
    ]

    @Test(arguments: outputs4.filter { !openOutputs4.contains($0.name) }) func round4OtherOutputsDoNotShowProtectedText(_ c: Output4) throws {
        try Self.expectNoOutputLeak4(c)
    }

    @Test(.disabled("round-4 open cases"), arguments: outputs4.filter { openOutputs4.contains($0.name) })
    func openOutputs4Cases(_ c: Output4) throws { try Self.expectNoOutputLeak4(c) }

    static func expectNoOutputLeak4(_ c: Output4) throws {
        let v = try CLIVault()
        var printed = ""
        switch c.command {
        case .statsTag, .statsFacility:
            for i in 1...6 {
                var doc = Self.document4("Public text.", id: "ST-\(i)", extra: c.command == .statsTag ? "tags: [\"\(c.tag)\"]\n" : "")
                if c.command == .statsFacility { doc = doc.replacingOccurrences(of: "facility: IVS-1 Bishkek", with: "facility: \(c.tag)") }
                let added = try v.run(["add", try v.folder.write("d\(i).md", doc)])
                #expect(added.status == 0, "add: \(added.standardError)")
            }
            let r = try v.run(["stats", "--audience", c.audience, "--by", c.command == .statsTag ? "tag" : "facility"])
            if r.status == 0 { printed = r.standardOutput }
        case .recResponse:
            let added = try v.run(["add", try v.folder.write("d.md", Self.document4(c.body))])
            guard added.status == 0 else { return }
            let text = try v.folder.write("answer.txt", c.tag)
            let answered = try v.run(["rec", "respond", "R-ATK4-1", "--from", "GSIN", "--date", "2015-01-10",
                                      "--status", "rejected", "--text", text, "--level", "public"])
            #expect(answered.status == 0, "respond: \(answered.standardError)")
            let out = v.folder.path("follow-up.md")
            let r = try v.run(["rec", "report", "--audience", c.audience, "--to", "GSIN", "-o", out])
            if r.status == 0 { printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
        case .recTable, .recReport, .summary:
            let added = try v.run(["add", try v.folder.write("d.md", Self.document4(c.body, title: c.title, extra: "tags: [overcrowding]\n"))])
            guard added.status == 0 else { return }
            if c.command == .recTable {
                let r = try v.run(["rec", "table", "--audience", c.audience])
                if r.status == 0 { printed = r.standardOutput }
            } else if c.command == .recReport {
                let out = v.folder.path("follow-up.html")
                let r = try v.run(["rec", "report", "--audience", c.audience, "--to", "Temir Osmonov", "-o", out])
                if r.status == 0 { printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
            } else {
                // Markdown: the HTML summary of a vault with an Aleksandr was refused before branch names4 (cleanOutputs4).
                let out = v.folder.path("summary.md")
                let r = try v.run(["summary", "--year", "2014", "--audience", c.audience, "-o", out])
                #expect(r.status == 0, "summary refused: \(r.standardError)")
                if r.status == 0 { printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
            }
        }
        #expect(!printed.contains(c.shown), "leak: \(c.audience) \(c.command.rawValue) shows \(c.shown.debugDescription):\n\(printed)")
    }

    // MARK: Clean outputs: commands that must print for a vault naming no one in the text

    struct CleanOutput4: Sendable, CustomTestStringConvertible {
        let name: String, arguments: [String]
        var body = "The team found the cells clean."
        var testDescription: String { "class R4-E clean output: \(name)" }
    }

    static let cleanOutputs4: [CleanOutput4] = [
        CleanOutput4(name: "public HTML summary, a detainee Aleksandr in the vault",
                     arguments: ["summary", "--year", "2014", "--audience", "public", "-o", "summary.html"]),
        CleanOutput4(name: "state HTML summary, a detainee Aleksandr in the vault",
                     arguments: ["summary", "--year", "2014", "--audience", "state", "-o", "summary.html"]),
        CleanOutput4(name: "public Markdown summary, a detainee Aleksandr in the vault",
                     arguments: ["summary", "--year", "2014", "--audience", "public", "-o", "summary.md"]),
        CleanOutput4(name: "public statistics by month",
                     arguments: ["stats", "--audience", "public", "--by", "month"]),
        CleanOutput4(name: "public statistics by tag as JSON",
                     arguments: ["stats", "--audience", "public", "--by", "tag", "--format", "json"]),
        CleanOutput4(name: "public recommendation table",
                     arguments: ["rec", "table", "--audience", "public"],
                     body: "The team found the cells clean.\n\n1. [Reduce occupancy.]{.recommendation #R-ATK4-9 to=\"GSIN\" theme=overcrowding}"),
    ]

    /// Round 4 command outputs refused for a clean vault, by name.
    /// (Fixed on branch names4: "DejaVu Sans" in the SVG was read as a form of Aleksandr.)
    static let openCleanOutputs4: Set<String> = []

    @Test(arguments: cleanOutputs4.filter { !openCleanOutputs4.contains($0.name) }) func round4CleanOutputsPrint(_ c: CleanOutput4) throws {
        try Self.expectCleanOutput4(c)
    }

    @Test(.disabled("round-4 open cases"), arguments: cleanOutputs4.filter { openCleanOutputs4.contains($0.name) })
    func openCleanOutputs4Cases(_ c: CleanOutput4) throws { try Self.expectCleanOutput4(c) }

    static func expectCleanOutput4(_ c: CleanOutput4) throws {
        let v = try CLIVault()
        let added = try v.run(["add", try v.folder.write("d.md", Self.document4(c.body, extra: "tags: [overcrowding]\n"))])
        #expect(added.status == 0, "add: \(added.standardError)")
        let r = try v.run(c.arguments.map { $0.hasPrefix("summary.") ? v.folder.path($0) : $0 })
        #expect(r.status == 0, "refused: \(r.standardError)")
    }

    // MARK: Allow-list (public-numbers) leaks

    static let hotline4 = "public-numbers:\n  - \"+996 312 62 50 15\"\n"

    static let policyLeaks4: [PolicyLeak3] = [
        PolicyLeak3(name: "R4: a second number after the hotline with a semicolon",
                    body: "Горячая линия: +996 312 62 50 15; мать: +996 555 62 50 15.", shown: "555 62 50 15", policy: hotline4),
        PolicyLeak3(name: "R4: the hotline's local part reused as a mobile with the 0555 code",
                    body: "Hotline 0312 62 50 15, mother 0555 62 50 15.", shown: "0555 62 50 15", policy: hotline4),
        PolicyLeak3(name: "R4: extension digits after the hotline 'доб. 123456' (trade-off?)",
                    body: "Горячая линия +996 312 62 50 15, доб. 123456 (мобильный Кузнецова).", shown: "123456", policy: hotline4),
    ]

    /// Decided on branch ids4: an extension word (`доб.`, `ext.`) is a phone word, so five or more digits
    /// after it are withheld even after an allow-listed hotline; a real extension of up to four digits stays.
    static let openPolicy4: Set<String> = []

    @Test(arguments: policyLeaks4.filter { !openPolicy4.contains($0.name) }) func round4AllowListDoesNotPublishOtherNumbers(_ c: PolicyLeak3) throws {
        let o = try Self.export4(c.body, audience: c.audience, policy: c.policy)
        if let text = o.text { #expect(!text.contains(c.shown), "leak: \(text)") }
    }

    @Test(.disabled("round-4 open cases"), arguments: policyLeaks4.filter { openPolicy4.contains($0.name) })
    func openPolicyLeaks4(_ c: PolicyLeak3) throws {
        let o = try Self.export4(c.body, audience: c.audience, policy: c.policy)
        if let text = o.text { #expect(!text.contains(c.shown), "leak: \(text)") }
    }

    // MARK: Clean documents: no protected person, must export intact

    struct Clean4: Sendable, CustomTestStringConvertible {
        let name: String, body: String, word: String
        var audience = "public"
        var policy = ""
        var testDescription: String { "class R4-clean: \(name)" }
    }

    static let clean4: [Clean4] = [
        Clean4(name: "village Александровка (detainee Александр)",
               body: "Колония расположена в селе Александровка.", word: "Александровка"),
        Clean4(name: "English Aleksandrovka district", body: "The colony lies in Aleksandrovka district.", word: "Aleksandrovka"),
        Clean4(name: "city Новокузнецк (detainee Кузнецов)",
               body: "Его этапировали из Новокузнецка.", word: "Новокузнецка"),
        Clean4(name: "the colony's forge shop кузнечный цех (detainee Кузнецов)",
               body: "В колонии работает кузнечный цех.", word: "кузнечный цех"),
        Clean4(name: "Kuznetsk Basin in English", body: "He had worked in the Kuznetsk Basin mines.", word: "Kuznetsk"),
        Clean4(name: "prenatal care пренатальной (relative Наталья)",
               body: "Женщинам не оказывается пренатальной помощи.", word: "пренатальной"),
        Clean4(name: "prison Орловский централ (relative Орлова)",
               body: "Его перевели в Орловский централ.", word: "Орловский централ"),
        Clean4(name: "Orel region in English (relative Orlova)", body: "He was transferred to the Oryol region, Orlovsky district.", word: "Orlovsky"),
        Clean4(name: "Kyrgyz word бакыт (happiness), lower case (detainee Бакыт уулу)",
               body: "Балдардын бакыты үчүн иштейбиз.", word: "бакыты"),
        Clean4(name: "another person named Бакыт (not the patronymic) (detainee Бакыт уулу)",
               body: "Директор Бакыт Төрөбаев комиссияны кабыл алды.", word: "Бакыт Төрөбаев"),
        Clean4(name: "Kyrgyz word талант (talent), lower case (witness Талант кызы)",
               body: "Анын чоң таланты бар экен.", word: "таланты"),
        Clean4(name: "another man's patronymic Талантович (witness Талант кызы)",
               body: "Прокурор Эмиль Талантович принял жалобу.", word: "Эмиль Талантович"),
        Clean4(name: "another man's patronymic Асан уулу beside his own given name (detainee Асанов)",
               body: "Адвокат Асан уулу Марат катышты.", word: "Асан уулу Марат"),
        Clean4(name: "President Садыр Жапаров (detainee Садыков)",
               body: "Указ подписал Президент Садыр Жапаров.", word: "Садыр Жапаров"),
        Clean4(name: "Russian word староста (cell elder) at a sentence start (detainee Старостин)",
               body: "Староста камеры сказал, что жалоб нет.", word: "Староста"),
        Clean4(name: "city Петропавловск (detainee Петров)",
               body: "Этап шёл через Петропавловск.", word: "Петропавловск"),
        Clean4(name: "Токтогульский район (detainee Токтосунова)",
               body: "Колония находится в Токтогульском районе.", word: "Токтогульском"),
        Clean4(name: "city Ivanovo (detainee Ivan)", body: "Experts from Ivanovo attended.", word: "Ivanovo"),
        Clean4(name: "Михайловка village (detainee Михаил)", body: "ИВС в селе Михайловка закрыт.", word: "Михайловка"),
        Clean4(name: "English 'sadly' at a sentence start (detainee Sadykov)",
               body: "Sadly, the kitchen was closed.", word: "Sadly"),
        Clean4(name: "Sadovaya street address of a facility (detainee Садыков)",
               body: "СИЗО-1 находится на улице Садовой.", word: "Садовой"),
        Clean4(name: "Mandela Rules number and a law article", body: "Rule 43 of the Nelson Mandela Rules and Article 143 apply.", word: "Article 143"),
        Clean4(name: "short emergency number after тел.", body: "Экстренный тел. 102.", word: "102"),
        Clean4(name: "law dated with the birth word 'регистрации рождения' (trade-off?)",
               body: "Закон о регистрации рождения от 02.03.1991 применяется.", word: "02.03.1991"),
        Clean4(name: "organisation's INN starting with 0 (trade-off?)",
               body: "ИНН учреждения 01809199910052.", word: "01809199910052"),
        Clean4(name: "another woman's patronymic Асан кызы beside her own given name (detainee Асанов)",
               body: "Омбудсмен Жамила Асан кызы отчетту кабыл алды.", word: "Жамила Асан кызы"),
        Clean4(name: "hotline written without the country code (policy lists it)",
               body: "Горячая линия: (0312) 62-50-15.", word: "62-50-15", policy: "public-numbers:\n  - \"+996 312 62 50 15\"\n"),
        Clean4(name: "Médecins Sans Frontières (detainee Aleksandr: Sans read as a diminutive?)",
               body: "Médecins Sans Frontières provided TB drugs.", word: "Sans Frontières"),
        Clean4(name: "Russian word шурупы (screws) at a sentence start (detainee Александр: Шура)",
               body: "Шурупы торчали из нар.", word: "Шурупы"),
        Clean4(name: "Russian word талантливый (talented) (witness Талант кызы)",
               body: "Талантливый врач колонии уволился.", word: "Талантливый"),
        Clean4(name: "sanatorium санаторий (detainee Саня)",
               body: "Санаторий закрыт на ремонт.", word: "Санаторий"),
        Clean4(name: "another man's patronymic Жумабек уулу (no one declared)",
               body: "Адвокат Жумабек уулу Марат катышты.", word: "Жумабек уулу Марат"),
        Clean4(name: "another woman's patronymic Жумабек кызы (no one declared)",
               body: "Омбудсмен Жамила Жумабек кызы отчетту кабыл алды.", word: "Жамила Жумабек кызы"),
        Clean4(name: "the Ombudsman by name (not a protected person)",
               body: "Омбудсмен Атыр Абдрахматова приняла доклад.", word: "Атыр Абдрахматова"),
        Clean4(name: "Talas region (witness Талант)", body: "Колония в Таласской области переполнена.", word: "Таласской"),
        Clean4(name: "Kyrgyz word нур (ray) (detainee Нурлан)", body: "Камерага күндүн нуру тийбейт.", word: "нуру"),
        Clean4(name: "given name Бакытбек (detainee Бакыт уулу)",
               body: "Кызматкер Бакытбек Осмоналиев жазып алды.", word: "Бакытбек"),
        Clean4(name: "English abbreviation max. (detainee Maksat: Max)",
               body: "Capacity: max. 20 persons per cell.", word: "max. 20"),
        Clean4(name: "textile word sashiko (detainee diminutive Sasha)",
               body: "Women in the colony sew sashiko patterns.", word: "sashiko"),
    ]

    /// Round 4 over-refusals / over-redactions that fail today.
    static let openClean4: Set<String> = [
    ]

    @Test(arguments: clean4.filter { !openClean4.contains($0.name) }) func round4CleanDocumentExportsIntact(_ c: Clean4) throws {
        try Self.expectIntact4(c)
    }

    @Test(.disabled("round-4 open cases"), arguments: clean4.filter { openClean4.contains($0.name) })
    func openClean4Cases(_ c: Clean4) throws { try Self.expectIntact4(c) }

    static func expectIntact4(_ c: Clean4) throws {
        let o = try Self.export4(c.body, audience: c.audience, policy: c.policy)
        #expect(o.status == 0, "refused: \(o.error)")
        #expect(o.text?.contains(c.word) == true, "ordinary word replaced: \(o.text ?? "")")
    }
}
