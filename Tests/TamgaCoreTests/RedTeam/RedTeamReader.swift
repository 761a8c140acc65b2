import Foundation
import TamgaTestSupport

/// The red-team evaluation's reader: Pandoc, a third Markdown and HTML
/// implementation (neither tamga's parser nor the cmark-gfm the leak scan
/// uses), renders each export to plain text as a reader would see it.
/// Exports are rendered in one Pandoc run per format, separated by marker
/// paragraphs, and split again; a marker missing means the batch cannot be
/// trusted and the test fails.
enum RedTeamReader {
    static func plainTexts(_ exports: [String], html: Bool) throws -> [String] {
        guard !exports.isEmpty else { return [] }
        guard let pandoc = Command.find("pandoc") else { throw PandocLevels.Unavailable(description: "pandoc is missing: run `make test-deps`") }
        let marker = { (index: Int) in "RTMARK\(index)ENDMARK" }
        let joined = exports.enumerated().map { index, text in
            html ? "<p>\(marker(index))</p>\n\(text)\n" : "\n\n\(marker(index))\n\n\(text)\n\n"
        }.joined()
        let folder = try TemporaryFolder("tamga-redteam")
        let input = try folder.write(html ? "in.html" : "in.md", joined)
        let result = try Command.run(pandoc, ["-f", html ? "html" : "gfm", "-t", "plain", "--wrap=none", input])
        guard result.status == 0 else { throw PandocLevels.Unavailable(description: "pandoc failed: \(result.output.prefix(200))") }
        var texts: [String] = []
        var rest = Substring(result.output)
        for index in exports.indices {
            guard let start = rest.range(of: marker(index)) else {
                throw PandocLevels.Unavailable(description: "marker \(index) lost in Pandoc's output")
            }
            if index > 0 { texts.append(String(rest[..<start.lowerBound])) }
            rest = rest[start.upperBound...]
        }
        texts.append(String(rest))
        return texts
    }

    /// Whether `digits` has a run of `RedTeamCase.digitRun` digits readable
    /// on one line of `text` (separators and spaces between them ignored).
    static func showsDigits(_ text: String, _ digits: String) -> Bool {
        let run = min(RedTeamCase.digitRun, digits.count)
        let needles = Set((0...(digits.count - run)).map { offset in
            String(digits.dropFirst(offset).prefix(run))
        })
        for line in text.split(separator: "\n") {
            let lineDigits = String(line.filter(\.isASCIIDigit))
            if needles.contains(where: lineDigits.contains) { return true }
        }
        return false
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
