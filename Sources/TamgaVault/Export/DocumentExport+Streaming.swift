import Foundation
import TamgaCore
import TamgaCrypto

extension DocumentExport.Sealing {
    /// What a streamed file wrote: its SHA-256, for the disclosure log entry
    /// made after every file is written.
    final class WrittenDigest: @unchecked Sendable {
        var hex = ""
    }

    /// The two hashes of the bytes written, fed as they go to the disk.
    private final class Digests {
        var sha256: SHA256Hasher? = SHA256Hasher()
        var prehash: BLAKE2bHasher?

        init() throws { prehash = try MinisignSigner.prehasher() }

        func update(_ bytes: UnsafeRawBufferPointer) {
            sha256?.update(bufferPointer: bytes)
            prehash?.update(bufferPointer: bytes)
        }
    }

    /// Writes `source` to `target` sealed to the recipients (as it is when
    /// there are none) and signs what was written, in one pass and in
    /// constant memory, so an evidence file of any size leaves the same way
    /// as a document: returns the `.minisig` text. The file appears whole or
    /// not at all (`DurableFile`).
    func stream(_ source: URL, to target: OutputTarget, comment: String, force: Bool, digest: WrittenDigest) throws -> String {
        guard case .file(let url) = target.destination else {
            throw VaultError.invalidArgument("attachments are written next to a file export, never to standard output")
        }
        let digests = try Digests()
        try DurableFile.write(to: url.deletingLastPathComponent(), name: url.lastPathComponent, replace: force) { fd, path in
            let emit = { (bytes: UnsafeRawBufferPointer) throws(StorageError) in
                try FileDescriptorWrite.all(bytes, to: fd, path: path)
                digests.update(bytes)
            }
            guard !recipients.isEmpty else {
                try FileChunks.forEach(in: source) { try emit($0) }
                return
            }
            var failure: StorageError?
            let writer = try AgeWriter(recipients: recipients, armored: request.armor) { bytes throws(AgeError) in
                do throws(StorageError) { try emit(bytes) } catch {
                    failure = error
                    throw AgeError(.io, "the sealed file could not be written")
                }
            }
            do {
                try FileChunks.forEach(in: source) { try writer.write($0) }
                try writer.finish()
            } catch {
                throw failure ?? error
            }
        }
        guard let sha256 = digests.sha256.take(), let prehash = digests.prehash.take() else {
            throw VaultError.invalidArgument("internal error: a streamed export was hashed twice")
        }
        digest.hex = Hex.encode(sha256.finalize())
        return try signer.sign(prehash: prehash.finalize(), trustedComment: comment).text
    }
}
