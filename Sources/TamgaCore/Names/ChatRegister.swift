/// Paragraphs written the way chats are: without capitals (issue 15,
/// red-team round 3). A monitor pastes a WhatsApp or Telegram exchange
/// ("Чаттан: эркеге тамак берилген жок", "WhatsApp: максатты 14-камерага
/// которушту"), and there a name is written in lower case like every other
/// word. The rule that a lower-case lexicon word is the word (эрке
/// "spoiled", максат "goal") is right in written prose and wrong there; what
/// tells the two apart is the paragraph, not the word's form.
///
/// A paragraph (lines up to a blank line; a block quote's `>` lines stay one
/// paragraph) is in the chat register when
/// - a line begins with a chat label: a short text before a colon naming a
///   messenger or a chat ("WhatsApp:", "Из переписки в Telegram с женой:",
///   "Чаттан:"); a label that ends its paragraph marks the next one too;
/// - a line begins with a message time stamp ("[14:22]", "12.03.26, 14:22 -",
///   "14:22 Айгуль:");
/// - or, for the line alone, a sentence on it begins with a small letter,
///   after a word of three letters or more (not an abbreviation) and a full
///   stop, or after "!" or "?".
///
/// There a lower-case word is read as a capitalized one: the name rules
/// for capitals apply, and the matcher and the leak scan fail closed on a
/// declared name's lower-case forms. The cost is over-redaction of the
/// ordinary word inside pasted chats only.
public enum ChatRegister {
    /// The 0-based indices of the lines of `lines` that lie in chat-register paragraphs.
    public static func lineIndices(_ lines: [Substring]) -> Set<Int> {
        var out: Set<Int> = []
        var start = 0
        var labelPending = false
        while start < lines.count {
            guard !isBlank(lines[start]) else { start += 1; continue }
            var end = start
            while end < lines.count, !isBlank(lines[end]) { end += 1 }
            let paragraph = lines[start..<end]
            let labelled = paragraph.contains(where: { chatLabelEnd($0) != nil })
            if labelPending || labelled || paragraph.contains(where: startsWithTimeStamp) {
                out.formUnion(start..<end)
            } else {
                // Only the line itself: one careless full stop must not turn a long paragraph into a chat.
                for index in start..<end where writtenWithoutCapitals(index == start ? "" : lines[index - 1], lines[index]) {
                    out.insert(index)
                }
            }
            // "Из переписки в WhatsApp:" alone: the messages follow after a blank line.
            if let last = paragraph.last, labelled, let labelEnd = chatLabelEnd(last) {
                labelPending = last[labelEnd...].allSatisfy(\.isWhitespace)
            } else {
                labelPending = false
            }
            start = end
        }
        return out
    }

    /// The same for a text: the UTF-8 offsets where each chat-register line
    /// starts and ends, for `NameMatcher`, which reads bytes.
    static func byteRanges(_ utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let text = String(decoding: utf8, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let chat = lineIndices(lines)
        guard !chat.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var offset = 0
        for (index, line) in lines.enumerated() {
            let length = line.utf8.count
            if chat.contains(index) { ranges.append(offset..<(offset + length)) }
            offset += length + 1
        }
        return ranges
    }

    /// Whether UTF-8 `offset` lies in one of `ranges` (sorted, from `byteRanges`).
    static func contains(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy(\.isWhitespace) }

    /// The line without leading block-quote and list markers and spaces.
    static func content(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
            if let marker = trimmed.first, "-*+•".contains(marker), trimmed.dropFirst().first == " " {
                rest = trimmed.dropFirst(2)
            } else if let digits = Optional(trimmed.prefix(while: \.isASCIIDigitCharacter)), !digits.isEmpty, digits.count <= 3,
                      let sign = trimmed.dropFirst(digits.count).first, sign == "." || sign == ")",
                      trimmed.dropFirst(digits.count + 1).first == " " {
                rest = trimmed.dropFirst(digits.count + 2)
            } else {
                return trimmed
            }
        }
    }

    /// Where a chat label ends (after its colon), or nil: at most `labelLength`
    /// characters before the first colon, one of whose words names a chat.
    static func chatLabelEnd(_ line: Substring) -> Substring.Index? {
        let text = content(line)
        guard let colon = text.prefix(labelLength).firstIndex(of: ":") else { return nil }
        let words = text[..<colon].lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { word in chatWords.contains { word.hasPrefix($0) } }) else { return nil }
        return text.index(after: colon)
    }

    static let labelLength = 60

    /// Word beginnings that name a chat or a messenger, in English, Russian and Kyrgyz.
    static let chatWords: [String] = [
        "chat", "whatsapp", "telegram", "viber", "signal", "sms", "imessage", "messenger", "wechat",
        "чат", "переписк", "смс", "вотсап", "ватсап", "вацап", "телеграм", "вайбер", "мессенджер", "месседж",
    ]

    /// "[14:22]", "14:22 -", "12.03.26, 14:22 - Айгуль:", "[04.12.2026 09:15:03]".
    static func startsWithTimeStamp(_ line: Substring) -> Bool {
        var rest = content(line)
        if rest.first == "[" { rest = rest.dropFirst() }
        if let date = datePrefix(rest) { rest = date.drop(while: { $0 == "," || $0 == " " }) }
        let hours = rest.prefix(while: \.isASCIIDigitCharacter)
        guard (1...2).contains(hours.count), rest.dropFirst(hours.count).first == ":" else { return false }
        let minutes = rest.dropFirst(hours.count + 1).prefix(while: \.isASCIIDigitCharacter)
        guard minutes.count == 2 else { return false }
        var after = rest.dropFirst(hours.count + 1 + 2)
        if after.first == ":" { after = after.dropFirst().drop(while: \.isASCIIDigitCharacter) }
        guard let next = after.first else { return false }
        return next == "]" || next == " " || next == "-"
    }

    /// The rest after a date "12.03.26", "12/3/2026" or "2026-03-12", or nil.
    private static func datePrefix(_ text: Substring) -> Substring? {
        var rest = text
        for index in 0..<3 {
            let digits = rest.prefix(while: \.isASCIIDigitCharacter)
            guard (1...4).contains(digits.count) else { return nil }
            rest = rest.dropFirst(digits.count)
            if index < 2 {
                guard let sign = rest.first, "./-".contains(sign) else { return nil }
                rest = rest.dropFirst()
            }
        }
        return rest
    }

    /// A line with a sentence that begins with a small letter, after "!",
    /// "?" or a full stop that ends a word of three letters or more (not
    /// "т. е.", "ст. 21", "и т. д.", nor an abbreviation such as "тыс."); the
    /// sentence may have ended on the line before (`previous`). Not a line's
    /// first letter alone: a reader's view of a list or a table shows items
    /// without their markers, and those may begin in small letters
    /// ("отсутствие вентиляции;").
    static func writtenWithoutCapitals(_ previous: Substring, _ line: Substring) -> Bool {
        let tail = previous.split(separator: " ").last ?? ""
        let text = tail + " " + line
        var inLine = false
        let lineStart = text.index(text.startIndex, offsetBy: tail.count + 1)
        var word = ""
        var sentenceEnd = false
        for index in text.indices {
            let character = text[index]
            if index == lineStart { inLine = true }
            if sentenceEnd {
                if character.isWhitespace { continue }
                if character.isLetter, character.isLowercase, inLine { return true }
                sentenceEnd = false
            }
            if character == "!" || character == "?" {
                sentenceEnd = true
            } else if character == "." {
                sentenceEnd = word.count >= 3 && !abbreviations.contains(word.lowercased())
            }
            if character.isLetter { word.append(character) } else { word = "" }
        }
        return false
    }

    /// Abbreviations of three letters or more that a small letter may follow ("5 тыс. сом").
    static let abbreviations: Set<String> = [
        "тыс", "руб", "млн", "млрд", "мкр", "стр", "англ", "напр", "прим", "обл", "пос", "просп", "кырг", "рус", "гос",
        "etc", "approx", "art", "para", "vol", "see", "sec", "fig", "incl",
    ]
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
