import Foundation

/// Headless Chromium and poppler's `pdfinfo`/`pdftotext`, run as
/// processes, to check how an HTML export or preview prints and looks.
/// A missing tool is an error that says how to install it: these tests
/// fail, never skip, so a machine without the tools cannot pass silently.
struct PreviewHeadlessChromium {
    struct ToolError: Error, CustomStringConvertible {
        let description: String
    }

    let chromium: String
    let pdfinfo: String
    let pdftotext: String
    /// Chromium's profile, so runs do not touch the user's.
    let profile: URL

    init(profile: URL) throws {
        chromium = try Self.locate(["chromium", "chromium-browser", "google-chrome"], package: "chromium")
        pdfinfo = try Self.locate(["pdfinfo"], package: "poppler-utils")
        pdftotext = try Self.locate(["pdftotext"], package: "poppler-utils")
        self.profile = profile
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    }

    static func locate(_ names: [String], package: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw ToolError(description: "\(names[0]) is missing: `make test-deps` installs it (Debian package \(package))")
    }

    /// Prints `html` to PDF as a browser would, without Chromium's own
    /// header and footer (which would print the title and so fake a banner).
    func printToPDF(_ html: URL, to pdf: URL) throws {
        try run(chromium, common + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw ToolError(description: "Chromium wrote no PDF") }
    }

    func screenshot(_ html: URL, to png: URL, width: Int = 1200, height: Int = 1600) throws {
        try run(chromium, common + ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", html.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else { throw ToolError(description: "Chromium wrote no PNG") }
    }

    func pageCount(_ pdf: URL) throws -> Int {
        let info = try run(pdfinfo, [pdf.path])
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
              let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) else {
            throw ToolError(description: "pdfinfo gave no page count")
        }
        return count
    }

    func text(ofPage page: Int, in pdf: URL) throws -> String {
        try run(pdftotext, ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"])
    }

    private var common: [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000"]
    }

    /// Runs a tool, returns its standard output; a non-zero exit or a run
    /// longer than a minute is an error.
    @discardableResult
    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Output goes to a file, not a pipe, so a hung tool cannot block
        // the read and the deadline below holds.
        let outputURL = profile.appendingPathComponent("output-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: outputURL.path, contents: nil) else {
            throw ToolError(description: "cannot create a file in the temporary folder")
        }
        let output = try FileHandle(forWritingTo: outputURL)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw ToolError(description: "\(URL(fileURLWithPath: executable).lastPathComponent) ran for more than a minute")
        }
        guard process.terminationStatus == 0 else {
            throw ToolError(description: "\(URL(fileURLWithPath: executable).lastPathComponent) exited with \(process.terminationStatus)")
        }
        try output.close()
        return String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
    }
}
