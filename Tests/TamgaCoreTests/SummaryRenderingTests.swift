import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The annual summary, printed and rendered by headless Chromium (issue 7):
/// the chart is drawn (its legend and month labels are on the printed page,
/// and rendered alone it is far from a blank page),
/// and the PUBLIC banner is on every page.
@Suite struct SummaryRenderingTests {
    @Test func theChartIsDrawnAndTheBannerIsOnEveryPage() throws {
        let folder = try TemporaryFolder("tamga-summary-png")
        let chromium = try PreviewHeadlessChromium(profile: folder.url.appendingPathComponent("profile"))
        let (summary, _) = try SummaryExampleTests.summary()
        let html = summary.rendered(as: .html)
        #expect(html.contains("<svg"))
        let page = URL(fileURLWithPath: try folder.write("summary.html", html))
        let pdf = folder.url.appendingPathComponent("summary.pdf")
        try chromium.printToPDF(page, to: pdf)
        let pages = try chromium.pageCount(pdf)
        #expect(pages >= 1)
        var text = ""
        for number in 1...pages {
            let pageText = try chromium.text(ofPage: number, in: pdf)
            #expect(pageText.contains("PUBLIC"), "page \(number) has no banner")
            text += pageText
        }
        for label in ["Visits", "Findings", "Oct", "Nov"] { #expect(text.contains(label), "\(label) not on the printed page") }

        // The chart alone, rendered, against a blank page of the same size.
        let start = try #require(html.range(of: "<svg")), end = try #require(html.range(of: "</svg>"))
        let chartOnly = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\(html[start.lowerBound..<end.upperBound])</body></html>"
        let blankPage = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>"
        let withChart = folder.url.appendingPathComponent("chart.png"), blank = folder.url.appendingPathComponent("blank.png")
        try chromium.screenshot(URL(fileURLWithPath: try folder.write("chart.html", chartOnly)), to: withChart)
        try chromium.screenshot(URL(fileURLWithPath: try folder.write("blank.html", blankPage)), to: blank)
        let drawn = try PreviewPNG(Data(contentsOf: withChart)), bare = try PreviewPNG(Data(contentsOf: blank))
        #expect(Double(drawn.pixelBytes) > 1.5 * Double(bare.pixelBytes), "the chart draws nothing: \(drawn.pixelBytes) against \(bare.pixelBytes)")
    }
}
