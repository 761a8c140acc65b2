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
    /// Stored free text (a consent's note, who obtained it, a name) as it may
    /// be printed: control characters (C0 but tab, DEL, C1), line and
    /// paragraph separators and bidirectional overrides each become `?`, so a
    /// value cannot drive the terminal (clear the screen, move the cursor),
    /// start a line of its own, or reorder what follows (web round 40 F8: a
    /// note printed "consent in force: state, public" on a colleague's screen).
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            let control = (value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(value)
            let layout = value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || value == 0x200E || value == 0x200F || value == 0x061C
            return control || layout ? "?" : scalar
        }))
    }

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

    /// Progress of a long step on one rewritten line, only when standard
    /// error is a terminal (a script or a log gets nothing), at most once per
    /// percent; `done == total` ends the line.
    static func progress(_ label: String, done: Int64, total: Int64, bytes: Bool = true) {
        guard total > 0, isatty(STDERR_FILENO) == 1 else { return }
        let percent = Int(done * 100 / total)
        progressState.lock.lock(); defer { progressState.lock.unlock() }
        guard percent != progressState.lastPercent || done == total else { return }
        progressState.lastPercent = done == total ? -1 : percent
        let format = { (value: Int64) in bytes ? ByteCountFormatter.string(fromByteCount: value, countStyle: .file) : String(value) }
        writeStandardError("\r\(label): \(format(done)) of \(format(total)) (\(percent)%)" + (done == total ? "\n" : ""))
    }

    /// One line saying what a long step is doing, only on a terminal.
    @Sendable static func step(_ text: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        writeStandardError("\(text)…\n")
    }

    /// For `LowerPartRefresher.refresh(progress:)`: documents checked of all.
    static func refreshProgress(_ done: Int, _ total: Int) {
        guard total > 1 else { return }
        progress("checking State and public versions", done: Int64(done), total: Int64(total), bytes: false)
    }

    private final class ProgressState: @unchecked Sendable {
        let lock = NSLock()
        var lastPercent = -1
    }

    private static let progressState = ProgressState()

    static func printWarning(_ message: String) {
        writeStandardError("Warning: \(message)\n")
    }

    /// For `SignedDelivery`: a signed output went to standard output, where no `.minisig` can follow it.
    static func warnUnsignedOutput() {
        printWarning("output printed to standard output carries no signature; write it to a file to get FILE.minisig")
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
