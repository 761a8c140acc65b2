/// A vehicle's registration plate (red-team round 10, C-551): a police
/// car's plate identifies the officers' unit, a family's car the family.
///
/// Read as groups of digits and letters, joined by nothing, one space or a
/// dash, in the shapes plates have in the region: Kyrgyz since 2016 (`01KG
/// 123 ABC`, also without `KG`: `01 123 ABC`) and before (`B 1234 AB`),
/// Russian (`А123ВС 77`, `А 123 ВС 777`), Kazakh (`123 ABC 02`) and Uzbek
/// (`01 A 123 BC`). Letters are capitals, Latin or the Cyrillic letters a
/// plate uses. After a plate word (`госномер`, `г/н`, `номерной знак`,
/// `мамлекеттик номер`, `plate`, `registration`) any run of five to ten
/// digits and letters holding two digits and a letter is a plate, in any case.
enum VehiclePlateDetector {
    enum Group: Equatable { case digits(Int), letters(Int) }

    /// Each shape, group by group; `KG` is the Kyrgyz plate's own pair.
    static let shapes: [[Group]] = [
        [.digits(2), .letters(2), .digits(3), .letters(3)],
        [.digits(2), .digits(3), .letters(3)],
        [.letters(1), .digits(4), .letters(2)],
        [.letters(1), .digits(3), .letters(2), .digits(2)],
        [.letters(1), .digits(3), .letters(2), .digits(3)],
        [.digits(3), .letters(3), .digits(2)],
        [.digits(2), .letters(1), .digits(3), .letters(2)],
    ]

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard scalars.contains(where: { $0.asciiDigit != nil }) else { return [] }
        return matches(DetectorTokens(scalars), scalars)
    }

    /// The matches in `scalars` already tokenized (`DetectorInput`), which have an ASCII digit.
    static func matches(_ tokens: DetectorTokens, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.tokens.count {
            if let end = plate(tokens, scalars, at: index) ?? spelledKyrgyzPlate(tokens, at: index) {
                result.append(tokens.tokens[index].range.lowerBound..<tokens.tokens[end].range.upperBound)
                index = end + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The last token of a plate starting at `start`.
    static func plate(_ tokens: DetectorTokens, _ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard let first = tokens[start], first.kind != .mark else { return nil }
        // Not from inside a longer code (`IVS-1`, `ГОСТ Р 52872`).
        if first.attached, let previous = tokens[start - 1], previous.kind != .mark || previous.text == "-" { return nil }
        var groups: [(group: Group, index: Int)] = []
        var index = start
        while let token = tokens[index], token.kind != .mark, groups.count < 5 {
            if index > start {
                let previous = tokens.tokens[index - 1]
                guard token.attached || !token.afterBreak, previous.kind != .mark || previous.text == "-" else { break }
            }
            groups.append((token.kind == .number ? .digits(token.text.count) : .letters(token.text.count), index))
            // One dash between groups, written with or without spaces.
            if let dash = tokens[index + 1], dash.text == "-", let next = tokens[index + 2], next.kind != .mark, !next.afterBreak {
                index += 2
            } else {
                index += 1
            }
        }
        // Every shape, and a loose plate after a plate word, has digits: words alone are no plate.
        guard groups.count >= 2, groups.contains(where: { if case .digits = $0.group { true } else { false } }) else { return nil }
        // Whether a plate word stands before, read only when a shape asks (most starts never do).
        var knownLabel: Bool?
        func labelled() -> Bool {
            if let knownLabel { return knownLabel }
            let value = isAfterPlateWord(tokens, start)
            knownLabel = value
            return value
        }
        for count in stride(from: groups.count, through: 2, by: -1) {
            let prefix = groups[0..<count]
            let last = prefix[prefix.endIndex - 1].index
            // The plate ends where the code ends: no letter or digit joined after it.
            if let after = tokens[last + 1], after.attached, after.kind != .mark { continue }
            if tokens[last + 1]?.text == "-", let after = tokens[last + 2], after.attached, after.kind != .mark { continue }
            let letters = prefix.filter { if case .letters = $0.group { true } else { false } }
            // The Kyrgyz shape with its pair, in any case; with two letters as an organisation's plate has
            // (session 43 attacker, D3).
            let paired = hasKyrgyzPair(tokens, prefix.map(\.index))
            let pairedShape = paired && prefix.map(\.group) == [.digits(2), .letters(2), .digits(3), .letters(2)]
            if shapes.contains(prefix.map(\.group)) || pairedShape,
               labelled() || paired || letters.allSatisfy({ isPlateLetters(tokens, scalars, $0.index) }),
               isKyrgyzPair(tokens, prefix.map(\.index)), labelled() || !isSum(tokens, prefix.map(\.index)) { return last }
            if isLoose(prefix.map(\.group)), labelled() { return last }
        }
        return nil
    }

    /// A sum, not a plate (`25 000 KGS`, `39 000 USD`): a currency's code for
    /// letters, or a group of thousands (`000`); and in the shape of two
    /// digits, three digits and three letters the two must be a region's
    /// code (Kyrgyz 01–09, Uzbek 10, 20, 25, … 95).
    static func isSum(_ tokens: DetectorTokens, _ indices: [Int]) -> Bool {
        let texts = indices.map { tokens.tokens[$0].text }
        if texts.contains(where: { currencies.contains($0) || $0 == "000" }) { return true }
        if indices.count == 3, tokens.tokens[indices[0]].kind == .number, tokens.tokens[indices[1]].kind == .number {
            return !regionCodes.contains(texts[0])
        }
        return false
    }

    static let currencies: Set<String> = ["kgs", "usd", "eur", "rub", "kzt", "uzs", "gbp", "cny", "try", "chf", "jpy", "сом", "руб",
                                          "som", "pcs", "шт", "гр", "gr", "ml", "mg", "mm", "cm", "km", "lbs", "мл", "мг", "мм", "см", "км"]
    static let regionCodes: Set<String> = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "20", "25", "30", "40", "50",
                                           "60", "70", "75", "80", "85", "90", "95"]

    /// In the Kyrgyz shape with a pair of letters after the region, the pair is `KG`, in either case and in
    /// Cyrillic look-alikes (`КG`, `кг`: round 11, C-1143).
    static func isKyrgyzPair(_ tokens: DetectorTokens, _ indices: [Int]) -> Bool {
        guard indices.count == 4, tokens.tokens[indices[0]].kind == .number, tokens.tokens[indices[1]].text.count == 2,
              tokens.tokens[indices[1]].kind == .word else { return true }
        return latinLookAlike(tokens.tokens[indices[1]].text) == "kg"
    }

    /// The Kyrgyz shape with its `KG` pair, which no sum or code has: a plate in any case, without a plate
    /// word (`01kg123abc`, round 11, C-1142 and E-1954).
    static func hasKyrgyzPair(_ tokens: DetectorTokens, _ indices: [Int]) -> Bool {
        // A Kyrgyz region's code first (01–09): `25 kg 100 pcs` is a weight (session 43 attacker, D2).
        // `isKyrgyzPair` also lets the Uzbek shape through (`01 a 123 bc`: a single letter after the region), which
        // is then read in any case too: a plate either way.
        indices.count == 4 && tokens.tokens[indices[1]].kind == .word && isKyrgyzPair(tokens, indices)
            && kyrgyzRegions.contains(tokens.tokens[indices[0]].text) && !currencies.contains(tokens.tokens[indices[3]].text)
    }

    static let kyrgyzRegions: Set<String> = ["01", "02", "03", "04", "05", "06", "07", "08", "09"]

    /// A folded token with each Cyrillic letter a plate shares with Latin read as the Latin one
    /// (the Kyrgyz pair typed `кг` is read as `kg`, for г is how a Russian keyboard gives g's sound).
    static func latinLookAlike(_ text: String) -> String {
        String(text.map { lookAlikes[$0] ?? $0 })
    }

    static let lookAlikes: [Character: Character] = [
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
        "х": "x", "г": "g",
    ]

    /// Capitals a plate carries: Latin, or the Cyrillic letters that look like them.
    static func isPlateLetters(_ tokens: DetectorTokens, _ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        scalars[tokens.tokens[index].range].allSatisfy { ("A"..."Z").contains($0) || "АВЕКМНОРСТУХ".unicodeScalars.contains($0) }
    }

    /// After a plate word: five to ten digits and letters, two digits and one letter at least.
    static func isLoose(_ groups: [Group]) -> Bool {
        var digits = 0, letters = 0
        for group in groups {
            switch group {
            case .digits(let count): digits += count
            case .letters(let count): letters += count
            }
        }
        return digits >= 2 && letters >= 1 && (5...10).contains(digits + letters) && letters <= 5
    }

    /// A plate word up to five tokens before, on the same line: `госномер`, `гос. номер`, `г/н`,
    /// `номерной знак`, `plate`, `registration number`, `мамлекеттик номери` (not `мамлекеттик` or `гос.`
    /// alone: "state", as in a banner or `гос. органы`).
    static func isAfterPlateWord(_ tokens: DetectorTokens, _ start: Int) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 5 {
            let word = tokens.tokens[index].text
            let next = tokens[index + 1]?.text ?? ""
            let afterNext = tokens[index + 2]?.text ?? ""
            if plateWords.contains(where: { word.hasPrefix($0) }) { return true }
            if word == "н", tokens[index - 1]?.text == "/", tokens[index - 2]?.text == "г" { return true }
            if (word == "мамлекеттик" || word == "registration") && (next.hasPrefix("номер") || next == "number" || next == "no") { return true }
            // A vehicle's number (round 11, C-1142): `номер машины`, `машинанын номери`, `car number`, `vehicle no.`,
            // `The car, number …`, `car registration …`, `unaa nomeri` (session 43 attacker, D3).
            if word.hasPrefix("номер") || word.hasPrefix("nomer") || word == "number" || word == "no" || word == "reg" || word == "registration",
               isVehicleWord(next) || isVehicleWordBefore(tokens, index) {
                return true
            }
            if word == "гос", next == ".", afterNext.hasPrefix("номер") { return true }
            if tokens.tokens[index].afterBreak { break }
            index -= 1
        }
        return false
    }

    static let plateWords = ["госномер", "номерн", "plate", "автономер"]

    /// A vehicle word among the three words before `index` (marks skipped): `машина с номером`, `The car, number`.
    static func isVehicleWordBefore(_ tokens: DetectorTokens, _ index: Int) -> Bool {
        var seen = 0, at = index - 1
        while seen < 3, let token = tokens[at] {
            if token.kind == .word {
                if isVehicleWord(token.text) { return true }
                seen += 1
            }
            at -= 1
        }
        return false
    }

    /// A word for a vehicle before or after its number: `номер машины`, `машинанын номери`, `car number`
    /// (Russian and Kyrgyz by stem, English whole: `car` is not `card`).
    static func isVehicleWord(_ word: String) -> Bool {
        if englishVehicleWords.contains(word) { return true }
        return !word.hasPrefix("автор") && !word.hasPrefix("avtor") && vehicleStems.contains(where: { word.hasPrefix($0) })
    }

    static let vehicleStems = ["машин", "автомашин", "автомобил", "авто", "унаа", "автоунаа", "mashin", "unaa", "avto"]
    static let englishVehicleWords: Set<String> = ["car", "cars", "vehicle", "vehicles", "van", "truck"]

    /// The Kyrgyz plate spelt with its groups split or a letter for a digit (`01 К Г 123 АВС`, `O1KG123ABC`,
    /// `0 1 KG 1 2 3 ABC`): its tokens on one line, joined, Cyrillic look-alikes read as Latin and the letter O
    /// in a digit's place as zero, read as region 01–09, `KG`, three digits and two or three letters. The pair
    /// and the region make the shape specific enough to read without a plate word (session 43's leftover).
    static func spelledKyrgyzPlate(_ tokens: DetectorTokens, at start: Int) -> Int? {
        guard let first = tokens[start], first.kind != .mark, let lead = first.text.first, lead == "0" || lead == "o" || lead == "о"
        else { return nil }
        if first.attached, let previous = tokens[start - 1], previous.kind != .mark || previous.text == "-" { return nil }
        var joined: [Character] = []
        var index = start
        while let token = tokens[index], joined.count < 10 {
            if index > start {
                guard !token.afterBreak else { break }
                if token.kind == .mark {
                    // One dash or dot between groups, as in `01-KG-123-ABC`; not a decimal point (`0.5 kg 250 ml`).
                    guard token.text == "-" || token.text == ".", let next = tokens[index + 1], next.kind != .mark, !next.afterBreak,
                          !(token.text == "." && token.attached && next.attached && next.kind == .number
                            && tokens[index - 1]?.kind == .number) else { break }
                    index += 1
                    continue
                }
            }
            joined.append(contentsOf: token.text)
            // The plate ends where the code ends: no letter or digit joined after it.
            if joined.count >= 9, joined.count <= 10, isSpelledKyrgyzPlate(joined),
               !(tokens[index + 1].map { $0.attached && $0.kind != .mark } ?? false) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `0[1-9] kg ddd ll(l)`, folded: the letter o (Latin or Cyrillic) read as zero where a digit stands, the
    /// pair in look-alikes (`кг`), the last letters Latin or a plate's Cyrillic look-alikes (not `гр`: grams), and
    /// not a currency or unit.
    static func isSpelledKyrgyzPlate(_ text: [Character]) -> Bool {
        let digitPlaces: Set<Int> = [0, 1, 4, 5, 6]
        let read = text.enumerated().map { digitPlaces.contains($0.offset) && ($0.element == "o" || $0.element == "о") ? "0" : $0.element }
        func digit(_ at: Int) -> Bool { read[at].isASCII && read[at].isNumber }
        func letter(_ at: Int) -> Bool { ("a"..."z").contains(read[at]) || (read[at] != "г" && lookAlikes[read[at]] != nil) }
        guard read[0] == "0", digit(1), read[1] != "0", latinLookAlike(String(read[2...3])) == "kg", digit(4), digit(5), digit(6)
        else { return false }
        // A sum or a count after a weight (`05 kg 300 som`) is no plate.
        return (7..<read.count).allSatisfy(letter) && !currencies.contains(String(read[7...]))
    }
}
