/// A name in the Czech (scientific) transliteration as European databases,
/// court lists and keyboards without diacritics write it: each háček letter
/// either stripped (š→s, č→c, ž→z) or spelt as the English digraph (sh, ch,
/// zh), in every mix: Ševčenko → Sevcenko, Sevchenko, Shevcenko; Čyňgyz →
/// Cyngyz (red-team round 7, A-009, A-207, A-212: `Ševčenko` was matched,
/// its stripped forms were published).
///
/// The key builder (`NameKeyBuilder.partKeys`) keys each variant, so the
/// projection replaces them with the pseudonym and the scan's matcher finds
/// what remains. A stripped č stays a c only before e, i, y, where the
/// skeleton reads c as ц: before another letter it would read k and give
/// another surname's key (Čorobajev → Korobaev).
enum StrippedHacekSpellings {
    /// The variants of a Latin spelling with háčeks (or with sh, ch, zh), never the spelling itself; at most eight.
    static func variants(of spelling: String) -> [String] {
        let letters = Array(digraphsAsHaceks(spelling.lowercased()))
        guard letters.contains(where: { "ščžň".contains($0) }) else { return [] }
        var out = [""]
        for (index, letter) in letters.enumerated() {
            let next = index + 1 < letters.count ? letters[index + 1] : " "
            let options: [String]
            switch letter {
            case "š": options = ["s", "sh"]
            case "č": options = "eiy".contains(next) ? ["c", "ch"] : ["ch"]
            case "ž": options = ["z", "zh"]
            case "ň": options = ["n"]
            default: options = [String(letter)]
            }
            out = out.flatMap { prefix in options.map { prefix + $0 } }
            if out.count > 8 { return [] }
        }
        let english = String(letters).replacingOccurrences(of: "š", with: "sh").replacingOccurrences(of: "č", with: "ch")
            .replacingOccurrences(of: "ž", with: "zh").replacingOccurrences(of: "ň", with: "n")
        return out.filter { $0 != english && $0 != spelling.lowercased() }
    }

    /// sh, ch, zh (not shch, not after s, c, z, k, t, d: Kh, tsh) read as the háček letters.
    private static func digraphsAsHaceks(_ word: String) -> String {
        var out: [Character] = []
        for letter in word {
            if letter == "h", let last = out.last, "scz".contains(last), !(out.dropLast().last.map { "sctdk".contains($0) } ?? false) {
                out[out.count - 1] = last == "s" ? "š" : last == "c" ? "č" : "ž"
            } else {
                out.append(letter)
            }
        }
        return String(out)
    }
}
