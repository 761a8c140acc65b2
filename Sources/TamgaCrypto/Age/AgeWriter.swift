public import Foundation

/// Encrypts to age v1, streaming: header, 16-byte nonce, then the payload in
/// 64 KiB STREAM chunks, optionally inside ASCII armor. Debian's `age -d`
/// opens the result. Memory use is constant whatever the payload size.
///
///     let writer = try AgeWriter(recipients: [recipient], armored: true) { bytes in … }
///     try writer.write(chunk)   // any number of times
///     try writer.finish()       // seals the final chunk; required
public final class AgeWriter {
    private let stream: AgeStreamEncryptor
    private let armor: AgeArmorEncoder?
    private var finished = false

    /// Starts a file for `recipients`, writing through `output` at once (the
    /// header is written before any payload).
    /// - Throws: `.invalidArgument` with no recipients, or a passphrase
    ///   recipient beside another (the spec forbids it).
    public init(
        recipients: [any AgeRecipient], armored: Bool = false,
        output: @escaping (UnsafeRawBufferPointer) throws(AgeError) -> Void
    ) throws(AgeError) {
        guard !recipients.isEmpty else { throw AgeError(.invalidArgument, "no recipients") }
        if recipients.count > 1, recipients.contains(where: \.requiresBeingAlone) {
            throw AgeError(.invalidArgument, "a passphrase recipient cannot be combined with others")
        }
        let fileKey = try AgeCrypto.newFileKey()
        var stanzas: [AgeStanza] = []
        for recipient in recipients { stanzas += try recipient.wrap(fileKey: fileKey) }
        let header = try AgeHeader.make(stanzas: stanzas, fileKey: fileKey)
        let nonce = SecureRandom.bytes(count: AgeStream.nonceByteCount)
        let key = try AgeStream.payloadKey(fileKey: fileKey, nonce: nonce)

        let sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
        if armored {
            let encoder = try AgeArmorEncoder(sink: output)
            armor = encoder
            sink = { bytes throws(AgeError) in try encoder.write(bytes) }
        } else {
            armor = nil
            sink = output
        }
        try withAgeBytes(header.encoded + nonce) { bytes throws(AgeError) in try sink(bytes) }
        stream = try AgeStreamEncryptor(key: key, sink: sink)
    }

    /// Adds plaintext.
    public func write(_ bytes: some ContiguousBytes) throws(AgeError) {
        precondition(!finished, "AgeWriter.write after finish")
        let result: Result<Void, AgeError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(AgeError) in try stream.write(buffer) }
        }
        try result.get()
    }

    /// Seals the final chunk and closes the armor. Without it the file is
    /// truncated and every reader refuses it.
    public func finish() throws(AgeError) {
        precondition(!finished, "AgeWriter.finish called twice")
        finished = true
        try stream.finish()
        try armor?.finish()
    }

    /// Encrypts `plaintext` held in memory.
    public static func encrypt(
        _ plaintext: some ContiguousBytes, to recipients: [any AgeRecipient], armored: Bool = false
    ) throws(AgeError) -> [UInt8] {
        let collected = Collector()
        let writer = try AgeWriter(recipients: recipients, armored: armored) { bytes in collected.bytes += bytes }
        try writer.write(plaintext)
        try writer.finish()
        return collected.bytes
    }

    private final class Collector { var bytes: [UInt8] = [] }
}
