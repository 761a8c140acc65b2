/// The one shell every printable HTML output shares (exports, the review
/// page, the annual summary, the follow-up letter): self-contained, the
/// classification banner as a fixed header and footer that browsers repeat on
/// every printed page, and the body in a page frame whose repeated empty rows
/// keep the banners' space, so no line prints hidden under a banner.
/// `banner` and `title` are escaped here; `main` is already HTML. `language`
/// (a BCP 47 code) lets browsers hyphenate and read the page aloud correctly.
enum HTMLPage {
    static func document(title: String, banner: String, style: String, main: String, language: String = "en") -> String {
        let banner = HTMLRenderer.escape(banner)
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="classification" content="\(banner)">
            <title>\(banner): \(HTMLRenderer.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <header class="banner">\(banner)</header>
            <footer class="banner">\(banner)</footer>
            \(HTMLRenderer.pageFrameStart)
            <main>
            \(main)
            </main>
            \(HTMLRenderer.pageFrameEnd)
            </body>
            </html>

            """
    }
}
