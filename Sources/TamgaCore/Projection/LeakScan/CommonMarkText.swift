import Foundation
internal import CCmarkGFM

/// A Markdown export as a Markdown viewer shows it (issue 15): rendered by
/// cmark-gfm, the CommonMark reference implementation with GitHub's
/// extensions (tables, strike-through, autolinks), then read as a browser
/// reads the HTML (`BrowserText`). The scan's own `ReaderView` guesses how
/// emphasis, references and inline HTML display; this view asks a real
/// renderer, so a disguise that only a real parser undoes (`**Sady**kov`,
/// `Sady&shy;kov`, `Sady<span></span>kov`, a name split by a hard line
/// break or an entity) is still read as the name. Raw HTML is passed
/// through (`CMARK_OPT_UNSAFE`), as a viewer that shows it would.
public enum CommonMarkText {
    /// The extensions are registered once per process (cmark keeps them in
    /// a global registry; registering is not safe to race).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The HTML cmark-gfm renders for `markdown`; nil only if cmark cannot
    /// allocate (the caller then scans without this view and the other
    /// views still apply).
    static func html(_ markdown: String) -> String? {
        _ = extensionsRegistered
        let options = CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return nil }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The text a reader sees in the rendered Markdown.
    public static func text(_ markdown: String) -> String? {
        html(markdown).map(BrowserText.text)
    }
}
