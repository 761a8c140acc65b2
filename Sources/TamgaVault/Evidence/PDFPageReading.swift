import Foundation

/// What a PDF's pages show, read back from the pages themselves: each page
/// rendered (pdftoppm) and read by OCR (tesseract, English and Kyrgyz
/// Cyrillic models), because the text layer that `pdftotext` extracts is only
/// what the file *says* its glyphs mean. A font whose ToUnicode map does not
/// match its glyphs (common in Cyrillic PDFs from older software, and easy to
/// make on purpose) shows "Aibek Sadykov" on the page while its text layer
/// reads "Bjcfl Tbezlpw", so a scan of the text layer alone passes the name
/// (evidence red team F1b). mat2 then renders the pages as pictures, so the
/// exported file shows the reader exactly the rendered page.
///
/// Two uses: the page text joins what the leak scan reads, and a page whose
/// text layer disagrees with what it shows is refused (`agrees`), since a
/// scan of the layer then reads something other than what a reader sees and
/// OCR alone may misread a name.
struct PDFPageReading {
    let reference: String
    let workspace: PrivateWorkspace

    /// Rendering resolution: 200 dpi reads 8-point footnotes reliably.
    static let resolution = "200"

    /// The text OCR reads on each page, in page order.
    func pages(of file: URL, count: Int) throws -> [String] {
        try EvidenceTool.tesseract.require()
        let prefix = "ocr-page"
        try EvidenceTool.pdftoppm.succeed(["-r", Self.resolution, "-gray", "-png", file.lastPathComponent, prefix],
                                          in: workspace.url, reference: reference)
        // pdftoppm numbers pages with as many digits as the last page number needs.
        let rendered = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path)
            .filter { $0.hasPrefix(prefix + "-") && $0.hasSuffix(".png") }
            .sorted { Self.pageNumber($0) < Self.pageNumber($1) }
        guard rendered.count == count else {
            throw EvidenceError.toolFailed(reference: reference, tool: EvidenceTool.pdftoppm.name, status: -1)
        }
        defer { for page in rendered { try? FileManager.default.removeItem(at: workspace.url.appendingPathComponent(page)) } }
        return try rendered.map { page in
            String(decoding: try EvidenceTool.tesseract.succeed([page, "-", "-l", "eng+kir", "--psm", "3"],
                                                                in: workspace.url, reference: reference), as: UTF8.self)
        }
    }

    static func pageNumber(_ name: String) -> Int {
        Int(name.split(separator: "-").last?.split(separator: ".").first ?? "") ?? 0
    }

    /// Whether a page's text layer says what OCR read on it: at least 60% of
    /// the words of four letters or more that OCR read are in the layer. OCR
    /// misreads a few words of a clean page (well under 40%); a layer whose
    /// letters are mapped to other letters shares almost none. A page with
    /// fewer than six such words is not judged (its OCR text is still scanned).
    static func agrees(shown: String, layer: String) -> Bool {
        let seen = words(shown)
        guard seen.count >= 6 else { return true }
        let said = Set(words(layer))
        return seen.filter(said.contains).count * 10 >= seen.count * 6
    }

    /// Lower-case letter runs of four letters or more, after NFKC (ligatures such as "ﬁ" become letters).
    static func words(_ text: String) -> [String] {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
            .filter { $0.count >= 4 }
    }
}
