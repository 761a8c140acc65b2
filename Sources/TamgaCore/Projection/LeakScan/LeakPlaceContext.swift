/// The leak scan's own reading of a place construction (issue 15): a word
/// of a protected person's name in "ул. Токтогула", "Таласской области",
/// "Талас облусу", "ИВС Таласского РОВД" is the place, not the person.
/// Written apart from the matcher's `NameMatcher.isPlace` (the scan keeps
/// its own code, redaction.md F20); both read the `Gazetteer` data, here
/// normalized as the scan normalizes text (lower case, confusables mapped).
enum LeakPlaceContext {
    struct Tables: Sendable {
        let places: Set<String>
        let adjectives: Set<String>
        let before: Set<String>
        let after: Set<String>
        let institutions: Set<String>
        let shortBefore: Set<String>
        /// `Gazetteer.toponymEndings`, normalized: Белово is a place where a place is said.
        let toponymEndings: [String]
        /// `Gazetteer.compoundPlaceEnds`, normalized: Эркин-Сай, Темир-Канатка are places.
        let compoundPlaceEnds: Set<String>
    }

    static let tables: Tables = {
        func normalized(_ words: some Sequence<String>) -> Set<String> {
            Set(words.map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })
        }
        let gazetteer = Gazetteer.shared
        return Tables(places: normalized(gazetteer.placeForms), adjectives: normalized(gazetteer.adjectiveForms),
                      before: normalized(Gazetteer.before), after: normalized(Gazetteer.after),
                      institutions: normalized(Gazetteer.institutions), shortBefore: normalized(Gazetteer.shortBefore),
                      toponymEndings: Array(normalized(Gazetteer.toponymEndings)),
                      compoundPlaceEnds: normalized(Gazetteer.compoundPlaceEnds))
    }()

    /// Whether the word at `word` (a range of `text.scalars`) stands in a place construction.
    /// `hyphensAsSpaces`: the view reads a hyphen as a space (the address
    /// view, `ScanView.readsHyphensAsSpaces`), so a compound place's word may
    /// follow after a space there. Nowhere else: "Erkin too was beaten" or
    /// "Темир суу сурады" is the person, not a village (red-team round 8 leftovers).
    static func isPlace(_ word: Range<Int>, in text: LeakNormalizer, hyphensAsSpaces: Bool) -> Bool {
        let tables = Self.tables
        let whole = joined(word, text)
        let name = string(whole, text)
        if tables.adjectives.contains(name) || Gazetteer.isCompoundPlace(name, ends: tables.compoundPlaceEnds) { return true }
        let previous = neighbour(before: whole.lowerBound, text)
        let next = neighbour(after: whole.upperBound, text)
        if previous.dotted, tables.before.contains(previous.word) { return true }
        // The address view reads Эркин-Сай as "эркин сай": the place word may follow after a space.
        if hyphensAsSpaces, next.spaced, Gazetteer.isCompoundPlace(name + "-" + next.word, ends: tables.compoundPlaceEnds) { return true }
        if next.spaced, tables.after.contains(next.word) { return true }
        guard tables.places.contains(name) || tables.toponymEndings.contains(where: { name.hasSuffix($0) && name.count >= 6 }) else { return false }
        return (previous.dotted && (tables.shortBefore.contains(previous.word) || tables.institutions.contains(previous.word)))
            || (next.spaced && tables.institutions.contains(next.word))
    }

    /// The named entities (`NamedEntities`), normalized as the scan normalizes text.
    static let entities = NamedEntities(text: NamedEntities.resourceText) {
        String(String.UnicodeScalarView(LeakNormalizer.needle($0)))
    }

    /// Whether the word at `word` is inside a named entity ("Кыргыз Темир
    /// Жолу", "«Эркин Тоо»"): the words around it, joined only by spaces,
    /// hyphens and quotes, hold one, and on its line of the original text
    /// (`lines`) every occurrence of the word has the entity's capitals
    /// ("Эркин тоодо", free in the mountains, is no newspaper: red-team
    /// round 3; the matcher checks the same in `NameMatcher.isEntity`).
    static func isEntity(_ word: Range<Int>, in text: LeakNormalizer, lines: [Substring]) -> Bool {
        guard isEntity(word, in: text) else { return false }
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return false }
        let tokens = lines[lineNumber - 1].split(whereSeparator: { !$0.isLetter })
        var found = false
        for (index, token) in tokens.enumerated() where LeakNormalizer(String(token)).scalars.elementsEqual(text.scalars[word]) {
            let around = tokens[max(0, index - 3)..<min(tokens.count, index + 4)].map(String.init)
            guard NamedEntities.shared.covers(around.map { $0.lowercased() }, at: index - max(0, index - 3), written: around) else {
                return false
            }
            found = true
        }
        return found
    }

    /// The same on the normalized text alone, capitals unchecked.
    private static func isEntity(_ word: Range<Int>, in text: LeakNormalizer) -> Bool {
        let entities = Self.entities
        guard entities.allForms.contains(string(word, text)) else { return false }
        let gap: Set<Unicode.Scalar> = [" ", "-", "«", "»", "\"", "“", "”", "„", "'"]
        func words(from start: Int, step: Int) -> [String] {
            var found: [String] = []
            var index = start
            while found.count < 3, index >= 0, index < text.scalars.count {
                if text.isWord(index) {
                    var other = index
                    while text.isWord(other + step) { other += step }
                    let range = step > 0 ? index..<(other + 1) : other..<(index + 1)
                    found.append(string(range, text))
                    index = other + step
                } else if gap.contains(text.scalars[index]) {
                    index += step
                } else {
                    break
                }
            }
            return found
        }
        let previous = Array(words(from: word.lowerBound - 1, step: -1).reversed())
        return entities.covers(previous + [string(word, text)] + words(from: word.upperBound, step: 1), at: previous.count)
    }

    /// Whether the whole word (widened over hyphens) is a gazetteer place,
    /// whatever stands around it.
    static func isPlaceName(_ word: Range<Int>, in text: LeakNormalizer) -> Bool {
        Self.tables.places.contains(string(joined(word, text), text))
    }

    /// The word widened over hyphens (Иссык-Кульской, р-н).
    static func joined(_ word: Range<Int>, _ text: LeakNormalizer) -> Range<Int> {
        var lower = word.lowerBound, upper = word.upperBound
        while lower >= 2, text.scalars[lower - 1] == "-", text.isWord(lower - 2) {
            lower -= 1
            while text.isWord(lower - 1) { lower -= 1 }
        }
        while upper + 1 < text.scalars.count, text.scalars[upper] == "-", text.isWord(upper + 1) {
            upper += 1
            while text.isWord(upper) { upper += 1 }
        }
        return lower..<upper
    }

    static func string(_ range: Range<Int>, _ text: LeakNormalizer) -> String {
        String(String.UnicodeScalarView(text.scalars[range]))
    }

    /// The word before `offset`, and whether only spaces and dots stand between.
    static func neighbour(before offset: Int, _ text: LeakNormalizer) -> (word: String, dotted: Bool) {
        var end = offset
        var dotted = true
        while end > 0, !text.isWord(end - 1) {
            if text.scalars[end - 1] != " " && text.scalars[end - 1] != "." { dotted = false }
            end -= 1
        }
        var start = end
        while text.isWord(start - 1) { start -= 1 }
        // Widened over hyphens, but only away from the word at `offset`: the
        // compound ванька-встанька is not the neighbour of its own part (red-team over-refusal).
        return (string(joined(start..<end, text).lowerBound..<end, text), dotted && end > start)
    }

    /// The word after `offset`, and whether only a space stands between.
    static func neighbour(after offset: Int, _ text: LeakNormalizer) -> (word: String, spaced: Bool) {
        var start = offset
        var spaced = true
        while start < text.scalars.count, !text.isWord(start) {
            if text.scalars[start] != " " { spaced = false }
            start += 1
        }
        var end = start
        while text.isWord(end) { end += 1 }
        return (string(start..<joined(start..<end, text).upperBound, text), spaced && end > start)
    }
}
