import Testing
@testable import TamgaCore

/// `SkeletonWordFilter.leadingSymbols` claims the first two skeleton symbols
/// of a word from its first two base letters; the filter skips words on that
/// claim, so a wrong claim would hide a name. Checked here against the
/// rewriter itself on every letter sequence long enough to reach its
/// look-aheads (`shch` is four letters, a fold reads two back).
@Suite struct NamesLeadingSymbolsTests {
    /// Letters whose base letter is themselves (what the rewriter receives).
    static let letters: [UInt8] = (UInt8(ascii: "a")...UInt8(ascii: "z")).filter {
        SkeletonScalarTable.entry(UInt32($0)).base == UInt32($0)
    }

    /// Letters the rewriter's rules name, plus one it never names (`b`): five-letter
    /// words over these reach every rule's look-ahead at a tenth of the cost of all letters.
    static let ruleLetters: [UInt8] = Array("abcdefghijknostuyz".utf8)

    static func failures(_ words: [[UInt8]]) -> [String] {
        var failures: [String] = []
        for word in words where word.count >= 2 {
            guard let (one, two) = SkeletonWordFilter.leadingSymbols(word[0], word[1]) else { continue }
            let symbols = SkeletonText(String(decoding: word, as: UTF8.self)).symbols
            // The second as `secondSymbols` allows: f may read v (ff).
            let agrees = symbols.count >= 2 && symbols[0] == one && SkeletonWordFilter.secondSymbols(of: two).contains(symbols[1])
            if !agrees { failures.append(String(decoding: word, as: UTF8.self)) }
        }
        return failures
    }

    static func words(over alphabet: [UInt8], length: Int) -> [[UInt8]] {
        var words: [[UInt8]] = [[]]
        for _ in 0..<length { words = words.flatMap { word in alphabet.map { word + [$0] } } }
        return words
    }

    @Test func everyWordOfTwoToFourLettersAgrees() {
        let all = (2...4).flatMap { Self.words(over: Self.letters, length: $0) }
        #expect(all.count > 200_000)
        let failures = Self.failures(all)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func everyFiveLetterWordOverTheRuleLettersAgrees() {
        let all = Self.words(over: Self.ruleLetters, length: 5)
        let failures = Self.failures(all)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// The pairs the filter now decides beyond plain letters: a digraph's first
    /// letter before a letter that cannot complete it, `y`, `c` read as `k`.
    @Test func digraphStartsAreDecided() {
        func pair(_ s: String) -> String? {
            let b = Array(s.utf8)
            return SkeletonWordFilter.leadingSymbols(b[0], b[1]).map { String(decoding: [$0.0, $0.1], as: UTF8.self) }
        }
        #expect(pair("sa") == "sa")
        #expect(pair("sh") == nil)
        #expect(pair("ya") == "ia")
        #expect(pair("ye") == nil)
        #expect(pair("ca") == "ka")
        #expect(pair("ce") == "ce")
        #expect(pair("ng") == nil)
        #expect(pair("ve") == "ve")
        #expect(pair("oe") == nil)
    }

    /// A word that begins like no key is skipped, and a name with a digraph
    /// start is still found behind such words, in Cyrillic and Latin.
    @Test func namesBehindSkippedWordsAreFound() {
        let persons = [
            PersonNames(personID: "P-1", spellings: ["Санжар Касымов", "Sanzhar Kasymov"]),
            PersonNames(personID: "P-2", spellings: ["Чынара Юсупова"]),
        ]
        let text = "Со слов сотрудника, Санжар Касымов и Sanzhar Kasymov видели Чынару Юсупову в камере. Сама Kasymova, sanzhar."
        let found = NameMatcher(persons: persons).matches(in: text).map { String(text[$0.range]) }
        #expect(found == ["Санжар Касымов", "Sanzhar Kasymov", "Чынару Юсупову", "Kasymova, sanzhar"])
    }
}
