/// The text of an HTML export that tamga writes itself and that no document
/// can change: the stylesheets and the page frame. The scan reads it as
/// blank (each character a space, each line kept, so export line numbers
/// stay true).
///
/// Why: CSS is English and abbreviations (`@media print`, `sans-serif`,
/// `bold`, `grid`), and the scan reads every word of an export in every
/// transliteration: `media` is a Latin spelling of a derived nickname Медя
/// (of a detainee Медведев), so every HTML export of a vault that held a
/// Медведев was refused (issue 15). Blanking only a verbatim copy of a
/// constant removes nothing a document wrote: the renderers escape every
/// document text, so a document cannot produce the constant's markup, and
/// the constant holds no name.
enum ExportTemplateText {
    /// The renderers' constant texts, longest first (one may contain another).
    static let constants: [String] = [
        HTMLRenderer.style + "\n" + SummaryHTMLRenderer.style, HTMLRenderer.style, SummaryHTMLRenderer.style,
        HTMLRenderer.pageFrameStart, HTMLRenderer.pageFrameEnd,
    ].sorted { $0.count > $1.count }

    /// `rendered` with each verbatim occurrence of a constant blanked.
    static func blanked(_ rendered: String) -> String {
        var text = rendered
        for constant in constants {
            var searchStart = text.startIndex
            while let found = text.range(of: constant, range: searchStart..<text.endIndex) {
                let blank = String(constant.map { $0.isNewline ? $0 : " " })
                text.replaceSubrange(found, with: blank)
                searchStart = text.index(found.lowerBound, offsetBy: blank.count)
            }
        }
        return text
    }
}
