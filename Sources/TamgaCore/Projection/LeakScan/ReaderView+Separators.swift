extension ReaderView {
    /// The views of red-team round 5: words cut by one mark joined
    /// (`joiningMarks`), letters read their second ways (`SecondReadingText`),
    /// and TeX math as it shows (`TeXMathText`). `text` is the reader's text
    /// of `rendered`.
    static func cutAndReadViews(_ text: String, rendered: String) -> [ScanView] {
        var views: [ScanView] = []
        let joined = joiningMarks(text)
        if joined != text { views.append(ScanView(name: "export as read, words cut by a mark joined", text: joined, rules: .words)) }
        for reading in SecondReadingText.readings(joined) {
            views.append(ScanView(name: "export as read, look-alike letters read their other ways", text: reading, rules: .words))
        }
        let math = TeXMathText.reading(rendered)
        if math != rendered { views.append(ScanView(name: "export as read, TeX math as shown", text: readerText(math), rules: .words)) }
        return views
    }

    /// Words cut by one mark put back together (red-team round 5): a reader
    /// reads `Sady‧kov`, `Sady﹣kov`, `Sady・kov`, `Сады.ков`, `Sady,kov` as
    /// the one word they spell. The marks are taken by Unicode class, not
    /// listed, so the next dash or dot the red team finds is one already:
    /// any dash (Pd: hyphens, the Armenian hyphen, the Hebrew maqaf, the
    /// Mongolian todo soft hyphen, ...), any other punctuation (Po: `.`,
    /// `,`, `‧`, `⁃`, `・`, `·`, ...), a connector (Pc: `_`), a quotation
    /// mark (Pi, Pf) or a minus sign, with invisible characters (Cf and
    /// default-ignorables) around it, between two letters of one word (the
    /// second small, or both capitals: `Temir-Kazyk` stays two). Over-joining
    /// (`and/or`, `т.е.`) can only add hits: this is a view of its own, and
    /// only a name or a name's stem joined is one.
    static func joiningMarks(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isCuttingMark) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index > 0, scalars[index - 1].properties.isAlphabetic, isCuttingMark(scalars[index]) || LeakNormalizer.isInvisible(scalars[index]) {
                var end = index
                var marks = 0
                while end < scalars.count, end - index < Self.widestCut {
                    if isCuttingMark(scalars[end]) {
                        marks += 1
                    } else if !LeakNormalizer.isInvisible(scalars[end]) {
                        break
                    }
                    end += 1
                }
                // The word goes on: a small letter, or a capital after a capital (`SADY.KOV`); a
                // capital after a small letter starts a word of its own (`Temir-Kazyk`, `Ак-Суу`).
                if marks >= 1, marks <= 2, end < scalars.count, scalars[end].properties.isAlphabetic,
                   !scalars[end].properties.isUppercase || scalars[index - 1].properties.isUppercase {
                    index = end
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The most scalars (marks and invisibles) a cut is read through.
    static let widestCut = 4

    /// A mark that may cut a word (`joiningMarks`): punctuation other than
    /// brackets, and the minus sign.
    static func isCuttingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .otherPunctuation, .connectorPunctuation, .initialPunctuation, .finalPunctuation: true
        case .mathSymbol: scalar == "\u{2212}" || scalar == "\u{FE63}" || scalar == "\u{FF0D}"
        default: false
        }
    }

    /// Pandoc line blocks read as the lines they show (red-team round 5): a
    /// line starting with `| ` whose only `|` that is (a table row has
    /// more) shows without the bar, so `| Sady` and `| kov` are two lines,
    /// `Sady` and `kov`, which the split-name rule reads as one name
    /// (`LeakSplitNames`).
    static func readingLineBlocks(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let content = line.drop { $0 == " " }
            guard content.first == "|", content.dropFirst().first.map({ $0 == " " }) ?? true,
                  !content.dropFirst().contains("|") else { return line }
            changed = true
            return content.dropFirst().drop { $0 == " " }
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}
