@testable import TamgaCore

/// The identifier classes of red-team round 5 (class "C: identifiers"),
/// each as a family with random values, separators and frames in English,
/// Russian and Kyrgyz: a passport's or ID card's machine-readable zone
/// (TD3 name and data lines, TD1 lines, with real ICAO check digits), a
/// document number in number words, a phone or a document number under a
/// table header, a birth word after the date, six-digit YYMMDD after a
/// birth word, a payment card and an IMEI (Luhn-valid), a private e-mail
/// address. Words and shapes are written here by hand, not taken from the
/// detectors' tables.
extension IdentifierFormatGenerator {
    static let round5Formats = [
        "MRZ name line", "MRZ TD3 data line", "MRZ TD1 lines", "document number in words", "phone under a table header",
        "document number under a table header", "birth word after the date", "YYMMDD after a birth word", "payment card",
        "IMEI", "private e-mail address",
    ]

    static let mrzSurnames = ["SADYKOV", "TOKTOSUNOVA", "KUZNETSOV", "ABDYLDAEVA", "ORLOVA", "BAKYT<UULU", "ASANOV", "MAMYTOV"]
    static let mrzGivenNames = ["AIBEK", "NURLAN", "AIGERIM", "ERKIN", "NATALIA", "MAKSAT", "GULNARA<ASANOVNA", "TEMIR"]

    /// The ICAO 9303 check digit of `field`.
    static func mrzCheck(_ field: String) -> String {
        var sum = 0
        for (index, character) in field.unicodeScalars.enumerated() {
            let value = character.asciiDigit ?? ((0x41...0x5A).contains(character.value) ? Int(character.value) - 55 : 0)
            sum += value * [7, 3, 1][index % 3]
        }
        return String(sum % 10)
    }

    /// `text` padded with fillers to `width`.
    static func padded(_ text: String, _ width: Int) -> String { text + String(repeating: "<", count: max(0, width - text.count)) }

    mutating func letters(_ count: Int) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8(Int.random(in: 65...90, using: &random)))) })
    }

    mutating func yymmdd() -> String { two(number(40...99)) + two(number(1...12)) + two(number(1...28)) }

    /// Digits of `count` with a Luhn check digit appended (`count` + 1 in all).
    mutating func luhnNumber(prefix: String, length: Int) -> String {
        var body = prefix + digits(length - 1 - prefix.count)
        for check in 0...9 where PersonalNumberDetector.luhn(Array((body + "\(check)").unicodeScalars)) {
            body += "\(check)"
            break
        }
        return body
    }

    mutating func mrzFrame(_ line: String) -> String {
        pick(["MRZ: {}", "{}", "Машиночитаемая зона паспорта:\n\n{}\n", "```\n{}\n```", "`{}`", "Паспорттун MRZ: {}.", "OCR: {} (скан)",
              "- {}"]).replacingOccurrences(of: "{}", with: line)
    }

    mutating func round5Sample(_ format: String) -> Sample {
        switch format {
        case "MRZ name line":
            let type = pick(["P<", "PN", "P<", "ID", "I<"]), state = pick(["KGZ", "RUS", "KAZ", "UZB"])
            let name = "⟦" + pick(Self.mrzSurnames) + "⟧<<⟦" + pick(Self.mrzGivenNames) + "⟧"
            let width = type.hasPrefix("P") ? 44 : 30
            let line = chance(70) ? type + state + name + String(repeating: "<", count: max(2, width - 5 - name.count + 4)) : type + state + name
            return marked(format, .documentNumber, mrzFrame(line.replacingOccurrences(of: "<", with: chance(10) ? "«" : "<")))
        case "MRZ TD3 data line":
            let document = Self.padded(pick(["AC", "AN", "ID", "PE", "N"]) + digits(7), 9)
            let birth = yymmdd(), expiry = two(number(24...35)) + two(number(1...12)) + two(number(1...28))
            let optional = chance(50) ? Self.padded("", 14) : pick(["1", "2"]) + digits(13)
            let head = "⟦" + document.replacingOccurrences(of: "<", with: "") + "⟧" + document.dropFirst(document.replacingOccurrences(of: "<", with: "").count) + Self.mrzCheck(document) + pick(["KGZ", "RUS"]) + "⟦" + birth + "⟧" + Self.mrzCheck(birth)
                + pick(["M", "F", "<"]) + expiry + Self.mrzCheck(expiry) + optional
            let line = Self.padded(head, 44 + 4 - 1)
            return marked(format, .documentNumber, mrzFrame(chance(30) ? String(line.prefix(28 + 4)) : line))
        case "MRZ TD1 lines":
            let document = "ID" + digits(7)
            let first = "I<KGZ⟦" + document + "⟧" + Self.mrzCheck(document) + (chance(50) ? Self.padded("", 15) : digits(14) + "<")
            let birth = yymmdd()
            let second = "⟦" + birth + "⟧" + Self.mrzCheck(birth) + pick(["M", "F"]) + "2512315KGZ" + Self.padded("", 11) + digits(1)
            return marked(format, .documentNumber, pick([first, second, first + "\n" + second]))
        case "document number in words":
            let language = number(0...2)
            let units = [["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
                         ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
                         ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"]][language]
            let spoken = (0..<7).map { _ in units[number(0...9)] }
            let separator = pick([" ", ", ", " - ", "  "])
            let label = [["Паспорт ", "Номер паспорта: ", "паспорт серии эй-эн ", "ID-карта: ", "Паспорт эй-эн "],
                         ["Passport ", "Passport number ", "passport A N ", "ID card: "],
                         ["Паспорту: ", "Паспортунун номери ", "Жеке күбөлүгү "]][language]
            return marked(format, .documentNumber, pick(label) + "⟦" + spoken.joined(separator: separator) + "⟧" + pick([".", "", " (со слов)."]))
        case "phone under a table header":
            let header = pick(["Тел.", "Телефон", "Phone", "тел", "Телефону", "WhatsApp", "Байланыш телефону", "Mobile", "Тел. матери"])
            let phone = pick([nineDigits(), "0" + nineDigits()])
            return marked(format, .phoneNumber, "| " + pick(["Имя", "Name", "Аты", "Кто"]) + " | " + header + " |\n|---|---|\n| "
                          + pick(["мать", "mother", "апасы", "брат"]) + " | ⟦" + phone + "⟧ |" + pick(["", "\n| отец | — |"]))
        case "document number under a table header":
            let header = pick(["Паспорт", "Passport", "ID-карта", "Паспорт №", "Серия, номер паспорта", "Жеке күбөлүк"])
            return marked(format, .documentNumber, "| № | " + header + " |\n|---|---|\n| 1 | " + pick(["", "AN ", "ID"]) + "⟦" + digits(7) + "⟧ |")
        case "birth word after the date":
            let day = number(1...28), month = number(1...12), year = number(1950...2006)
            let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            let ordinal = day == 1 ? "1st" : day == 2 ? "2nd" : day == 3 ? "3rd" : "\(day)th"
            return marked(format, .birthDate, pick([
                "On the ⟦\(ordinal)⟧ of \(english[month - 1]) ⟦\(year)⟧, when he was born, the family lived in Osh.",
                "⟦\(two(day))⟧.⟦\(two(month))⟧.⟦\(year)⟧, когда он родился, семья жила в Оше.",
                "⟦\(two(day))⟧.⟦\(two(month))⟧.⟦\(year)⟧ года рождения.",
                "On ⟦\(day)⟧ \(english[month - 1]) ⟦\(year)⟧ — the day she was born — ...",
                "Ал ⟦\(year)⟧-жылы туулган.", "⟦\(day)⟧ марта ⟦\(year)⟧ года, когда она родилась, ...", "⟦\(year)⟧-⟦\(two(month))⟧-⟦\(two(day))⟧, when she was born.",
            ]))
        case "YYMMDD after a birth word":
            let value = chance(70) ? yymmdd() : two(number(1...28)) + two(number(1...12)) + two(number(40...99))
            return marked(format, .birthDate, pick(["DOB ", "DOB: ", "д.р. ", "Д/р: ", "Date of birth: ", "дата рождения ", "Туулган күнү: ", "г.р. "])
                          + "⟦" + value + "⟧" + pick([".", "", ", камера 3."]))
        case "payment card":
            let card = luhnNumber(prefix: pick(["4", "5", "9417", "2200", "4169"]), length: 16)
            let separator = pick([" ", "-", "\u{A0}", ""])
            let written = separator.isEmpty ? card : grouped(card, sizes: [4, 4, 4, 4]) { _ in separator }
            return marked(format, .personalNumber, pick(["Переводы на карту матери ", "Card: ", "Картасы: ", "Visa ", "", "номер карты "])
                          + "⟦" + written + "⟧" + pick([".", "", " (Элкарт)."]))
        case "IMEI":
            let imei = luhnNumber(prefix: pick(["35", "86", "01"]), length: 15)
            let labelled = chance(60)
            let written = labelled ? pick([imei, grouped(imei, sizes: [2, 6, 6, 1]) { _ in "-" }, grouped(imei, sizes: [8, 7]) { _ in " " }]) : imei
            return marked(format, .personalNumber, (labelled ? pick(["IMEI: ", "IMEI телефона ", "Телефондун IMEI коду ", "imei "]) : pick(["Device ", "Аппарат ", ""]))
                          + "⟦" + written + "⟧" + pick([".", "", " изъят."]))
        default:
            let local = pick(["gulnara", "a.sadykov", "aibek_91", "nurlan.b", "mama", "erkin1970", "natalia-orlova"]) + (chance(50) ? "\(number(1...2005))" : "")
            let domain = pick(["mail.ru", "gmail.com", "inbox.ru", "yandex.kg", "list.ru", "bk.ru", "ya.ru", "outlook.com"])
            return marked(format, .emailAddress, pick(["Mother's e-mail: ", "Почта: ", "Эл. почтасы: ", "", "пишите на "]) + "⟦" + local + pick(["@", "@", "@", "＠", " [at] ", "(at)", " (собака) ", "{at}"]) + domain + "⟧"
                          + pick([".", "", " (личная)."]))
        }
    }

    /// Report text near the round's rules that holds no identifier.
    mutating func round5CleanLine() -> String {
        let year = number(2010...2026), day = two(number(1...28)), month = two(number(1...12))
        switch number(0...15) {
        case 0: return "Проверка MRZ паспортов не проводилась; ГСИН, МВД и ГКНБ уведомлены \(day).\(month).\(year)."
        case 1: return "| Месяц | Звонки на телефон доверия |\n|---|---|\n| \(pick(["Январь", "Май"])) | \(number(10000...99999)) |"
        case 2: return "| Камера | Площадь, м² | Человек |\n|---|---|---|\n| \(number(1...40)) | \(number(6...40)).\(number(0...9)) | \(number(1...20)) |"
        case 3: return "В камере было \(pick(["двадцать пять", "семь", "одиннадцать", "тридцать два"])) человек, паспорта у \(pick(["трёх", "двоих", "семи"]))."
        case 4: return "On \(number(1...28)) March \(year), when the monitors arrived, \(number(2...40)) detainees were present."
        case 5: return "Адрес: \(number(720000...724999)), Бишкек; визит \(day).\(month).\(year)."
        case 6: return "Колония работала в \(year - 3), \(year - 2), \(year - 1) и \(year) годах; в \(year - 3) \(year - 2) \(year - 1) \(year) гг. проверок не было."
        case 7: return "Manual ISBN 978-9967-\(number(10...99))-\(number(100...999))-\(number(0...9)); see CAT/OP/KGZ/1, para \(number(1...99))."
        case 8: return "Contact the NPM: \(pick(["info", "office", "press", "hotline", "priemnaya", "kanc"]))@\(pick(["npm.kg", "ombudsman.kg", "mvd.gov.kg", "gsin.gov.kg"]))."
        case 9: return "Бюджет учреждения: \(number(1...9)) \(number(100...999)) \(number(100...999)) сом; р/с 1280016\(digits(9))."
        case 10: return "Рождений за \(year) год: \(number(100000...999999)); визитов: \(number(2...40))."
        case 11: return "Если X<Y, то коэффициент \(number(1...9)).\(number(0...99)); cout<<endl<<x в коде не приводится."
        case 12: return "Статья \(number(100...399)) УК, приказ № \(number(10...999)) от \(day).\(month).\(year); камеры \(number(1...30))–\(number(31...60))."
        case 13: return "| Паспорт | Кол-во |\n|---|---|\n| есть | \(number(2...40)) |\n| нет | \(number(2...40)) |"
        case 14: return "Visit \(day).\(month).\(year) from 10:15 to 16:40; \(number(2...9)) of \(number(10...19)) cells inspected."
        default: return "Реестр № \(number(100...999))-\(year), \(number(1...12)) страниц, \(number(1000...9999)) записей."
        }
    }
}
