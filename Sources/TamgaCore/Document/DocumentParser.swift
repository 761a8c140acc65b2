/// Reads a document (FORMAT.md) from its bytes. Pure: the caller reads the
/// file and passes a label (the path) for messages.
///
///     let parsed = try DocumentParser.parse(bytes, file: "VR-2014-017.md")
///     let document = try parsed.validated(against: policy)
public enum DocumentParser {
    public static func parse(_ bytes: some Sequence<UInt8>, file: String) throws(DocumentError) -> ParsedDocument {
        let lines = try decodeLines(bytes, file: file)
        let split = try splitFrontMatter(lines, file: file)
        let reader = FrontMatterReader(file: file, yaml: YAMLReader(lineOffset: 1))
        let frontMatter = try reader.read(split.yaml, headerLocation: SourceLocation(line: 1, column: 1))
        var body = BodyParser(marks: MarkReader(file: file), declaredPersons: Set(frontMatter.persons.map(\.id)))
        let blocks = try body.parse(split.body)
        return ParsedDocument(file: file, frontMatter: frontMatter, blocks: blocks,
                              recommendations: body.recommendations, warnings: body.warnings)
    }

    /// Convenience for text already in memory.
    public static func parse(text: String, file: String) throws(DocumentError) -> ParsedDocument {
        try parse(Array(text.utf8), file: file)
    }

    /// Decodes strictly: the first invalid byte or NUL is an error at its
    /// line and column. A leading byte-order mark is dropped and CRLF read
    /// as LF, so files from Windows editors parse the same. A bare CR is a
    /// line end too, as CommonMark says; so are the other characters an
    /// editor or a word processor shows as a new line (vertical tab, Word's
    /// manual line break; form feed; NEL; the Unicode line and paragraph
    /// separators): a `::: internal` fence after one of them looks like a
    /// fence to the monitor, and read as text inside a line it published
    /// the block it opens (web red team 40, F11).
    static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    static func decodeLines(_ bytes: some Sequence<UInt8>, file: String) throws(DocumentError) -> [[Unicode.Scalar]] {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var lines: [[Unicode.Scalar]] = [[]]
        var pendingCR = false
        while true {
            let location = SourceLocation(line: lines.count, column: lines[lines.count - 1].count + 1)
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\0" {
                    throw DocumentError(.nulByte, file: file, at: location, "the file contains a NUL byte",
                                        hint: "Save the document as plain UTF-8 text.")
                }
                let afterCR = pendingCR
                pendingCR = scalar == "\r"
                if isLineEnd(scalar) {
                    // CRLF is one line end: the CR already ended the line.
                    if !(scalar == "\n" && afterCR) { lines.append([]) }
                } else if !(scalar == "\u{FEFF}" && lines.count == 1 && lines[0].isEmpty) {
                    lines[lines.count - 1].append(scalar)
                }
            case .emptyInput:
                return lines
            case .error:
                throw DocumentError(.invalidUTF8, file: file, at: location, "the file is not valid UTF-8",
                                    hint: "Save the document as UTF-8 (not Windows-1251 or another code page).")
            }
        }
    }

    static func splitFrontMatter(_ lines: [[Unicode.Scalar]], file: String) throws(DocumentError)
        -> (yaml: String, body: [(line: Int, scalars: [Unicode.Scalar])]) {
        func isFence(_ line: [Unicode.Scalar], _ marker: String) -> Bool {
            String(String.UnicodeScalarView(line)).trimmingWhitespace == marker
        }
        guard let first = lines.first, isFence(first, "---") else {
            throw DocumentError(.missingFrontMatter, file: file, at: SourceLocation(line: 1, column: 1),
                                "the document does not start with front matter",
                                hint: "Begin the file with a `---` line, the YAML keys (id, kind, date), and a closing `---` line.")
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], "---") || isFence(lines[$0], "...") }) else {
            throw DocumentError(.unclosedFrontMatter, file: file, at: SourceLocation(line: 1, column: 1),
                                "the front matter is never closed", hint: "End the front matter with a `---` line.")
        }
        let yaml = lines[1..<close].map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        let body = lines.indices.dropFirst(close + 1).map { (line: $0 + 1, scalars: lines[$0]) }
        return (yaml, body)
    }
}
