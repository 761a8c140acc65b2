/// A birth word dates only what it governs (red-team round 7, clean-041
/// and clean-122): it must be the date's label (`date of birth:`, `д.р.`)
/// or its verb (`born`, `родился`, `туулган`), not merely stand earlier in
/// the sentence. `Родильное отделение больницы № 2 посещено 03.03.2014` (a
/// maternity ward, visited) and `The civil birth registry was visited on
/// 12.11.2014` lost their visit dates as dates of birth. Two readings say
/// the birth word governs nothing here:
///
/// - it names an institution: the Russian adjective of maternity
///   (`родильное отделение`, `родильный дом`, `родильница`: taken out of
///   the `родил*` stem), or an English `birth` before the noun it qualifies
///   (`birth registry`, `birth unit`, `birthing centre`);
/// - another event's verb stands between it and the date (`visited`,
///   `inspected`, `посещено`, `проверен`, `осмотрено`, `задержан`): the
///   date is that event's. Verbs that report the birth itself
///   (`registered`, `recorded`, `указана`) are not among them, so `His
///   birth was registered on 03.03.1990` keeps its date withheld.
extension BirthDateDetector {
    /// The Russian maternity adjective and noun, every case: not a birth word.
    static let maternityWords: [String] = {
        let adjective = ["ый", "ая", "ое", "ого", "ому", "ом", "ым", "ой", "ую", "ые", "ых", "ыми"].map { "родильн" + $0 }
        let noun = ["ица", "ицы", "ице", "ицу", "ицей", "иц", "ицам", "ицами", "ицах"].map { "родильн" + $0 }
        return adjective + noun + ["родилка", "родилки", "родилке", "родилку"]
    }()

    /// Nouns an English `birth` qualifies when it names a place or a service.
    static let institutionNouns: Set<String> = [
        "registry", "registries", "registration", "unit", "units", "ward", "wards", "centre", "center", "centres", "centers",
        "clinic", "clinics", "department", "house", "home", "hospital", "facility", "rate", "rates", "office", "offices",
    ]

    /// Verbs of another event, which take a date after them: English past
    /// forms that are not also adjectives of a person (`detained`, `arrested`
    /// are: `date of birth of the detained man`), Russian finite and short
    /// forms (`задержан`, not `задержанного`, the detainee), Kyrgyz finite forms.
    static let otherEvents = DetectorLabels([
        "visited", "inspected", "checked", "examined", "opened", "closed", "transferred", "founded", "built", "renovated",
        "established", "monitored", "visiting", "inspecting",
        "посещ*", "посетил*", "осмотрел*", "провер*", "обследовал*", "задержал*", "открыл*", "закрыл*", "перевели", "перевёл",
        "основал*", "создал*", "построил*",
        "текшерил*", "барыл*", "барыш*", "кармалды*", "ачылды*", "жабылды*",
    ] + ["осмотрен", "обследован", "задержан", "доставлен", "открыт", "закрыт", "переведен", "переведён", "этапирован", "основан",
         "создан", "построен", "отремонтирован"].flatMap { [$0, $0 + "а", $0 + "о", $0 + "ы"] }, takesDot: false)

    /// True when the birth word at `label` names an institution (`birth registry`).
    static func namesInstitution(_ scalars: [Unicode.Scalar], label: Range<Int>) -> Bool {
        var start = label.upperBound
        while start < scalars.count, DetectorScalars.isSpace(scalars[start]), scalars[start] != "\n" { start += 1 }
        var end = start
        while DetectorScalars.isLetter(scalars, end) { end += 1 }
        guard end > start else { return false }
        return institutionNouns.contains(String(String.UnicodeScalarView(scalars[start..<end].map(DetectorScalars.folded))))
    }

    /// True when a verb of another event stands in `gap` (between a birth word and a date after it).
    static func anotherEventTakes(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        var offset = gap.lowerBound
        while offset < gap.upperBound {
            if DetectorScalars.isLetter(scalars, offset), !DetectorScalars.isLetter(scalars, offset - 1),
               let end = otherEvents.match(scalars, at: offset), end <= gap.upperBound {
                return true
            }
            offset += 1
        }
        return false
    }
}
