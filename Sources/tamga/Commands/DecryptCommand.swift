import ArgumentParser
import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga decrypt FILE`: opens an age file (binary or armored) with an
/// identity file or a passphrase, as `age -d` does.
///
/// Output rules (after age's cmd/age): the plaintext is written whole or not
/// at all (a temporary file renamed only once every chunk has verified),
/// never over the input, and never as binary to a terminal unless `-o -`.
struct DecryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Open an age-encrypted file with an identity or a passphrase.",
        discussion: """
        With -i, the identity file holds AGE-SECRET-KEY-1… lines (as written
        by age-keygen) and must be readable by you alone (chmod 600). Without
        -i, a passphrase-encrypted file asks for its passphrase on the
        terminal, or reads it from --passphrase-file (else $TAMGA_PASSPHRASE_FILE).
        A passphrase is never taken as an argument.

        EXAMPLES:
          tamga decrypt VR-2014-017.state.age -i ombudsman.key -o VR-2014-017.txt
          tamga decrypt notes.age -o notes.txt          (asks for the passphrase)
          tamga decrypt notes.age --passphrase-file pass.txt -o -

        EXIT STATUS:
          0   decrypted; the output is complete
          1   refused: wrong key or passphrase, an altered or damaged file,
              an unsupported recipient type; no output was written
          64  bad usage
          65  the identity file is not an age identity file
          66  FILE or the identity file does not exist
        """)

    @Argument(help: "The age file to open.")
    var file: String

    @Option(name: .customShort("i"), help: ArgumentHelp("An identity file (repeatable).", valueName: "file"))
    var identity: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the plaintext here (- for standard output, even a terminal).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Read the passphrase from this file (mode 0600).", valueName: "file"))
    var passphraseFile: String?

    func validate() throws {
        if !identity.isEmpty, passphraseFile != nil {
            throw ValidationError("Use -i for key files or --passphrase-file for a passphrase, not both.")
        }
    }

    func run() throws {
        let input = open(file, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure(.missingInput, "cannot open \(file): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        let identities = try chooseIdentities(input: input)
        guard lseek(input, 0, SEEK_SET) == 0 else { throw Failure(.refused, "cannot read \(file) twice (is it a pipe?)") }

        if let output, output != "-" {
            try decrypt(input, identities: identities, toFile: output)
        } else {
            try decryptToStandardOutput(input, identities: identities, forced: output == "-")
        }
    }

    /// Identity files if given; else, for a passphrase file, the passphrase.
    private func chooseIdentities(input: Int32) throws -> [any AgeIdentity] {
        let header = Self.headerPrefix(of: input).flatMap { try? AgeReader.header(of: $0) }
        // A header that does not parse: let the decryption name the fault.
        if header == nil, identity.isEmpty { return [] }
        let isPassphraseFile = header?.stanzas.contains { $0.type == "scrypt" } ?? false
        if !identity.isEmpty {
            if isPassphraseFile { throw Failure(.refused, "\(file) is encrypted with a passphrase, not to a key", hint: "run it again without -i") }
            return try identity.flatMap(Self.loadIdentities)
        }
        guard isPassphraseFile else {
            throw Failure(.refused, "\(file) is not passphrase-encrypted", hint: "pass the identity file it was encrypted to with -i")
        }
        let passphrase = try PassphraseReader(option: passphraseFile).read(prompt: "Passphrase for \(file): ")
        return [AgeScryptIdentity(passphrase: passphrase)]
    }

    /// The first 2 MiB of the input: enough for any header we accept.
    private static func headerPrefix(of input: Int32) -> [UInt8]? {
        var prefix = [UInt8](repeating: 0, count: 2 << 20)
        var filled = 0
        while filled < prefix.count {
            let count = prefix.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            filled += count
        }
        return Array(prefix[0..<filled])
    }

    /// An identity file, refused when group or others may read it.
    private static func loadIdentities(from path: String) throws -> [any AgeIdentity] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(.missingInput, "cannot read the identity file \(path)") }
        guard info.st_mode & 0o077 == 0 else {
            throw Failure(.refused, "the identity file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8)))",
                          hint: "run `chmod 600 \(path)`; a secret key others can read is no longer secret")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(.missingInput, "cannot read the identity file \(path)") }
        do { return try AgeIdentityFile.parse(Array(data)) } catch {
            throw Failure(error.kind == .unsupportedRecipientType ? .refused : .badInput, "\(path): \(error.message)")
        }
    }

    /// Streams into a temporary file beside `path`, renamed over it only on
    /// success. Constant memory for any size.
    private func decrypt(_ input: Int32, identities: [any AgeIdentity], toFile path: String) throws {
        var inputInfo = stat(), outputInfo = stat()
        fstat(input, &inputInfo)
        if stat(path, &outputInfo) == 0, outputInfo.st_dev == inputInfo.st_dev, outputInfo.st_ino == inputInfo.st_ino {
            throw Failure(.refused, "the output \(path) is the input file", hint: "choose another name with -o")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tamga-\(UInt32.random(in: .min ... .max))").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(.refused, "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var committed = false
        defer { if !committed { close(fd); unlink(temporary) } }
        try runDecryption(input, identities: identities) { bytes throws(AgeError) in
            do throws(StorageError) { try FileDescriptorWrite.all(bytes, to: fd, path: path) } catch {
                throw AgeError(.io, "writing \(path) failed: \(String(cString: strerror(error.code)))")
            }
        }
        guard fsync(fd) == 0, close(fd) == 0 else { throw Failure(.refused, "writing \(path) failed") }
        committed = true
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(.refused, "cannot create \(path): \(String(cString: strerror(code)))")
        }
    }

    /// Buffers the whole plaintext in secure memory, then prints it, so a
    /// failure prints nothing. Binary goes to a terminal only with `-o -`.
    private func decryptToStandardOutput(_ input: Int32, identities: [any AgeIdentity], forced: Bool) throws {
        var info = stat()
        fstat(input, &info)
        let buffer = try SecretBytes(count: Int(info.st_size))
        var length = 0
        try runDecryption(input, identities: identities) { bytes throws(AgeError) in
            guard length + bytes.count <= buffer.count else { throw AgeError(.io, "\(file) grew while it was read") }
            guard let source = bytes.baseAddress, bytes.count > 0 else { return }
            buffer.withUnsafeMutableBytes { $0.baseAddress!.advanced(by: length).copyMemory(from: source, byteCount: bytes.count) }
            length += bytes.count
        }
        try buffer.withUnsafeBytes { all in
            let plaintext = UnsafeRawBufferPointer(rebasing: all[0..<length])
            if !forced, isatty(STDOUT_FILENO) == 1, !Self.isPrintableText(plaintext) {
                throw Failure(.refused, "the plaintext is binary; not printing it to the terminal",
                              hint: "write it to a file with -o FILE, or force it with -o -")
            }
            try Terminal.writeStandardOutput(plaintext)
        }
    }

    private static func isPrintableText(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        return !bytes.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }
    }

    private func runDecryption(_ input: Int32, identities: [any AgeIdentity],
                               sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void) throws {
        do {
            try AgeReader.decrypt(fileDescriptor: input, identities: identities, to: sink)
        } catch {
            throw Self.failure(for: error, file: file, passphrase: identity.isEmpty)
        }
    }

    static func failure(for error: AgeError, file: String, passphrase: Bool) -> Failure {
        switch error.kind {
        case .noMatch:
            passphrase
                ? Failure(.refused, "wrong passphrase for \(file)")
                : Failure(.refused, "none of the identities opens \(file)", hint: "it was encrypted to other recipients; check the -i file")
        case .headerMAC: Failure(.refused, "the header of \(file) was altered (its MAC does not match)", hint: "do not trust this file; ask for a new copy")
        case .header: Failure(.refused, "\(file) is not a valid age file: \(error.message)")
        case .payload: Failure(.refused, "\(file) is damaged or was altered: \(error.message); nothing was written", hint: "ask for a new copy")
        case .armor: Failure(.refused, "the ASCII armor of \(file) is invalid: \(error.message)")
        case .unsupportedRecipientType: Failure(.refused, error.message, hint: "ask the sender to encrypt to an age1… (X25519) recipient or a passphrase")
        case .invalidKey, .invalidArgument, .io: Failure(.refused, error.message)
        }
    }

    typealias Failure = CommandFailure
}
