/// A name inside a letter-spaced run (red team round 9, B-222):
/// `Д Ж У С У П О В У Р М А Т` closes up to one word, `ДЖУСУПОВУРМАТ`, as
/// the reader reads it, with no wider gap between the two parts. The word
/// rules read names as whole words, so the name in it was missed (the
/// dotted form, `Д.Ж.У.…`, was refused). Letter-spacing is a disguise, not
/// a way of writing ordinary words: in a closed-up run, any part of a
/// protected person's name of five letters or more, in any writing (a
/// Latin part also in Cyrillic, a Cyrillic one in each Latin system), is
/// a hit wherever it stands in the run; so is its sound (`SoundSkeleton`:
/// Sharshenbaeva, which no system writes for Шаршенбаева).
struct LeakSpacedRunRule: Sendable {
    /// The view `ReaderView` makes of the closed-up runs only, one a line.
    static let viewName = "export as read, letter-spaced runs closed up"
    static let shortestPart = 5

    private var parts: [(personID: String, scalars: [Unicode.Scalar])] = []
    /// The parts' sounds (`SoundSkeleton`), for a writing no system gives (Sharshenbaeva for Шаршенбаева).
    private var sounds: [(personID: String, sound: [UInt8])] = []

    init(persons: some Sequence<RegisteredPerson>) {
        for person in persons {
            var seen: Set<[Unicode.Scalar]> = []
            for word in person.spellings.flatMap(LeakFatherNames.stemWords(of:)) {
                let latin = word.unicodeScalars.allSatisfy { $0.isASCII }
                let writings = FusedWordRule.writings(of: word) + (latin ? Transliteration.cyrillic(word).map(LeakNormalizer.needle) : [])
                for written in writings where written.count >= Self.shortestPart && seen.insert(written).inserted {
                    parts.append((person.id, written))
                    let sound = SoundSkeleton.of(written)
                    if sound.count >= Self.shortestPart, !sounds.contains(where: { $0.personID == person.id && $0.sound == sound }) {
                        sounds.append((person.id, sound))
                    }
                }
            }
        }
    }

    /// For each protected person with a part inside a run, the line of the first such run.
    func hits(in view: ScanView, _ text: LeakNormalizer, protected: Set<String>) -> [LeakHit] {
        guard view.name == Self.viewName, !parts.isEmpty else { return [] }
        var firstLine: [String: Int] = [:]
        for word in text.wordRanges where word.count >= Self.shortestPart {
            let run = Array(text.scalars[word])
            for part in parts where firstLine[part.personID] == nil && protected.contains(part.personID) && Self.contains(run, part.scalars) {
                firstLine[part.personID] = text.lines[word.lowerBound]
            }
            let sound = SoundSkeleton.of(run)
            for part in sounds where firstLine[part.personID] == nil && protected.contains(part.personID) && Self.contains(sound, part.sound) {
                firstLine[part.personID] = text.lines[word.lowerBound]
            }
        }
        return firstLine.keys.sorted().map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[$0], sourceLine: nil, personID: $0, detector: nil)
        }
    }

    private static func contains<T: Equatable>(_ run: [T], _ part: [T]) -> Bool {
        guard run.count >= part.count else { return false }
        return (0...(run.count - part.count)).contains { run[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
