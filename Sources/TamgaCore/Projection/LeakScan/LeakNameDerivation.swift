/// Words that begin with a protected person's name part but are another
/// name built from it (issue 15, red-team round 2): Kyrgyz compound names
/// (Temir → Temirlan, Temirkulov; Erkin → Erkinbek, Erkinbaev; Maksat →
/// Maksatbek), surnames and patronymics made from a given name (Mikhail →
/// Mikhailov, Aibek → Aibekova, Пётр → Петрович, Петровна), and the
/// South Slavic -ić (Petrović). The stem rule took each for the person and
/// refused a clean report that named a staff member or an official.
///
/// Why a list of name-forming elements and not a shorter letter limit: the
/// rule still reads every other word that begins with the stem and adds up
/// to `suffixLetters` letters (a case form, a typo, an unknown ending), so
/// only what is known to make a different name is left; a case ending of the
/// person's own name never begins with one of these (Садыковым, Aibekke,
/// Темирдин). The person's own declared parts are stems too, so a declared
/// surname Aibekov is still read in full when a stem Aibek is spared.
enum LeakNameDerivation {
    /// Whether `rest` (the normalized scalars after a stem, non-empty) begins
    /// with an element that makes another name of the stem `stem`.
    static func makesAnotherName(stem: some Collection<Unicode.Scalar>, rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !rest.isEmpty else { return false }
        if elements.contains(where: { rest.starts(with: $0) }) { return true }
        // Петров + на, Ivanov + ich: a patronymic (-овна, -ович) of a name the stem ends in -ов/-ев of.
        let tail = Array(stem.suffix(2))
        return surnameEnds.contains(tail) && patronymicAfterSurname.contains { rest.starts(with: $0) }
    }

    /// The elements, written in Cyrillic and in Latin, normalized as the scan
    /// normalizes text (`LeakNormalizer.needle`: Cyrillic look-alikes read Latin).
    static let elements: [[Unicode.Scalar]] = {
        let cyrillic = ["бек", "бай", "баев", "баева", "кул", "лан", "бол", "гүл", "гул", "алы", "ов", "ев", "ович", "евич",
                        "овна", "евна", "ич"]
        let latin = ["bek", "bai", "bay", "baev", "bayev", "kul", "qul", "lan", "bol", "gul", "aly", "ali", "ov", "ev",
                     "off", "ova", "eva", "ow", "ew", "ovich", "evich", "ovna", "evna", "ich", "ic", "ić", "vić"]
        return (cyrillic + latin).map(LeakNormalizer.needle).sorted { $0.count > $1.count }
    }()

    static let surnameEnds: [[Unicode.Scalar]] = ["ов", "ев", "ov", "ev"].map(LeakNormalizer.needle)
    static let patronymicAfterSurname: [[Unicode.Scalar]] = ["на", "ич", "na", "ich", "ic", "ić"].map(LeakNormalizer.needle)
}
