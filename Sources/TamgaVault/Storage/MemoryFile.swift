import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An anonymous file in memory (Linux `memfd_create`): no name in any
/// folder, gone when closed. The web front end streams an uploaded file into
/// one, so that the attach use case can read it (twice: hashing, then
/// encrypting) through a path like a file on disk, with no plaintext copy
/// written anywhere; and it decrypts a download into one, so that the hash is
/// checked before a byte leaves (issue 20).
///
/// Bounded: a write past `limit` bytes is refused and nothing more is kept.
/// Closing zero-fills it first. Memory pages can still be swapped out, like
/// any memory of the process.
public final class MemoryFile {
    /// The open descriptor; `path` reopens it for reading.
    public let descriptor: Int32
    public let limit: Int64
    public private(set) var size: Int64 = 0
    private var closed = false

    /// `/proc/self/fd/N`: opening it gives a new reader at offset 0.
    public var path: String { "/proc/self/fd/\(descriptor)" }
    public var url: URL { URL(fileURLWithPath: path) }

    /// Refused: the data is larger than the limit.
    public struct TooLarge: Error, Sendable {
        public let limit: Int64
    }

    private typealias Create = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32

    /// `memfd_create` is in glibc since 2.27, but Swift's Glibc module does not declare it.
    private static let create: Create? = dlsym(nil, "memfd_create").map { unsafeBitCast($0, to: Create.self) }

    public init(limit: Int64) throws {
        guard let create = Self.create else {
            throw VaultError.invalidArgument("this system cannot keep a file in memory (no memfd_create)")
        }
        let descriptor = create("tamga", 1 /* MFD_CLOEXEC */)
        guard descriptor >= 0 else { throw StorageError(operation: "create a file in memory for", path: "the upload", code: errno) }
        self.descriptor = descriptor
        self.limit = limit
    }

    deinit { close() }

    /// Appends `bytes`; past the limit nothing of them is kept and `TooLarge` is thrown.
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard size + Int64(bytes.count) <= limit else { throw TooLarge(limit: limit) }
        try FileDescriptorWrite.all(bytes, to: descriptor, path: "the file in memory")
        size += Int64(bytes.count)
    }

    /// Everything written, through `append` or straight to `descriptor`, read back from the start.
    public func contents() throws -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StorageError(operation: "read", path: "the file in memory", code: errno) }
        size = Int64(info.st_size)
        var bytes = [UInt8](repeating: 0, count: Int(size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw StorageError(operation: "read", path: "the file in memory", code: count < 0 ? errno : EIO) }
            done += count
        }
        return bytes
    }

    /// Zero-fills, then closes (also on deinit).
    public func close() {
        guard !closed else { return }
        closed = true
        let zeros = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: Int64 = 0
        while offset < size {
            let count = zeros.withUnsafeBytes { pwrite(descriptor, $0.baseAddress!, Int(min(Int64($0.count), size - offset)), off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += Int64(count)
        }
        _ = ftruncate(descriptor, 0)
        _ = Glibc.close(descriptor)
    }
}
