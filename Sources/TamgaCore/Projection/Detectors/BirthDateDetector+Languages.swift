/// Birth words of the other languages a monitor's files are written in
/// (red-team round 6, class C): letters from families and lawyers arrive in
/// Uzbek, Kazakh, Turkish, German, French and Spanish as well as in
/// Russian, Kyrgyz and English, and `geb. 03.03.1990`, `né le 03/03/1990`,
/// `Doğum tarihi: 03.03.1990`, `Tug'ilgan sana`, `Туған күні` passed.
///
/// Each is a birth word, not a word that merely sits near dates: the
/// detector still needs a date in the same clause. Words that also mean
/// something else are written whole (`né`, `née`, `geb.` with its dot;
/// Kazakh `туған` alone is also a relative, so only `туған күні`, `туған
/// жылы`),
/// stems only where every continuation is about birth (`geburt*`,
/// `doğum*`, `tug'il*`). The Uzbek apostrophe is typed in every way
/// people type it (`'`, `ʻ`, `‘`, `’`, `` ` ``), or left out.
extension BirthDateDetector {
    static let otherLanguages: [String] = {
        var words = [
            // German
            "geb.", "geb", "geboren", "geburt*", "geb.-datum", "geb.datum", "gebdat", "gebdat.",
            // French
            "né", "née", "né(e)", "nee", "naissance", "date de naissance", "né le", "née le",
            // Spanish
            "nacido", "nacida", "nacimiento", "fecha de nacimiento", "f. nac.", "fec. nac.", "nac.",
            // Turkish and Azerbaijani
            "doğum*", "dogum*", "doğ.", "d. tarihi", "d.tarihi",
            // Uzbek Cyrillic, Kazakh, Ukrainian, Tajik
            "туғил*", "туған күн*", "туылған", "туылғ*", "туған жылы", "народився", "народилася",
            "народження", "таваллуд*",
            // Uzbek Latin without the apostrophe
            "tugilgan", "tugil*",
        ]
        for apostrophe in ["'", "\u{02BB}", "\u{2018}", "\u{2019}", "`", "\u{02BC}"] {
            words += ["tug\(apostrophe)il*", "tug\(apostrophe)ilgan"]
        }
        // A decomposed accent (`ne` and U+0301) reads as the composed one.
        words += ["ne\u{0301}", "ne\u{0301}e"]
        return words
    }()
}
