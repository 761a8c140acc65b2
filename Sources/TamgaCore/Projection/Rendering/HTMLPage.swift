/// The one shell every printable HTML output shares (exports, the review
/// page, the annual summary, the follow-up letter): self-contained, the
/// classification banner as a fixed header and footer that browsers repeat on
/// every printed page, and the body in a page frame whose repeated empty rows
/// keep the banners' space, so no line prints hidden under a banner.
/// `banner` and `title` are escaped here; `main` is already HTML. `language`
/// (a BCP 47 code) lets browsers hyphenate and read the page aloud correctly.
///
/// Every page carries `offlinePolicy`: a signed export is a sealed record
/// and must fetch nothing when opened. An image written in the text
/// (`![](http://…/pixel.png)`) stayed a live `<img>` in the HTML export, and
/// opening the file called the writer's server (web round 40 F12).
enum HTMLPage {
    /// Nothing from anywhere but the page itself: its inline style, images
    /// written into it as `data:`; no script, no frame, no form target.
    static let offlinePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    static func document(title: String, banner: String, style: String, main: String, language: String = "en") -> String {
        let banner = HTMLRenderer.escape(banner)
        return """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(offlinePolicy)">
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
