import Testing
@testable import TamgaCore

/// Red-team round 8, clean texts refused or damaged: place names built on a
/// protected name (the town Орловка in its case forms, the villages
/// Эркин-Сай and Темир-Канат, any hyphenated Kyrgyz place whose last part
/// is a place word), a theatre "named after" Aitmatov, a population figure
/// read as a phone number, a spaced `@` in prose read as an e-mail address.
@Suite struct CleanRound8Tests {
    typealias Setup = NameRound7ClassTests.Setup7

    /// Places built on the round's protected names (Orlova, Erkin, Temir, Belov, Asanov), as reports write them.
    static let places: [String] = [
        "Посетили ИВС в Орловке.", "Из Орловки привезли двоих.", "ИВС Орловки закрыт.", "Орловка айылындагы ИВСке бардык.",
        "Эркин-Сай айылындагы ИВСке бардык.", "Темир-Канат айылында.", "Эркин-Сайдан келдик.", "Темир-Канатка бардык.",
        "We drove to Erkin-Sai village.", "The post in Temir-Kanat was closed.", "Эркин-Булакта эки камера бар.",
        "Темир-Тоодогу посттон.", "Село Белово-Сай.", "Асан-Суу айылында.", "Эркин-Тоого чейин.",
        "В селе Темир-Канат нас встретили.", "в Беловке", "Детей привезли из Асановки.",
    ]

    @Test(arguments: places)
    func placesBuiltOnAProtectedNameAreKept(_ text: String) throws {
        let setup = try Setup()
        #expect(setup.refused(text).isEmpty, "refused: \(text)")
        #expect(setup.replaced(text).isEmpty, "replaced: \(text)")
    }

    /// The person is still the person beside such a place.
    @Test(arguments: [("Эркин Асанов жашаган Темир-Канат айылында.", "D-C"), ("Эркин-Сайда Эркин ооруп калды.", "D-C"),
                      ("Орлова живёт в Орловке.", "R-1")])
    func thePersonBesideThePlaceIsStillRefused(_ c: (text: String, id: String)) throws {
        #expect(try Setup().refused(c.text).contains(c.id), "not refused: \(c.text)")
    }

    /// "Named after": the famous person's entity before атындагы / имени.
    @Test(arguments: ["Чыңгыз Айтматов атындагы театрда.", "Чыңгыз Айтматов атындагы мектеп.", "Театр имени Чингиза Айтматова."])
    func namedAfterAFamousPersonIsKept(_ text: String) throws {
        let setup = try Setup()
        #expect(!setup.refused(text).contains("D-Q"), "refused: \(text)")
        #expect(!setup.replaced(text).contains("D-Q"), "replaced: \(text)")
    }

    /// Quantities with thousands grouping before a year in brackets, and a spaced @ in prose.
    @Test(arguments: ["Население: 6 019 480 (2014).", "Population 6 019 480 (2014 census).", "Бюджет 1 234 567 сом (2020 г.).",
                      "Калкы 6 019 480 (2014-ж.).", "Write to us @ ombudsman.kg.", "Ask us @ the office.",
                      "Email me @ ombudsman.kg.", "Find them @ home.", "Meet you @ school.kg tomorrow."])
    func quantitiesAndProseAreClean(_ text: String) {
        for kind in [DetectorKind.phoneNumber, .emailAddress] { #expect(kind.matches(in: text).isEmpty, "\(kind): \(text)") }
    }

    /// The numbers people do write with spaces and brackets are still phones; a spaced @ with a strong local part is an address.
    @Test(arguments: [(DetectorKind.phoneNumber, "тел. 0 555 123 456 (после 18:00)"), (.phoneNumber, "Тел.: 0 (312) 61-44-72"),
                      (.phoneNumber, "+996 555 123 456 (WhatsApp)"), (.emailAddress, "aidai1990 @ mail.ru"),
                      (.emailAddress, "a.sadykova @ gmail.com"), (.emailAddress, "nurlan @ mail.ru"), (.emailAddress, "aibek @ gmail.com"),
                      (.emailAddress, "azamat @ mail.ru"), (.emailAddress, "gulnara @ yandex.ru"), (.emailAddress, "bakyt @ mail.ru"),
                      (.emailAddress, "erkin @ mail.ru"), (.emailAddress, "temir @ gmail.com"), (.emailAddress, "aigul @ ktnet.kg"),
                      (.emailAddress, "nurlan @ mail . ru"), (.emailAddress, "Nurlan @ Mail.Ru")])
    func phonesAndAddressesStillFound(_ c: (kind: DetectorKind, text: String)) {
        #expect(!c.kind.matches(in: c.text).isEmpty, "\(c.kind): \(c.text)")
    }
}
