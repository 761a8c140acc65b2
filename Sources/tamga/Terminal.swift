import Foundation

/// Output rules of the command line, in one place (after age's `tui.go`):
/// results go to standard output; `Error:`, `Hint:` and `Warning:` lines go to
/// standard error, so a script can capture an export without the chatter.
enum Terminal {
    static func printError(_ message: String, hint: String? = nil) {
        writeStandardError("Error: \(message)\n")
        if let hint { writeStandardError("Hint: \(hint)\n") }
    }

    static func printWarning(_ message: String) {
        writeStandardError("Warning: \(message)\n")
    }

    static func writeStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
