import Foundation

/// The body of the HTML export as one cmark document, so that a footnote
/// or link reference resolves wherever its definition stands: a note
/// defined under another heading than its reference was left as `[^1]`
/// when each run of paragraphs between headings went to cmark alone
/// (issue 15, round 6 footnotes).
///
/// Headings and withheld markers are not Markdown of the document: each is
/// a placeholder paragraph (a random token no text can hold) replaced
/// after rendering by HTML tamga writes and escapes itself. If any
/// placeholder does not come back as its own paragraph (an unclosed code
/// fence swallowed it), the body is rendered run by run as before.
extension HTMLRenderer {
    static func bodyHTML(_ blocks: [ProjectedBlock]) -> String {
        let paragraphs = blocks.compactMap { if case let .paragraph(text) = $0 { return text } else { return nil } }
        let definitions = CommonMarkHTML.referenceDefinitions(in: paragraphs)
        let token = "TAMGA" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var parts: [String] = []
        var placeholders: [(paragraph: String, html: String)] = []
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .paragraph(text): parts.append(text)
            case let .heading(rank, text):
                let key = "\(token)X\(index)"
                parts.append(key)
                placeholders.append(("<p>\(key)</p>", "<h\(min(rank + 1, 6))>\(escape(text))</h\(min(rank + 1, 6))>"))
            case let .withheld(_, marker):
                let key = "\(token)X\(index)"
                parts.append(key)
                placeholders.append(("<p>\(key)</p>", "<p class=\"withheld\">\(escape(marker))</p>"))
            }
        }
        let markdown = parts.joined(separator: "\n\n") + (definitions.isEmpty ? "" : "\n\n" + definitions.joined(separator: "\n"))
        guard var html = CommonMarkHTML.html(markdown),
              placeholders.allSatisfy({ html.components(separatedBy: $0.paragraph).count == 2 }) else {
            return runByRun(blocks, definitions: definitions)
        }
        for placeholder in placeholders { html = html.replacingOccurrences(of: placeholder.paragraph, with: placeholder.html) }
        guard !html.contains(token) else { return runByRun(blocks, definitions: definitions) }
        return html
    }

    /// Consecutive paragraphs to cmark together, headings and markers between them.
    static func runByRun(_ blocks: [ProjectedBlock], definitions: [String]) -> String {
        var body: [String] = []
        var paragraphs: [String] = []
        func flush() {
            if !paragraphs.isEmpty { body.append(CommonMarkHTML.html(paragraphs: paragraphs, definitions: definitions)) }
            paragraphs = []
        }
        for block in blocks {
            switch block {
            case let .heading(rank, text): flush(); body.append("<h\(min(rank + 1, 6))>\(escape(text))</h\(min(rank + 1, 6))>")
            case let .paragraph(text): paragraphs.append(text)
            case let .withheld(_, marker): flush(); body.append("<p class=\"withheld\">\(escape(marker))</p>")
            }
        }
        flush()
        return body.joined(separator: "\n")
    }
}
