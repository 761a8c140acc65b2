/// A date of birth with no birth word, in a register line (red-team round 7,
/// C-038): `1. Задержанный A, 03.03.1990, ст. 168 УК.`, `| Sadykov Aibek |
/// 03.03.1990 |`, `- Detainee B (12.11.1985)`. Registers and lists of
/// detainees give the date of birth right after the person, unlabelled.
///
/// The rule: a full date (not a bare year, not a day and month) 14 to 100
/// years before the document's date (`DetectorContext`), directly after a
/// person: a role word with a letter or number (`Задержанный A`, `detainee
/// 4`, the pseudonyms the projector writes), a role word and a name
/// (`Осужденный Петров`), or two or three capitalised words or initials
/// opening the line, item or cell (`Садыков Айбек`, `А. Садыков`), one of
/// which the lexicon does not know (so `Закон Кыргызской Республики, …`
/// stays). Only a comma, a colon, a dash, a bracket or a cell border may
/// stand between. The detention date in the same place is near the
/// document's date and stays; so do a law's date and an old date after
/// anything but a person.
extension BirthDateDetector {
    static let personWords = DetectorLabels([
        "detainee*", "prisoner*", "inmate*", "suspect*", "accused", "convict*", "patient*", "witness*", "complainant*",
        "applicant*", "victim*", "relative*", "official*", "person",
        "задержанн*", "заключенн*", "заключённ*", "осужденн*", "осуждённ*", "подозреваем*", "обвиняем*", "подсудим*",
        "пациент*", "свидетел*", "потерпевш*", "заявител*", "гражданин*", "гражданк*", "родственни*", "должностн*", "лицо",
        "кармалган*", "камалган*", "соттолгон*", "шектүү*", "айыпталуучу*", "күбө*", "бейтап*", "жабырлануучу*", "жалооч*",
        "арыздануучу*", "тууган*", "кызмат адам*",
    ], takesDot: false)

    /// Whether the date phrase at `date` is a register birth date: read in
    /// the detector's one pass over the text, only while a document's date
    /// is bound (`DetectorContext`).
    static func isRegisterBirthDate(_ scalars: [Unicode.Scalar], _ date: Range<Int>, isYear: Bool) -> Bool {
        guard !isYear, let documentYear = DetectorContext.documentDate?.year,
              let year = year(of: scalars, date, documentYear: documentYear),
              (documentYear - 100)...(documentYear - 14) ~= year else { return false }
        // A table column headed by another event (`задержан`, `visited`) holds that event's dates.
        let header = DetectorTableColumn.headerCell(scalars, at: date.lowerBound)
        if let header, namesEvent(scalars, header) { return false }
        return followsPerson(scalars, before: date.lowerBound) || (header != nil && inPersonRow(scalars, at: date.lowerBound))
    }

    /// Words a date column's header may name another event by (the date of
    /// arrest, a visit, a law, a transfer…): under such a header the dates stay.
    static let eventWords = DetectorLabels([
        "задерж*", "арест*", "посещ*", "визит*", "освобож*", "осужд*", "приговор*", "суд*", "закон*", "приказ*", "постановлен*",
        "поступ*", "прибыт*", "этап*", "перевод*", "переведен*", "смерт*", "умер*", "жалоб*", "обращен*", "инцидент*", "начал*",
        "окончан*", "конец", "срок*", "событ*", "заявлен*", "проверк*", "кармал*", "камал*", "бошот*", "сот*", "мыйзам*", "буйрук*",
        "келген*", "которул*", "каз*", "арыз*", "arrest*", "detain*", "detention", "visit*", "releas*", "convict*", "sentenc*",
        "court", "law*", "order*", "decree*", "admi*", "arriv*", "transfer*", "death*", "died", "complaint*", "incident*",
        "start*", "end*", "term*", "event*", "inspect*", "hearing*", "trial*",
    ], takesDot: false)

    /// Whether an event word starts a word of the header cell.
    static func namesEvent(_ scalars: [Unicode.Scalar], _ header: Range<Int>) -> Bool {
        header.contains { !DetectorScalars.isLetter(scalars, $0 - 1) && (eventWords.match(scalars, at: $0).map { $0 <= header.upperBound + 1 } ?? false) }
    }

    /// A date in a table column whose header names no other event, in a row
    /// that opens with a person (a cell ending in a role word with a label,
    /// or name words opening the cell): the register's date-of-birth column
    /// (red-team round 8, C-001: `| № | задержанный | | статья |` over
    /// `| 1 | @D-3 | ст. 168 | 03.03.1990 |`).
    static func inPersonRow(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        var lineStart = offset
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        for border in lineStart..<offset where scalars[border] == "|" && border > lineStart {
            let end = skipSpacesBack(scalars, from: border)
            let head = RegisterHead(scalars, end: end)
            if head.hasRoleWord || head.isNameAtLineStart { return true }
        }
        return false
    }

    /// The year of a full date: its four-digit run, or a two-digit year
    /// (`03.03.90`) read in the century that puts it before the document.
    static func year(of scalars: [Unicode.Scalar], _ range: Range<Int>, documentYear: Int) -> Int? {
        var offset = range.lowerBound
        var runs: [(start: Int, count: Int)] = []
        while offset < range.upperBound {
            let run = DetectorScalars.digitRun(scalars, from: offset)
            if run > 0 { runs.append((offset, run)); offset += run } else { offset += 1 }
        }
        if let four = runs.first(where: { $0.count == 4 }) { return DetectorScalars.number(scalars, four.start, 4) }
        guard runs.count >= 2, let last = runs.last, last.count == 2 else { return nil }
        let short = DetectorScalars.number(scalars, last.start, 2)
        let century = documentYear / 100 * 100
        return century + short <= documentYear ? century + short : century - 100 + short
    }

    /// Whether a person (as above) ends right before `offset`, across one separator.
    static func followsPerson(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        var position = skipSpacesBack(scalars, from: offset)
        var separated = false
        if position > 0, ",:(|[".unicodeScalars.contains(scalars[position - 1]) || DetectorScalars.isDash(scalars[position - 1]) {
            position = skipSpacesBack(scalars, from: position - 1)
            separated = true
        }
        let tokens = RegisterHead(scalars, end: position)
        if tokens.hasRoleWord { return true }
        // Name words opening the line may be followed by the date with only a space (`Садыков Айбек 03.03.1990, …`, round 8).
        return tokens.isNameAtLineStart && (separated || endsItem(scalars, after: offset))
    }

    /// Whether the date at `offset` is followed by a separator or the line's end (a register's field), not by running text.
    static func endsItem(_ scalars: [Unicode.Scalar], after offset: Int) -> Bool {
        guard let (end, _) = datePhrase(scalars, at: offset) else { return false }
        var position = end
        while position < scalars.count, DetectorScalars.isSpace(scalars[position]), scalars[position] != "\n" { position += 1 }
        if position + 1 < scalars.count, scalars[position] == "г", scalars[position + 1] == "." { position += 2 }
        return position >= scalars.count || ",;|)\n".unicodeScalars.contains(scalars[position]) || DetectorScalars.isDash(scalars[position])
    }

    static func skipSpacesBack(_ scalars: [Unicode.Scalar], from offset: Int) -> Int {
        var position = offset
        while position > 0, DetectorScalars.isSpace(scalars[position - 1]), scalars[position - 1] != "\n" { position -= 1 }
        return position
    }
}
