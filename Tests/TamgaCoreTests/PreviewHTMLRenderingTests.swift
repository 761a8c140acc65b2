import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Issue 4, item 6: an HTML export is one self-contained printable file
/// with its classification banner on every printed page, checked by
/// printing it with headless Chromium and reading each PDF page back with
/// `pdftotext`; and it renders to a readable PNG. The same for the
/// reviewer's preview. Needs `chromium` and `poppler-utils` (`make
/// test-deps`); without them the tests fail, they do not skip.
///
/// It lives in TamgaCoreTests, not TamgaEndToEndTests, because it renders
/// through the core API (no tamga binary) and only this target links
/// TamgaCore.
@Suite struct PreviewHTMLRenderingTests {
    /// A State-level visit report long enough to need several pages, with
    /// a person, an official, withheld parts and identifiers.
    static func longReport() throws -> Document {
        let paragraph = """
            The team inspected the cells, the registers and the medical unit, and spoke in private with \
            detained persons and staff; conditions were recorded room by room, with measurements of \
            temperature, light and space per person, as the methodology of the mechanism requires.
            """
        var body = "## Summary {.public}\n\nThe monitors visited the facility without notice.\n\n## Findings\n\n"
        for index in 1...40 {
            body += "\(paragraph) Observation \(index) concerns @D-9001 and @O-9002, reachable at +996 555 123 456.\n\n"
            if index % 10 == 0 { body += "::: internal\nHe asked that nothing he said about the night shift be given to the facility.\n:::\n\n" }
        }
        return try Fixture.parse(front: """
            title: Visit to a long-stay facility
            level: state
            persons:
              D-9001:
                name: Bakyt Usenov
                role: detainee
                consent: []
              O-9002:
                name: Kanat Ryskulov
                role: official
                consent: []

            """, body: body)
    }

    static func exporter(for documents: [Document]) throws -> Exporter {
        let registry = try PersonRegistry(documents: documents)
        return Exporter(policy: Fixture.policy, registry: registry, names: bestNameFinder(persons: registry.personNames),
                        sensitive: documents.flatMap(\.sensitive))
    }

    /// Where renders are also copied when `TAMGA_RENDER_DIR` is set, to look at them.
    static func keep(_ file: URL) {
        guard let folder = ProcessInfo.processInfo.environment["TAMGA_RENDER_DIR"] else { return }
        try? FileManager.default.copyItem(at: file, to: URL(fileURLWithPath: folder).appendingPathComponent(file.lastPathComponent))
    }

    /// Prints `html` and checks every page carries `banner` (as header and
    /// footer: twice), returning the page count.
    static func printsWithBannerOnEveryPage(_ html: String, name: String, banner: String, folder: TemporaryFolder) throws -> Int {
        let chromium = try PreviewHeadlessChromium(profile: folder.url.appendingPathComponent("profile"))
        let file = URL(fileURLWithPath: try folder.write("\(name).html", html))
        let pdf = folder.url.appendingPathComponent("\(name).pdf")
        try chromium.printToPDF(file, to: pdf)
        keep(pdf)
        let pages = try chromium.pageCount(pdf)
        for page in 1...max(pages, 1) {
            let text = try chromium.text(ofPage: page, in: pdf)
            #expect(text.components(separatedBy: banner).count - 1 >= 2, "page \(page) of \(pages) of \(name) lacks the banner twice")
        }
        return pages
    }

    @Test(arguments: [Audience.internal, .state, .public])
    func exportPrintsWithItsBannerOnEveryPage(audience: Audience) throws {
        let document = try Self.longReport()
        let export = try Self.exporter(for: [document]).export(document, for: audience, as: .html)
        let banner = try #require(Fixture.policy.audiences[audience]?.banner)
        let folder = try TemporaryFolder("tamga-print")
        let pages = try Self.printsWithBannerOnEveryPage(export.text, name: "\(document.id).\(audience.rawValue)", banner: banner, folder: folder)
        // The public sees only the summary: one page; the others need several.
        #expect(audience == .public ? pages == 1 : pages >= 3, "\(pages) pages")
    }

    @Test func previewPrintsWithTheReviewBannerOnEveryPage() throws {
        let document = try Self.longReport()
        let exporter = try Self.exporter(for: [document])
        let html = PreviewRenderer.render(document, columns: Audience.allCases.map { PreviewColumn.make(document, for: $0, exporter: exporter) })
        let folder = try TemporaryFolder("tamga-print")
        let pages = try Self.printsWithBannerOnEveryPage(html, name: "\(document.id).preview", banner: PreviewRenderer.banner, folder: folder)
        #expect(pages >= 2, "\(pages) pages")
    }

    /// A screenshot of the State export of the bundled example and of its
    /// preview: the PNG has the window's size and far more pixel data than
    /// a blank page of the same size (a uniform image deflates to little).
    @Test func exportAndPreviewRenderToAReadablePNG() throws {
        let folder = try TemporaryFolder("tamga-png")
        let chromium = try PreviewHeadlessChromium(profile: folder.url.appendingPathComponent("profile"))
        let documents = try ["VR-2014-017.md", "INT-2014-044.md", "VR-2014-021.ru.md"].map(Fixture.example)
        let exporter = try Self.exporter(for: documents)
        let report = documents[0]
        let pages = [
            "blank": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>",
            "\(report.id).state": try exporter.export(report, for: .state, as: .html).text,
            "\(report.id).preview": PreviewRenderer.render(report, columns: Audience.allCases.map { PreviewColumn.make(report, for: $0, exporter: exporter) }),
        ]
        var images: [String: PreviewPNG] = [:]
        for (name, html) in pages {
            let png = folder.url.appendingPathComponent("\(name).png")
            try chromium.screenshot(URL(fileURLWithPath: try folder.write("\(name).html", html)), to: png)
            Self.keep(png)
            let image = try PreviewPNG(Data(contentsOf: png))
            #expect(image.width == 1200 && image.height == 1600)
            images[name] = image
        }
        let blank = try #require(images["blank"])
        for name in pages.keys where name != "blank" {
            let image = try #require(images[name])
            #expect(image.pixelBytes > 8 * blank.pixelBytes, "\(name): \(image.pixelBytes) bytes of pixels, blank \(blank.pixelBytes)")
        }
    }
}
