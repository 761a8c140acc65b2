/// The endings a name stem may carry in running text, as skeletons.
///
/// Kyrgyz stacks suffixes (Садыков-дор-дун, Айбег-и-нин) and Russian has six
/// cases in two genders and the plural, so the forms of a name are not
/// enumerated per person: the matcher keeps one key per stem and accepts the
/// rest of the word if it is one of these endings (redaction.md 1.8, "stem +
/// bounded letter suffix"). Unlike the `\p{L}{0,6}` rule proposed there, the
/// rest of the word must be a real ending, so Айбек does not swallow an
/// unrelated "Айбекова" or "Sadykovsky" (a different surname: left alone; if
/// it is a person of the vault it has its own key). All harmony variants are
/// accepted after any stem: a union is cheaper than deciding the harmony class,
/// and a wrong-harmony form in a text is still the name.
enum NameEndings {
    /// Whether `rest` (skeleton symbols after a key of four or more symbols)
    /// is a legal ending: a Russian case ending (both genders, plural,
    /// adjectival -ский/-ая), English plural -s, or a Kyrgyz stack read by a
    /// small grammar (`kyrgyzSlots`), of any length: Садыков-дор-у-нун,
    /// Садыков-дуку-нда (at Sadykov's place), Асан-дики-не. Not a set of all
    /// stacks: with the relational -дыкы the stacks number in the hundred
    /// thousands, and a longer limit on plain letters would let a name swallow
    /// unrelated longer words.
    ///
    /// `afterVowel`: whether the stem ends in a vowel. Straight after a
    /// consonant a possessive begins with its linking vowel (Айбег-им,
    /// Петров-уң), so a bare -м, -ң, -сы, -быз there is not one: "Петровна"
    /// is a patronymic, not "to your Petrov" (red-team over-redaction).
    ///
    /// `afterPossessive`: the stem is itself a possessive (уулу "his son",
    /// кызы): the pronominal н may follow (уулуна, кызынан).
    static func isFull(_ rest: ArraySlice<UInt8>, afterVowel: Bool = true, afterPossessive: Bool = false) -> Bool {
        guard !rest.isEmpty, rest.count <= longest else { return false }
        if russianSet.contains(Array(rest)) || rest.elementsEqual([UInt8(ascii: "s")]) { return true }
        return stack(rest, slot: 0, afterPossessive: afterPossessive, atStem: !afterVowel)
    }

    /// Kyrgyz stack slots in order, each optional: plural, possessive,
    /// relational (-дыкы "the one of"), a plural or possessive after it, case,
    /// and the attributive -гы/-кы after a locative (Садыковдукундагы "the one at Sadykov's").
    private static let kyrgyzSlots: [Set<[UInt8]>] = {
        let plural = Set(kyrgyzPlural.map(skeleton)), possessive = Set(kyrgyzPossessive.map(skeleton))
        let attributive = ["g", "k"].flatMap { c in ["y", "i", "u"].map { c + $0 } }
        return [plural, possessive, Set(kyrgyzRelational.map(skeleton)), plural, possessive,
                Set((kyrgyzCase + ["n"]).map(skeleton)), Set(attributive.map(skeleton))]
    }()
    private static let slotLongest: [Int] = kyrgyzSlots.map { $0.map(\.count).max() ?? 0 }

    /// Whether `rest` is what the slots from `slot` on can spell (each used at most once, in order).
    ///
    /// The case endings with the pronominal н (dative -на, locative -нда,
    /// ablative -нан/-ндан) come only after a possessive or the relational
    /// (Айбегине, Асандыкына): straight after a stem the dative is -га/-ка,
    /// so "Петровна" (a patronymic, Пётр's daughter) is not Петров's dative
    /// (red-team over-redaction, issue 15 round 2).
    ///
    /// `atStem`: nothing is consumed yet and the stem ends in a consonant.
    private static func stack(_ rest: ArraySlice<UInt8>, slot: Int, afterPossessive: Bool = false, atStem: Bool = false) -> Bool {
        if rest.isEmpty { return true }
        guard slot < kyrgyzSlots.count else { return false }
        for length in stride(from: min(slotLongest[slot], rest.count), through: 1, by: -1)
        where kyrgyzSlots[slot].contains(Array(rest.prefix(length))) {
            let ending = Array(rest.prefix(length))
            if slot == caseSlot, !afterPossessive, pronominalCase.contains(ending) { continue }
            if atStem, slot == 1 || slot == 4, let first = ending.first, !"aeiouy".utf8.contains(first) { continue }
            let possessive = afterPossessive || [1, 2, 4].contains(slot)
            if stack(rest.dropFirst(length), slot: slot + 1, afterPossessive: possessive) { return true }
        }
        return stack(rest, slot: slot + 1, afterPossessive: afterPossessive, atStem: atStem)
    }

    /// The index of the case slot in `kyrgyzSlots`.
    private static let caseSlot = 5

    /// Dative, locative and ablative with the pronominal н: only after a possessive.
    private static let pronominalCase: Set<[UInt8]> = {
        var endings: [String] = []
        for vowel in ["a", "e", "o"] {
            endings += ["n" + vowel, "nd" + vowel, "n" + vowel + "n", "nd" + vowel + "n"]
        }
        return Set(endings.map(skeleton))
    }()

    private static let russianSet = Set(russian.map(skeleton))

    /// For short stems (fewer than four symbols: Ли, Ким, Али): one Russian or
    /// Kyrgyz case ending, no stacks, so that a short name does not turn every
    /// word that starts with it into a hit.
    static let short: Set<[UInt8]> = {
        var set = Set<[UInt8]>()
        for ending in russian.prefix(16) { set.insert(skeleton(ending)) }
        for ending in kyrgyzCase { set.insert(skeleton(ending)) }
        set.insert(skeleton("s"))
        set.remove([])
        return set
    }()

    /// The longest ending looked at, in symbols: no need to look further into a word.
    static let longest = 24

    private static func skeleton(_ text: String) -> [UInt8] { SkeletonText(text).symbols }

    /// Russian noun and adjective endings for names (petrovich rules, both genders).
    /// The first sixteen are the common singular ones.
    static let russian = [
        "а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "е", "и", "ы", "ой", "ей", "ою", "ею",
        "ого", "его", "ому", "ему", "ая", "яя", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими",
        "ам", "ям", "ами", "ями", "ах", "ях", "ий", "ый", "ья", "ью", "ьи", "ьей",
    ]

    /// Kyrgyz plural after vowels/voiced (-лар), after д/з-like (-дар), after voiceless (-тар);
    /// written in Latin so the skeleton reads them as Kyrgyz letters (ө→o, ү→u collapse anyway).
    static let kyrgyzPlural: [String] = ["l", "d", "t"].flatMap { c in ["a", "e", "o"].map { c + $0 + "r" } }

    /// Possessive: 3rd person (-ы, -сы), 1st singular (-ым, -м), 2nd singular (-ың, -ң), 1st plural (-ыбыз, -быз),
    /// 2nd polite (-ыңыз, -ңыз) and 2nd plural (-ыңар, -ңар): the leak scan reads all of them
    /// (`NameMatcher.possessiveForms`), so the projector must too, or it leaves for the scan to refuse
    /// what it should replace (`Максатыңыз эмне?` was refused, session 43).
    static let kyrgyzPossessive: [String] = {
        let narrow = ["y", "i", "u"], wide = ["a", "e", "o"]
        return narrow + narrow.map { "s" + $0 } + narrow.map { $0 + "m" } + ["m"]
            + narrow.map { $0 + "ng" } + ["ng"] + narrow.map { $0 + "b" + $0 + "z" } + narrow.map { "b" + $0 + "z" }
            + narrow.map { $0 + "ng" + $0 + "z" } + narrow.map { "ng" + $0 + "z" }
            + narrow.flatMap { v in wide.map { v + "ng" + $0 + "r" } } + wide.map { "ng" + $0 + "r" }
    }()

    /// The relational "the one of, at the place of" (Асандыкы, Садыковдуку,
    /// Айбектики, Гүлнаранын-кы → Гүлнараныкы): the genitive's consonant, a
    /// narrow vowel, к, a narrow vowel; cases after it take the pronominal н.
    static let kyrgyzRelational: [String] = {
        let narrow = ["y", "i", "u"]
        return ["d", "t", "n"].flatMap { c in narrow.flatMap { v in narrow.map { w in c + v + "k" + w } } }
    }()

    /// Case endings with vowel harmony (a/e/o/ö, y/i/u/ü) and assimilation of the
    /// first consonant (д after voiced, т after voiceless, н after vowels or the
    /// possessive): genitive, dative, accusative, locative, ablative, and the
    /// similative (-дай) and equative (-ча) a report uses.
    static let kyrgyzCase: [String] = {
        let wide = ["a", "e", "o"], narrow = ["y", "i", "u"]
        var endings: [String] = []
        for c in ["d", "t", "n"] { for v in narrow { endings += [c + v + "n", c + v] } }          // genitive, accusative
        for c in ["g", "k", "n", ""] { for v in wide { endings.append(c + v) } }               // dative
        for c in ["d", "t", "nd"] { for v in wide { endings.append(c + v) } }                   // locative
        for c in ["d", "t", "n", "nd"] { for v in wide { endings.append(c + v + "n") } }        // ablative
        for c in ["d", "t"] { for v in wide { endings.append(c + v + "y") } }                   // similative
        for v in wide { endings.append("ch" + v) }                                               // equative
        return endings
    }()
}
