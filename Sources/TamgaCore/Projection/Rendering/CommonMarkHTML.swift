import Foundation
internal import CCmarkGFM

/// The body of the HTML export rendered from the projected Markdown by
/// cmark-gfm, the CommonMark reference implementation (red-team round 6,
/// clean cases c6-10..21): the former line-based renderer printed code
/// fences, nested lists, block quotes, emphasis, links and definition lists
/// as source text or joined them into one paragraph. cmark renders them as
/// a Markdown viewer would, with GitHub's tables and strike-through.
///
/// Raw HTML is never passed through: it is shown as escaped text, as the
/// Markdown export shows it (and was refused at add anyway:
/// `HTMLCommentCheck`, `RawMarkupCheck`), and cmark's safe mode (no
/// `CMARK_OPT_UNSAFE`) drops `javascript:` links. Every text
/// is escaped by cmark. Pandoc's definition lists, which cmark lacks, are
/// given to it as a term paragraph and a definition paragraph, kept apart.
enum CommonMarkHTML {
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough"]

    /// The HTML for `markdown`, or nil only if cmark cannot allocate (the
    /// caller then falls back to escaped paragraphs).
    static func html(_ markdown: String) -> String? {
        _ = extensionsRegistered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var bytes = Array(separatingDefinitions(markdown).utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        showingRawHTMLAsText(document)
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return nil }
        defer { free(rendered) }
        // Safe mode leaves a comment where raw HTML was: not the document's text, and a comment has no place in an export.
        return String(cString: rendered).replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
            .trimmingCharacters(in: .newlines)
    }

    /// Pandoc's definition list (`Term` then `:   Definition` or
    /// `~ Definition`): the marker dropped and a blank line put before the
    /// definition, so cmark renders term and definition as two paragraphs
    /// instead of one joined line.
    static func separatingDefinitions(_ markdown: String) -> String {
        var lines: [Substring] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let scalars = Array(line.unicodeScalars)
            if CodeFence(opening: scalars) != nil { inFence.toggle() }
            if !inFence, let content = definitionContent(line) {
                if let last = lines.last, !last.allSatisfy(\.isWhitespace) { lines.append("") }
                lines.append(content)
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The definition's text if `line` opens one: up to three spaces, `:`
    /// or `~`, then at least one space or tab.
    private static func definitionContent(_ line: Substring) -> Substring? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let marker = rest.first, marker == ":" || marker == "~" else { return nil }
        let after = rest.dropFirst()
        guard let space = after.first, space == " " || space == "\t" else { return nil }
        let content = after.drop { $0 == " " || $0 == "\t" }
        return content.isEmpty ? nil : content
    }
}

extension CommonMarkHTML {
    /// Consecutive paragraphs of a projection rendered as one Markdown text
    /// (a list or a quote over blank lines stays one), with every link
    /// reference definition of the export appended, so a reference resolves
    /// wherever its definition stands. Falls back to the escaped paragraphs.
    static func html(paragraphs: [String], definitions: [String]) -> String {
        let markdown = paragraphs.joined(separator: "\n\n")
        let withDefinitions = definitions.isEmpty ? markdown : markdown + "\n\n" + definitions.joined(separator: "\n")
        return html(withDefinitions) ?? paragraphs.map(MarkdownBlockHTML.html(for:)).joined(separator: "\n")
    }

    /// The link reference definition lines (`[id]: target`) of `texts`.
    static func referenceDefinitions(in texts: [String]) -> [String] {
        texts.flatMap { $0.split(separator: "\n") }.filter { line in
            let trimmed = String(line.drop { $0 == " " })
            guard line.count - trimmed.count <= 3, trimmed.first == "[", trimmed.dropFirst().first != "^",
                  let close = trimmed.firstIndex(of: "]") else { return false }
            return trimmed[close...].dropFirst().first == ":"
        }.map(String.init)
    }
}

extension CommonMarkHTML {
    /// Replaces every raw HTML node of `document` by a text node (a block
    /// by a paragraph holding it) with the same characters, which the HTML
    /// renderer escapes: raw HTML reaches the page as text, never as markup.
    fileprivate static func showingRawHTMLAsText(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var raw: [OpaquePointer] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { raw.append(node) }
        }
        cmark_iter_free(iterator)
        for node in raw {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            _ = cmark_node_set_literal(text, isBlock ? literal.trimmingCharacters(in: .newlines) : literal)
            var replacement = text
            if isBlock, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                _ = cmark_node_append_child(paragraph, text)
                replacement = paragraph
            }
            if cmark_node_replace(node, replacement) != 0 { cmark_node_free(node) } else { cmark_node_free(replacement) }
        }
    }
}
