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
struct WithheldText {
    private let pieces: [(words: [String], line: Int)]

    init(document: Document, audience: Audience, policy: Policy) {
        pieces = document.pieces.filter { $0.kind != .reference && !policy.audience(audience, sees: $0.level) }.compactMap { piece in
            let words = LeakNormalizer(piece.text).words.map(\.word)
            let long = words.count >= LeakScanner.shingleWords
                || words.joined(separator: " ").count >= LeakScanner.shortPieceCharacters
            return long ? (words, piece.location.line) : nil
        }
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
                let found = (0...(piece.words.count - size)).lazy.compactMap { shingles[key(Array(piece.words[$0..<($0 + size)]))] }.first
                if let line = found { hits.append(hit(view, exportLine: line, sourceLine: piece.line)) }
            } else if joined.contains(" " + piece.words.joined(separator: " ") + " ") {
                hits.append(hit(view, exportLine: nil, sourceLine: piece.line))
            }
        }
        return hits
    }

    private func key(_ words: [String]) -> String { words.joined(separator: " ") }

    private func hit(_ view: ScanView, exportLine: Int?, sourceLine: Int) -> LeakHit {
        LeakHit(rule: .withheldText, view: view.name, exportLine: exportLine, sourceLine: sourceLine, personID: nil, detector: nil)
    }
}
