@testable import TamgaCore

/// The d7fef1f scan's other rules, frozen for `LeakScanReference`: the
/// detectors' format-character filter, the residue rule, the withheld-text
/// rule and `ScanView.blanking`, each with the Unicode property lookups the
/// scan then made on every scalar. The shipped rules now read
/// `LeakScalarTable` (directly, or through `ScalarText.isWordScalar` and
/// `LeakNormalizer`), so calling them from the reference would compare the
/// table with itself; these copies keep the equivalence test an oracle for
/// every rule. Never to be optimized or kept in step with the scanner.
extension LeakScanReference {
    /// The d7fef1f `ScalarText.isWordScalar`: a letter or digit of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The d7fef1f detectors' filter: general category Cf (soft hyphen,
    /// zero-width space, word joiner, ...).
    static func isFormatScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    /// The d7fef1f `ScalarText.folded`.
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }

    /// The d7fef1f `LeakScanner.detectorHits`, on the reference detectors.
    static func detectorHits(_ policy: Policy, _ view: ScanView, audience: Audience) -> [LeakHit] {
        let cleaned = String(String.UnicodeScalarView(view.text.unicodeScalars.filter { !isFormatScalar($0) }))
        let cleanedView = ScanView(name: view.name, text: cleaned)
        return policy.detectors(for: audience).flatMap { kind in
            detectorMatches(kind, in: cleaned).map {
                LeakHit(rule: .detector, view: view.name, exportLine: cleanedView.line(of: $0.lowerBound), sourceLine: nil,
                        personID: nil, detector: kind)
            }
        }
    }

    /// The d7fef1f `LeakScanner.residueHits`.
    static func residueHits(_ view: ScanView, personIDs: Set<String>) -> [LeakHit] {
        var hits: [LeakHit] = []
        let lines = view.text.split(separator: "\n", omittingEmptySubsequences: false)
        let classes = Level.allCases.map { "{.\($0.rawValue)" } + ["{.recommendation", "{ .internal", "{ .state", "{ .public"]
        for (index, line) in lines.enumerated() {
            let isResidue = classes.contains { line.contains($0) } || line.drop { $0 == " " }.hasPrefix(":::")
                || hasReference(line, personIDs)
            if isResidue {
                hits.append(LeakHit(rule: .markupResidue, view: view.name, exportLine: index + 1, sourceLine: nil, personID: nil, detector: nil))
            }
        }
        return hits
    }

    private static func hasReference(_ line: Substring, _ personIDs: Set<String>) -> Bool {
        let scalars = Array(line.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "@" {
            var end = offset + 1
            while end < scalars.count, Identifier.isPersonIDScalar(scalars[end]) { end += 1 }
            let id = String(String.UnicodeScalarView(scalars[(offset + 1)..<end]))
            if personIDs.contains(id) { return true }
        }
        return false
    }

    /// The d7fef1f `ScanView.blanking`, with the property-based word test.
    static func blanking(_ view: ScanView, _ ranges: [Range<String.Index>]) -> String {
        func joinsWords(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .format, .nonspacingMark, .spacingMark, .enclosingMark: true
            default: isWordScalar(scalar)
            }
        }
        let scalars = view.text.unicodeScalars
        var result = String.UnicodeScalarView()
        var cursor = scalars.startIndex
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= cursor {
            let before = range.lowerBound > scalars.startIndex ? scalars[scalars.index(before: range.lowerBound)] : nil
            let after = range.upperBound < scalars.endIndex ? scalars[range.upperBound] : nil
            guard !range.isEmpty, before.map(joinsWords) != true, after.map(joinsWords) != true else { continue }
            result.append(contentsOf: scalars[cursor..<range.lowerBound])
            result.append(contentsOf: scalars[range].map { $0 == "\n" ? "\n" : " " })
            cursor = range.upperBound
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }

    /// The d7fef1f `WithheldText`, reading words with the reference `Normalizer`.
    struct Withheld {
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
                    runs[runs.count - 1] += Normalizer(name).words.map(\.word)
                    continue
                }
                let words = piece.kind == .reference ? [] : Normalizer(piece.text).words.map(\.word)
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

        func hits(in view: ScanView, _ normalized: Normalizer) -> [LeakHit] {
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
}
