import Foundation

/// A declared spelling split into the parts the matcher treats differently.
///
/// "Aibek Sadykov", "САДЫКОВ Айбек", "Айбек Садык уулу", "Айбек Садыкович
/// Садыков", "А.С.": the surname is always matched alone (Mr Sadykov), a
/// given name alone only if it is distinctive, a father's name only with its
/// уулу/кызы, initials only as declared or next to another part.
struct NameParts: Sendable, Hashable {
    enum Role: UInt8, Sendable {
        case given, surname, patronymic
        /// The father's name in a Turkic patronymic: "Садык" in "Садык уулу".
        case father
        /// A declared spelling that is one word, or only initials: matched as declared.
        case spelling
        /// A part derived from the father's name behind a surname, not
        /// declared: the Russian patronymics (Садыков → Садыкович, Садыковна)
        /// and the father's name itself (Toktosunova → "Erke Toktosun").
        /// Only next to another part of the name: alone it names any child
        /// of any Садык ("Анна Петровна" is not Petrov; red-team round 2).
        case derivedPart
        /// The Russian possessive adjective of the given name, derived
        /// (`GivenNamePossessives`: Айбеков брат): alone only where it is not
        /// used as another person's surname (`PossessiveUse`).
        case possessive
    }

    struct Part: Sendable, Hashable {
        var text: String
        var role: Role
    }

    var parts: [Part]
    /// Whether the spelling reads as a woman's name (Садыкова, Гульнара, кызы, -овна).
    /// Only used to choose the Russian case forms shown by `NameVariants`.
    var isFeminine: Bool

    /// The Turkic patronymic particles (уулу "son of", кызы "daughter of",
    /// Kazakh/Uzbek/Azerbaijani ұлы, угли, оглы, гызы), as skeletons.
    static let sonParticles: Set<String> = ["uulu", "ulu", "uli", "ugli", "ogli", "oglu", "ogul"]
    static let daughterParticles: Set<String> = ["kizi", "gizi"]

    static func isParticle(_ skeleton: String) -> Bool {
        sonParticles.contains(skeleton) || daughterParticles.contains(skeleton)
    }

    static func parse(_ spelling: String) -> NameParts {
        let tokens = spelling.replacingOccurrences(of: ".", with: ". ").replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        let letters = tokens.map { $0.filter(\.isLetter) }
        let isInitial = tokens.indices.map { i in
            letters[i].count == 1 || (letters[i].count == 2 && tokens[i].contains("."))
        }
        if !tokens.isEmpty, isInitial.allSatisfy({ $0 }) || tokens.count == 1 {
            return NameParts(parts: [Part(text: spelling, role: .spelling)], isFeminine: false)
        }
        var roles = [Role?](repeating: nil, count: tokens.count)
        var feminine = false
        let keys = tokens.map { SkeletonText.key($0) }
        for (i, key) in keys.enumerated() {
            if isParticle(key) {
                roles[i] = .spelling  // the particle itself: not keyed on its own
                if i > 0 { roles[i - 1] = .father }
                if daughterParticles.contains(key) { feminine = true }
            } else if isInitial[i] {
                roles[i] = .spelling  // an initial next to the name: absorbed by the matcher
            } else if ["oviq", "eviq", "ovna", "evna", "iqna"].contains(where: key.hasSuffix) {
                roles[i] = .patronymic
                if key.hasSuffix("na") { feminine = true }
            }
        }
        surnamesInVich(&roles, keys: keys)
        let open = roles.indices.filter { roles[$0] == nil }
        if let surname = surnameIndex(open, tokens: tokens, keys: keys) {
            roles[surname] = .surname
            if ["ova", "eva", "ina", "ska", "aia"].contains(where: keys[surname].hasSuffix) { feminine = true }
        }
        var parts: [Part] = []
        for (i, token) in tokens.enumerated() {
            let role = roles[i] ?? .given
            if role == .spelling { continue }
            if role == .given, i == open.first, keys[i].hasSuffix("a"), !feminine, roles.contains(.surname) == false {
                feminine = true
            }
            parts.append(Part(text: token, role: role))
        }
        return NameParts(parts: parts, isFeminine: feminine)
    }

    /// A surname in -вич (Ляхович, Карпович) read as a second patronymic left the given name to be taken for the
    /// surname, and no short form (Оля, Маша) was derived (red team round 12, A-1314, A-1918). Of two patronymic
    /// shapes the feminine one (-овна) is the patronymic, else the one right after a given name; the other is the
    /// surname. One alone, last, after the only other name, is the surname too (`Ольга Ляхович`).
    private static func surnamesInVich(_ roles: inout [Role?], keys: [String]) {
        let patronymics = roles.indices.filter { roles[$0] == .patronymic }
        if patronymics.count >= 2 {
            let kept = patronymics.first { keys[$0].hasSuffix("na") } ?? patronymics.first { $0 > 0 && roles[$0 - 1] == nil } ?? patronymics[0]
            for index in patronymics where index != kept { roles[index] = nil }
        } else if let only = patronymics.first, only == roles.count - 1 || only == 0, !keys[only].hasSuffix("na"),
                  roles.indices.filter({ roles[$0] == nil }).count <= 1, roles.count >= 2 {
            // Last after the given name or its initials (`О. Ляхович`), or first (`ЛЯХОВИЧ Ольга`): no patronymic stands there.
            roles[only] = nil
        }
    }

    /// The surname among the open tokens: the one written in capitals when the
    /// rest is not (САДЫКОВ Айбек), else the last with a surname suffix, else the last.
    private static func surnameIndex(_ open: [Int], tokens: [String], keys: [String]) -> Int? {
        guard open.count >= 2 else { return open.first }
        let capitals = open.filter { i in
            let letters = tokens[i].filter(\.isLetter)
            return letters.count > 1 && letters.allSatisfy(\.isUppercase)
        }
        if capitals.count == 1 { return capitals[0] }
        let suffixes = ["ov", "ev", "in", "ova", "eva", "ina", "ski", "ska", "skaia", "enko", "uk", "dze", "vili", "ian", "bai", "viq"]
        if let last = open.last(where: { i in suffixes.contains(where: keys[i].hasSuffix) }) { return last }
        return open.last
    }
}
