import Foundation

/// The Debian tools evidence export runs, always by absolute path: a tool
/// found through `$PATH` could be anything (here `/usr/local/bin/convert` is
/// a stand-in script), and a metadata stripper must be the real one.
///
/// Why these tools (issue 17):
/// - `mat2` (Debian's `mat2`) *rewrites* a file from what it can parse
///   (JPEG, PNG, PDF, office, text), so what it does not understand is
///   dropped rather than kept. `exiftool -all=` edits in place instead, and
///   for PDF only appends an update: the old metadata stays in the file.
/// - `exiftool` (`libimage-exiftool-perl`) is the most thorough *reader* of
///   metadata there is: it verifies what mat2 produced, as a second opinion
///   from a different code base.
/// - `vips` (`libvips-tools`) blacks out regions: small, fast, streaming, and
///   without ImageMagick's history of coder vulnerabilities and policy files
///   that silently refuse formats.
/// - `pdftotext` (`poppler-utils`) extracts a PDF's text for the leak scan.
///
/// Tools run with a minimal environment, `HOME` in the private workspace
/// (nothing of theirs lands in the member's home), standard error discarded
/// (it could repeat a path), and only ever on files named by tamga.
public struct EvidenceTool: Sendable {
    public let path: String
    public let package: String
    /// Files the tool needs besides itself (a model), with the package that installs each.
    public let data: [String: String]

    public init(path: String, package: String, data: [String: String] = [:]) {
        self.path = path
        self.package = package
        self.data = data
    }

    public static let mat2 = EvidenceTool(path: "/usr/bin/mat2", package: "mat2")
    public static let exiftool = EvidenceTool(path: "/usr/bin/exiftool", package: "libimage-exiftool-perl")
    public static let vips = EvidenceTool(path: "/usr/bin/vips", package: "libvips-tools")
    public static let vipsheader = EvidenceTool(path: "/usr/bin/vipsheader", package: "libvips-tools")
    public static let pdftotext = EvidenceTool(path: "/usr/bin/pdftotext", package: "poppler-utils")
    /// Lists a PDF's raster images: text in a picture is text the leak scan cannot read.
    public static let pdfimages = EvidenceTool(path: "/usr/bin/pdfimages", package: "poppler-utils")
    /// Renders a PDF's pages as pictures, for reading them back as a reader sees them.
    public static let pdftoppm = EvidenceTool(path: "/usr/bin/pdftoppm", package: "poppler-utils")
    /// Reads a rendered page back (OCR), with its English and Kyrgyz (Cyrillic) models.
    public static let tesseract = EvidenceTool(path: "/usr/bin/tesseract", package: "tesseract-ocr",
                                               data: ["/usr/share/tesseract-ocr/5/tessdata/eng.traineddata": "tesseract-ocr-eng",
                                                      "/usr/share/tesseract-ocr/5/tessdata/kir.traineddata": "tesseract-ocr-kir"])

    public var name: String { (path as NSString).lastPathComponent }

    /// Throws `toolMissing` unless the tool is installed.
    public func require() throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw EvidenceError.toolMissing(tool: name, package: package)
        }
        for (file, package) in data.sorted(by: { $0.key < $1.key }) where !FileManager.default.fileExists(atPath: file) {
            throw EvidenceError.toolMissing(tool: "\(name) (\((file as NSString).lastPathComponent))", package: package)
        }
    }

    /// Runs the tool in `folder`; returns its exit status and standard output.
    public func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: Data) {
        try require()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                               "TMPDIR": folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// Runs the tool and requires exit status 0, naming the attachment otherwise.
    @discardableResult
    public func succeed(_ arguments: [String], in folder: URL, reference: String) throws -> Data {
        let result = try run(arguments, in: folder)
        guard result.status == 0 else { throw EvidenceError.toolFailed(reference: reference, tool: name, status: result.status) }
        return result.output
    }
}
