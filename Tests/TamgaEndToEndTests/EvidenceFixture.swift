import Foundation
import Testing
import TamgaTestSupport

/// Real evidence files for the issue 17 export tests: images made with
/// libvips from pixels the test chose, tagged by exiftool with GPS, camera,
/// author, software and date metadata, and a small PDF written byte by byte.
/// The tools are Debian's (`make test-deps` installs them); a missing one
/// fails the test with the command that installs it.
enum EvidenceFixture {
    static let tools = ["/usr/bin/vips": "libvips-tools", "/usr/bin/exiftool": "libimage-exiftool-perl",
                        "/usr/bin/mat2": "mat2", "/usr/bin/pdftotext": "poppler-utils", "/usr/bin/minisign": "minisign",
                        "/usr/bin/sha256sum": "coreutils"]

    /// Runs a Debian tool by absolute path; `#require`s that it is installed.
    @discardableResult
    static func tool(_ path: String, _ arguments: [String], in folder: URL,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String) {
        try #require(FileManager.default.isExecutableFile(atPath: path),
                     "\(path) is not installed: run `make test-deps` (apt-get install -y \(tools[path] ?? "it"))",
                     sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The test pattern: every pixel differs from its neighbours, so a moved or blurred region shows.
    static func pixel(_ x: Int, _ y: Int) -> [UInt8] {
        [UInt8(truncatingIfNeeded: 40 + x * 3), UInt8(truncatingIfNeeded: 60 + y * 5), UInt8(truncatingIfNeeded: 90 + x + 2 * y)]
    }

    /// A `width`×`height` image in the format `name`'s extension says, made by vips from a PPM.
    static func image(_ name: String, width: Int = 64, height: Int = 48, in folder: TemporaryFolder) throws -> String {
        var ppm = Array("P6\n\(width) \(height)\n255\n".utf8)
        for y in 0..<height { for x in 0..<width { ppm += pixel(x, y) } }
        let source = folder.path("pattern-\(UUID().uuidString).ppm")
        try Data(ppm).write(to: URL(fileURLWithPath: source))
        try #require(try tool("/usr/bin/vips", ["copy", source, folder.path(name)], in: folder.url).status == 0)
        try FileManager.default.removeItem(atPath: source)
        return folder.path(name)
    }

    /// What a phone camera writes, and worse: where, with what, by whom, when.
    static let identifyingTags = ["-GPSLatitude=42.8746", "-GPSLatitudeRef=N", "-GPSLongitude=74.5698", "-GPSLongitudeRef=E",
                                  "-Make=Canon", "-Model=EOS 5D Mark III", "-Artist=Aibek Sadykov", "-Software=Adobe Lightroom",
                                  "-DateTimeOriginal=2014:10:28 11:42:00", "-XMP-dc:Creator=Nurlan Toktogulov"]

    /// Writes `identifyingTags` into `path` and checks exiftool reads them back.
    static func tag(_ path: String, in folder: TemporaryFolder) throws {
        try #require(try tool("/usr/bin/exiftool", ["-q", "-overwrite_original"] + identifyingTags + [path], in: folder.url).status == 0)
        let tags = try self.tags(path, in: folder)
        try #require(tags.keys.contains { $0.hasSuffix("GPSLatitude") } && tags.keys.contains { $0.hasSuffix("Artist") },
                     "exiftool did not write the test's tags: \(tags.keys.sorted())")
    }

    /// exiftool's reading of every tag (`Group:Tag`), as the export's check reads them.
    static func tags(_ path: String, in folder: TemporaryFolder) throws -> [String: Any] {
        let read = try tool("/usr/bin/exiftool", ["-j", "-a", "-G", "-s", path], in: folder.url)
        try #require(read.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [[String: Any]]
        return try #require(parsed?.first)
    }

    /// The identifying tags (names) exiftool still finds in `path`.
    static func identifying(_ path: String, in folder: TemporaryFolder) throws -> [String] {
        let words = ["gps", "make", "model", "artist", "creator", "author", "software", "date", "time", "producer"]
        return try tags(path, in: folder).keys.filter { key in
            !key.hasPrefix("File:") && !key.hasPrefix("ExifTool:") && key != "SourceFile" && words.contains { key.lowercased().contains($0) }
        }
    }

    /// The pixels of an image (RGB, 8 bits), read back through vips as a binary PPM.
    static func pixels(_ path: String, in folder: TemporaryFolder) throws -> (width: Int, height: Int, rgb: [UInt8]) {
        let ppm = folder.path("read-\(UUID().uuidString).ppm")
        try #require(try tool("/usr/bin/vips", ["copy", path, ppm], in: folder.url).status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ppm)))
        try FileManager.default.removeItem(atPath: ppm)
        // "P6" whitespace width whitespace height whitespace maxval single-whitespace data
        var fields: [Int] = [], index = 2, number = ""
        while fields.count < 3, index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "#") {
                // vips writes a comment line ("#vips2ppm - <date>"): its digits are not the header's.
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if c >= 0x30 && c <= 0x39 {
                number.append(Character(UnicodeScalar(c)))
            } else if !number.isEmpty {
                fields.append(Int(number)!); number = ""
            }
            index += 1
        }
        try #require(fields.count == 3 && fields[2] == 255, "unexpected PPM header")
        return (fields[0], fields[1], Array(bytes[index...]))
    }

    /// A one-page PDF whose text layer says `text`, written by hand (PDF 1.4, Helvetica).
    static func pdf(text: String) -> [UInt8] { pdf(stream: "BT /F1 12 Tf 20 50 Td (\(text)) Tj ET") }

    /// A one-page PDF whose page draws `stream` (PDF content operators).
    static func pdf(stream: String) -> [UInt8] {
        pdf(objects: ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                      "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])
    }

    /// A letter-size page of 14-point lines. Lines marked `lying` use a font
    /// whose ToUnicode map says each letter is the next one (A reads as B):
    /// the page shows the line, the text layer says something else, as in a
    /// Cyrillic PDF from older software (evidence red team F1b).
    static func pdf(lines: [(text: String, lying: Bool)]) -> [UInt8] {
        var stream = "BT 72 720 Td 20 TL\n"
        for line in lines { stream += "/\(line.lying ? "F2" : "F1") 14 Tf (\(line.text)) Tj T*\n" }
        stream += "ET"
        let cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            + "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            + "1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <21> <7E> <0022> endbfrange\n"
            + "endcmap CMapName currentdict /CMap defineresource pop end end"
        return pdf(objects: ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                                + "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
                             "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
                             "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                             "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 7 0 R >>",
                             "<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream"])
    }

    /// A PDF of these objects, numbered from 1, with its cross-reference table.
    static func pdf(objects: [String]) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8), offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// Attaches `path` to `id` with `extra` options; returns its reference.
    static func attach(_ v: CLIVault, _ id: String, _ path: String, _ extra: [String] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try v.run(["attach", id, path] + extra)
        try #require(result.status == 0, "\(result.standardError)", sourceLocation: sourceLocation)
        let line = try #require(result.standardOutput.split(separator: "\n").first { $0.contains(" as ") }, sourceLocation: sourceLocation)
        return String(line.split(separator: " ").last!)
    }

    /// The files in `folder` (names, sorted).
    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
