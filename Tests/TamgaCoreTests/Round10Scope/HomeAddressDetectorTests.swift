import Testing
@testable import TamgaCore

/// Red team round 10, scope cases C-548 and C-549 (issue 15): a family's
/// home address identifies the family as a name does. Round 10 left them
/// as "scope"; the policy now holds them (`home-address`). Each case is
/// measured twice: the detector finds the dwelling's numbers, and the whole
/// path (projected, rendered, scanned) publishes none of them. A facility's
/// own address, a street named in prose and years and ranges stay.
@Suite struct HomeAddressDetectorTests {
    /// (text, a piece of the address that must not be published).
    static let homes: [(text: String, needle: String)] = [
        // The report's cases.
        ("Семья проживает: г. Бишкек, мкр. Джал-29, д. 17, кв. 45.", "кв. 45"),
        ("Үй-бүлөсү Ош шаары, Ленин көчөсү 112-үй, 34-батирде жашайт.", "112-үй"),
        // Russian variants.
        ("Мать живёт по адресу: ул. Ленина, д. 5, кв. 12.", "Ленина, д. 5"),
        ("Адрес проживания: г. Ош, ул. Курманжан Датки 210/3, кв 7", "210/3"),
        ("Прописан: Чуйская обл., с. Кант, ул. Советская 44", "Советская 44"),
        ("Жена с детьми живут в мкр. Асанбай, дом 12, квартира 40.", "дом 12"),
        ("Место жительства — микрорайон Восток-5, д. 23А, кв. 89.", "кв. 89"),
        ("Его сестра: 7 мкр., д. 14, кв. 3, Бишкек.", "д. 14"),
        ("проживающий по адресу г. Бишкек, пр. Чуй 120-45", "Чуй 120-45"),
        ("Проживает по ул. Московской, 189, кв. 4.", "Московской, 189"),
        ("Адрес семьи: Бишкек, ж/м Ак-Ордо, ул. 3-я, д. 41.", "д. 41"),
        // Kyrgyz variants.
        ("Апасы Жал-29 кичи району, 17-үй, 45-батирде турат.", "45-батир"),
        ("Үй дареги: Бишкек ш., Токтогул көчөсү, 93-үй, 12-батир.", "93-үй"),
        ("Ал Кара-Балта шаарындагы Ленин көчөсүндө 8-үйдө жашайт.", "8-үйдө"),
        ("Үй-бүлөсү Асанбай кичирайонунун 40-үйүндө, 15-батирде жашашат.", "15-батир"),
        // Latin and English.
        ("His family lives at 17 Lenin Street, apt. 45, Bishkek.", "Lenin Street"),
        ("Home address: mkr. Dzhal-29, d. 17, kv. 45, Bishkek.", "kv. 45"),
        ("Address of residence: ul. Lenina 5, kv. 12", "Lenina 5"),
        ("The mother resides at Flat 45, 17 Jal-29 microdistrict.", "Flat 45"),
        ("Registered at: Osh, Lenin St. 112, apartment 34.", "112"),
        ("Семья проживает: г. Бишкек, мкр.Джал-29, д.17, кв.45", "д.17"),
        ("Ал Ош шаары, Ленин көч., 112-үй, 34-батирде жашайт.", "34-батир"),
    ]

    @Test func homeAddressesAreFound() {
        var missed: [String] = []
        for (text, needle) in Self.homes {
            let ranges = DetectorKind.homeAddress.matches(in: text)
            let covered = ranges.contains { text[$0].contains(needle) }
                || (text.range(of: needle).map { needleRange in ranges.contains { $0.overlaps(needleRange) } } ?? false)
            if !covered { missed.append(text) }
        }
        print("HomeAddress: detector \(Self.homes.count - missed.count)/\(Self.homes.count)")
        #expect(missed.isEmpty, "not found: \(missed.joined(separator: "\n"))")
    }

    @Test func nothingOfAHomeAddressIsPublished() throws {
        var published: [String] = []
        for (text, needle) in Self.homes {
            if let out = try ScopeIdentifierCheck.exported(text), out.contains(needle) { published.append(text) }
        }
        print("HomeAddress: whole path held \(Self.homes.count - published.count)/\(Self.homes.count)")
        #expect(published.isEmpty, "published: \(published.joined(separator: "\n"))")
    }

    /// A facility's address, a street in prose, years and ranges: no home.
    static let clean = [
        "ИВС ГУВД г. Бишкек расположен по адресу: ул. Шабдан Баатыра, 2.",
        "СИЗО-1 находится по адресу: г. Бишкек, ул. Малдыбаева, 7.",
        "IVS-1 Bishkek, 7 Maldybaev Street, was visited on 28.10.2014.",
        "Колония №31 жайгашкан дареги: Бишкек ш., Ленин көчөсү, 112.",
        "The NPM's office: 120 Chui Avenue, office 4, Bishkek.",
        "Офис НЦПП: г. Бишкек, пр. Чуй, 120, каб. 4.",
        "Задержан на ул. Ленина около 17 часов.",
        "Кармалган жери: Ленин көчөсү, 2014-жылы.",
        "Площадь камеры 12 кв. м, в ней 4 койки.",
        "За 2 кв. 2014 года проведено 15 посещений.",
        "Посещения 2014–2015 гг.: 1-4 и 15-20 камеры.",
        "Камеры 1-4 находятся на 2-м этаже дома 1917 года постройки.",
        "Он живёт в Бишкеке с 2010 года.",
        "Ал 2010-жылдан бери Бишкекте жашайт.",
        "He has lived in Bishkek since 2010, in cells 1-4.",
        "В мкр. Джал проведён рейд 12 мая.",
        "Улица Ленина перекрыта с 2014 года.",
        "Нормы: 4 кв. м на человека (ст. 17, п. 45).",
    ]

    @Test(arguments: clean)
    func aFacilityAddressOrAYearStays(_ text: String) throws {
        #expect(DetectorKind.homeAddress.matches(in: text).isEmpty, "found in: \(text)")
        let published = try ScopeIdentifierCheck.exported(text)
        #expect(published?.contains(text) == true, "changed or refused: \(text)")
    }
}
