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

    /// Reads a new passphrase, asking twice on a terminal. A file holds it once.
    func readNew(prompt: String, minimumLength: Int = 8) throws -> SecretBytes {
        let first = try read(prompt: prompt)
        if file == nil {
            let second = try readTerminal(prompt: "Type it again: ")
            guard first.isEqual(to: second) else { throw VaultError.passphraseMismatch }
        }
        guard first.count >= minimumLength else { throw VaultError.passphraseTooShort(minimum: minimumLength) }
        return first
    }

    /// The first line of the file, without its line ending. The file must not
    /// be readable by others: a passphrase in a world-readable file is no secret.
    private func readFile(_ path: String) throws -> SecretBytes {
        var info = stat()
        guard stat(path, &info) == 0 else {
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
