import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// Output rules of the command line, in one place (after age's `tui.go`):
/// results go to standard output; `Error:`, `Hint:` and `Warning:` lines go to
/// standard error, so a script can capture an export without the chatter.
///
/// Nothing here uses `FileHandle.write(_:)`: it traps when the write fails, so
/// a full disk or a closed pipe under standard error turned a clean `Error:`
/// exit into a crash with a stack trace (found by scripts/fault-test.sh).
enum Terminal {
    /// An unbuffered stdio stream of our own on descriptor 2 (C's `stderr` is
    /// a global Swift 6 will not let us touch). stdio ignores a failed write
    /// instead of trapping.
    private nonisolated(unsafe) static let standardError: UnsafeMutablePointer<FILE>? = {
        let stream = fdopen(STDERR_FILENO, "w")
        if let stream { setvbuf(stream, nil, _IONBF, 0) }
        return stream
    }()

    static func printError(_ message: String, hint: String? = nil) {
        writeStandardError("Error: \(message)\n")
        if let hint { writeStandardError("Hint: \(hint)\n") }
    }

    static func printWarning(_ message: String) {
        writeStandardError("Warning: \(message)\n")
    }

    /// Best effort: a message about a failure cannot itself be reported when
    /// standard error is unwritable, and the exit status still says it.
    static func writeStandardError(_ text: String) {
        fflush(nil)  // what `print` buffered comes first
        guard let standardError else { return }
        fputs(text, standardError)
    }

    /// Writes a command's result bytes (a document, a decrypted file) to
    /// standard output; a failed write is an error, not a half-shown result
    /// with exit 0.
    static func writeStandardOutput(_ bytes: UnsafeRawBufferPointer) throws(StorageError) {
        guard fflush(nil) == 0 else { throw StorageError(operation: "write", path: "standard output", code: errno) }
        try FileDescriptorWrite.all(bytes, to: STDOUT_FILENO, path: "standard output")
    }

    static func writeStandardOutput(_ bytes: [UInt8]) throws(StorageError) {
        guard fflush(nil) == 0 else { throw StorageError(operation: "write", path: "standard output", code: errno) }
        try FileDescriptorWrite.all(bytes, to: STDOUT_FILENO, path: "standard output")
    }
}
