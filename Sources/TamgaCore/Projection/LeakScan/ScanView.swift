import Foundation

/// One text the leak scan reads: the file name, the export as rendered, and
/// for HTML and JSON the text a reader would see (entities decoded, tags
/// removed; JSON strings unescaped), because `O&#39;Brien` or `\u0410`
/// would hide a name from a scan of the raw bytes.
struct ScanView {
    let name: String
    let text: String
    /// Which rules read this view: all of them for what was rendered; the
    /// reader's views (`ReaderView`) take names, `sensitive` strings and, for
    /// the reader's text, the detectors (markup residue and withheld runs are
    /// questions about the bytes, already asked).
    var rules: Rules = .all
    /// Printed labels (tags, themes): lower case by custom, so the near-name
    /// rule reads a spelling of a name without its capital (red-team round
    /// 6, E6-7 and E6-20: `theme=dilshad`).
    var lowerCaseByCustom = false

    enum Rules { case all, wordsAndDetectors, words }

    /// The name of the reader's view of addresses (`ReaderView.views`).
    static let addressViewName = "addresses in the export"

    /// Whether this view reads URL punctuation, the hyphen included, as a
    /// space: there Эркин-Сай is "эркин сай", and only there may a compound
    /// place's word follow after a space (`LeakPlaceContext.isPlace`).
    var readsHyphensAsSpaces: Bool { name == Self.addressViewName }

    func line(of index: String.Index) -> Int {
        text[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// The text with every range that starts and ends on a word boundary
    /// replaced by spaces (line breaks kept, so lines still count right);
    /// a range that cuts a word is left as it is. A letter, digit, mark or
    /// format character (which the normalizer drops, so `Nur\u{200B}lan`
    /// reads as one word) next to the range counts as cutting it.
    func blanking(_ ranges: [Range<String.Index>]) -> String {
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var cursor = scalars.startIndex
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= cursor {
            let before = range.lowerBound > scalars.startIndex ? scalars[scalars.index(before: range.lowerBound)] : nil
            let after = range.upperBound < scalars.endIndex ? scalars[range.upperBound] : nil
            guard !range.isEmpty, before.map(Self.joinsWords) != true, after.map(Self.joinsWords) != true else { continue }
            result.append(contentsOf: scalars[cursor..<range.lowerBound])
            result.append(contentsOf: scalars[range].map { $0 == "\n" ? "\n" : " " })
            cursor = range.upperBound
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }

    private static func joinsWords(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .spacingMark, .enclosingMark: true
        default: ScalarText.isWordScalar(scalar)
        }
    }

    struct Unreadable: Error {}

    /// The reader's text for HTML and JSON, nil for Markdown (the raw text
    /// is what a reader sees); failure when JSON does not parse.
    static func decoded(_ rendered: String, format: ExportFormat) -> Result<String?, Unreadable> {
        switch format {
        case .markdown: return .success(nil)
        case .html: return .success(htmlText(rendered))
        case .json:
            guard let object = try? JSONSerialization.jsonObject(with: Data(rendered.utf8), options: [.fragmentsAllowed]) else {
                return .failure(Unreadable())
            }
            var strings: [String] = []
            collectStrings(object, into: &strings)
            return .success(strings.joined(separator: "\n"))
        }
    }

    /// The raw JSON with each two-character whitespace escape (`\n`, `\t`,
    /// `\r`, `\b`, `\f`) written as two spaces: in the raw bytes the `n` of
    /// `\n` would otherwise join the next word (`\nОсмоновой`), so a name
    /// wrapped over two lines reads as two words, one of them a part alone,
    /// which the reader never sees. Lines and the other escapes are kept;
    /// the decoded view is scanned as well.
    static func spacingJSONEscapes(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = json.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard let next = scalars.next() else {
                result.append(scalar)
                break
            }
            if "ntrbf".unicodeScalars.contains(next) {
                result.append(contentsOf: "  ".unicodeScalars)
            } else {
                result.append(scalar)
                result.append(next)
            }
        }
        return String(result)
    }

    private static func collectStrings(_ value: Any, into strings: inout [String]) {
        switch value {
        case let string as String: strings.append(string)
        case let array as [Any]: array.forEach { collectStrings($0, into: &strings) }
        case let dictionary as [String: Any]:
            for key in dictionary.keys.sorted() {
                strings.append(key)
                if let item = dictionary[key] { collectStrings(item, into: &strings) }
            }
        default: break
        }
    }

    /// Tags become line breaks (so words of adjacent elements stay apart);
    /// named and numeric character references are decoded.
    static func htmlText(_ html: String) -> String {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                text.append("\n")
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                      let decoded = entity(String(html[html.index(after: index)..<semicolon])) {
                text.append(decoded)
                index = html.index(after: semicolon)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        return text
    }

    static func entity(_ name: String) -> String? {
        switch name {
        case "shy": return "\u{AD}"
        case "zwj": return "\u{200D}"
        case "zwnj": return "\u{200C}"
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
