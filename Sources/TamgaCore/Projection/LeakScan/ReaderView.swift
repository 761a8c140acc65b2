import Foundation

/// The export as its reader sees it (issue 15, class 2). A Markdown viewer
/// or a browser shows `**Sady**kov`, `Sady<span></span>kov`,
/// `Sady<!-- -->kov`, `&#1057;адыков` and `Sady&shy;kov` all as the clear
/// name, and a reader reads `С а д ы к о в` or a percent-encoded link as one
/// too; a scan of the raw bytes sees none of them. These views undo each
/// disguise, independently of the parser and the projector (a separate,
/// deliberately greedy reading: over-joining two words can only add hits):
///
/// - **reader's text**: HTML comments and inline tags removed without a
///   trace (an inline tag splits no word on screen), block tags read as a
///   paragraph break, character references decoded,
///   backslash escapes and the Markdown emphasis, code and strike-through
///   marks (`*`, `~`, `` ` ``) removed, link targets dropped and link text
///   kept;
/// - **letter-spacing closed up**: runs of three or more single letters
///   separated by spaces of any width, fillers, `_`, `-` or `.` become one
///   word (also with a one-letter word before them kept apart);
/// - **hyphenation joined** (`ReaderView+Hyphenation`), **mixed-script
///   words in one script** (`MixedScriptText`), **upside-down words read
///   upright** (`UpsideDownText`); look-alike letters of other scripts and
///   invisible fillers are the normalizer's (`LeakLookAlikes`);
/// - **addresses**: the reader's text with percent-escapes decoded and URL
///   and path punctuation read as spaces, so `…/Sady%6Bov` and
///   `instagram.com/aibek.sadykov` show their words;
/// - **words cut by a mark joined**, **look-alikes read their other ways**
///   and **TeX math as shown** (`ReaderView+Separators`, red-team round 5);
///   Pandoc line blocks are read without their bars;
/// - **JSON escapes decoded** (`\u0421\u0430…`, `ReaderView+Escapes`, red-team round 7);
/// - **hard line breaks joined**: a word broken over two lines by a hard
///   line break (`SADY\` or `Sady  ` at a line's end, `Sady<br>kov`) read
///   as the one word a reader puts back together, as after a hyphen.
enum ReaderView {
    static func views(of rendered: String) -> [ScanView] {
        let text = readerText(rendered)
        var views = [ScanView(name: "export as read", text: text, rules: .wordsAndDetectors)]
        let joined = joiningHardBreaks(rendered)
        if joined != rendered {
            views.append(ScanView(name: "export as read, words across hard line breaks joined", text: readerText(joined), rules: .words))
        }
        let shown = displayOrder(text)
        if shown != text { views.append(ScanView(name: "export as displayed right to left", text: shown, rules: .wordsAndDetectors)) }
        let closed = closingLetterSpacing(text)
        if closed != text { views.append(ScanView(name: "export as read, letter-spacing closed up", text: closed, rules: .words)) }
        // A one-letter word before the spaced name (`I S A D Y K O V`) would join it.
        let apart = closed == text ? text : closingLetterSpacing(text, firstApart: true)
        if apart != closed, apart != text { views.append(ScanView(name: "export as read, letter-spacing closed up after one letter", text: apart, rules: .words)) }
        if closed != text { views.append(ScanView(name: LeakSpacedRunRule.viewName, text: closingLetterSpacing(text, runsOnly: true), rules: .words)) }
        let unbroken = joiningHyphenation(text)
        if unbroken != text { views.append(ScanView(name: "export as read, words hyphenated over a line end joined", text: unbroken, rules: .words)) }
        let mixed = MixedScriptText.reading(text)
        if mixed != text { views.append(ScanView(name: "export as read, mixed-script words in one script", text: mixed, rules: .words)) }
        let capitals = LookAlikeCapitals.reading(mixed)
        if capitals != mixed { views.append(ScanView(name: "export as read, Latin capitals that look Cyrillic read as Cyrillic", text: capitals, rules: .words)) }
        let upright = UpsideDownText.upright(text)
        if upright != text { views.append(ScanView(name: "export as read upside down", text: upright, rules: .words)) }
        // Red-team round 3: camel-case hashtags (#АйбеккеЭркиндик) and a digit for a letter (Sadyk0v).
        let camel = ReaderWordShapes.splittingCamelCase(text)
        if camel != text { views.append(ScanView(name: "export as read, camel-case words apart", text: camel, rules: .words)) }
        let lettered = ReaderWordShapes.readingDigitsAsLetters(text)
        if lettered != text { views.append(ScanView(name: "export as read, digits inside words read as letters", text: lettered, rules: .words)) }
        // Spaced-out identifiers (`A N 1 2 3 4 5 6 7`, found by the red team) for the detectors.
        let closedDigits = closingLetterSpacing(text, digits: true)
        if closedDigits != text, closedDigits != closed {
            views.append(ScanView(name: "export as read, spaced characters closed up", text: closedDigits, rules: .wordsAndDetectors))
        }
        views += cutAndReadViews(text, rendered: rendered)
        views += unicodeEscapeViews(rendered)
        views += tableCellViews(text) + (footnoteReferenceViews(rendered) + inlineNoteViews(rendered)).map {
            ScanView(name: $0.name, text: readerText($0.text), rules: .words)
        }
        views.append(ScanView(name: ScanView.addressViewName,
                              text: addressWords(Punycode.decodingLabels(percentDecoded(rendered) + "\n" + percentDecoded(text))),
                              rules: .words))
        return views
    }

    /// The text cmark-gfm renders (`CommonMarkText`), and the same with
    /// letter-spacing closed up.
    static func commonMarkViews(_ shown: String) -> [ScanView] {
        var views = [ScanView(name: "export as CommonMark shows it", text: shown, rules: .wordsAndDetectors)]
        let closed = closingLetterSpacing(shown)
        if closed != shown { views.append(ScanView(name: "export as CommonMark shows it, letter-spacing closed up", text: closed, rules: .words)) }
        views += tableCellViews(shown)
        return views
    }

    static func readerText(_ rendered: String) -> String {
        let text = decodingReferences(removingMarkup(removingComments(readingLineBlocks(rendered))))
        // `^` is Pandoc's superscript (`Sady^kov^` shows one word raised in
        // part), and `!` opens an image whose alt text a reader sees
        // (`Sady![kov](k.png)`): both removed like emphasis (red-team cases).
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if "*~`\\[]^".unicodeScalars.contains(scalar) { continue }
            if scalar == "!", index + 1 < scalars.count, scalars[index + 1] == "[" { continue }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// HTML tags (`<b>`, `</span>`, `<br/>`) and link targets (`](…)`)
    /// removed, in one pass over the scalars.
    static func removingMarkup(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", index + 1 < scalars.count,
               scalars[index + 1].properties.isAlphabetic || (scalars[index + 1] == "/" && index + 2 < scalars.count && scalars[index + 2].properties.isAlphabetic),
               let close = scalars[(index + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" }), scalars[close] == ">" {
                // A block element (a paragraph, a heading, a cell) starts a new
                // paragraph on screen: a blank line, so that what follows reads
                // as the start of a sentence, as it does in the Markdown.
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close].drop { $0 == "/" }
                    .prefix { $0.properties.isAlphabetic || $0.asciiDigit != nil })).lowercased()
                if BrowserText.blockElements.contains(name) { result.append(contentsOf: "\n\n".unicodeScalars) }
                index = close + 1
                continue
            }
            if scalar == "]", index + 1 < scalars.count, scalars[index + 1] == "(",
               let close = scalars[(index + 2)...].firstIndex(where: { $0 == ")" || $0 == "\n" }), scalars[close] == ")" {
                result.append("]")
                index = close + 1
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    /// `<!-- … -->` removed, in one pass (no expression that could scan to
    /// the end once per unclosed comment); an unclosed one is left as text.
    static func removingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "<!--") {
            guard let close = rest[open.upperBound...].range(of: "-->") else { break }
            result += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The text as a screen orders it where a right-to-left override or
    /// embedding (U+202E, U+202B, U+2067 … up to U+202C, U+2069 or the line's
    /// end) reverses it: `‮vokydaS‬` displays as "Sadykov" (found by the red team).
    static func displayOrder(_ text: String) -> String {
        let openers: Set<Unicode.Scalar> = ["\u{202E}", "\u{202B}", "\u{2067}", "\u{2066}"]
        guard text.unicodeScalars.contains(where: openers.contains) else { return text }
        var result = String.UnicodeScalarView()
        var reversed: [Unicode.Scalar]?
        for scalar in text.unicodeScalars {
            if openers.contains(scalar) { reversed = reversed ?? []; continue }
            if reversed != nil, scalar == "\u{202C}" || scalar == "\u{2069}" || scalar == "\n" {
                result.append(contentsOf: reversed!.reversed())
                reversed = nil
                if scalar == "\n" { result.append(scalar) }
                continue
            }
            if reversed != nil { reversed!.append(scalar) } else { result.append(scalar) }
        }
        if let reversed { result.append(contentsOf: reversed.reversed()) }
        return String(result)
    }

    /// Runs of three or more single letters, each separated by a gap of one
    /// to three spacing scalars, closed up into one word (`S A D Y K O V` →
    /// `SADYKOV`). A gap is any space but a line break (two spaces of
    /// justified text, en, ideographic and hair spaces, a space and a
    /// no-break space), an invisible filler, or a hyphen, dot, middle dot or
    /// underscore (`S-a-d-y-k-o-v`, `S_A_D_Y_K_O_V`): every such gap reads as
    /// letter-spacing. Two single letters (`A. B.`, `a I`) are never closed up.
    /// `runsOnly`: only the closed-up runs, one a line (`LeakSpacedRunRule` reads a name inside them).
    static func closingLetterSpacing(_ text: String, digits: Bool = false, firstApart: Bool = false, runsOnly: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || (digits && scalars[i].asciiDigit != nil))
        }
        // Between letters any sign may space them (`S/a/d/y/k/o/v`, `С🔹а🔹д`, red-team round 4);
        // between digits only spacing proper, so that a list "1, 2, 3, 4" is no number.
        func isGap(_ i: Int) -> Bool { i < scalars.count && (isSpacing(scalars[i]) || (!digits && isSeparatorSign(scalars[i]))) }
        func isWordScalar(_ i: Int) -> Bool { i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil) }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            // A single letter standing alone, followed by gap-letter pairs each standing alone.
            if isLetter(index), !isWordScalar(index - 1), !isWordScalar(index + 1) {
                var letters = [index]
                while true {
                    let last = letters[letters.count - 1]
                    var next = last + 1
                    // Up to `widestGap` spacing characters (a justified PDF line), and one line
                    // break (a spaced word wrapped: `S a d y⏎k o v`; red-team round 3).
                    var breaks = 0
                    while next - last <= Self.widestGap, isGap(next) || (breaks == 0 && next < scalars.count && scalars[next] == "\n") {
                        if scalars[next] == "\n" { breaks += 1 }
                        next += 1
                    }
                    guard next > last + 1, next - last <= Self.widestGap + 1, isLetter(next), !isWordScalar(next + 1) else { break }
                    // A capital after a small letter starts a new word (`с С а д ы к о в`).
                    if scalars[next].properties.isUppercase, scalars[last].properties.isLowercase { break }
                    letters.append(next)
                }
                if letters.count >= 3 {
                    for i in letters {
                        result.append(scalars[i])
                        if firstApart, i == index, letters.count >= 4 { result.append(" ") }
                    }
                    if runsOnly { result.append("\n") }
                    index = letters[letters.count - 1] + 1
                    continue
                }
            }
            if !runsOnly { result.append(scalars[index]) }
            index += 1
        }
        return String(result)
    }

    /// The most spacing characters letter-spacing puts between two letters.
    static let widestGap = 8

    /// What letter-spacing may put between two letters (`closingLetterSpacing`).
    static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
        if "-._\u{2010}\u{2011}\u{00B7}\u{2027}\u{2800}".unicodeScalars.contains(scalar) { return true }
        if "\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalar) { return false }
        return scalar.properties.isWhitespace || LeakNormalizer.isInvisible(scalar)
    }

    /// A punctuation mark or symbol (an emoji, `/`, `+`, `|`, `*`) or a
    /// variation selector: what a chat puts between a name's letters.
    static func isSeparatorSign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .nonspacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Every hard line break that stands between two letters removed (red-team
    /// case: `SADY\` newline `KOV` shows "SADY" at one line's end and "KOV"
    /// at the next one's start, which a reader reads as one broken word):
    /// a backslash or two or more spaces before the line break, or a `<br>`
    /// tag (with or without a line break after it). A soft line break (no
    /// mark) displays as a space, and the other views read it so.
    static func joiningHardBreaks(_ text: String) -> String {
        guard text.contains("\\\n") || text.contains("  \n") || text.lowercased().contains("<br") else { return text }
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].properties.isAlphabetic }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isLetter(index - 1), let end = hardBreakEnd(scalars, at: index), isLetter(end) {
                index = end
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// Where a hard line break starting at `start` ends (the next line's first scalar), if one does.
    private static func hardBreakEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start
        if scalars[index] == "\\" {
            index += 1
        } else if scalars[index] == " " {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            guard index - start >= 2 else { return nil }
        } else if scalars[index] == "<" {
            let tag = scalars[index...].prefix(6).map { Character($0).lowercased() }.joined()
            guard tag.hasPrefix("<br"), let close = scalars[index...].prefix(8).firstIndex(of: ">") else { return nil }
            index = close + 1
            return index < scalars.count && scalars[index] == "\n" ? index + 1 : index
        } else {
            return nil
        }
        return index < scalars.count && scalars[index] == "\n" ? index + 1 : nil
    }

    /// `%XX` escapes decoded where they form UTF-8; others left as they are.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";"),
               let decoded = ScanView.entity(String(text[text.index(after: index)..<semicolon])) {
                result.append(decoded)
                index = text.index(after: semicolon)
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }
}
