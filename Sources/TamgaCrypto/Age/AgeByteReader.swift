#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered reader over any byte source (memory, a file descriptor, the
/// armor decoder), with the few operations the age parsers need: read a line
/// of bounded length, peek, and fill a buffer until the end of the input.
///
/// Bounded lines keep a hostile header from making the reader allocate
/// without limit; the payload is read straight into the caller's buffer, so
/// a large file passes through in 64 KiB chunks.
final class AgeByteReader {
    /// Fills the buffer with up to its size; returns 0 at the end of input.
    typealias Source = (UnsafeMutableRawBufferPointer) throws(AgeError) -> Int

    private let source: Source
    private var pending: [UInt8] = []
    private var start = 0
    private var reachedEnd = false

    init(source: @escaping Source) {
        self.source = source
    }

    /// A reader over bytes in memory.
    convenience init(bytes: [UInt8]) {
        var offset = 0
        self.init { buffer in
            let count = min(buffer.count, bytes.count - offset)
            if count > 0 {
                bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            }
            offset += count
            return count
        }
    }

    /// A reader over an open file descriptor (not closed here).
    convenience init(fileDescriptor: Int32) {
        self.init { buffer throws(AgeError) in
            while true {
                let count = Glibc.read(fileDescriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { throw AgeError(.io, "reading the input failed (errno \(errno))") }
            }
        }
    }

    private var available: Int { pending.count - start }

    /// Reads from the source until `count` bytes are buffered or the input ends.
    private func buffer(atLeast count: Int) throws(AgeError) {
        while available < count, !reachedEnd {
            if start > 0, start >= pending.count / 2 {
                pending.removeFirst(start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: max(4096, count - available))
            let read = try withAgeMutableBytes(&chunk) { buffer throws(AgeError) in try source(buffer) }
            if read == 0 { reachedEnd = true } else { pending += chunk[0..<read] }
        }
    }

    /// The next `count` bytes without consuming them (fewer at the end).
    func peek(_ count: Int) throws(AgeError) -> ArraySlice<UInt8> {
        try buffer(atLeast: count)
        return pending[start..<(start + min(count, available))]
    }

    /// The next line including its LF; without one if the input ends first;
    /// nil at the end of input. Throws `tooLong` when no LF comes within
    /// `limit` bytes.
    func readLine(limit: Int, tooLong: AgeError) throws(AgeError) -> [UInt8]? {
        var searched = 0
        while true {
            if let index = pending[(start + searched)...].firstIndex(of: 0x0A) {
                guard index - start < limit else { throw tooLong }
                defer { start = index + 1 }
                return Array(pending[start...index])
            }
            searched = available
            guard searched < limit else { throw tooLong }
            if reachedEnd {
                guard available > 0 else { return nil }
                defer { start = pending.count }
                return Array(pending[start...])
            }
            try buffer(atLeast: available + 1)
        }
    }

    /// Fills `output` from the input; fewer bytes only at the end of input.
    func read(into output: UnsafeMutableRawBufferPointer) throws(AgeError) -> Int {
        var filled = min(available, output.count)
        if filled > 0 {
            pending.withUnsafeBytes { output.baseAddress!.copyMemory(from: $0.baseAddress! + start, byteCount: filled) }
            start += filled
        }
        while filled < output.count, !reachedEnd {
            let read = try source(UnsafeMutableRawBufferPointer(rebasing: output[filled...]))
            if read == 0 { reachedEnd = true } else { filled += read }
        }
        return filled
    }

    /// True when no byte is left (reads one ahead if needed).
    func isAtEnd() throws(AgeError) -> Bool {
        try buffer(atLeast: 1)
        return available == 0
    }
}

/// `withUnsafeBytes` with typed throws: the standard versions are `rethrows`,
/// which widens every error to `any Error`.
func withAgeBytes<R>(
    _ bytes: some ContiguousBytesLike, _ body: (UnsafeRawBufferPointer) throws(AgeError) -> R
) throws(AgeError) -> R {
    let result: Result<R, AgeError> = bytes.withUnsafeBytes { buffer in
        Result { () throws(AgeError) in try body(buffer) }
    }
    return try result.get()
}

/// What `withAgeBytes` reads from: arrays and secrets.
protocol ContiguousBytesLike {
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension Array: ContiguousBytesLike where Element == UInt8 {}
extension SecretBytes: ContiguousBytesLike {}

/// `withUnsafeMutableBytes` of an array, with typed throws.
func withAgeMutableBytes<R>(
    _ bytes: inout [UInt8], _ body: (UnsafeMutableRawBufferPointer) throws(AgeError) -> R
) throws(AgeError) -> R {
    let result: Result<R, AgeError> = bytes.withUnsafeMutableBytes { buffer in
        Result { () throws(AgeError) in try body(buffer) }
    }
    return try result.get()
}
