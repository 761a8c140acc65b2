import Foundation
import TamgaCrypto
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// Where a passphrase comes from: a file named by `--passphrase-file` or
/// `TAMGA_PASSPHRASE_FILE` (for scripts), else the terminal with echo off.
/// Never from a command-line argument, where `ps` and shell history would
/// show it. The bytes go straight into `SecretBytes`; the staging buffer is wiped.
struct PassphraseReader {
    /// The file to read, if the user named one.
    let file: String?

    init(option: String?) {
        let environment = ProcessInfo.processInfo.environment["TAMGA_PASSPHRASE_FILE"]
        file = option ?? (environment?.isEmpty == false ? environment : nil)
    }

    /// Reads an existing passphrase (to unlock).
    func read(prompt: String) throws -> SecretBytes {
        if let file { return try readFile(file) }
        return try readTerminal(prompt: prompt)
    }

    /// Reads a new passphrase. On a terminal: checked against the floor
    /// (`PassphrasePolicy`) before it is asked a second time, with three tries
    /// in all, like sudo. A file holds it once, checked the same way.
    func readNew(prompt: String) throws -> SecretBytes {
        guard file == nil else {
            let passphrase = try read(prompt: prompt)
            if let problem = PassphrasePolicy.problem(with: passphrase) { throw VaultError.weakPassphrase(problem) }
            return passphrase
        }
        var last: VaultError = .passphraseMismatch
        for attempt in 1...3 {
            let first = try readTerminal(prompt: prompt)
            if let problem = PassphrasePolicy.problem(with: first) {
                last = .weakPassphrase(problem)
            } else if first.isEqual(to: try readTerminal(prompt: "Type it again: ")) {
                return first
            } else {
                last = .passphraseMismatch
            }
            if attempt < 3 { Terminal.printError(last.message, hint: last.hint) }
        }
        throw last
    }

    /// The first line of the file, without its line ending. The file must not
    /// be readable by others: a passphrase in a world-readable file is no secret.
    private func readFile(_ path: String) throws -> SecretBytes {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw VaultError.missingPassphraseFile(path: path) }
            throw VaultError.noPassphrase(reason: "cannot read passphrase file \(path): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & 0o077 != 0 {
            throw VaultError.noPassphrase(reason: "passphrase file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); run `chmod 600 \(path)`")
        }
        var bytes: [UInt8]
        do { bytes = try DurableFile.readAll(URL(fileURLWithPath: path)) } catch {
            throw VaultError.noPassphrase(reason: "cannot read passphrase file \(path)")
        }
        defer { wipe(&bytes) }
        var end = bytes.firstIndex(of: 0x0A) ?? bytes.count
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        var line = Array(bytes[0..<end])
        guard !line.isEmpty else { throw VaultError.noPassphrase(reason: "passphrase file \(path) is empty") }
        return try SecretBytes(copyingAndWiping: &line)
    }

    /// Reads one line from the controlling terminal with echo off.
    private func readTerminal(prompt: String) throws -> SecretBytes {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw VaultError.noPassphrase(reason: "no terminal to ask on") }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw VaultError.noPassphrase(reason: "no terminal to ask on") }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        _ = prompt.withCString { Glibc.write(fd, $0, strlen($0)) }
        tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = Glibc.write(fd, "\n", 1)
        }
        var line: [UInt8] = []
        line.reserveCapacity(256)
        defer { wipe(&line) }
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D {
            line.append(byte)
            guard line.count <= 1024 else { throw VaultError.noPassphrase(reason: "the passphrase is longer than 1024 bytes") }
        }
        byte = 0
        guard !line.isEmpty else { throw VaultError.noPassphrase(reason: "an empty passphrase was typed") }
        var copy = line
        return try SecretBytes(copyingAndWiping: &copy)
    }

    private func wipe(_ bytes: inout [UInt8]) {
        for index in bytes.indices { bytes[index] = 0 }
    }
}
