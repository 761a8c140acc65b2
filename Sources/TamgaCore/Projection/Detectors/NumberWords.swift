/// Numbers spelt out in words, as a phone number is dictated (`ноль
/// пятьсот пятьдесят пять, сто двадцать три`, red-team case) in Russian,
/// English and Kyrgyz: each spoken number read as the digits it stands
/// for (`пятьсот пятьдесят пять` is 555, `ноль` is 0, `сто пять` 105).
enum NumberWords {
    enum Kind { case unit, teen, tens, hundreds, hundredWord }

    /// Word (case-folded) → value and kind.
    static let words: [String: (value: Int, kind: Kind)] = {
        var table: [String: (Int, Kind)] = [:]
        let units: [(String, Int)] = [
            ("ноль", 0), ("нуль", 0), ("один", 1), ("одна", 1), ("одно", 1), ("два", 2), ("две", 2), ("три", 3), ("четыре", 4),
            ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9),
            ("zero", 0), ("nought", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9),
            ("нөл", 0), ("бир", 1), ("эки", 2), ("үч", 3), ("төрт", 4), ("беш", 5), ("алты", 6), ("жети", 7), ("сегиз", 8), ("тогуз", 9),
        ]
        for (word, value) in units { table[word] = (value, .unit) }
        let teens: [(String, Int)] = [
            ("десять", 10), ("одиннадцать", 11), ("двенадцать", 12), ("тринадцать", 13), ("четырнадцать", 14), ("пятнадцать", 15),
            ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18), ("девятнадцать", 19),
            ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
            ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
        ]
        for (word, value) in teens { table[word] = (value, .teen) }
        let tens: [(String, Int)] = [
            ("двадцать", 20), ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70),
            ("восемьдесят", 80), ("девяносто", 90),
            ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
            ("он", 10), ("жыйырма", 20), ("отуз", 30), ("кырк", 40), ("элүү", 50), ("алтымыш", 60), ("жетимиш", 70), ("сексен", 80),
            ("токсон", 90),
        ]
        for (word, value) in tens { table[word] = (value, .tens) }
        let hundreds: [(String, Int)] = [
            ("сто", 100), ("двести", 200), ("триста", 300), ("четыреста", 400), ("пятьсот", 500), ("шестьсот", 600),
            ("семьсот", 700), ("восемьсот", 800), ("девятьсот", 900),
        ]
        for (word, value) in hundreds { table[word] = (value, .hundreds) }
        for word in ["hundred", "жүз"] { table[word] = (100, .hundredWord) }
        return table
    }()

    /// The first letter of every number word. A word starting with another
    /// letter is none, so most words of a text are not spelled into a
    /// `String` to be looked up (issue 15, the detectors' cost). No key's
    /// first letter has a canonical decomposition, so a key written
    /// decomposed in the text starts with the same scalar.
    static let firstLetters: Set<Unicode.Scalar> = Set(words.keys.compactMap(\.unicodeScalars.first))

    /// One word read from the text.
    struct Word { let range: Range<Int>; let value: Int; let kind: Kind }

    /// The number word at `start` (a word start), if it is one.
    static func word(_ scalars: [Unicode.Scalar], at start: Int) -> Word? {
        guard DetectorScalars.isLetter(scalars, start), !DetectorScalars.isLetter(scalars, start - 1),
              firstLetters.contains(DetectorScalars.folded(scalars[start])) else { return nil }
        var end = start
        while DetectorScalars.isLetter(scalars, end) { end += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end].map(DetectorScalars.folded)))
        return words[text].map { Word(range: start..<end, value: $0.value, kind: $0.kind) }
    }

    /// Every run of number words in `scalars` that `keep` accepts, given the
    /// digits it reads as and where it starts: how each detector of numbers
    /// in words (phones, document numbers) walks a text.
    ///
    /// With `figures`, a run may also hold groups of one to four figures
    /// among its words (`ноль 555 сто двадцать три 456`, red-team round 7,
    /// C-023: a number dictated half in figures, half in words); it must
    /// still hold a word, since runs of figures alone are the detectors' own.
    static func runs(in scalars: [Unicode.Scalar], figures: Bool = false,
                     keeping keep: (_ digits: [Unicode.Scalar], _ start: Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            guard word(scalars, at: start) != nil || (figures && figureGroup(scalars, at: start) != nil),
                  let (digits, end, words) = run(scalars, at: start, figures: figures) else {
                start += 1
                continue
            }
            // `семьсот двенадцать` is 712, or 700 then 12 as a phone is dictated in groups
            // (red team round 10, C-535: `ноль семьсот двенадцать тридцать четыре пятьдесят шесть`
            // is 0700 12 34 56): the run is kept when either reading is.
            if words > 0, keep(digits, start)
                || (run(scalars, at: start, figures: figures, splittingHundreds: true).map { $0.digits != digits && keep($0.digits, start) } ?? false) {
                result.append(start..<end)
            }
            start = end
        }
        return result
    }

    /// The spoken numbers of a run of number words from `start` (and, with
    /// `figures`, groups of figures), joined by spaces (one line break at
    /// most), commas, hyphens (`twenty-three`): the digits they read as,
    /// where the run ends, and how many words it holds.
    static func run(_ scalars: [Unicode.Scalar], at start: Int, figures: Bool = false,
                    splittingHundreds: Bool = false) -> (digits: [Unicode.Scalar], end: Int, words: Int)? {
        var digits: [Unicode.Scalar] = []
        var group: (value: Int, kind: Kind, width: Int)?
        var position = start
        var end = start
        var words = 0
        func close() {
            guard let current = group else { return }
            let text = String(current.value)
            digits += Array(String(repeating: "0", count: max(0, current.width - text.count)) + text).flatMap(\.unicodeScalars)
            group = nil
        }
        while true {
            if let word = word(scalars, at: position) {
                if let current = group, !(splittingHundreds && current.kind == .hundreds && word.kind != .unit),
                   let joined = joining(current, word) {
                    group = joined
                } else {
                    close()
                    let width = word.kind == .hundreds || word.kind == .hundredWord ? 3 : word.kind == .unit ? 1 : 2
                    group = (word.value, word.kind, width)
                }
                words += 1
                end = word.range.upperBound
            } else if figures, let figureEnd = figureGroup(scalars, at: position) {
                close()
                digits += scalars[position..<figureEnd]
                end = figureEnd
            } else {
                break
            }
            position = end
            var gap = 0, breaks = 0
            while position < scalars.count, gap < 3,
                  DetectorScalars.isSpace(scalars[position]) || scalars[position] == "," || DetectorScalars.isDash(scalars[position]) {
                if scalars[position] == "\n" { breaks += 1 }
                if breaks > 1 { break }
                position += 1
                gap += 1
            }
        }
        close()
        return digits.isEmpty ? nil : (digits, end, words)
    }

    /// The end of a group of one to four figures standing apart at `start`
    /// (not a part of a longer number, a date or a word).
    static func figureGroup(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard DetectorScalars.isDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              !DetectorScalars.continuesNumber(scalars, start) else { return nil }
        let run = DetectorScalars.digitRun(scalars, from: start)
        let end = start + run
        guard run <= 4, !DetectorScalars.isLetter(scalars, end),
              !(end + 1 < scalars.count && ".:/".unicodeScalars.contains(scalars[end]) && DetectorScalars.isDigit(scalars, end + 1)) else { return nil }
        return end
    }

    /// The spoken number `group` continued by `word` (`пятьсот` + `пятьдесят`,
    /// `пятьдесят` + `пять`, `five` + `hundred`), or nil when `word` starts another.
    private static func joining(_ group: (value: Int, kind: Kind, width: Int), _ word: Word) -> (value: Int, kind: Kind, width: Int)? {
        switch (group.kind, word.kind) {
        case (.hundreds, .tens), (.hundreds, .teen), (.hundredWord, .tens), (.hundredWord, .teen):
            return (group.value + word.value, word.kind == .teen ? .unit : .tens, group.width)
        case (.hundreds, .unit), (.hundredWord, .unit):
            return word.value > 0 ? (group.value + word.value, .unit, group.width) : nil
        case (.tens, .unit):
            return word.value > 0 && group.value % 10 == 0 ? (group.value + word.value, .unit, group.width) : nil
        case (.unit, .hundredWord):
            return group.width == 1 && group.value > 0 ? (group.value * 100, .hundredWord, 3) : nil
        default:
            return nil
        }
    }
}
