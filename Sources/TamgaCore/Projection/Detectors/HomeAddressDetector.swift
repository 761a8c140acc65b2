/// A dwelling's address: the street or microdistrict, the house and the
/// flat (red-team round 10, C-548, C-549: a family's home identifies the
/// family as its name does).
///
/// An address is a run of words, numbers and `, . - / №` holding address
/// words: a street (`ул.`, `улица`, `пр.`, `проспект`, `ul.`; after its
/// name `көчөсү`, `көч.`, `Street`, `St.`, `Avenue`), a microdistrict
/// (`мкр.`, `микрорайон`, `mkr.`; after it `кичи району`, `microdistrict`),
/// a house (`д.`, `дом`, `house`; `112-үй`, `8-үйдө`) and a flat (`кв.`,
/// `квартира`, `apt.`, `flat`, `kv.`; `34-батир`, `34-батирде`). It is a
/// home, and withheld from the street through the last number:
///
/// - with a flat and a street, a microdistrict or a house (`мкр. Джал-29,
///   д. 17, кв. 45`, `Ленин көчөсү 112-үй, 34-батирде`), or a flat after a
///   residence word;
/// - with a street or microdistrict and a house number when a residence
///   word (`проживает`, `прописан`, `место жительства`, `жашайт`, `lives`,
///   `home address`, `үй дареги`, a family word) stands in the same
///   sentence before it, or a Kyrgyz verb (`жашайт`, `турат`) right after.
///
/// A facility's own address (`СИЗО-1 находится по адресу: ул. Малдыбаева,
/// 7`) has no flat and no residence word, and stays: it is not personal.
/// Nor is a year (`дома 1917 года`), a quarter (`2 кв. 2014`) or an area
/// (`12 кв. м`): a flat word needs a number after it, and a year is no number here.
enum HomeAddressDetector {
    enum Role { case street, district, house, flat, city, name, number, joiner, suffix }

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        // Every home address has a number; most texts the projector reads have none to look at.
        guard scalars.contains(where: { $0.asciiDigit != nil }) else { return [] }
        return matches(DetectorTokens(scalars))
    }

    /// The matches in a text already tokenized (`DetectorInput`), which has an ASCII digit.
    static func matches(_ tokens: DetectorTokens) -> [Range<Int>] {
        // Each token's role once: a run is tried from every token, and a run of numbers or
        // names would otherwise be read again from each of its tokens.
        let each = tokens.tokens.indices.map { role(tokens, $0) }
        // A run needs a street, microdistrict, house or flat word: most texts with a number have none.
        guard each.contains(where: { $0.map(isAddressWord) ?? false }) else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.tokens.count {
            guard let roles = run(tokens, each, from: index) else {
                index += 1
                continue
            }
            if let span = home(tokens, roles, from: index) { result.append(span) }
            index += max(1, roles.count)
        }
        return result
    }

    static func isAddressWord(_ role: Role) -> Bool { role == .street || role == .district || role == .house || role == .flat }

    /// The roles of the run of address tokens starting at `start`, or nil
    /// when none starts there; `all` holds each token's `role`.
    static func run(_ tokens: DetectorTokens, _ all: [Role?], from start: Int) -> [Role]? {
        var roles: [Role] = []
        var index = start
        while index < all.count, let role = all[index] {
            // A sentence end inside the run: `кв. 45. Мать` stops at the dot.
            if index > start, tokens.endsSentence(index - 1) { break }
            roles.append(role)
            index += 1
        }
        while let last = roles.last, last == .joiner { roles.removeLast() }
        return roles.isEmpty || !roles.contains(where: isAddressWord) ? nil : roles
    }

    /// What the token at `index` is in an address, or nil when it ends one.
    static func role(_ tokens: DetectorTokens, _ index: Int) -> Role? {
        guard let token = tokens[index] else { return nil }
        switch token.kind {
        case .number:
            return tokens.isYear(index) ? nil : .number
        case .mark:
            return AddressWords.joiners.contains(token.text) ? .joiner : nil
        case .word:
            let word = token.text
            // `23А`, `3-я`, `120-45`: a letter or an ordinal ending on a number.
            if let before = tokens[index - 1], word.count <= 2, !AddressWords.flatAfter(word), !AddressWords.houseAfter(word),
               before.kind == .number || (before.text == "-" && tokens[index - 2]?.kind == .number), token.attached { return .suffix }
            if let kind = AddressWords.keyword(tokens, index) { return kind }
            if AddressWords.isCity(word) { return .city }
            if token.capital, word.count >= 2 { return .name }
            return nil
        }
    }

    /// The span withheld for the run at `start`, when the run is a home.
    static func home(_ tokens: DetectorTokens, _ roles: [Role], from start: Int) -> Range<Int>? {
        let end = start + roles.count
        var hasFlat = false, hasHouse = false, hasStreet = false
        var first: Int?
        var last: Int?
        for offset in roles.indices {
            let index = start + offset
            switch roles[offset] {
            case .flat, .house:
                let isFlat = roles[offset] == .flat
                // A prefix word needs its number (`кв. 45`); a suffix word follows one (`45-батирде`).
                if let number = numberAfter(roles, offset) {
                    if isFlat { hasFlat = true } else { hasHouse = true }
                    first = min(first ?? index, index)
                    last = max(last ?? 0, start + number)
                } else if offset >= 1, roles[offset - 1] == .joiner || roles[offset - 1] == .number,
                          let number = numberBefore(roles, offset), tokens.tokens[index].attached || roles[offset - 1] == .number {
                    if isFlat { hasFlat = true } else { hasHouse = true }
                    first = min(first ?? (start + number), start + number)
                    last = max(last ?? 0, index)
                }
            case .street, .district:
                hasStreet = true
                let postfix = AddressWords.isPostfix(tokens.tokens[index].text)
                var from = index
                if postfix {
                    // The name before it (`Ленин көчөсү`, `17 Lenin Street`, `Жал-29 кичи району`).
                    var back = offset - 1
                    var names = 0
                    while back >= 0, [.name, .number, .suffix].contains(roles[back]) || (roles[back] == .joiner && tokens.tokens[start + back].text == "-") {
                        if roles[back] == .name { names += 1 }
                        if names > 2 { break }
                        from = start + back
                        back -= 1
                    }
                    last = max(last ?? 0, index)
                    // `Lenin St. 112`, `Ленин көчөсү, 112`: the house's number after the street.
                    if let number = numberAfter(roles, offset) {
                        hasHouse = true
                        last = start + extendNumber(roles, number)
                    }
                } else if let number = nameNumber(tokens, roles, start: start, offset) {
                    // `ул. Ленина 5`, `пр. Чуй 120-45`: the house's number after the street's name.
                    hasHouse = true
                    last = max(last ?? 0, start + number)
                }
                first = min(first ?? from, from)
            default:
                break
            }
        }
        guard let from = first, let to = last, hasFlat || hasHouse else { return nil }
        let cue = hasResidenceWord(tokens, before: start) || hasResidenceVerb(tokens, after: end)
        guard (hasFlat && (hasHouse || hasStreet || cue)) || (hasHouse && hasStreet && cue) else { return nil }
        // The flat's or house's letter and Kyrgyz ending go with it (`23А`, `34-батирде`).
        var upper = to
        while upper + 1 < end, roles[upper + 1 - start] == .suffix { upper += 1 }
        return tokens.tokens[from].range.lowerBound..<tokens.tokens[upper].range.upperBound
    }

    /// The offset of the number after a prefix word (`д. 17`, `кв. № 45`), skipping joiners.
    static func numberAfter(_ roles: [Role], _ offset: Int) -> Int? {
        var next = offset + 1
        while next < roles.count, roles[next] == .joiner, next - offset <= 3 { next += 1 }
        return next < roles.count && roles[next] == .number ? next : nil
    }

    /// The offset of the number a suffix word follows (`112-үй`).
    static func numberBefore(_ roles: [Role], _ offset: Int) -> Int? {
        var back = offset - 1
        while back >= 0, roles[back] == .joiner, offset - back <= 2 { back -= 1 }
        return back >= 0 && roles[back] == .number ? back : nil
    }

    /// After a street prefix: its name, then the house's number (`ул. Ленина, 5`), not a flat's.
    static func nameNumber(_ tokens: DetectorTokens, _ roles: [Role], start: Int, _ offset: Int) -> Int? {
        var next = offset + 1
        var sawName = false
        while next < roles.count, next - offset <= 6 {
            switch roles[next] {
            case .name: sawName = true
            case .joiner, .suffix: break
            case .number:
                // `Джал-29`, `Восток-5`: a number joined to the name by a dash is the name's.
                let joined = next >= 2 && roles[next - 2] == .name && tokens.tokens[start + next - 1].text == "-"
                    && tokens.tokens[start + next].attached
                if sawName, !joined { return extendNumber(roles, next) }
                sawName = true    // `ул. 8 Марта 12`: a number can be the name
            default: return nil
            }
            next += 1
        }
        return nil
    }

    /// `120-45`, `210/3`: a house number with its flat or block after a dash or slash.
    static func extendNumber(_ roles: [Role], _ offset: Int) -> Int {
        var end = offset
        while end + 2 < roles.count, roles[end + 1] == .joiner, roles[end + 2] == .number { end += 2 }
        return end
    }

    /// A residence word in the same sentence, up to 14 tokens before the run.
    static func hasResidenceWord(_ tokens: DetectorTokens, before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 14, !tokens.endsSentence(index) {
            let token = tokens.tokens[index]
            if token.kind == .word, AddressWords.isResidence(token.text, next: tokens[index + 1]?.text) { return true }
            index -= 1
        }
        return false
    }

    /// A Kyrgyz residence verb right after the run (`… 34-батирде жашайт`).
    static func hasResidenceVerb(_ tokens: DetectorTokens, after end: Int) -> Bool {
        var index = end
        while index < tokens.tokens.count, index - end < 3, !tokens.endsSentence(index) {
            if tokens.tokens[index].kind == .word, AddressWords.isResidence(tokens.tokens[index].text, next: nil) { return true }
            index += 1
        }
        return false
    }
}
