import Foundation
import Testing
@testable import TamgaCrypto

/// Streaming through file handles at the default 64 KiB chunk size.
@Suite struct SecretStreamFileTests {
    static let sizes = [0, 5, 65536, 2 * 65536, 3 * 65536 + 5]

    @Test(arguments: sizes)
    func fileRoundTrip(size: Int) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tamga-stream-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plainURL = directory.appendingPathComponent("plain"), sealedURL = directory.appendingPathComponent("sealed")
        let backURL = directory.appendingPathComponent("back")
        let message = SecureRandom.bytes(count: size)
        try Data(message).write(to: plainURL)
        let key = try SecretBytes.random(count: 32), ad = Array("ad".utf8)

        try transform(plainURL, sealedURL) { try SecretStream.encrypt(from: $0, to: $1, using: key, authenticating: ad) }
        let sealed = try [UInt8](Data(contentsOf: sealedURL))
        #expect(sealed.count == SecretStream.ciphertextByteCount(plaintextCount: size))
        #expect(try SecretStream.decrypt(sealed, using: key, authenticating: ad).constantTimeEquals(message))

        try transform(sealedURL, backURL) { try SecretStream.decrypt(from: $0, to: $1, using: key, authenticating: ad) }
        #expect(try [UInt8](Data(contentsOf: backURL)) == message)

        // The streaming reader refuses a dropped final chunk and trailing bytes too.
        let lastChunk = size % 65536 == 0 && size > 0 ? 65536 + 17 : size % 65536 + 17
        try Data(sealed.dropLast(lastChunk)).write(to: sealedURL)
        #expect(throws: CryptoError.truncatedStream) {
            try transform(sealedURL, backURL) { try SecretStream.decrypt(from: $0, to: $1, using: key, authenticating: ad) }
        }
        try Data(sealed + [0]).write(to: sealedURL)
        #expect(throws: CryptoError.self) {
            try transform(sealedURL, backURL) { try SecretStream.decrypt(from: $0, to: $1, using: key, authenticating: ad) }
        }
    }

    private func transform(_ from: URL, _ to: URL, _ body: (FileHandle, FileHandle) throws -> Void) throws {
        #expect(FileManager.default.createFile(atPath: to.path, contents: nil))
        let input = try FileHandle(forReadingFrom: from), output = try FileHandle(forWritingTo: to)
        defer { try? input.close(); try? output.close() }
        try output.truncate(atOffset: 0)
        try body(input, output)
    }
}
