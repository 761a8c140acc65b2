/// Renders a projection as one self-contained, printable HTML file: no
/// scripts, no external resources, every text escaped. The classification
/// banner is a `position: fixed` header and footer, which browsers repeat on
/// every printed page, so a single page torn from a printout still says
/// who may read it. The body sits in a one-cell table whose empty header
/// and footer rows browsers also repeat on every page (`pageFrame`): they
/// keep the space the banners cover, so no line of text prints hidden
/// under a banner.
enum HTMLRenderer {
    static func render(_ projection: Projection) -> String {
        var body: [String] = ["<h1>\(escape(projection.metadata.title ?? projection.documentID))</h1>", "<dl class=\"meta\">"]
        for field in projection.headerFields {
            body.append("<dt>\(escape(field.label))</dt><dd>\(escape(field.value))</dd>")
        }
        body.append("</dl>")
        body.append(bodyHTML(projection.blocks))
        body.append("<hr><p class=\"manifest\">\(escape(projection.manifestSentence))</p>")
        return HTMLPage.document(title: projection.documentID, banner: projection.classification, style: style,
                                 main: body.joined(separator: "\n"), language: projection.language.rawValue)
    }

    static let style = """
        @page { margin: 22mm 18mm; }
        body { font: 11pt/1.45 "DejaVu Serif", Georgia, serif; margin: 0; color: #000; }
        main { padding: 3.2em 2em; max-width: 46em; margin: 0 auto; }
        .banner { position: fixed; left: 0; right: 0; text-align: center; font: bold 10pt sans-serif;
                  letter-spacing: .08em; background: #fff; border: 2px solid #000; padding: .25em; z-index: 1; }
        header.banner { top: 0; }
        footer.banner { bottom: 0; }
        dl.meta { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; font-size: 10pt; }
        dl.meta dt { font-weight: bold; }
        dl.meta dd { margin: 0; }
        .withheld { font-style: italic; border-left: 3px solid #000; padding-left: .6em; }
        table { border-collapse: collapse; } td, th { border: 1px solid #000; padding: .2em .5em; }
        .manifest { font-size: 9pt; }
        table.page-frame { border-collapse: collapse; width: 100%; }
        table.page-frame > thead td, table.page-frame > tfoot td, table.page-frame > tbody > tr > td { border: 0; padding: 0; }
        .banner-space { height: 2.6em; }
        @media print { main { padding: 0; } h1, h2, h3 { break-after: avoid; } }
        """

    /// The repeated header and footer rows that reserve each printed
    /// page's banner space (`.banner-space` is taller than `.banner`).
    static let pageFrameStart = """
        <table class="page-frame" role="presentation"><thead><tr><td><div class="banner-space"></div></td></tr></thead>
        <tfoot><tr><td><div class="banner-space"></div></td></tr></tfoot><tbody><tr><td>
        """
    static let pageFrameEnd = "</td></tr></tbody></table>"

    /// Escapes the five characters HTML gives meaning to, so no text of a
    /// document can become markup or script.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
