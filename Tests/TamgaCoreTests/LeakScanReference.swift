import Foundation
@testable import TamgaCore

/// A frozen copy of the leak scan as it was before the registry was indexed
/// once per scanner and the scalar properties were tabled (commit d7fef1f):
/// a reference oracle for `LeakScanEquivalenceTests`, never to be optimized.
/// It walks every protected person on every scan, re-normalizes each
/// spelling, searches the text once per spelling, and asks
/// `Unicode.Scalar.Properties` about every scalar. Every rule is its own
/// copy (names and `sensitive` here; detectors, residue, withheld text and
/// blanking in `LeakScanReference+Rules.swift` and `+Detectors.swift`), so
/// no code the speed-up touched is on both sides of the comparison; only the
/// `NameFinding` and the unchanged view decoding are shared.
enum LeakScanReference {
    /// The old `LeakNormalizer`, property lookups and NFKC on every text.
    struct Normalizer {
        let scalars: [Unicode.Scalar]
        let lines: [Int]

        static let confusables: [Unicode.Scalar: Unicode.Scalar] = [
            "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
            "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w",
            "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2032}": "'", "`": "'",
            "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        ]

        init(_ text: String) {
            var scalars: [Unicode.Scalar] = []
            var lines: [Int] = []
            var line = 1
            var pendingSpace = false
            for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
                if scalar == "\n" { line += 1 }
                if scalar.properties.generalCategory == .format { continue }
                if scalar.properties.isWhitespace {
                    pendingSpace = !scalars.isEmpty
                    continue
                }
                if pendingSpace {
                    scalars.append(" ")
                    lines.append(line)
                    pendingSpace = false
                }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    scalars.append(Self.confusables[lower] ?? lower)
                    lines.append(line)
                }
            }
            self.scalars = scalars
            self.lines = lines
        }

        func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
            guard let first = needle.first, needle.count <= scalars.count else { return [] }
            var found: [Int] = []
            for start in 0...(scalars.count - needle.count) where scalars[start] == first {
                guard scalars[start..<(start + needle.count)].elementsEqual(needle) else { continue }
                let end = start + needle.count
                let cutsStart = isWord(start) && isWord(start - 1)
                let cutsEnd = isWord(end - 1) && isWord(end)
                if !cutsStart && !cutsEnd { found.append(start) }
            }
            return found
        }

        private func isWord(_ offset: Int) -> Bool {
            offset >= 0 && offset < scalars.count
                && (scalars[offset].properties.isAlphabetic || scalars[offset].properties.numericType != nil)
        }

        var words: [(word: String, line: Int)] {
            var result: [(String, Int)] = []
            var current = String.UnicodeScalarView()
            var line = 1
            for (offset, scalar) in scalars.enumerated() {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if current.isEmpty { line = lines[offset] }
                    current.append(scalar)
                } else if !current.isEmpty {
                    result.append((String(current), line))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { result.append((String(current), line)) }
            return result
        }

        static func needle(_ text: String) -> [Unicode.Scalar] { Normalizer(text).scalars }
    }

    /// The old `LeakScanner.scan`, with the old copy of every rule; only the
    /// scanner's policy, registry, finder and `sensitive` strings are used.
    /// Returns the hits (empty: the export passes).
    static func scan(_ scanner: LeakScanner, _ rendered: String, format: ExportFormat, fileName: String,
                     document: Document, audience: Audience) -> [LeakHit] {
        guard audience != .internal else { return [] }
        var hits: [LeakHit] = []
        let spacedName = String(fileName.map { "-_.".contains($0) ? " " : $0 })
        var views = [ScanView(name: "file name", text: fileName), ScanView(name: "file name", text: spacedName)]
        switch ScanView.decoded(rendered, format: format) {
        case let .success(text):
            views.append(ScanView(name: "export", text: format == .json ? ScanView.spacingJSONEscapes(rendered) : rendered))
            if let text { views.append(ScanView(name: "export text", text: text)) }
        case .failure: hits.append(LeakHit(rule: .unreadableExport, view: "export", exportLine: nil, sourceLine: nil, personID: nil, detector: nil))
        }
        if rendered.allSatisfy(\.isWhitespace) {
            hits.append(LeakHit(rule: .unreadableExport, view: "export", exportLine: nil, sourceLine: nil, personID: nil, detector: nil))
        }
        let policy = scanner.policy
        let persons = scanner.registry.including(document).persons
        let protected = persons.values.filter { !policy.disclosesName(role: $0.role, consent: $0.consent, to: audience) }
        let disclosedNames = Dictionary(uniqueKeysWithValues: persons.values.filter {
            policy.disclosesName(role: $0.role, consent: $0.consent, to: audience)
        }.map { ($0.id, $0.name) })
        let disclosed = Set(disclosedNames.keys)
        let withheld = Withheld(document: document, audience: audience, policy: policy, disclosedNames: disclosedNames)
        for view in views {
            let normalized = Normalizer(view.text)
            hits += nameHits(scanner, view, normalized, protected: Set(protected.map(\.id)), disclosed: disclosed, spellings: protected)
            hits += sensitiveHits(scanner, view, normalized, document: document)
            hits += detectorHits(policy, view, audience: audience)
            hits += residueHits(view, personIDs: Set(persons.keys))
            if view.name != "file name" { hits += withheld.hits(in: view, normalized) }
        }
        return hits
    }

    static func nameHits(_ scanner: LeakScanner, _ view: ScanView, _ normalized: Normalizer, protected: Set<String>,
                         disclosed: Set<String>, spellings persons: [RegisteredPerson]) -> [LeakHit] {
        let matches = scanner.names.matches(in: view.text)
        var hits = matches.filter { $0.candidates.contains(where: protected.contains) }.map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: view.line(of: $0.range.lowerBound), sourceLine: nil,
                    personID: $0.candidates.first(where: protected.contains), detector: nil)
        }
        for person in persons.sorted(by: { $0.id < $1.id }) {
            for spelling in person.spellings {
                for offset in normalized.occurrences(of: Normalizer.needle(spelling)).prefix(1) {
                    hits.append(LeakHit(rule: .protectedName, view: view.name, exportLine: normalized.lines[offset], sourceLine: nil,
                                        personID: person.id, detector: nil))
                }
            }
        }
        let exempt = matches.filter { match in
            match.candidates.allSatisfy(disclosed.contains) && !view.text[match.range].contains(",")
        }.map(\.range)
        let stemText = exempt.isEmpty ? normalized : Normalizer(blanking(view, exempt))
        return hits + stemHits(view, stemText, persons: persons)
    }

    static func stemHits(_ view: ScanView, _ normalized: Normalizer, persons: [RegisteredPerson]) -> [LeakHit] {
        var personsByStem: [String: [String]] = [:]
        for person in persons {
            let stems = Set(person.spellings.flatMap { Normalizer($0).words.flatMap { Self.stems(of: $0.word) } }
                .filter { $0.unicodeScalars.count >= 5 })
            for stem in stems { personsByStem[stem, default: []].append(person.id) }
        }
        var firstLine: [String: Int] = [:]
        for word in normalized.words {
            let scalars = Array(word.word.unicodeScalars)
            let shortest = max(5, scalars.count - 6)
            guard shortest <= scalars.count else { continue }
            for length in shortest...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[0..<length]))
                for id in personsByStem[prefix] ?? [] where firstLine[id] == nil { firstLine[id] = word.line }
            }
        }
        return firstLine.keys.sorted().map { id in
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[id], sourceLine: nil, personID: id, detector: nil)
        }
    }

    static func sensitiveHits(_ scanner: LeakScanner, _ view: ScanView, _ normalized: Normalizer, document: Document) -> [LeakHit] {
        Set(scanner.sensitive + document.sensitive).sorted().flatMap { string in
            normalized.occurrences(of: Normalizer.needle(string)).prefix(1).map {
                LeakHit(rule: .sensitiveString, view: view.name, exportLine: normalized.lines[$0], sourceLine: nil,
                        personID: nil, detector: nil)
            }
        }
    }

    private static func stems(of word: String) -> [String] {
        guard let last = word.unicodeScalars.last, "aeiouyяыиюэьй".unicodeScalars.contains(last) else { return [word] }
        return [word, String(String.UnicodeScalarView(word.unicodeScalars.dropLast()))]
    }
}
