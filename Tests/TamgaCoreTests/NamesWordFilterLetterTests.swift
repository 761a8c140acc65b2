import Testing
@testable import TamgaCore

/// The word filter on real letters, not only on ASCII base letters: a word
/// starts with a scalar of `SkeletonScalarTable`, whose base may be several
/// letters (ж→zh, щ→shch, ю→yu, ң→ng, x→ks, æ→ae, ß→ss), and the scanner then
/// reads the filter's second letter from that base (`firstBase >> 8`), or
/// from the next letter after two letters (`letterCount == 2`). A mistake
/// there skips a word that is a name: a leak, and one the ASCII sequences of
/// `NamesWordFilterTests` cannot show. So every first × second letter of
/// both scripts, in lower, capitalized and upper case, and a few third
/// letters, is read with the filters of matchers whose names start with
/// those letters; every skipped word is checked against the keys, and the
/// matches are compared with the frozen reference engine.
@Suite struct NamesWordFilterLetterTests {
    /// Lowercase letters of one script: every one the table reads as that
    /// script within `values`, or only those `include` accepts.
    static func letters(_ values: ClosedRange<UInt32>, _ kind: ScalarEntry.Kind,
                        include: (UInt32, ScalarEntry) -> Bool = { _, _ in true }) -> [Unicode.Scalar] {
        values.compactMap { value in
            let entry = SkeletonScalarTable.entry(value)
            guard entry.kind == kind, entry.isLetter, !entry.isUpper, entry.base != 0, include(value, entry) else { return nil }
            return Unicode.Scalar(value)
        }
    }

    /// Every Cyrillic letter of the table (Russian, Kyrgyz ң ө ү, and the neighbours).
    static let cyrillic = letters(0x430...0x52F, .cyrillic)
    /// a–z, every Latin letter whose base is several letters (æ ß ĳ þ ŋ ...),
    /// and a few that fold to one (é ü ö ñ ı ł ø ç ğ đ ð ž č š).
    static let latin = letters(0x61...0x24F, .latin) { value, entry in
        value < 0x80 || entry.base > 0xFF || "éüöñıłøçğđðžčš".unicodeScalars.contains { $0.value == value }
    }
    /// Letters that must be first letters of some batch's names.
    static let multiLetter = (cyrillic + latin).filter { SkeletonScalarTable.entry($0.value).base > 0xFF }

    static func upper(_ scalar: Unicode.Scalar) -> String {
        let upper = scalar.properties.uppercaseMapping
        guard upper.unicodeScalars.count == 1, let first = upper.unicodeScalars.first,
              SkeletonScalarTable.entry(first.value).isLetter else { return String(scalar) }
        return upper
    }

    /// The case forms of a word from `letters`: lower, capitalized, upper.
    static func forms(_ letters: [Unicode.Scalar]) -> [String] {
        let lower = String(String.UnicodeScalarView(letters))
        let capitalized = upper(letters[0]) + String(String.UnicodeScalarView(letters.dropFirst()))
        return [lower, capitalized, letters.map(upper).joined()]
    }

    /// Every first × second letter of each script in the three case forms,
    /// and with a third letter (one of three per pair) in two of them.
    static let crossWords: [String] = [cyrillic, latin].flatMap { script in
        let thirds = script == cyrillic ? ["а", "н", "ж"] : ["a", "n", "h"]
        return script.enumerated().flatMap { i, first in
            script.enumerated().flatMap { j, second in
                let third = thirds[(i + j) % thirds.count].unicodeScalars.first!
                return forms([first, second]) + forms([first, second, third]).prefix(2)
            }
        }
    }

    /// Persons for a batch of first letters: a given name of the first
    /// letter and a plain second letter (so `æ` + `b` is read as `a`, `e`,
    /// not `a`, `b`), a family name of the first letter and any second
    /// letter, and for some a two-letter name.
    static func persons(firsts: [Unicode.Scalar], _ random: inout NamesEquivalenceCorpus.Random) -> [PersonNames] {
        firsts.enumerated().map { index, first in
            let isCyrillic = SkeletonScalarTable.entry(first.value).kind == .cyrillic
            let script = isCyrillic ? cyrillic : latin
            let plain = (isCyrillic ? "блмпрвф" : "bflmprvh").unicodeScalars.map { $0 }
            let tails = isCyrillic ? ["анбек", "ырбай", "умат", "ек", "ова"] : ["anbek", "yrbai", "umat", "ek", "ova"]
            let given = forms([first, random.pick(plain)] + random.pick(tails).unicodeScalars)[1]
            let family = forms([first, random.pick(script)] + random.pick(tails).unicodeScalars)[1] + (isCyrillic ? "ов" : "ov")
            var spellings = [given + " " + family]
            if index % 3 == 0 { spellings.append(forms([first, random.pick(script)])[1]) }
            return PersonNames(personID: "P-\(index + 1)", spellings: spellings)
        }
    }

    /// What a skipped word's skeleton may not be, from the matcher's key
    /// segments (runs of letter symbols): a prefix of a segment, or begin
    /// with a segment of two or more symbols or a key's last one.
    struct Segments {
        var prefixes: Set<[UInt8]> = []
        var heads: Set<[UInt8]> = []

        init(_ matcher: NameMatcher) {
            for key in matcher.keys {
                let runs = key.symbols.split(whereSeparator: { !SkeletonText.isLetter($0) })
                for (index, run) in runs.enumerated() {
                    for length in 1...run.count { prefixes.insert(Array(run.prefix(length))) }
                    if run.count >= 2 || (index == runs.count - 1 && run.endIndex == key.symbols.endIndex) { heads.insert(Array(run)) }
                }
            }
        }

        func mayBegin(_ symbols: [UInt8]) -> Bool {
            prefixes.contains(symbols) || (1...max(1, symbols.count)).contains { heads.contains(Array(symbols.prefix($0))) }
        }
    }

    /// Batches of `size` first letters, shuffled, every letter in one and
    /// every multi-letter base in the first batches too.
    static func batches(_ random: inout NamesEquivalenceCorpus.Random, size: Int) -> [[Unicode.Scalar]] {
        var all = cyrillic + latin
        for index in all.indices.reversed() { all.swapAt(index, random.int(index + 1)) }
        all = multiLetter + all
        return stride(from: 0, to: all.count, by: size).map { Array(all[$0..<min($0 + size, all.count)]) }
    }

    /// A word the filter skips cannot begin any key segment: its whole
    /// skeleton is no prefix of a segment, and no segment of two or more
    /// symbols, nor a key's last one (an ending may follow), is a prefix of it.
    @Test func skippedLetterPairsBeginNoKey() {
        var random = NamesEquivalenceCorpus.Random(state: 0xF117)
        let batches = Self.batches(&random, size: 6)
        let text = Self.crossWords.joined(separator: " ")
        var skeletons: [String: [UInt8]] = [:]
        var skipped = 0, skippedMultiLetter = 0
        var failures: [String] = []
        for (number, firsts) in batches.enumerated() {
            let matcher = NameMatcher(persons: Self.persons(firsts: firsts, &random))
            let segments = Segments(matcher)
            // Long texts take the memo's path, short ones the early return without it.
            let chunks = number % 2 == 0 ? [text] : stride(from: 0, to: Self.crossWords.count, by: 900).map {
                Self.crossWords[$0..<min($0 + 900, Self.crossWords.count)].joined(separator: " ")
            }
            for chunk in chunks {
                var copy = chunk
                copy.withUTF8 { utf8 in
                    let filtered = SkeletonText(utf8: utf8, filter: matcher.wordFilter)
                    for index in filtered.symbols.indices where filtered.symbols[index] == SkeletonText.placeholder {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[filtered.start(index)..<filtered.end(index)]), as: UTF8.self)
                        let symbols = skeletons[word] ?? SkeletonText(word).symbols
                        skeletons[word] = symbols
                        skipped += 1
                        if SkeletonScalarTable.entry(word.unicodeScalars.first!.value).base > 0xFF { skippedMultiLetter += 1 }
                        if segments.mayBegin(symbols), failures.count < 20 { failures.append("\(word) (batch \(firsts.map(String.init)))") }
                    }
                }
            }
        }
        #expect(Self.cyrillic.count > 60 && Self.latin.count > 40 && Self.multiLetter.count > 25)
        #expect(skipped > 100_000)
        #expect(skippedMultiLetter > 5_000)
        #expect(failures.isEmpty, "skipped words that begin a key: \(failures)")
    }

    /// The real engine and the frozen reference find the same names in texts
    /// of such words next to the batch's names (declined, transliterated,
    /// in other cases), in both scripts.
    @Test func letterPairsNextToNamesMatchTheReference() {
        var random = NamesEquivalenceCorpus.Random(state: 0x2A1E)
        let batches = Self.batches(&random, size: 4)
        var placeholders = 0, matches = 0
        for (number, firsts) in batches.enumerated() {
            let persons = Self.persons(firsts: firsts, &random)
            let optimized = NamesEquivalenceTests.optimized(persons)
            let reference = NamesReference.NameMatcher(persons: persons)
            var words: [String] = []
            for first in firsts + (0..<12).map({ _ in random.pick(Self.cyrillic + Self.latin) }) {
                let script = SkeletonScalarTable.entry(first.value).kind == .cyrillic ? Self.cyrillic : Self.latin
                for _ in 0..<14 { words.append(random.pick(Self.forms([first, random.pick(script)] + (random.chance(50) ? [random.pick(script)] : [])))) }
            }
            for person in persons {
                for _ in 0..<6 {
                    var mention = random.pick(random.pick(person.spellings).split(separator: " ").map(String.init))
                    if random.chance(40) { mention += random.pick(["а", "у", "ов", "дун", "a", "u", "ov", "tun"]) }
                    switch random.int(5) {
                    case 0: mention = Transliteration.latin(mention, system: random.pick(TransliterationSystem.allCases))
                    case 1: mention = Transliteration.cyrillic(mention).first ?? mention
                    case 2: mention = mention.uppercased()
                    case 3: mention = mention.lowercased()
                    default: break
                    }
                    words.append(mention)
                }
            }
            for index in words.indices.reversed() { words.swapAt(index, random.int(index + 1)) }
            var text = words.map { $0 + random.pick([" ", " ", " ", ", ", ". ", "\n"]) }.joined()
            // Some texts past the memo's threshold (16 KB), most under it.
            if number % 5 == 0 { text = String(repeating: text, count: 20_000 / max(text.utf8.count, 1) + 1) }
            NamesEquivalenceTests.expectSame(optimized, reference, text, "batch \(number) \(firsts.map(String.init))")
            matches += optimized.matches(in: text).count
            placeholders += text.withUTF8 { SkeletonText(utf8: $0, filter: optimized.wordFilter) }.symbols
                .filter { $0 == SkeletonText.placeholder }.count
        }
        // Not vacuous: names are found and words are skipped.
        #expect(matches > 500)
        #expect(placeholders > 5_000)
    }
}
