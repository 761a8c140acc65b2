import Foundation
import TamgaCore

/// A document as the browser's write and edit form holds it (issue 20): the
/// front matter as separate fields and the Markdown body as one text. The
/// form is turned into the document's source text (`source`) in memory and
/// validated like any file `tamga add` reads; an edit starts from the newest
/// revision's source read back into fields (`init(source:)`).
///
/// Every field is written as a YAML double-quoted scalar, so no value typed
/// into a field can end the front matter or add a key of its own. A source
/// with front matter the form has no field for (keys the format does not
/// define, an erased person) is not turned into a form: saving it would
/// drop what is not shown, so such a document is edited with `tamga edit`.
public struct DocumentForm: Sendable, Equatable {
    /// One person entry (FORMAT.md, "persons").
    public struct Person: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Other spellings, one per entry.
        public var also: [String]
        public var role: String
        public var consent: Set<Audience>

        public init(id: String, name: String, also: [String] = [], role: String, consent: Set<Audience> = []) {
            self.id = id
            self.name = name
            self.also = also
            self.role = role
            self.consent = consent
        }
    }

    public var id = ""
    public var kind = ""
    public var title = ""
    /// `YYYY-MM-DD`.
    public var date = ""
    public var facility = ""
    /// The level of unmarked text (empty: the kind's default).
    public var level = ""
    /// `en`, `ru`, `ky` or empty (read off the text).
    public var language = ""
    public var authors: [String] = []
    public var tags: [String] = []
    /// Phrases the leak scan also looks for (FORMAT.md, "sensitive").
    public var sensitive: [String] = []
    public var persons: [Person] = []
    /// The Markdown after the front matter.
    public var body = ""

    public init() {}

    /// The form of a stored source; refused when the front matter holds what the form cannot show.
    public init(source: [UInt8], label: String) throws {
        let front = try DocumentParser.parse(source, file: label).frontMatter
        if let unknown = front.unknownKeys.first ?? front.persons.flatMap(\.unknownKeys).first {
            throw VaultError.invalidArgument("\(label): the front matter has a key the form has no field for (`\(unknown.key)`); "
                + "saving the form would drop it, so edit this document with `tamga edit \(front.id)`")
        }
        if let erased = front.persons.first(where: \.erased) {
            throw VaultError.invalidArgument("\(label): person \(erased.id) was erased; the form cannot keep an erased entry, "
                + "so edit this document with `tamga edit \(front.id)`")
        }
        id = front.id
        kind = front.kind
        title = front.title ?? ""
        date = front.date.description
        facility = front.facility ?? ""
        level = front.level?.rawValue ?? ""
        language = front.language?.rawValue ?? ""
        authors = front.authors
        tags = front.tags
        sensitive = front.sensitive
        persons = front.persons.map { Person(id: $0.id, name: $0.name, also: $0.also, role: $0.role, consent: $0.consent) }
        body = Self.body(of: String(decoding: source, as: UTF8.self))
    }

    /// Front matter lines that are whole comments (`# …`, as `tamga new`'s
    /// template has): the form has no place for them, so saving it drops them.
    /// (A comment after a value on the same line is not counted.)
    public static func commentLines(in source: [UInt8]) -> Int {
        let lines = normalised(String(decoding: source, as: UTF8.self)).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return 0 }
        var count = 0
        for line in lines.dropFirst() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "---" || text == "..." { break }
            if text.hasPrefix("#") { count += 1 }
        }
        return count
    }

    /// The text after the closing `---` (or `...`) line of the front matter.
    /// Line ends are made LF first, as DocumentParser reads them: in Swift
    /// "\r\n" is one Character, so a file saved on Windows has no "\n" line
    /// to split on, and its whole front matter would land in the text area.
    static func body(of source: String) -> String {
        let text = normalised(source)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, _ marker: String) -> Bool { line.trimmingCharacters(in: .whitespaces) == marker }
        guard let first = lines.first, isFence(first, "---"),
              let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], "---") || isFence(lines[$0], "...") }) else { return text }
        return lines[(close + 1)...].joined(separator: "\n")
    }

    /// The document's source: front matter from the fields, then the body.
    /// Line breaks typed in a browser (CRLF) are stored as LF.
    public var source: String {
        frontMatterLines.joined(separator: "\n") + "\n" + Self.normalised(body)
    }

    /// The lines before the body, both `---` lines included: the body's
    /// first line is the source's line `frontMatterLines.count + 1`.
    var frontMatterLines: [String] {
        var lines = ["---", "id: \(Self.quoted(id))", "kind: \(Self.quoted(kind))"]
        if !title.isBlank { lines.append("title: \(Self.quoted(title))") }
        // A date is written bare only when it is one (YAML reads it as a date either way); anything else quoted, and refused as a date.
        lines.append("date: \(date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil ? date : Self.quoted(date))")
        if !facility.isBlank { lines.append("facility: \(Self.quoted(facility))") }
        if !authors.isEmpty { lines.append("authors: \(Self.list(authors))") }
        if !level.isBlank { lines.append("level: \(Self.quoted(level))") }
        if !language.isBlank { lines.append("lang: \(Self.quoted(language))") }
        if persons.isEmpty {
            lines.append("persons: {}")
        } else {
            lines.append("persons:")
            for person in persons {
                lines.append("  \(Self.quoted(person.id)):")
                lines.append("    name: \(Self.quoted(person.name))")
                if !person.also.isEmpty { lines.append("    also: \(Self.list(person.also))") }
                lines.append("    role: \(Self.quoted(person.role))")
                lines.append("    consent: \(Self.list(Audience.allCases.filter(person.consent.contains).map(\.rawValue)))")
            }
        }
        if !sensitive.isEmpty { lines.append("sensitive: \(Self.list(sensitive))") }
        if !tags.isEmpty { lines.append("tags: \(Self.list(tags))") }
        lines.append("---")
        return lines
    }

    /// Line ends as the parser reads them (`DocumentParser.isLineEnd`: CRLF, a bare CR, VT, FF, NEL,
    /// U+2028/9), so the form splits the text where the stored document's lines are.
    static func normalised(_ text: String) -> String { SourceErasure.unixText(text) }

    static func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }

    /// A YAML double-quoted scalar: quotes, backslashes and control characters escaped, so a value stays one value.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

private extension String {
    var isBlank: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
