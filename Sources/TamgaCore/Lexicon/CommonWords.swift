import Foundation

/// Lower-case common words of Russian, Kyrgyz and English, from real
/// dictionaries (Resources/lexicon, built by scripts/build-lexicon; its
/// README names the sources and licences).
///
/// Why: a given name or surname that is also a word (Максат "purpose",
/// Надежда "hope", Бакыт "happiness", Ким "who") made every report using the
/// word unexportable, and a hand list of sixty names could not know which
/// names those are (issue 15). The lexicon decides which name parts need
/// the stricter rule (a capital, not at a sentence start); every other part
/// keeps the fail-closed rule.
///
/// The files are kept as one byte blob per language, sorted by bytes, and
/// searched by bisection: loading reads the files and indexes the line
/// starts (no `Set<String>` of 350 000 strings to build).
public struct CommonWords: Sendable {
    private let blob: [UInt8]
    private let starts: [Int32]
    /// Each file's range of `starts`: each file is sorted on its own.
    private let segments: [Range<Int>]
    /// The file each segment was read from (`files`), so one language can be asked alone.
    private let segmentFiles: [String]

    /// The words of the shipped lexicon, loaded once per process. Empty when
    /// the resource files cannot be found: then no name is a common word and
    /// every name keeps the strict rule (fail closed).
    public static let shared: CommonWords = CommonWords(directory: resourceDirectory())

    /// The languages the lexicon has, as file names.
    static let files = ["ru.txt", "ky.txt", "en.txt", "ky-also-names.txt", "ky-everyday.txt"]

    init(directory: URL?) {
        var files: [(name: String, bytes: [UInt8])] = []
        for name in Self.files {
            guard let directory, let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { continue }
            files.append((name, [UInt8](data)))
        }
        self.init(sortedFiles: files)
    }

    /// A lexicon of `words` (any order, any case).
    init(words: [String]) {
        let sorted = Set(words.map { $0.lowercased() }).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        self.init(sortedFiles: [("words", Array(sorted.joined(separator: "\n").utf8))])
    }

    /// Files of lines sorted by bytes.
    private init(sortedFiles: [(name: String, bytes: [UInt8])]) {
        segmentFiles = sortedFiles.map(\.name)
        var blob: [UInt8] = []
        var starts: [Int32] = []
        var segments: [Range<Int>] = []
        for file in sortedFiles.map(\.bytes) {
            let first = starts.count
            let base = blob.count
            // memchr per line: a loop over six million bytes is slow in a debug build.
            file.withUnsafeBufferPointer { bytes in
                guard let origin = bytes.baseAddress else { return }
                var lineStart = 0
                while lineStart < bytes.count {
                    let rest = bytes.count - lineStart
                    let found = memchr(origin + lineStart, 0x0A, rest)
                    let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(origin) } ?? bytes.count
                    if end > lineStart { starts.append(Int32(base + lineStart)) }
                    lineStart = end + 1
                }
            }
            blob += file
            blob.append(UInt8(ascii: "\n"))
            segments.append(first..<starts.count)
        }
        self.blob = blob
        self.starts = starts
        self.segments = segments
    }

    /// How many words the lexicon holds.
    public var count: Int { starts.count }

    /// Whether `word`, lower-cased, is a word of the lexicon.
    public func contains(_ word: some StringProtocol) -> Bool {
        contains(word, inFiles: nil)
    }

    /// Whether `word`, lower-cased, is a word of the Russian lexicon (`ru.txt`) alone.
    public func isRussianWord(_ word: some StringProtocol) -> Bool {
        contains(word, inFiles: ["ru.txt"])
    }

    private func contains(_ word: some StringProtocol, inFiles names: Set<String>?) -> Bool {
        let key = Array(word.lowercased().utf8)
        guard !key.isEmpty else { return false }
        for (segment, file) in zip(segments, segmentFiles) where names?.contains(file) ?? true {
            var low = segment.lowerBound, high = segment.upperBound
            while low < high {
                let mid = (low + high) / 2
                let order = Self.compare(blob, Int(starts[mid]), key[...])
                if order == 0 { return true }
                if order < 0 { low = mid + 1 } else { high = mid }
            }
        }
        return false
    }

    /// Whether `word` is a lexicon word, or one with a Kyrgyz possessive of
    /// the first or second person after it (and any case ending after that):
    /// максатыбыз "our goal", максатыңыздын "of your goal". The lexicon lists
    /// the attested forms only, and these are productive; a personal name
    /// rarely takes them ("our Maksat"), while case endings alone (Максатка
    /// "to Maksat" or "to the goal") it takes all the time, so those stay as
    /// the lexicon has them (red-team over-refusal: Максатыбыз at a sentence
    /// start).
    public func isWordForm(_ word: some StringProtocol) -> Bool {
        if contains(word) { return true }
        let letters = Array(word.lowercased())
        guard letters.count >= 5, letters.allSatisfy(\.isLetter) else { return false }
        for split in stride(from: letters.count - 1, through: 3, by: -1) {
            let rest = String(letters[split...])
            guard let possessive = Self.personalPossessives.first(where: { rest.hasPrefix($0) }) else { continue }
            let tail = rest.dropFirst(possessive.count)
            guard tail.isEmpty || Self.caseEndings.contains(String(tail)), contains(String(letters[..<split])) else { continue }
            return true
        }
        return false
    }

    /// First- and second-person possessives, after a consonant (with the
    /// harmonic vowel) or a vowel: -(ы)м, -(ы)ң, -(ы)быз, -(ы)ңыз, -(ы)ңар.
    static let personalPossessives: [String] = {
        let narrow = ["ы", "и", "у", "ү"]
        var out: [String] = []
        for vowel in narrow {
            let (b, n, ar) = ("б" + vowel + "з", "ң" + vowel + "з", "ң" + (["ы": "а", "и": "е", "у": "о", "ү": "ө"][vowel] ?? "а") + "р")
            out += [vowel + b, vowel + n, vowel + ar, b, n, ar, vowel + "м", vowel + "ң"]
        }
        return Array(Set(out)).sorted { $0.count > $1.count }
    }()

    /// Kyrgyz case endings after a possessive (the pronominal н after the
    /// second person plural is among them: -ыңызга, -ыбыздын).
    static let caseEndings: Set<String> = {
        var out: Set<String> = []
        for (wide, narrow) in [("а", "ы"), ("е", "и"), ("о", "у"), ("ө", "ү")] {
            for c in ["д", "н", "т"] { out.formUnion([c + narrow + "н", c + narrow, c + wide, c + wide + "н"]) }
            out.formUnion(["г" + wide, "к" + wide, "н" + wide, "н" + "д" + wide, "н" + "д" + wide + "н", "ч" + wide])
        }
        return out
    }()

    /// Whether a written name part (Максат, Maksat, Надежда, Hope) is a
    /// common word: itself lower-cased, or a Latin part read back into
    /// Cyrillic (Maksat → максат), is in the lexicon. Hyphenated parts are
    /// looked up whole.
    public func isNamePart(_ part: String) -> Bool {
        let word = part.filter { $0.isLetter || $0 == "-" || $0 == "'" }
        guard !word.isEmpty else { return false }
        if contains(word) { return true }
        guard word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return false }
        return Transliteration.cyrillic(word).contains { contains($0) }
    }

    /// Byte order of the line at `start` against `key`: negative, zero or positive.
    private static func compare(_ blob: [UInt8], _ start: Int, _ key: ArraySlice<UInt8>) -> Int {
        var offset = start
        var index = key.startIndex
        while true {
            let lineEnded = offset >= blob.count || blob[offset] == UInt8(ascii: "\n")
            let keyEnded = index == key.endIndex
            if lineEnded || keyEnded { return (lineEnded ? 0 : 1) - (keyEnded ? 0 : 1) }
            if blob[offset] != key[index] { return Int(blob[offset]) - Int(key[index]) }
            offset += 1
            index += 1
        }
    }

    /// Where the lexicon files are: the SwiftPM resource bundle beside the
    /// executable (or test bundle), else the source tree this was built from.
    /// Not `Bundle.module`, whose accessor stops the process when the bundle
    /// is missing; a missing lexicon must only make the rules stricter.
    static func resourceDirectory() -> URL? {
        let bundleName = "tamga_TamgaCore.resources"
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["TAMGA_LEXICON_DIR"] { candidates.append(URL(fileURLWithPath: override)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for base in [Bundle.main.bundleURL, executable, Bundle.main.bundleURL.deletingLastPathComponent()] {
            candidates.append(base.appendingPathComponent(bundleName).appendingPathComponent("lexicon"))
            candidates.append(base.appendingPathComponent(bundleName))
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Resources").appendingPathComponent("lexicon"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("ru.txt").path) }
    }
}
