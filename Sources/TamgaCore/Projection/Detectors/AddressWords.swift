/// The words of a home address in Russian, Kyrgyz and English (Latin
/// transliterations too), for `HomeAddressDetector`: which word names a
/// street, a microdistrict, a house or a flat, which words say where
/// someone lives, and the marks an address is written with.
enum AddressWords {
    /// Marks inside an address: `д. 17, кв. 45`, `Джал-29`, `210/3`, `№ 5`.
    static let joiners: Set<String> = [",", ".", "-", "/", "№", "#", "\u{2010}", "\u{2011}", "\u{2013}"]

    /// A street's or microdistrict's word before its name (`ул. Ленина`, `мкр. Джал`, `ul. Lenina`).
    static let streetBefore: Set<String> = [
        "ул", "улица", "улице", "улицы", "улицу", "улицей", "пр", "просп", "проспект", "проспекте", "проспекта", "пер", "переулок",
        "переулке", "бульвар", "бульваре", "бульвара", "шоссе", "проезд", "тупик", "ul", "ulitsa", "ulica", "prospekt", "per",
    ]
    static let districtBefore: Set<String> = [
        "мкр", "мкрн", "микрорайон", "микрорайоне", "микрорайона", "жилмассив", "жилмассиве", "жм", "mkr", "mkrn", "microdistrict",
        "mikrorayon", "massiv", "kv-l",
    ]
    /// After the name (`Ленин көчөсү`, `Lenin Street`, `Жал-29 кичи району`, `7 мкр.`).
    static let streetAfter: Set<String> = [
        "көчөсү", "көчөсүндө", "көчөсүнүн", "көчөсүнө", "көчөсүнөн", "көчө", "көч", "street", "st", "avenue", "ave", "road", "rd",
        "lane", "проспектиси", "проспектисинде", "проспектисинин", "бульвары", "бульварында", "ko'chasi", "kochasi", "ko‘chasi",
    ]
    static let districtAfter: Set<String> = [
        "мкр", "микрорайон", "микрорайону", "микрорайонунда", "микрорайонунун", "кичи", "кичирайону", "кичирайонунда",
        "кичирайонунун", "массиви", "массивинде", "конушу", "конушунда", "microdistrict", "mkr", "m-r", "мр",
    ]

    /// A house's word before its number (`д. 17`, `дом 12`, `house 5`, `үй 17`).
    static let houseBefore: Set<String> = ["д", "дом", "дома", "доме", "house", "h", "d", "үй", "уй"]
    /// A flat's word before its number (`кв. 45`, `квартира 40`, `apt. 45`, `flat 45`).
    static let flatBefore: Set<String> = [
        "кв", "квартира", "квартиры", "квартире", "квартиру", "apt", "apartment", "flat", "kv", "батир", "батиры", "батири",
    ]
    /// After the number: `112-үй`, `8-үйдө`, `40-үйүндө`; `34-батир`, `34-батирде`.
    static func houseAfter(_ word: String) -> Bool { word.hasPrefix("үй") || word.hasPrefix("уй") }
    static func flatAfter(_ word: String) -> Bool { word.hasPrefix("батир") || word == "кв" }

    /// The address role of the word token at `index`: a one-letter word
    /// (`д`, `d`, `h`) only with its dot, as written in an address.
    static func keyword(_ tokens: DetectorTokens, _ index: Int) -> HomeAddressDetector.Role? {
        guard let token = tokens[index] else { return nil }
        let word = token.text
        let dotted = tokens[index + 1]?.text == "."
        let afterNumber = tokens[index - 1]?.kind == .number || (tokens[index - 1]?.text == "-" && tokens[index - 2]?.kind == .number)
        if afterNumber, token.attached || tokens[index - 1]?.kind == .number, flatAfter(word) { return .flat }
        if afterNumber, token.attached, houseAfter(word) { return .house }
        if word.count == 1, !dotted, word != "д" { return nil }
        if flatBefore.contains(word) { return .flat }
        if houseBefore.contains(word) { return word.count == 1 && !dotted && tokens[index + 1]?.kind != .number ? nil : .house }
        if streetBefore.contains(word) || streetAfter.contains(word) { return .street }
        if districtBefore.contains(word) || districtAfter.contains(word) { return .district }
        return nil
    }

    /// Whether a street or district word is written after its name (`Ленин көчөсү`).
    static func isPostfix(_ word: String) -> Bool {
        (streetAfter.contains(word) || districtAfter.contains(word)) && !streetBefore.contains(word) && !districtBefore.contains(word)
            || word == "мкр" || word == "mkr"
    }

    /// A town's or region's word (`г.`, `город`, `Ош шаары`, `обл.`, `с.`): part of the run, never withheld.
    static func isCity(_ word: String) -> Bool {
        cityWords.contains(word) || word.hasPrefix("шаар") || word.hasPrefix("облус") || word.hasPrefix("район") || word.hasPrefix("айыл")
    }

    static let cityWords: Set<String> = [
        "г", "гор", "город", "городе", "города", "обл", "область", "области", "р-н", "с", "село", "селе", "пгт", "ш", "g", "city", "town",
        "region", "village", "oblast", "district",
    ]

    /// Whether a word says someone lives or is registered at the address.
    static func isResidence(_ word: String, next: String?) -> Bool {
        if residenceStems.contains(where: { word.hasPrefix($0) }) { return true }
        if residenceWords.contains(word) { return true }
        // `үй дареги` (home address), `домашний адрес`.
        return word == "үй" && (next?.hasPrefix("дарег") ?? false)
    }

    static let residenceStems = [
        "прожива", "живет", "живёт", "живут", "живущ", "прописан", "прописк", "зарегистрирован", "жительств", "местожительств",
        "домашн", "семь", "жашайт", "жашашат", "жашаган", "жашоочу", "жашачу", "катталган", "турушат", "lives", "living", "resid",
        "registered", "famil", "үй-бүлө", "уй-було",
    ]
    static let residenceWords: Set<String> = ["жил", "жила", "жили", "живу", "турат", "live", "lived", "home"]
}
