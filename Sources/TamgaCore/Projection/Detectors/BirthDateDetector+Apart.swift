/// A birth word that stands apart from its date (red team round 10, C-536
/// … C-546, C-903): a place of birth between them (`born in the village of
/// Kara-Kulja in the Osh region on 23.09.1990`, `Родился в селе Кара-Кулжа
/// Ошской области 23.09.1990`), the Kyrgyz verb last after the place
/// (`1990-жылы 23-сентябрда Ош облусунун Кара-Кулжа районунда туулган`), an
/// inserted phrase in parentheses or between two commas (`DOB (as stated by
/// his mother, unverified): 1990-09-23`, `born, according to his passport,
/// on 23.09.1990`). The same-clause rule counts every word and stops at
/// every comma; a reader does not: a place and an aside do not change
/// whose birth the date is.
///
/// So, within a wider window, the words a reader passes over are not
/// counted: those inside parentheses or brackets, those of one aside
/// between a pair of commas (or dashes), the words that name a place (a
/// place noun, `village`, `области`, `районунда`, a preposition or article,
/// a word with a capital); still no break, no clause word (`and`, `и`,
/// `жана`), no other event's verb, no lone comma. `He was born in Osh, and
/// on 28.10.2014 he was detained` keeps its visit date.
extension BirthDateDetector {
    static let apartWindow = (before: 110, after: 90, words: 3, allWords: 14)

    /// Place nouns and the small words around them (folded, stems end in `*`).
    static let placeWords = DetectorLabels([
        "in", "at", "near", "of", "the", "a", "on", "from", "to", "в", "во", "на", "под", "около", "из", "у", "г.", "с.", "пос.",
        "village*", "region*", "district*", "city", "town*", "oblast*", "province*", "rayon*", "raion*", "settlement*", "area",
        "сел*", "деревн*", "посел*", "посёл*", "город*", "област*", "район*", "край", "крае", "краю", "аул*", "кишлак*", "станиц*",
        "айыл*", "облус*", "шаар*", "кыштак*", "кыштаг*", "аймаг*", "аймак*", "кент*",
    ], takesDot: false)

    /// Events after which a date is not the birth's, beside `otherEvents`.
    static let apartEvents = DetectorLabels(["detained", "arrested", "held", "moved", "released", "sentenced", "taken", "brought",
                                             "арестова*", "доставил*", "кармал*", "камак*", "алынган*", "алып"], takesDot: false)

    /// True when a birth word stands apart from the date, before or after it, as described above.
    /// After the date (the Kyrgyz verb last), and for a bare year, at most one word besides places is passed over.
    static func bornApart(_ scalars: [Unicode.Scalar], around date: Range<Int>, labels: DetectorLabels, isYear: Bool = false) -> Bool {
        let words = isYear ? 1 : apartWindow.words
        let before = birthWords.before(scalars, date.lowerBound, window: apartWindow.before).contains { label in
            let gap = label.upperBound..<date.lowerBound
            return !countsBirths(scalars, label: label) && !isDated(scalars, gap) && !namesInstitution(scalars, label: label)
                && readerGapIsShort(scalars, gap, words: words)
        }
        // A label like `DOB` before an aside in parentheses (`DOB (as stated…): 1990-09-23`).
        let labelled = !before && labels.before(scalars, date.lowerBound, window: apartWindow.before).contains { label in
            let gap = label.upperBound..<date.lowerBound
            return scalars[gap].contains("(") && !countsBirths(scalars, label: label) && !isDated(scalars, gap)
                && !namesInstitution(scalars, label: label) && readerGapIsShort(scalars, gap, words: words)
        }
        return before || labelled || birthWords.after(scalars, date.upperBound, window: apartWindow.after).contains { label in
            !countsBirths(scalars, label: label) && !namesInstitution(scalars, label: label)
                && readerGapIsShort(scalars, date.upperBound..<label.lowerBound, words: 1)
        }
    }

    /// The gap between a birth word and its date read as a reader does: no
    /// break, clause word or other event; asides and place words not counted;
    /// at most `apartWindow.words` other words.
    private static func readerGapIsShort(_ scalars: [Unicode.Scalar], _ gap: Range<Int>, words: Int) -> Bool {
        guard !gap.isEmpty, !DetectorScalars.hasBreak(scalars, gap), !anotherEventTakes(scalars, gap) else { return false }
        // The commas outside parentheses: none, or one pair around an aside.
        var depth = 0
        var commas: [Int] = []
        for offset in gap {
            switch scalars[offset] {
            case "(", "[": depth += 1
            case ")", "]":
                // A bracket closed that the gap did not open: the date and the birth word are in different parts.
                guard depth > 0 else { return false }
                depth -= 1
            case ";": return false
            case "," where depth == 0: commas.append(offset)
            default: break
            }
        }
        guard depth == 0, commas.isEmpty || commas.count == 2 else { return false }
        let aside = commas.count == 2 ? commas[0]..<commas[1] : gap.lowerBound..<gap.lowerBound
        var counted = 0, all = 0, offset = gap.lowerBound
        depth = 0
        while offset < gap.upperBound {
            let scalar = scalars[offset]
            if scalar == "(" || scalar == "[" { depth += 1 }
            if scalar == ")" || scalar == "]" { depth = max(0, depth - 1) }
            guard DetectorScalars.isLetterOrDigit(scalars, offset), !DetectorScalars.isLetterOrDigit(scalars, offset - 1) else {
                offset += 1
                continue
            }
            var end = offset
            while end < gap.upperBound, DetectorScalars.isLetterOrDigit(scalars, end) { end += 1 }
            let word = String(String.UnicodeScalarView(scalars[offset..<end].map(DetectorScalars.folded)))
            all += 1
            if depth == 0, !aside.contains(offset) {
                if clauseWords.contains(word) || apartEvents.match(scalars, at: offset) != nil { return false }
                let capital = scalars[offset].properties.isUppercase
                let place = placeWords.match(scalars, at: offset).map { $0 >= end } ?? false
                if !capital, !place { counted += 1 }
            } else if clauseWords.contains(word) && depth == 0 {
                return false
            }
            offset = end
        }
        return counted <= words && all <= apartWindow.allWords
    }
}
