import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file in 64 KiB pieces, for work on files of any size in
/// constant memory (an evidence file on its way into an export).
enum FileChunks {
    static let size = 1 << 16

    /// Calls `body` with each piece in order; returns the file's length.
    @discardableResult
    static func forEach(in url: URL, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int64 {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = read(fd, buffer.baseAddress!, size)
            if count < 0 {
                if errno == EINTR { continue }
                throw StorageError(operation: "read", path: url.path, code: errno)
            }
            if count == 0 { return total }
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total += Int64(count)
        }
    }
}
