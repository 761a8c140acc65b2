import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga attachment get`: one attachment back out of the vault.
struct AttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment",
        abstract: "Get an attachment back out of the vault, or black out regions of it for exports.",
        subcommands: [Get.self, Redact.self, Restrict.self])

    /// Streams the attachment to a file written whole or not at all, checks
    /// the hash recorded at intake, and logs the read like `show`.
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Write an attachment you may open to a file, checking its SHA-256.",
            discussion: """
            NAME is the reference `tamga attachments ID` shows (or an unambiguous
            prefix of it, or the original file name). The file is streamed (any
            size, constant memory) to a temporary file (mode 0600) next to the
            destination, its SHA-256 compared with the one recorded when it was
            attached, and only then renamed into place; on any failure nothing
            is left. The read is recorded in the audit log. Never written to a
            terminal; `-o -` writes to standard output only when it is a pipe
            or a file.

            EXAMPLES:
              tamga attachment get INT-2014-044 3f9a1c0b7d2e -o photo.jpg
              tamga attachment get INT-2014-044 3f9a -o - | sha256sum
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The document id.")
        var id: String

        @Argument(help: "The attachment's reference (NAME in `tamga attachments`).")
        var name: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Write it here (- for standard output, never a terminal).", valueName: "file"))
        var output: String

        @Flag(help: "Replace an existing file.")
        var force = false

        func run() throws {
            let target = try OutputTarget.resolve(output, defaultName: "attachment", manyOutputs: false)
            switch target.destination {
            case .standardOutput:
                guard isatty(STDOUT_FILENO) != 1 else { throw Self.terminalRefusal }
            case .file(let url):
                var info = stat()
                if stat(url.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                    if Self.isTerminal(url.path) { throw Self.terminalRefusal }
                    throw VaultError.invalidArgument("\(url.path) is not a regular file; give a file name with -o")
                }
                try target.check(vault: options.paths, force: force)
            }
            let vault = try options.unlock()
            let destination: AttachmentDownload.Destination = switch target.destination {
            case .standardOutput: .descriptor(STDOUT_FILENO, label: "standard output")
            case .file(let url): .file(url, replace: force)
            }
            let result = try AttachmentDownload(vault: vault).get(name, of: id, to: destination)
            let outcome = result.outcome
            let check = outcome.verified ? "matches the SHA-256 recorded at intake" : "no SHA-256 was recorded for it at intake: not verified"
            Terminal.writeStandardError("wrote \(result.reference) (\(outcome.byteCount) bytes) to \(target.path); sha256 \(outcome.sha256) \(check)\n")
        }

        static let terminalRefusal = Failure(.refused, "refusing to write an attachment to a terminal",
                                             hint: "write it to a file with -o FILE, or pipe it (-o - | …)")

        /// Whether `path` is a terminal device.
        static func isTerminal(_ path: String) -> Bool {
            let fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            return isatty(fd) == 1
        }

        typealias Failure = CommandFailure
    }
}
