import Testing
@testable import TamgaCore

/// The word filter skips a word only where no key can cover it: its
/// assumptions about the skeleton rules hold for every short letter
/// sequence, and words it skips next to a mention (a lower-case patronymic,
/// уулу, a father's name) still count as they did in the reference.
@Suite struct NamesWordFilterTests {
    /// Letters whose base letter is themselves (what the rewriter receives).
    static let letters: [UInt8] = (UInt8(ascii: "a")...UInt8(ascii: "z")).filter {
        SkeletonScalarTable.entry(UInt32($0)).base == UInt32($0)
    }

    /// Every sequence of one to four base letters: the first symbol is one
    /// `firstSymbols` allows, and where both first letters are plain the
    /// first two symbols are those letters.
    @Test func rewriterAgreesWithTheFilter() {
        var words: [[UInt8]] = Self.letters.map { [$0] }
        var all = words
        for _ in 1..<4 {
            words = words.flatMap { word in Self.letters.map { word + [$0] } }
            all += words
        }
        var failures: [String] = []
        for word in all {
            let symbols = SkeletonText(String(decoding: word, as: UTF8.self)).symbols
            guard let first = symbols.first, SkeletonText.isLetter(first), first != SkeletonText.placeholder else {
                failures.append(String(decoding: word, as: UTF8.self))
                continue
            }
            let bit = UInt32(1) << UInt32(first - UInt8(ascii: "a"))
            if SkeletonWordFilter.firstSymbols(of: word[0]) & bit == 0 { failures.append(String(decoding: word, as: UTF8.self)) }
            if word.count >= 2, SkeletonWordFilter.isPlainFirst(word[0]), SkeletonWordFilter.isPlainSecond(word[1]),
               Array(symbols.prefix(2)) != [word[0], word[1]] {
                failures.append(String(decoding: word, as: UTF8.self))
            }
        }
        #expect(all.count > 200_000)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    static let persons = [
        PersonNames(personID: "P-1", spellings: ["Aibek Sadykov", "Айбек Садыков"]),
        PersonNames(personID: "P-2", spellings: ["Нурлан Токтогулов", "Ли"]),
        PersonNames(personID: "P-3", spellings: ["Бакыт Асанов"]),
    ]

    static let texts = [
        "The officer said that Aibek mamytovich was beaten, and Айбек мамытович later.",
        "Nurlan toktogulovich and Нурлан мамыт уулу, then Бакыт мамыт кызы, and Асанов бакыт уулунун.",
        "Садыков uulu; Садыков ulu. Aibek Sadykov hemmet kyzy. Ли was there, lib and liber, Лиу.",
        "Садыков, Айбек — the file of Sadykov a. b. was closed; Aibek p. Sadykov and Sadykov m.",
        String(repeating: "The team visited the cell and spoke with him in private. ", count: 90)
            + "Then Айбек Садыкович and Бакыт мамыт уулу spoke.",
        // Capitalized words are skipped too: initials are counted on their own skeleton.
        "Sadykov Zh, then Sadykov Zhu, and Sadykov Zhu. Then M. Садыков, Mu. Mo. Садыков, Садыков М.Мо. and "
            + "Садыков Мамытович Вот. The Officer Said That Aibek Mamytovich Was There, Sadykov M, Sadykov Mo, "
            + "Нурлан Мамыт Уулу and Бакыт Мамыт Кызы, Асанов Бакыт Уулунун, МамытСадыков and ВотАйбек.",
        // Soft signs inside skipped words, next to mentions.
        "Айбек Садыков подъезд, Айбек Мамытовичь, Садыков мамыт уульу, the café Садыков де́нь Айбек.",
    ]

    @Test(arguments: texts.indices)
    func skippedWordsNextToMentionsMatchTheReference(index: Int) {
        let text = Self.texts[index]
        let optimized = NamesEquivalenceTests.optimized(Self.persons)
        let reference = NamesReference.NameMatcher(persons: Self.persons)
        NamesEquivalenceTests.expectSame(optimized, reference, text, "filter text \(index)")
        // Not vacuous: the filter does replace words of these texts.
        var copy = text
        let placeholders = copy.withUTF8 { SkeletonText(utf8: $0, filter: optimized.wordFilter) }.symbols
            .filter { $0 == SkeletonText.placeholder }.count
        #expect(placeholders > 3)
    }
}
