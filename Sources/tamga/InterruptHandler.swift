import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// The write end of the pipe the signal handler writes the signal number
/// to (all a handler may safely do); set once, before any signal.
nonisolated(unsafe) private var interruptWriteEnd: Int32 = -1

/// Ctrl-C and SIGTERM stop a command cleanly (issue 16): the temporary
/// files it was writing are removed, and it says what happened. Nothing an
/// interrupted command wrote counts until its log entry, which is written
/// last, so the vault is as it was before the command or as after it.
///
/// The handler only writes the signal number to a pipe; a dispatch source
/// reads it and does the work outside signal context. A caught signal is
/// reset to its default in a program `tamga` starts (the editor of `tamga
/// edit`), so the editor still gets its own Ctrl-C.
enum InterruptHandler {
    nonisolated(unsafe) private static var source: (any DispatchSourceRead)?

    static func install() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        interruptWriteEnd = fds[1]
        let handler: @convention(c) (Int32) -> Void = { signal in
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(interruptWriteEnd, &byte, 1)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A mask inherited from whoever started us (a test runner's thread)
        // would keep them pending for good: take them in.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        let reader = DispatchSource.makeReadSource(fileDescriptor: fds[0], queue: DispatchQueue(label: "tamga.interrupt"))
        reader.setEventHandler {
            var byte: UInt8 = 0
            _ = read(fds[0], &byte, 1)
            let (count, bytes) = TemporaryFileRegistry.removeAll()
            let removed = count == 0 ? "" : "; removed \(count) temporary file(s) (\(ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file)))"
            Terminal.writeStandardError("\ninterrupted\(removed). Nothing was stored that the log had not "
                + "recorded; `tamga check` shows the vault's state.\n")
            exit(128 + Int32(byte))
        }
        reader.resume()
        source = reader
    }
}
