import Foundation
@testable import TamgaCore

/// Random registries and export texts for `LeakScanGoldenTests`: names
/// in Latin and Cyrillic, written in other cases, declined (Садыковым,
/// Садыковдун), glued to other words, split by a zero-width space or a soft
/// hyphen, spelled with look-alike letters, decomposed (и + breve),
/// compatibility forms (ligatures, full-width letters), `İ` whose lowercase
/// is two scalars, and spellings with apostrophes, hyphens and dots; and
/// what the detectors look for (`detectorSample`).
struct LeakScanGoldenCorpus {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(state: seed) }

    static let given = ["Aibek", "Nurlan", "Gulnara", "Ermek", "Ainura", "Temir", "Dinara", "Айбек", "Нурлан", "Гульнара",
                        "Эрмек", "Айнура", "Темир", "Жылдыз", "Чолпон", "Jean", "Zoë", "İlker", "Ali"]
    static let family = ["Sadykov", "Osmonov", "Toktogulova", "Abdyldaeva", "Zhumabaev", "Asanov", "O'Brien", "Müller",
                         "Садыков", "Осмонов", "Токтогулова", "Абдылдаева", "Жумабаев", "Асанов", "Кадыров", "Ли",
                         "Jean-Luc", "Smith-Jones", "Йылдыз"]
    static let filler = ["the", "team", "visited", "cell", "officer", "said", "that", "detention", "facility", "and",
                         "группа", "посетила", "камеру", "сотрудник", "сказал", "что", "изолятор", "и", "Sadykovsky",
                         "reported", "14", "2014", "No.", "Mr", "Ms", "Major", "Т.", "A.", "@D-1", "{.internal}", "cafe\u{301}"]
    static let suffixes = ["", "", "", "а", "у", "ым", "ой", "ову", "ова", "дун", "га", "'s", "’s", "s", "ski", "ovich", "аны"]
    static let separators = [" ", " ", " ", " ", "\n", ", ", ". ", "\t", "  ", "\u{A0}", " — ", "-", "'", "’", "(", ") ",
                             "\n\n", "\u{2028}", "&", "<b>", "</b>", "&amp;", "&#1040;", "\"", "/", "_"]

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// A spelling in some disguise: another case, a look-alike letter, a
    /// decomposed or compatibility form, a hidden character.
    mutating func disguised(_ text: String) -> String {
        switch Int.random(in: 0..<14, using: &random) {
        case 0: return text.uppercased()
        case 1: return text.lowercased()
        case 2: return text.replacingOccurrences(of: "a", with: "а")  // Cyrillic а
        case 3: return text.replacingOccurrences(of: "o", with: "о")  // Cyrillic о
        case 4: return text.decomposedStringWithCanonicalMapping
        case 5: return text.replacingOccurrences(of: "й", with: "и\u{306}")
        case 6: return text.replacingOccurrences(of: "fi", with: "\u{FB01}").replacingOccurrences(of: "A", with: "\u{FF21}")
        case 7:
            let middle = text.index(text.startIndex, offsetBy: text.count / 2)
            return String(text[..<middle]) + pick(["\u{200B}", "\u{AD}", "\u{200D}"]) + String(text[middle...])
        case 8: return text.replacingOccurrences(of: "'", with: "’")
        case 9: return text.replacingOccurrences(of: "-", with: "\u{2011}")
        default: return text
        }
    }

    mutating func spelling() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return pick(Self.family)
        case 1: return pick(["Т. ", "A. ", "Major ", "Mr "]) + pick(Self.family)
        case 2: return pick(Self.given) + " " + pick(Self.family) + pick(["", "uly", "ovna"])
        case 3: return disguised(pick(Self.given) + " " + pick(Self.family))
        case 4: return pick(["", " ", "-", "Ab"])  // degenerate spellings
        default: return pick(Self.given) + " " + pick(Self.family)
        }
    }

    /// Persons `P-1`... with one to three spellings and a role and consent
    /// that protect most of them from the State and the public.
    mutating func persons(_ count: Int, idPrefix: String = "P-") -> [RegisteredPerson] {
        (0..<count).map { number in
            let also = (0..<Int.random(in: 0..<3, using: &random)).map { _ in spelling() }
            return RegisteredPerson(id: "\(idPrefix)\(number + 1)", role: pick(["detainee", "detainee", "witness", "official", "staff"]),
                                    name: spelling(), also: also, consent: chance(20) ? [.state] : [])
        }
    }

    /// About `words` words of filler with mentions of `persons` (declined,
    /// glued, disguised) and of the `sensitive` strings.
    mutating func text(words: Int, persons: [RegisteredPerson], sensitive: [String]) -> String {
        var text = ""
        for index in 0..<words {
            if index > 0 || chance(50) { text += pick(Self.separators) }
            if chance(12), !persons.isEmpty {
                let person = pick(persons)
                var mention = pick(person.spellings)
                if chance(50), let last = mention.split(separator: " ").last { mention = String(last) }
                if chance(15) { mention = pick(["x", "ab", "Не"]) + mention }
                text += disguised(mention + pick(Self.suffixes))
            } else if chance(4) {
                text += detectorSample()
            } else if chance(3), !sensitive.isEmpty {
                text += disguised(pick(sensitive))
            } else {
                text += chance(10) ? disguised(pick(Self.filler)) : pick(Self.filler)
            }
        }
        return text
    }

    /// Format characters the detectors must read through: in the scalar
    /// table (soft hyphen, zero-width space, word joiner, joiners) and past
    /// it (byte-order mark, a tag, a musical format character).
    static let formatCharacters = ["\u{200B}", "\u{AD}", "\u{2060}", "\u{200D}", "\u{FEFF}", "\u{E0001}", "\u{1D173}"]
    /// Neighbours that decide whether a number stands alone: letters and
    /// digits in and past the table (², ª, ٣, Ⅻ, a combining acute), and not.
    static let neighbours = ["", "", "", "", "x", "Ж", "²", "ª", "\u{663}", "\u{216B}", "\u{301}", "(", "№", "-"]

    /// A passport or ID number, a 14-digit personal number, a phone number
    /// or a date of birth (or a near miss: a digit too many or too few, a
    /// date with no context word), with format characters inside it and
    /// sometimes a line break in it, next to a letter or digit or not.
    mutating func detectorSample() -> String {
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) }) }
        var sample: String
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            sample = pick(["AN", "ID", "АН", "KG", "an", "Ab"]) + pick(["", "", " ", "-", "№", "\n", "\u{A0}"])
                + digits(pick([7, 7, 7, 6, 8]))
        case 1: sample = pick(["", "ПИН ", "PIN", "ИНН: ", "pin "]) + digits(pick([14, 14, 14, 13, 15]))
        case 2:
            let template = pick(["+996 ### ### ###", "0### ######", "+996(###)##-##-##", "8 (###) ###-##-##", "0###-###-###",
                                 "0 (###) ## ## ##", "996 ### ### ###", "+7 ### ###-##-##"])
            sample = String(template.map { $0 == "#" ? Character(digits(1)) : $0 })
        default:
            let date = pick(["02.03.1991", "2/3/1991", "1991-03-02", "31.12.1989", "1991", "2003", "12.13.1991"])
            let context = pick(["born ", "date of birth: ", "дата рождения ", "дата\nрождения ", "родился ", "D.O.B. ", "visited on ", ""])
            sample = chance(70) ? context + date : date + pick([" г.р.", "-жылы туулган", " жылы төрөлгөн", ". Born", " (DOB)"])
        }
        var scalars = Array(sample.unicodeScalars)
        for _ in 0..<Int.random(in: 0...3, using: &random) where scalars.count > 1 {
            let at = Int.random(in: 1..<scalars.count, using: &random)
            if chance(20), scalars[at] == " " { scalars[at] = "\n" } else { scalars.insert(contentsOf: pick(Self.formatCharacters).unicodeScalars, at: at) }
        }
        return pick(Self.neighbours) + String(String.UnicodeScalarView(scalars)) + pick(Self.neighbours)
    }
}
