import Foundation

/// Place names (Resources/lexicon/places.txt, sourced there) with their case
/// forms, and the words that make a construction a place: "ул. Токтогула",
/// "Таласской области", "Чүй облусу", "СИЗО №1 г. Ош".
///
/// Why: streets and regions are named after people, and Kyrgyz given names
/// are often places (Талас, Манас, Токтогул, Нарын). A protected person's
/// name inside a place construction made the export unexportable or turned
/// a street into a pseudonym (issue 15). Both the matcher and the leak scan
/// read this data; each applies the rule with its own code.
///
/// All strings are lower case, as written (Cyrillic or Latin); a caller that
/// normalizes differently (the leak scan) maps them itself.
public struct Gazetteer: Sendable {
    /// Every case form of every place name (Талас, Таласа, Таласе, Таласта, Таласка).
    public let placeForms: Set<String>
    /// Russian adjective forms of places (таласская, таласской, токтогульского):
    /// never a person's name form, so a place wherever they stand.
    public let adjectiveForms: Set<String>

    public static let shared = Gazetteer(text: (CommonWords.resourceDirectory()).flatMap {
        try? String(contentsOf: $0.appendingPathComponent("places.txt"), encoding: .utf8)
    } ?? "")

    /// Words written before a place: "ул. Токтогула", "проспект Чуй", "село Манас".
    /// Single letters (г., с.) are not here: they are also initials; see `shortBefore`.
    public static let before: Set<String> = [
        "ул", "улица", "улицы", "улице", "улицу", "улицей", "пр", "пр-т", "просп", "проспект", "проспекта", "проспекте",
        "проспекту", "мкр", "микрорайон", "микрорайона", "микрорайоне", "пер", "переулок", "переулка", "переулке",
        "бульвар", "бульвара", "бульваре", "б-р", "пл", "площадь", "площади", "гор", "город", "города", "городе",
        "городу", "село", "села", "селе", "селу", "пос", "поселок", "посёлок", "поселка", "посёлка", "поселке", "посёлке",
        "пгт", "р-н", "район", "района", "районе", "айыл", "шаар", "street", "st", "avenue", "ave", "village", "city",
        "town", "district", "region", "oblast", "province", "микр",
    ]
    /// Words written after a place: "Токтогул көчөсү", "Талас облусу", "Таласской области", "Toktogul Street".
    public static let after: Set<String> = [
        "көчөсү", "көчөсүндө", "көчөсүнө", "көчөсүнөн", "көчөсүнүн", "көчөсүндөгү", "кочосу", "көчө", "проспектиси",
        "проспектисинде", "облусу", "облусунда", "облусуна", "облусунан", "облусунун", "облусундагы", "облусу",
        "району", "районунда", "районуна", "районунан", "районунун", "районундагы", "шаары", "шаарында", "шаарына",
        "шаарынан", "шаарынын", "шаарындагы", "айылы", "айылында", "айылына", "айылынан", "айылынын", "айылындагы",
        "айыл", "кыштагы", "область", "области", "областью", "областной", "обл", "район", "района", "районе", "районом",
        "улица", "улицы", "street", "st", "avenue", "ave", "region", "oblast", "district", "province", "village", "city",
        "town", "r-n", "р-н", "мкр", "бульвар", "бульвары", "бульварында", "бульварына", "бульварынан", "бульварынын",
        "бульварындагы", "бульвара", "бульваре", "boulevard", "blvd", "проспектинде", "проспектине", "проспектисине",
    ]
    /// Institutions named by their place ("ИВС Таласского РОВД", "СИЗО №1 г. Ош"):
    /// next to a place name they make it a place, next to a person's name nothing.
    public static let institutions: Set<String> = [
        "сизо", "ивс", "колония", "колонии", "колонию", "ровд", "увд", "овд", "гувд", "умвд", "гсин", "sizo", "ivs",
        "colony", "prison", "pretrial", "detention", "police",
    ]
    /// Words that make the place name after them a place only when it is
    /// one (в Таласе, из Оша, г. Ош, с. Манас), because they also precede
    /// persons ("с" "with", "г" and "с" as initials).
    public static let shortBefore: Set<String> = ["в", "во", "из", "под", "до", "г", "с", "п", "in", "from", "to", "near"]

    /// Russian town and village names formed from a surname or a given name
    /// (Белово, Кемерово, Петрово, Семёново, Бородино, Belovo): a word of this
    /// shape is read as a place name where a place is said ("from Belovo",
    /// "в Белово", "село Петрово"), as a gazetteer place is (red-team round 7,
    /// clean-108: the town Belovo was replaced as Белов). No case form of a
    /// Russian surname ends so (Белова, Белову, Беловым, Белове).
    public static func hasToponymShape(_ word: some StringProtocol) -> Bool {
        word.count >= 6 && toponymEndings.contains { word.hasSuffix($0) }
    }

    static let toponymEndings = ["ово", "ёво", "ево", "ино", "ыно", "ovo", "evo", "ino", "yno"]
        // Villages in -овка/-евка, in their case forms (Орловка, в Орловке, из Асановки; red-team round 8, clean-057).
        + ["овк", "ёвк", "евк", "инк"].flatMap { stem in ["а", "и", "е", "у", "ой", "ою"].map { stem + $0 } }
        + ["ovka", "evka", "ovke", "evke", "ovki", "evki"]

    static let russianEndings = ["", "а", "у", "ом", "е", "ы", "ой", "ю", "ем", "и", "я", "ью", "ей"]
    static let kyrgyzEndings = [
        "да", "та", "де", "те", "до", "то", "дө", "тө", "дан", "тан", "ден", "тен", "дон", "тон", "дөн", "төн",
        "га", "ка", "ге", "ке", "го", "ко", "гө", "кө", "дын", "тын", "дин", "тин", "дун", "тун", "дүн", "түн",
        "нын", "нин", "нун", "нүн", "ны", "ни", "ну", "нү", "дагы", "тагы", "деги", "теги", "догу", "тогу", "дөгү", "төгү",
        "лык", "лик", "лук", "лүк", "дык", "дик", "дук", "дүк", "тык", "тик", "тук", "түк", "'s",
        // After a possessive (көчөсү "its street") the case endings take n:
        // Чыңгыз Айтматов көчөсүндө, көчөсүнө, көчөсүнөн (red-team round 6, c6-2).
        "нда", "нде", "ндо", "ндө", "на", "не", "но", "нө", "нан", "нен", "нон", "нөн", "н",
        "ндагы", "ндеги", "ндогу", "ндөгү",
    ]
    /// Kyrgyz place words that end a hyphenated village or feature name
    /// (Эркин-Сай, Темир-Канат, Жылуу-Булак, Ала-Тоо, Кара-Суу, Ысык-Көл):
    /// such a compound is a place wherever it stands, although its first part
    /// may be a person's name (red-team round 8, clean-059, clean-061).
    static let placeWords = [
        "сай", "канат", "булак", "тоо", "суу", "көл", "кол", "таш", "бел", "жар", "кыр", "арык", "кудук", "баш", "төбө", "тюбе",
        "say", "sai", "kanat", "bulak", "too", "suu", "kol", "kul", "tash", "bel", "zhar", "jar", "kyr", "aryk", "kuduk", "bash", "tobo",
    ]

    /// Each place word bare and with each case ending (сайдан, канатка, тоодогу).
    public static let compoundPlaceEnds: Set<String> = {
        var ends = Set<String>()
        for element in placeWords {
            for ending in [""] + kyrgyzEndings + russianEndings + ["ы", "су"] { ends.insert(element + ending) }
        }
        return ends
    }()

    /// Whether a hyphenated word (lower case) ends in a Kyrgyz place word,
    /// bare or with a case ending (Эркин-Сайдан, Темир-Канатка, Темир-Тоодогу).
    /// `ends` is `compoundPlaceEnds`, or its normalization for the leak scan.
    public static func isCompoundPlace(_ word: some StringProtocol, ends: Set<String> = compoundPlaceEnds) -> Bool {
        guard let hyphen = word.lastIndex(of: "-"), hyphen != word.startIndex else { return false }
        return ends.contains(String(word[word.index(after: hyphen)...]))
    }

    static let feminineEndings = ["ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ёй"]
    static let adjectiveEndings = ["ая", "ой", "ую", "ом", "ий", "ого", "ому", "им", "ое", "их", "ими", "ые", "ым", "ую", "ая"]

    public init(text: String) {
        var places = Set<String>()
        var adjectives = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let halves = line.split(separator: "|", omittingEmptySubsequences: false)
            for name in halves[0].split(separator: ",") {
                let base = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard !base.isEmpty else { continue }
                for ending in Self.russianEndings + Self.kyrgyzEndings { places.insert(base + ending) }
                // A name in -а/-я declines as a noun of that class: Орловка, в Орловке, из Орловки (round 8, clean-057).
                if let last = base.last, last == "а" || last == "я" {
                    for ending in Self.feminineEndings { places.insert(String(base.dropLast()) + ending) }
                }
                // A soft final consonant: Иссык-Куль → Иссык-Куля; Токтогул is written both ways.
                for ending in Self.russianEndings { places.insert(base + "ь" + ending) }
            }
            guard halves.count > 1 else { continue }
            for stem in halves[1].split(separator: ",") {
                let base = stem.trimmingCharacters(in: .whitespaces).lowercased()
                guard !base.isEmpty else { continue }
                for ending in Self.adjectiveEndings { adjectives.insert(base + ending) }
            }
        }
        placeForms = places
        adjectiveForms = adjectives
    }
}
