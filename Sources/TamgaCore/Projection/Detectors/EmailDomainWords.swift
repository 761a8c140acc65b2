/// The words an e-mail address's domain is recognised by when its at sign
/// is spoken (`EmailAddressDetector+Spoken`): top-level domains a monitor's
/// correspondents use, also as they are said in Cyrillic (`ру`, `ком`,
/// `кг`), and the mail providers whose name alone, after a plausible local
/// part, says "an address" (`aidai1990 (gmail)`, `на мейл ру`). A spoken
/// `at` before `ombudsman.kg` needs more than the domain: these lists only
/// decide what ends a domain and what names a mailbox service.
enum EmailDomainWords {
    static let topLevel: Set<String> = [
        "ru", "com", "kg", "kz", "uz", "tj", "tm", "az", "am", "ge", "md", "ua", "by", "net", "org", "info", "biz", "edu", "gov",
        "int", "eu", "de", "fr", "uk", "us", "tr", "cn", "io", "me", "co", "ch", "at", "se", "no", "fi", "pl", "it", "es", "nl",
        "su", "рф", "ру", "ком", "кг", "кз", "уз", "нет", "орг", "инфо", "су",
    ]

    static let providers: Set<String> = [
        "mail", "gmail", "googlemail", "yandex", "ya", "inbox", "list", "bk", "rambler", "yahoo", "outlook", "hotmail", "icloud",
        "live", "proton", "protonmail", "aol", "zoho", "gmx", "mailru", "мейл", "майл", "мэйл", "гмейл", "гмайл", "джимейл", "жимейл",
        "яндекс", "инбокс", "рамблер", "аутлук",
    ]

    /// Dots spelled as a word, unbracketed (`mail dot ru`, `мейл точка ру`, Kyrgyz `чекит`).
    static let dotWords = DetectorLabels(["dot", "точка", "тчк", "чекит"], takesDot: false)

    /// Dots of other scripts and widths a reader reads as a dot: ideographic, halfwidth and fullwidth.
    static func isOtherDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{3002}" || scalar == "\u{FF61}" || scalar == "\u{FF0E}"
    }
}
