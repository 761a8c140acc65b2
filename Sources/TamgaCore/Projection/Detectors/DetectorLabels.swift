/// Label words that turn a nearby number into an identifier (`паспорт`,
/// `ПИН`, `тел.`, `DOB`): the design rule of the detectors is that a long
/// digit run, or a label near digits, is the signal, and a short number
/// alone is not.
///
/// A label is matched at the start of a word, case-folded; a space in it
/// matches any run of whitespace (a wrapped line). A label written with a
/// trailing `*` is a stem and takes the rest of its word (`телефон*` covers
/// телефону, телефонунун); one without must end there. A `.` right after a
/// label is part of it (`тел.`, `д.р.`), so it is not read as a sentence break.
/// A stem may name whole words it does not take (`excluding`): `birth*`
/// takes birthday but not births, a count of them (red-team over-refusal).
struct DetectorLabels: Sendable {
    private let words: [(scalars: [Unicode.Scalar], stem: Bool)]
    private let excluded: Set<[Unicode.Scalar]>
    private let longest: Int
    private let takesDot: Bool
    /// The words by their folded first scalar, below U+0500 in a table
    /// (most positions begin none; the detectors ask at every word start).
    private let firstTable: [[Int]]
    private let otherFirsts: [Unicode.Scalar: [Int]]

    /// `takesDot: false` leaves a following `.` out (month words, where it
    /// may end the sentence).
    init(_ words: [String], takesDot: Bool = true, excluding: [String] = []) {
        self.takesDot = takesDot
        excluded = Set(excluding.map { Array($0.lowercased().unicodeScalars) })
        self.words = words.map { word in
            let stem = word.hasSuffix("*")
            return (Array((stem ? String(word.dropLast()) : word).lowercased().unicodeScalars), stem)
        }
        longest = self.words.map(\.scalars.count).max() ?? 0
        var table = [[Int]](repeating: [], count: 0x500)
        var others: [Unicode.Scalar: [Int]] = [:]
        for (index, word) in self.words.enumerated() {
            guard let first = word.scalars.first else { continue }
            if first.value < 0x500 { table[Int(first.value)].append(index) } else { others[first, default: []].append(index) }
        }
        firstTable = table
        otherFirsts = others
    }

    /// Each label occurrence `start..<end` with `end` at most `window`
    /// scalars before `offset`, nearest first.
    func before(_ scalars: [Unicode.Scalar], _ offset: Int, window: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for position in stride(from: offset - 1, through: max(0, offset - window - longest - 12), by: -1) {
            guard let end = match(scalars, at: position), end <= offset, offset - end <= window else { continue }
            found.append(position..<end)
        }
        return found
    }

    /// Each label occurrence starting at most `window` scalars after `offset`, nearest first.
    func after(_ scalars: [Unicode.Scalar], _ offset: Int, window: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for position in offset..<min(scalars.count, offset + window + 1) {
            if let end = match(scalars, at: position) { found.append(position..<end) }
        }
        return found
    }

    /// Where a label starting at `position` ends (the longest that matches).
    func match(_ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        guard position < scalars.count else { return nil }
        let first = DetectorScalars.folded(scalars[position])
        let candidates = first.value < 0x500 ? firstTable[Int(first.value)] : otherFirsts[first] ?? []
        guard !candidates.isEmpty, position == 0 || !DetectorScalars.isLetter(scalars, position - 1) else { return nil }
        var best: Int?
        for index in candidates {
            let word = words[index]
            guard var end = Self.matchEnd(word.scalars, scalars, at: position) else { continue }
            if word.stem {
                while DetectorScalars.isLetter(scalars, end) { end += 1 }
                if !excluded.isEmpty, excluded.contains(scalars[position..<end].map(DetectorScalars.folded)) { continue }
            } else if DetectorScalars.isLetter(scalars, end), word.scalars.last.map(ScalarText.isWordScalar) ?? false {
                continue
            }
            if takesDot, end < scalars.count, scalars[end] == "." { end += 1 }
            best = max(best ?? end, end)
        }
        return best
    }

    private static func matchEnd(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        var offset = position
        for index in word.indices {
            let scalar = word[index]
            guard offset < scalars.count else { return nil }
            if scalar == " " {
                guard DetectorScalars.isSpace(scalars[offset]) else { return nil }
                while offset < scalars.count, DetectorScalars.isSpace(scalars[offset]) { offset += 1 }
            } else {
                guard DetectorScalars.folded(scalars[offset]) == scalar else { return nil }
                offset += 1
            }
        }
        return offset
    }
}
