/// Renders a projection as one self-contained, printable HTML file: no
/// scripts, no external resources, every text escaped. The classification
/// banner is a `position: fixed` header and footer, which browsers repeat on
/// every printed page, so a single page torn from a printout still says
/// who may read it.
enum HTMLRenderer {
    static func render(_ projection: Projection) -> String {
        let banner = escape(projection.classification)
        var body: [String] = ["<h1>\(escape(projection.metadata.title ?? projection.documentID))</h1>", "<dl class=\"meta\">"]
        for field in projection.headerFields {
            body.append("<dt>\(escape(field.label))</dt><dd>\(escape(field.value))</dd>")
        }
        body.append("</dl>")
        for block in projection.blocks {
            switch block {
            case let .heading(rank, text): body.append("<h\(min(rank + 1, 6))>\(escape(text))</h\(min(rank + 1, 6))>")
            case let .paragraph(text): body.append(MarkdownBlockHTML.html(for: text))
            case let .withheld(_, marker): body.append("<p class=\"withheld\">\(escape(marker))</p>")
            }
        }
        body.append("<hr><p class=\"manifest\">\(escape(projection.manifestSentence))</p>")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="classification" content="\(banner)">
            <title>\(banner): \(escape(projection.documentID))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header class="banner">\(banner)</header>
            <footer class="banner">\(banner)</footer>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
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
        @media print { main { padding: 0; } h1, h2, h3 { break-after: avoid; } }
        """

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
