import ArgumentParser
import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault

/// `tamga verify FILE`: checks a minisign signature (`FILE.minisig`) as
/// `minisign -V` does, and prints the trusted comment. Anyone can do the same
/// with the stock `minisign` tool; this command exists so an NPM member
/// needs only tamga.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the minisign signature of an export and print its trusted comment.",
        discussion: """
        Reads FILE.minisig (or the file given with -x) and checks it against a
        public key: -P with the key itself, -p with a key file, or else the
        export key of the vault (--vault, $TAMGA_VAULT, ./vault). On success
        prints the trusted comment (document, audience, time, vault, policy)
        on standard output.

        The same check with the standard tool:
          minisign -Vm FILE -P RWQ…

        EXAMPLES:
          tamga verify VR-2014-017.state.html \\
              -P RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3
          tamga verify VR-2014-017.state.html -p npm.pub
          tamga verify report.age -x report.age.minisig

        EXIT STATUS:
          0   the signature and its trusted comment verify
          1   a bad signature, a wrong key, an altered file or an altered comment
          64  bad usage
          66  FILE, its signature or the key file does not exist, or no key
              was given outside a vault
        """)

    @Argument(help: "The signed file.")
    var file: String

    @Option(name: .customShort("P"), help: ArgumentHelp("The public key, as its base64 line (RWQ…).", valueName: "key"))
    var publicKey: String?

    @Option(name: .customShort("p"), help: ArgumentHelp("A public key file in minisign's format.", valueName: "file"))
    var publicKeyFile: String?

    @Option(name: .customShort("x"), help: ArgumentHelp("The signature file (else FILE.minisig).", valueName: "file"))
    var signatureFile: String?

    @Option(help: ArgumentHelp("With neither -P nor -p: the vault whose export key to use.", valueName: "dir"))
    var vault: String?

    func validate() throws {
        if publicKey != nil, publicKeyFile != nil { throw ValidationError("Give the key once: -P KEY or -p KEYFILE, not both.") }
    }

    func run() throws {
        let signaturePath = signatureFile ?? file + ".minisig"
        let signature: MinisignSignature
        do {
            signature = try MinisignSignature(bytes: try Self.read(signaturePath, what: "signature"))
        } catch let error as MinisignError {
            throw Failure(.refused, "\(signaturePath) is not a valid minisign signature (\(error))",
                          hint: "the signature file is damaged; ask the sender for it again")
        }
        let (key, status) = try loadKey(for: signature)
        guard FileManager.default.fileExists(atPath: file) else {
            throw Failure(.missingInput, "\(file) does not exist", hint: nil)
        }
        do {
            try key.verify(signature, fileAt: URL(fileURLWithPath: file))
        } catch {
            throw Self.failure(for: error, file: file, signaturePath: signaturePath, signature: signature, key: key)
        }
        Terminal.writeStandardError("Signature and comment signature verified\n")
        if let status { Terminal.writeStandardError(status + "\n") }
        print("Trusted comment: \(Self.printable(signature.trustedComment))")
    }

    /// The key given, or else the vault's export key that made the signature
    /// (every key the vault has had is in its keyring, each certified by the
    /// one before), with a line saying which key it is and whether it is current.
    private func loadKey(for signature: MinisignSignature) throws -> (MinisignPublicKey, String?) {
        do {
            if let publicKey { return (try MinisignPublicKey(text: publicKey), nil) }
            if let publicKeyFile {
                return (try MinisignPublicKey(text: String(decoding: try Self.read(publicKeyFile, what: "public key"), as: UTF8.self)), nil)
            }
        } catch let error as MinisignError {
            throw Failure(.badInput, "the public key is not a minisign public key (\(error))",
                          hint: "pass the second line of the .pub file with -P, or the file itself with -p")
        }
        // Most who verify hold no vault: without one, say which key to give
        // rather than what is wrong with a keyring that is not there (issue 19 item 2).
        let paths = VaultPaths.resolve(option: vault)
        guard FileManager.default.fileExists(atPath: paths.config.path) else {
            throw Failure(.missingInput, "no public key to check \(file) against: \(paths.root.path) is not a tamga vault",
                          hint: "give the NPM's published key: -p npm.pub (the file) or -P RW… (its second line); "
                              + "in a copy of the vault, --vault DIR or TAMGA_VAULT")
        }
        let body = try KeyringStore(paths: paths).current().body
        let keys = try body.signingKeys.map { (record: $0, key: try MinisignPublicKey(tamgaSigningKey: Hex.decode($0.publicKey))) }
        guard let match = keys.first(where: { $0.key.keyID == signature.keyID }) else {
            return (keys.last!.key, nil)
        }
        let current = match.record.epoch == body.signingKeys.last?.epoch
        let replaced = body.signingKeys.first { $0.epoch == match.record.epoch + 1 }?.issued
        return (match.key, "Signed with export key \(match.key.keyIDText) (key \(match.record.epoch) of \(body.signingKeys.count)): "
            + (current ? "the current key" : "not current; replaced on \(replaced ?? "?") by a key it certified"))
    }

    static func read(_ path: String, what: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.missingInput, "cannot read the \(what) file \(path)", hint: nil)
        }
        return Array(data)
    }

    static func failure(for error: MinisignError, file: String, signaturePath: String,
                        signature: MinisignSignature, key: MinisignPublicKey) -> Failure {
        switch error {
        case .keyMismatch:
            Failure(.refused, "\(signaturePath) was made with another key (key id \(Hex.encode(Array(signature.keyID.reversed())).uppercased()), expected \(key.keyIDText))",
                    hint: "check that you have the current public key of the NPM that sent the file")
        case .invalidSignature:
            Failure(.refused, "\(file) does not match its signature: the file was altered, or the signature is for another file",
                    hint: "do not rely on this file; ask the sender for the original")
        case .invalidTrustedComment:
            Failure(.refused, "the trusted comment in \(signaturePath) was altered",
                    hint: "do not rely on this file or its comment; ask the sender for the original")
        case .ioFailed(let code):
            Failure(code == ENOENT ? .missingInput : .refused, "cannot read \(file) (errno \(code))", hint: nil)
        default:
            Failure(.refused, "\(signaturePath): \(error)", hint: nil)
        }
    }

    /// The comment with control characters replaced, so a comment cannot
    /// drive the terminal.
    static func printable(_ text: String) -> String { Terminal.printable(text) }

    typealias Failure = CommandFailure
}
