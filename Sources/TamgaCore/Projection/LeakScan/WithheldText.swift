/// The text of the parts of a document the audience may not see, taken from
/// the document's levels (not from the projector), and the check that no
/// distinctive run of it appears in an export.
///
/// Rule: a run of `LeakScanner.shingleWords` (8) consecutive words of one
/// withheld piece, compared as normalized words, or a whole withheld piece
/// of fewer words if it is at least `shortPieceCharacters` (40) long. Words,
/// not characters, so markers and the punctuation the projector adds never
/// match; and only withheld pieces, so text the audience may see is never
/// flagged, even where it repeats words of a withheld part.
///
/// A run (or short piece) that the document also has, word for word, in
/// text this audience sees is not looked for: the same sentence in a public
/// summary and in an internal section is no leak of the internal one when
/// it shows in the export, since the audience may read it in the summary.
/// Visible text is taken from the document's levels too, as runs of
/// consecutive visible pieces broken at every withheld piece, so a run
/// counts as visible only where the source has those eight words together
/// in parts the audience sees. A visible `@` reference stands in a run for
/// the registered name when the audience may see that person named (what
/// the export shows there); any other reference breaks the run. Every other
/// run of the withheld piece is still looked for.
struct WithheldText {
    private let pieces: [(words: [String], line: Int)]
    /// Keys of the runs of `shingleWords` words in visible text.
    private let visibleShingles: Set<String>
    /// The visible runs, each as " word word ... ", for short pieces.
    private let visibleRuns: [String]

    /// `disclosedNames`: the registered name of every person the audience
    /// may see named, by id.
    init(document: Document, audience: Audience, policy: Policy, disclosedNames: [String: String]) {
        var pieces: [(words: [String], line: Int)] = []
        var runs: [[String]] = [[]]
        for piece in document.pieces {
            let visible = policy.audience(audience, sees: piece.level)
            if piece.kind == .reference, visible, let name = disclosedNames[piece.text] {
                runs[runs.count - 1] += LeakNormalizer(name).words.map(\.word)
                continue
            }
            let words = piece.kind == .reference ? [] : LeakNormalizer(piece.text).words.map(\.word)
            if piece.kind != .reference, visible {
                runs[runs.count - 1] += words
                continue
            }
            if !runs[runs.count - 1].isEmpty { runs.append([]) }
            guard piece.kind != .reference else { continue }
            let long = words.count >= LeakScanner.shingleWords
                || words.joined(separator: " ").count >= LeakScanner.shortPieceCharacters
            if long { pieces.append((words, piece.location.line)) }
        }
        self.pieces = pieces
        let size = LeakScanner.shingleWords
        var shingles: Set<String> = []
        for run in runs where run.count >= size {
            for start in 0...(run.count - size) { shingles.insert(run[start..<(start + size)].joined(separator: " ")) }
        }
        visibleShingles = shingles
        visibleRuns = runs.filter { !$0.isEmpty }.map { " " + $0.joined(separator: " ") + " " }
    }

    func hits(in view: ScanView, _ normalized: LeakNormalizer) -> [LeakHit] {
        guard !pieces.isEmpty else { return [] }
        let words = normalized.words
        let size = LeakScanner.shingleWords
        var shingles: [String: Int] = [:]
        if words.count >= size {
            for start in 0...(words.count - size) where shingles[key(words[start..<(start + size)].map(\.word))] == nil {
                shingles[key(words[start..<(start + size)].map(\.word))] = words[start].line
            }
        }
        let joined = " " + words.map(\.word).joined(separator: " ") + " "
        var hits: [LeakHit] = []
        for piece in pieces {
            if piece.words.count >= size {
                let found = (0...(piece.words.count - size)).lazy.map { self.key(Array(piece.words[$0..<($0 + size)])) }
                    .filter { !self.visibleShingles.contains($0) }.compactMap { shingles[$0] }.first
                if let line = found { hits.append(hit(view, exportLine: line, sourceLine: piece.line)) }
            } else {
                let whole = " " + piece.words.joined(separator: " ") + " "
                if joined.contains(whole), !visibleRuns.contains(where: { $0.contains(whole) }) {
                    hits.append(hit(view, exportLine: nil, sourceLine: piece.line))
                }
            }
        }
        return hits
    }

    private func key(_ words: [String]) -> String { words.joined(separator: " ") }

    private func hit(_ view: ScanView, exportLine: Int?, sourceLine: Int) -> LeakHit {
        LeakHit(rule: .withheldText, view: view.name, exportLine: exportLine, sourceLine: sourceLine, personID: nil, detector: nil)
    }
}
