import Foundation

/// Rewrites one document source so that it no longer names one person
/// (issue 18, `tamga person erase`): the source stays a document of the
/// format, with its levels, marks and every other person as they were.
///
/// - The person's entry under `persons:` keeps the id and role only, with
///   `erased: true` (FORMAT.md): no `name`, no `also`, no other key (a date
///   of birth under an unknown key is identifying data too).
/// - In the text, every span the vault's name finder reads as this person
///   alone (any spelling, transliteration, case form, diminutive) becomes
///   the reference `@ID`, which every export renders as the role's
///   pseudonym; a span it may share with another person becomes the
///   policy's span marker (redaction.md F25: never one person's label).
///   A suffix written onto the name (`Sadykovs`, `Садыковдун`) goes with it,
///   so no reference runs on into letters.
/// - In the other front-matter values (title, facility, `sensitive`, tags,
///   unknown keys), where a reference is not read, such a span becomes the
///   span marker, and the value is quoted so that YAML still reads it.
///   Other persons' entries are never changed: a relative who shares a
///   surname keeps their declared name.
///
/// Whatever the finder does not read is caught by `ErasureScan` on the
/// result, which stops the erasure naming the document and line.
public struct SourceErasure: Sendable {
    public let personID: String
    public let role: String
    /// The vault's finder, built over every person's names (the erased
    /// person's included), so that a shared span is told apart.
    public let names: any NameFinding
    /// The policy's span marker (shipped: `[withheld]`).
    public let marker: String

    public init(personID: String, role: String, names: any NameFinding, marker: String) {
        self.personID = personID
        self.role = role
        self.names = names
        self.marker = marker
    }

    /// The rewritten source. `flagged` lists front-matter lines (1-based)
    /// where the caller's scan (`ErasureScan`) still reads the person after a
    /// first pass: on those lines only, `reads` (the same scan) decides which
    /// items of a one-line list go (`tags: [ill-treatment, sadykov-case]`),
    /// and any other value becomes the marker whole. A second pass over the
    /// first pass's output changes nothing else.
    public func erase(_ source: String, flagged: Set<Int> = [], reads: (String) -> Bool = { _ in false }) -> String {
        let source = Self.unixText(source)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let close = Self.frontMatterEnd(lines) else { return replaceInBody(source) }
        var personBlocks: [Range<Int>] = []
        var ownBlock: Range<Int>?
        if let persons = lines[1..<close].firstIndex(where: { $0.hasPrefix("persons:") }) {
            var index = persons + 1
            while index < close, lines[index].isEmpty || lines[index].first == " " || lines[index].first == "\t" {
                let indent = Self.indent(lines[index])
                guard !lines[index].trimmingCharacters(in: .whitespaces).isEmpty, !lines[index].drop(while: { $0 == " " }).hasPrefix("#") else {
                    index += 1; continue
                }
                var end = index + 1
                while end < close, lines[end].trimmingCharacters(in: .whitespaces).isEmpty || Self.indent(lines[end]) > indent { end += 1 }
                let key = lines[index].trimmingCharacters(in: .whitespaces)
                if Self.entryKey(key) == personID { ownBlock = index..<end } else { personBlocks.append(index..<end) }
                index = end
            }
        }
        for index in 1..<close where !(ownBlock?.contains(index) ?? false) && !personBlocks.contains(where: { $0.contains(index) }) {
            if flagged.contains(index + 1) { lines[index] = withoutFlagged(lines[index], reads: reads); continue }
            lines[index] = replaceInFrontMatter(lines[index])
        }
        if let own = ownBlock, !lines[own].contains(where: { $0.trimmingCharacters(in: .whitespaces) == "erased: true" }) {
            let indent = String(repeating: " ", count: Self.indent(lines[own.lowerBound]))
            lines.replaceSubrange(own, with: ["\(indent)\(personID):", "\(indent)  erased: true", "\(indent)  role: \(role)"])
        }
        var newClose = Self.frontMatterEnd(lines) ?? close
        let body = replaceInBody(lines[(newClose + 1)...].joined(separator: "\n"))
        // A document that named the person without declaring them declares
        // them now, erased: every `@` reference must name a declared person.
        if ownBlock == nil, Self.references(personID, in: body) {
            func entry(_ indent: Int) -> [String] {
                let pad = String(repeating: " ", count: indent)
                return ["\(pad)\(personID):", "\(pad)  erased: true", "\(pad)  role: \(role)"]
            }
            if let persons = lines[1..<newClose].firstIndex(where: { $0.hasPrefix("persons:") }) {
                let next = persons + 1 < newClose ? Self.indent(lines[persons + 1]) : 0
                lines.insert(contentsOf: entry(next > 0 ? next : 2), at: persons + 1)
            } else {
                lines.insert(contentsOf: ["persons:"] + entry(2), at: newClose)
            }
            newClose = Self.frontMatterEnd(lines) ?? newClose
        }
        let head = lines[0...newClose].joined(separator: "\n")
        return head + (newClose + 1 < lines.count ? "\n" + body : "")
    }

    /// The source as the parser reads it (`DocumentParser.decodeLines`): a
    /// leading byte-order mark dropped and every line end (CRLF, a bare CR,
    /// a vertical tab, a Unicode line separator …) read as LF, so a file
    /// saved by a Windows editor is rewritten as the same document, not
    /// refused. (Swift reads "\r\n" as one character, which no split on "\n" finds.)
    public static func unixText(_ source: String) -> String {
        var scalars = Array(source.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var text = String.UnicodeScalarView()
        var afterCR = false
        for scalar in scalars {
            defer { afterCR = scalar == "\r" }
            guard DocumentParser.isLineEnd(scalar) else { text.append(scalar); continue }
            if scalar == "\n" && afterCR { continue }
            text.append("\n")
        }
        return String(text)
    }

    /// The index of the line that closes the front matter, when the source opens with one.
    public static func frontMatterEnd(_ lines: [String]) -> Int? {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        return lines.indices.dropFirst().first { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }
    }

    /// Whether `text` holds the whole reference `@ID` (not `@D-00421` for `D-0042`).
    static func references(_ id: String, in text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: "@" + id) {
            if found.upperBound == rest.endIndex || !(rest[found.upperBound].isLetter || rest[found.upperBound].isNumber
                                                      || rest[found.upperBound] == "-" || rest[found.upperBound] == "_") { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }

    /// The key of a `persons:` entry line (`D-0042:`, `"D-0042":`, `D-0042: {…}`).
    static func entryKey(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    }

    /// The spans of `text` that may name the person: the span, and whether it may name someone else too.
    private func spans(in text: String) -> [(range: Range<String.Index>, shared: Bool)] {
        names.matches(in: text).filter { $0.candidates.contains(personID) }.map { match in
            var end = match.range.upperBound
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            return (match.range.lowerBound..<end, match.candidates != [personID])
        }
    }

    /// The body: the person's spans become `@ID`, shared ones the marker.
    func replaceInBody(_ text: String) -> String {
        var output = text
        for span in spans(in: text).reversed() {
            output.replaceSubrange(span.range, with: span.shared ? marker : "@\(personID)")
        }
        return output
    }

    /// A caption or label, where no reference is read: spans become the marker.
    public func replaceInLabel(_ text: String) -> String {
        var output = text
        for span in spans(in: text).reversed() { output.replaceSubrange(span.range, with: marker) }
        return output
    }

    /// One front-matter line: spans become the marker, and a changed value
    /// is quoted; in a one-line list, an item with such a span goes.
    func replaceInFrontMatter(_ line: String) -> String {
        if let list = flowList(line) {
            let kept = list.items.filter { spans(in: $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))).isEmpty }
            return kept.count == list.items.count ? line : list.lead + "[" + kept.joined(separator: ", ") + "]"
        }
        let found = spans(in: line)
        guard !found.isEmpty else { return line }
        var output = line
        for span in found.reversed() { output.replaceSubrange(span.range, with: marker) }
        return Self.quotingValue(output)
    }

    /// A line the scan still reads as the person: a one-line list loses the
    /// items `reads` reads as them (as written, or with `-`, `_`, `.` as
    /// spaces); any other value becomes the marker whole.
    func withoutFlagged(_ line: String, reads: (String) -> Bool) -> String {
        if let list = flowList(line) {
            let kept = list.items.filter { item in
                let bare = item.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                return !reads(bare) && !reads(String(bare.map { "-_.".contains($0) ? " " : $0 }))
            }
            if kept.count < list.items.count { return list.lead + "[" + kept.joined(separator: ", ") + "]" }
        }
        return Self.withWholeValue(line, marker: marker)
    }

    /// `key: [a, b]` on one line: the text before the bracket and the items.
    func flowList(_ line: String) -> (lead: String, items: [String])? {
        guard let colon = line.range(of: ": ") else { return nil }
        let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard value.hasPrefix("["), value.hasSuffix("]"), !value.dropFirst().dropLast().contains("["),
              !value.contains("\"") else { return nil }
        let items = value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (String(line[..<colon.upperBound]), items)
    }

    /// `key: value` or `- value` with a plain value written as a double-quoted string.
    static func quotingValue(_ line: String) -> String {
        let indent = String(line.prefix { $0 == " " })
        let rest = line.dropFirst(indent.count)
        let lead: Substring
        if rest.hasPrefix("- ") { lead = rest.prefix(2) } else if let colon = rest.range(of: ": ") { lead = rest[..<colon.upperBound] } else {
            return line
        }
        let value = rest.dropFirst(lead.count).trimmingCharacters(in: .whitespaces)
        guard let first = value.first, first != "\"", first != "'", first != "|", first != ">" else { return line }
        return indent + lead + quoted(value)
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A line whose value the scan still read as the person: the whole value becomes the marker.
    static func withWholeValue(_ line: String, marker: String) -> String {
        let indent = String(line.prefix { $0 == " " })
        let rest = line.dropFirst(indent.count)
        if rest.hasPrefix("- ") { return indent + "- " + quoted(marker) }
        if let colon = rest.range(of: ":") {
            let key = rest[..<colon.lowerBound]
            let value = rest[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            return indent + key + ": " + (value.hasPrefix("[") ? "[" + quoted(marker) + "]" : quoted(marker))
        }
        return indent + "# " + marker
    }
}
