extension PreviewRenderer {
    /// Print-first styling: landscape pages, the banner as a fixed header
    /// and footer (repeated on every printed page), one colour and a
    /// printed label per rule so the page still reads in black and white.
    static let style = """
        @page { size: A4 landscape; margin: 16mm 10mm; }
        body { font: 9.5pt/1.4 "DejaVu Sans", Arial, sans-serif; margin: 0; color: #000; }
        main { padding: 3em 1em; }
        .banner { position: fixed; left: 0; right: 0; text-align: center; font: bold 10pt sans-serif; letter-spacing: .08em;
                  background: #fff; color: #a00; border: 2px solid #a00; padding: .2em; z-index: 1; }
        header.banner { top: 0; }
        footer.banner { bottom: 0; }
        h1 { font-size: 13pt; }
        .note { font-style: italic; }
        .columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em; align-items: start; }
        .column { border: 1px solid #555; padding: .5em .7em; }
        .column h2 { margin: 0; font-size: 12pt; }
        .classification { font-weight: bold; font-size: 8.5pt; margin: .2em 0 .6em; }
        .refused { background: #f3f3f3; }
        .refusal, .hint { font-size: 9pt; }
        .leak { outline: 3px solid #c00; outline-offset: 2px; }
        .leak-rule { display: block; font-size: 7.5pt; font-weight: bold; color: #c00; }
        mark { padding: 0 .15em; border-radius: 2px; }
        .rule { font-size: 7pt; font-weight: bold; vertical-align: super; margin-left: .25em; color: #333; }
        .r-level { background: #ffd8a8; } .r-person { background: #b2f2bb; } .r-named { background: #d0ebff; }
        .r-sensitive { background: #ffc9c9; } .r-detector { background: #eebefa; } .r-overlap { background: #ffe066; }
        .r-other { background: #dee2e6; }
        .withheld { font-style: italic; border-left: 3px solid #000; padding-left: .5em; }
        .manifest { font-size: 8pt; border-top: 1px solid #999; padding-top: .3em; }
        .attachments { border-top: 1px solid #999; margin-top: .5em; }
        .attachments h3 { font-size: 10pt; margin: .4em 0; }
        .attachment { margin: 0 0 .6em; }
        .attachment img { display: block; max-width: 100%; height: auto; border: 1px solid #999; }
        .attachment figcaption { font-size: 8pt; }
        .legend dt { margin-top: .3em; }
        .legend dd { margin: 0 0 0 1.5em; }
        table.page-frame { border-collapse: collapse; width: 100%; }
        table.page-frame > thead td, table.page-frame > tfoot td, table.page-frame > tbody > tr > td { border: 0; padding: 0; }
        .banner-space { height: 2.8em; }
        @media print { main { padding: 0; } .column { break-inside: auto; } mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """
}
