/// A name a reader puts together from pieces (issue 15, round-8 leftover):
/// cut by spaces into chunks (`Sa dy kov`, `Сады ков`, `Tok to su nova`),
/// letter-spaced (`S a d y k o v`), or over the cells of a table row
/// (`| Сады | ков |`). The leak scan refuses these (`LeakSplitNames`, the
/// letter-spacing and table-cell views), so the export stopped although
/// the projector could have replaced the name. Here the projector reads
/// each run of short chunks on one line joined, with its own name finder,
/// and replaces a run whose join is a name, whole: the run at once when
/// the chunks are cut by spaces, each chunk when they are cells (so the
/// row keeps its cells).
///
/// What is joined (the scan reads more, and stops what this misses): two
/// to twelve chunks of letters of at most twelve letters each, one of six
/// at most (a split name has a short piece), one to three
/// spaces or one `|` between them on one line; the join six letters or more,
/// or a run of three single letters or more; not when every chunk is a word
/// of the lexicon (`a man`, `ак бар`), nor when a chunk is a name by
/// itself (`Алтын жана`, gold and, is no Алтынжан + -а), nor across уулу/кызы.
enum SplitNameReading {
    struct Found { let ranges: [Range<Int>]; let candidates: [String] }

    static func matches(in scalars: [Unicode.Scalar], names: any NameFinding) -> [Found] {
        let tokens = letterRuns(scalars)
        guard tokens.count >= 2 else { return [] }
        var found: [Found] = []
        var index = 0
        while index < tokens.count - 1 {
            guard tokens[index].count <= 12 else { index += 1; continue }
            var best: (end: Int, candidates: [String], cells: Bool)?
            var joined = String.UnicodeScalarView(scalars[tokens[index]])
            var cells = false
            var end = index + 1
            var shortest = tokens[index].count
            while end < tokens.count, end - index < 12, tokens[end].count <= 12,
                  let separator = separator(scalars, tokens[end - 1].upperBound..<tokens[end].lowerBound) {
                cells = cells || separator
                shortest = min(shortest, tokens[end].count)
                joined.append(contentsOf: scalars[tokens[end]])
                let run = tokens[index...end]
                let singles = run.allSatisfy { $0.count == 1 } && run.count >= 3
                if joined.count >= 6 || singles, shortest <= 6, !run.allSatisfy({ CommonWords.shared.contains(String(String.UnicodeScalarView(scalars[$0])).lowercased()) }) {
                    let text = String(joined)
                    if let match = names.matches(in: text).first(where: { $0.range == text.startIndex..<text.endIndex }),
                       !run.contains(where: { isWholeName(scalars[$0], names) }),
                       !run.dropFirst().contains(where: { isParticle(scalars[$0]) }) {
                        best = (end, match.candidates, cells)
                    }
                }
                end += 1
            }
            if let best {
                let run = tokens[index...best.end]
                found.append(Found(ranges: best.cells ? run.map { $0 } : [run.first!.lowerBound..<run.last!.upperBound], candidates: best.candidates))
                index = best.end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether a chunk is a name by itself: then the run is that name (or
    /// the word the matcher left, `Алтын`, `Темир`) and the next word, not a
    /// name cut apart (`Алтын жана` is no Алтынжан + -а).
    private static func isWholeName(_ chunk: ArraySlice<Unicode.Scalar>, _ names: any NameFinding) -> Bool {
        guard chunk.count >= 3 else { return false }
        let text = String(String.UnicodeScalarView(chunk))
        return names.matches(in: text).contains { $0.range == text.startIndex..<text.endIndex }
    }

    /// Whether a chunk is уулу/кызы/оглы (with a case ending): a father's
    /// name is written apart from it, and the name finder reads the pair in
    /// its context ("Асан уулу Марат" is another man's patronymic, red-team
    /// round 4), which the join `Асануулу` would lose.
    private static func isParticle(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        NameMatcher.isParticleWord(SkeletonText(String(String.UnicodeScalarView(chunk))).symbols[...])
    }

    /// The letter runs of the text (scalar ranges).
    private static func letterRuns(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic {
                if start == nil { start = offset }
            } else if let first = start {
                runs.append(first..<offset)
                start = nil
            }
        }
        if let first = start { runs.append(first..<scalars.count) }
        return runs
    }

    /// nil when the gap does not join two chunks; true for a cell border, false for spaces.
    private static func separator(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool? {
        let text = scalars[gap]
        let bars = text.filter { $0 == "|" }.count
        guard bars <= 1, text.allSatisfy({ $0 == " " || $0 == "\u{A0}" || $0 == "|" }), text.count - bars <= 3, !text.isEmpty else { return nil }
        return bars == 1
    }
}
