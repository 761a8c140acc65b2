/// A criminal or court case's number (red-team round 10, C-550): it names
/// the detainee to anyone with access to the courts' or the prosecutor's
/// register, as a passport's number does.
///
/// The number after a case word, a number sign between or not:
/// `Уголовное дело № 01-123/2014`, `по делу №1-45/15`, `у/д № 145/2014`,
/// `ЕРП № 02-123-2014-000456`, `кылмыш иши № 12-345/14`, `criminal case
/// No. 01-123/2014`, `case #145/2014`; before the Kyrgyz word for it
/// (`01-123/2014-номерлүү кылмыш иши`). The number is a run of digits,
/// letters and `- / .` holding a digit (`УД-123/2014`, `0112345`).
///
/// After `дело`, `иш` or `case` a number sign is needed (`дело 15 человек`
/// is a count; `in case 12` is not a case's number); after a criminal word
/// (`уголовное дело`, `кылмыш иши`, `criminal case`) or a register
/// (`ЕРП`, `ЕРПП`, `КУС`, `у/д`) a number with a separator or five digits
/// is enough (`материал проверки 1234/15`, `текшерүү материалы № 56`);
/// after a register's name (`КУСП 1234`, `К.У.С.П.`) any number of three
/// digits or more that is not a count (`В КУСП 120 сообщений`), and after
/// `КУСП от DATE` the number with its sign. English `case` alone is also a
/// crate (`Case No. 8400184 (mattresses)`): after it the number needs its
/// court shape or a criminal word before. A year alone (`дело 2014 года`, `кылмыш иши 2014-жылы`) is
/// a date, never a number here.
enum CaseNumberDetector {
    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard scalars.contains(where: { $0.asciiDigit != nil }) else { return [] }
        return matches(DetectorTokens(scalars))
    }

    /// The matches in a text already tokenized (`DetectorInput`), which has an ASCII digit.
    static func matches(_ tokens: DetectorTokens) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.tokens.count {
            if let word = caseWord(tokens, at: index),
               let number = number(tokens, from: word.next, strong: word.strong, register: word.register,
                                   english: ["case", "cases"].contains(tokens.tokens[index].text)) {
                result.append(number.range)
                index = number.next
            } else if let number = numberBeforeKyrgyzWord(tokens, at: index) {
                result.append(number.range)
                index = number.next
            } else {
                index += 1
            }
        }
        return result
    }

    /// A case word at `index`: whether it is a criminal or register word, whether it is a register's
    /// name (whose entry is a number of any length: `КУСП 1234`), and where what follows it starts.
    static func caseWord(_ tokens: DetectorTokens, at index: Int) -> (strong: Bool, register: Bool, next: Int)? {
        guard let token = tokens[index], token.kind == .word else { return nil }
        let word = token.text
        let previous = tokens[index - 1]?.text ?? ""
        if registers.contains(word) { return (true, true, index + 1) }
        // `К.У.С.П.`: a register's letters spelt with dots (session 43 attacker, D1).
        if let (letters, next) = dottedLetters(tokens, at: index), registers.contains(letters) { return (true, true, next) }
        // `у/д`: the abbreviation of уголовное дело; `л/д`, of личное дело (a prisoner's file: round 12, C-1704).
        if word == "у", tokens[index + 1]?.text == "/", tokens[index + 2]?.text == "д" { return (true, false, index + 3) }
        if word == "л", tokens[index + 1]?.text == "/", tokens[index + 2]?.text == "д" { return (true, true, index + 3) }
        if let next = personalRecord(tokens, at: index) { return (true, true, next) }
        // The police's pre-investigation file on a complaint (round 11, C-1901): `материал проверки № 1234/15`,
        // `доследственная проверка № 12`, Kyrgyz `текшерүү материалы № 12`.
        if word.hasPrefix("проверк"), previous.hasPrefix("материал") || previous.hasPrefix("доследствен") {
            return (true, false, index + 1)
        }
        if word.hasPrefix("материал"), previous.hasPrefix("текшер") || previous.hasPrefix("отказн") { return (true, false, index + 1) }
        guard caseNouns.contains(word) || word.hasPrefix("иш") && word.count <= 6 else { return nil }
        // A docket is a court's list of cases: its number is a case's (session 43 attacker, D1).
        let strong = word.hasPrefix("docket") || previous.hasPrefix("уголовн") || previous.hasPrefix("кылмыш") || previous == "criminal" || previous == "личн"
            || previous.hasPrefix("личн") || previous == "court" || previous == "сот"
        if word.hasPrefix("иш"), !strong { return nil }
        // `case file No.`, `case file 2015/123-CR` (round 11, C-1141), `case-file`: a file is a case's, not a crate's.
        if word.hasPrefix("case"), tokens[index + 1]?.text == "file" { return (true, false, index + 2) }
        if word.hasPrefix("case"), tokens[index + 1]?.text == "-", tokens[index + 2]?.text == "file" { return (true, false, index + 3) }
        return (strong, false, index + 1)
    }

    /// The case's number starting at `from` (a number sign, `No.`, `:` skipped).
    static func number(_ tokens: DetectorTokens, from: Int, strong: Bool, register: Bool = false,
                       english: Bool = false) -> (range: Range<Int>, next: Int)? {
        // `Личное дело осуждённого № 4512`, `уголовное дело, зарегистрированное под № 123-45/2015` (round 12,
        // C-1210, C-1711): whose file it is, or how it was opened, between the word and its sign; the sign is then needed.
        var start = from
        while let token = tokens[start], start - from < 3, betweenWords.contains(token.text) { start += 1 }
        if start > from {
            var sign = start
            if ["под", "за"].contains(tokens[sign]?.text ?? "") { sign += 1 }
            guard isSign(tokens[sign]?.text ?? "") else { return nil }
        }
        var index = start
        var signed = false
        while let token = tokens[index], index - start < 4 {
            if isSign(token.text) || token.text == ":" {
                signed = signed || token.text != ":"
                index += 1
                if tokens[index]?.text == ".", token.kind == .word { index += 1 }
            } else if index == start, ["за", "под", "by", "under", "-", ")"].contains(token.text) {
                index += 1
            } else if index == start, register, ["от", "from", "dated"].contains(token.text) {
                // `КУСП от 12.05.2015 № 5678`: the entry's date, then its number (which must carry its sign).
                index += 1
                while let part = tokens[index], part.kind == .number || [".", "/", "-"].contains(part.text), index - start < 10 { index += 1 }
                guard isSign(tokens[index]?.text ?? "") else { return nil }
                signed = true
                index += 1
                break
            } else {
                break
            }
        }
        guard let first = tokens[index], first.kind == .number || (first.kind == .word && first.capital && tokens[index + 1]?.text == "-") else {
            return nil
        }
        // The run: numbers and capital letters joined by `- / .` with no space, or a space before a digit group after a dash.
        var end = index
        var digits = first.kind == .number ? first.text.count : 0
        var separated = false
        while let joiner = tokens[end + 1], ["-", "/", ".", "\u{2010}", "\u{2011}", "\u{2013}"].contains(joiner.text), joiner.attached,
              let part = tokens[end + 2], part.attached, part.kind == .number || (part.kind == .word && part.text.count <= 3 && part.capital) {
            if part.kind == .number { digits += part.text.count }
            separated = true
            end += 2
        }
        guard digits > 0 else { return nil }
        if !separated, tokens.isYear(index) || isBareYear(tokens, index) { return nil }
        guard signed || register && digits >= 3 && !isCountAfter(tokens, end) || (strong && (separated || digits >= 5)) else { return nil }
        // English `case` alone is also a crate or an instance (`Case No. 8400184 (mattresses)`):
        // a case's number there has its court shape (`01-123/2014`) or a criminal word before it.
        if english, !strong, !separated { return nil }
        return (tokens.tokens[index].range.lowerBound..<tokens.tokens[end].range.upperBound, end + 1)
    }

    /// `2014` alone after a case word is the year the case was opened.
    static func isBareYear(_ tokens: DetectorTokens, _ index: Int) -> Bool {
        guard let token = tokens[index], token.text.count == 4, let value = Int(token.text) else { return false }
        return (1990...2099).contains(value)
    }

    /// `01-123/2014-номерлүү кылмыш иши`: the Kyrgyz adjective of the number, before the case word.
    static func numberBeforeKyrgyzWord(_ tokens: DetectorTokens, at index: Int) -> (range: Range<Int>, next: Int)? {
        guard let first = tokens[index], first.kind == .number else { return nil }
        // Not from the middle of a number (`123` of `01-123`).
        if first.attached, let previous = tokens[index - 1], previous.kind != .word { return nil }
        var end = index
        while let joiner = tokens[end + 1], ["-", "/", "."].contains(joiner.text), let part = tokens[end + 2], part.kind == .number, part.attached {
            end += 2
        }
        var word = end + 1
        if tokens[word]?.text == "-" { word += 1 }
        // Or, as Kyrgyz orders it, the number with its sign before the criminal case (`№ 123-45/2015 кылмыш ишин`:
        // round 12, C-1709, C-1242).
        if tokens[index - 1]?.text == "№" || tokens[index - 1]?.text == "#", end > index, let criminal = tokens[end + 1],
           criminal.text.hasPrefix("кылмыш"), tokens[end + 2]?.text.hasPrefix("иш") == true {
            return (tokens.tokens[index].range.lowerBound..<tokens.tokens[end].range.upperBound, end + 3)
        }
        guard let adjective = tokens[word], adjective.text.hasPrefix("номерл"), let noun = tokens[word + 1],
              noun.text.hasPrefix("кылмыш") || noun.text.hasPrefix("иш") || caseNouns.contains(noun.text) else { return nil }
        return (tokens.tokens[index].range.lowerBound..<tokens.tokens[end].range.upperBound, word + 2)
    }

    /// A number sign, or a word standing for it: `№`, `No.`, `за номером 3456`, `number 12`, Kyrgyz `номери`.
    static func isSign(_ text: String) -> Bool { signs.contains(text) }

    static let signs: Set<String> = ["№", "#", "no", "nr", "n", "номер", "номером", "номеру", "номера", "number", "номери"]

    /// `В КУСП 120 сообщений`: a count of what the register holds, not an entry's number.
    static func isCountAfter(_ tokens: DetectorTokens, _ end: Int) -> Bool {
        guard let next = tokens[end + 1], next.kind == .word, !next.attached else { return false }
        return countNouns.contains { next.text.hasPrefix($0) }
    }

    static let countNouns = ["сообщен", "запис", "заявлен", "материал", "обращен", "жалоб", "факт", "случа", "entr", "report", "record",
                             "билдирүү", "арыз", "жазуу",
                             // Files counted by whose they are (`Личные дела 120 осуждённых`): round 12.
                             "осужд", "заключ", "задерж", "человек", "лиц", "киши", "detainee", "prisoner", "people", "person",
                             // and their pages (`Жеке иши 300 бетке жетет`).
                             "бет", "барак", "лист", "стр", "page"]

    /// Single letters joined by dots from `index` (`к.у.с.п.`): the letters and where what follows starts.
    static func dottedLetters(_ tokens: DetectorTokens, at index: Int) -> (String, Int)? {
        var letters = "", next = index
        while let letter = tokens[next], letter.kind == .word, letter.text.count == 1, tokens[next + 1]?.text == "." {
            letters += letter.text
            next += 2
        }
        return letters.count >= 2 ? (letters, next) : nil
    }

    /// A personal record whose number names its person as a case's does (round 12, C-1207…C-1211): a prisoner's
    /// file (`личное дело`, `номер личного дела`, Kyrgyz `жеке иш`), a medical record (`история болезни`,
    /// `медицинская`/`амбулаторная карта`, `медкарта`, Kyrgyz `медициналык карта`, `MRN`, `medical record`),
    /// a `personal file`. Read as a register: its number is any number of three digits or more that is not a count.
    /// Where what follows the words starts, or nil.
    static func personalRecord(_ tokens: DetectorTokens, at index: Int) -> Int? {
        guard let token = tokens[index] else { return nil }
        let word = token.text, next = tokens[index + 1]?.text ?? ""
        if word == "mrn" || word.hasPrefix("медкарт") { return index + 1 }
        if word.hasPrefix("личн"), next.hasPrefix("дел") { return index + 2 }
        if word == "жеке", next.hasPrefix("иш"), next.count <= 6 { return index + 2 }
        if word.hasPrefix("истори"), next.hasPrefix("болезн") { return index + 2 }
        if word.hasPrefix("медицинск") || word.hasPrefix("амбулаторн") || word.hasPrefix("медициналык"), next.hasPrefix("карт") {
            return index + 2
        }
        if word == "medical", next == "record" || next == "records" { return index + 2 }
        if word == "personal", next == "file" { return index + 2 }
        return nil
    }

    /// Words that may stand between a case word and its sign: whose file it is, and how it was opened.
    static let betweenWords: Set<String> = [
        "осуждённого", "осужденного", "заключённого", "заключенного", "задержанного", "подозреваемого", "обвиняемого",
        "зарегистрированное", "заведённое", "заведенное", "возбуждённое", "возбужденное", "соттолгондун", ",",
    ]

    static let caseNouns: Set<String> = [
        "дело", "дела", "делу", "делом", "деле", "делам", "case", "cases", "производство", "производства", "производству",
        "docket", "dockets",
    ]
    /// Registers of crimes and complaints whose entry names the case: `ЕРП`, `ЕРПП`, `КУС`, `КУП`, `ERP`,
    /// the book of crime reports `КУСП` and the Kyrgyz police's `ЖУИ` (round 11, C-1140).
    static let registers: Set<String> = ["ерп", "ерпп", "erp", "erpp", "кус", "куп", "крсп", "кусп", "kusp", "жуи"]
}
