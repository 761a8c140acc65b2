import Foundation
import HTTPTypes
import Hummingbird
import TamgaVault

/// The attachment form's `multipart/form-data` body, read as it arrives:
/// the small fields into memory (64 KiB in all), the one file part
/// straight into a `MemoryFile`, never whole in a buffer and never on disk.
///
/// The session's CSRF token must come before the file (the form puts it
/// first, and browsers send fields in the form's order): a file part met
/// without it ends the request with 403 before one byte of the file is kept.
/// A file larger than the limit ends it with 413, nothing kept.
struct WebUpload {
    private(set) var fields: [String: [String]] = [:]
    /// The name the browser sent with the file (a whole path from some old browsers).
    private(set) var fileName: String?
    private(set) var file: MemoryFile?

    func string(_ name: String) -> String? { fields[name]?.last }
    func strings(_ name: String) -> [String] { fields[name] ?? [] }

    /// Refused: no CSRF token before the file, or not this session's.
    struct Forbidden: Error {}

    /// The file (or the whole body) is larger than the route takes.
    struct TooLarge: HTTPResponseError {
        let limit: Int64
        var status: HTTPResponse.Status { .contentTooLarge }
        var headers: HTTPFields { [:] }

        func response(from request: Request, context: some RequestContext) throws -> Response {
            WebPages.plain(.contentTooLarge, "The file is larger than \(limit / (1024 * 1024)) MiB; nothing was stored. "
                           + "Attach it with `tamga attach` on the command line.")
        }
    }

    /// Not a multipart body this form sends.
    struct Malformed: Error {}

    static let largestFields = 64 * 1024
    static let largestHeaders = 8 * 1024

    /// Reads `request`'s body; `acceptsCSRF` decides the token met before the file.
    static func read(_ request: Request, limit: Int64, acceptsCSRF: @escaping (String?) -> Bool) async throws -> WebUpload {
        guard let type = request.headers[.contentType], let boundary = Self.boundary(type) else { throw Malformed() }
        if let length = request.headers[.contentLength].flatMap(Int64.init), length > limit + Int64(largestFields + largestHeaders) {
            throw TooLarge(limit: limit)
        }
        var parser = Parser(delimiter: Array("\r\n--\(boundary)".utf8), limit: limit, acceptsCSRF: acceptsCSRF)
        // The body as if it began with a line break, so that the first boundary looks like every other one.
        try parser.feed([13, 10])
        for try await chunk in request.body {
            try parser.feed(Array(chunk.readableBytesView))
            if parser.finished { break }
        }
        guard parser.finished else { throw Malformed() }
        return parser.upload
    }

    /// `boundary=…` of a `multipart/form-data` content type (quoted or not).
    static func boundary(_ contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            let value = part.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
            return value
        }
        return nil
    }

    /// The state machine over the bytes as they come.
    struct Parser {
        let delimiter: [UInt8]
        let limit: Int64
        let acceptsCSRF: (String?) -> Bool
        var upload = WebUpload()
        var finished = false

        private enum Stage { case preamble, afterBoundary, headers, field(String), file, skip }
        private var stage = Stage.preamble
        private var pending: [UInt8] = []
        private var fieldBytes: [UInt8] = []
        private var fieldsTotal = 0

        init(delimiter: [UInt8], limit: Int64, acceptsCSRF: @escaping (String?) -> Bool) {
            self.delimiter = delimiter
            self.limit = limit
            self.acceptsCSRF = acceptsCSRF
        }

        mutating func feed(_ bytes: [UInt8]) throws {
            guard !finished else { return }
            pending += bytes
            var progressed = true
            while progressed, !finished { progressed = try step() }
        }

        /// One move of the machine; false when it needs more bytes.
        private mutating func step() throws -> Bool {
            switch stage {
            case .preamble, .skip, .field, .file:
                guard let at = Self.find(delimiter, in: pending) else {
                    // Keep a tail that may be the start of the delimiter; hand on the rest.
                    let keep = min(pending.count, delimiter.count - 1)
                    try consume(pending.count - keep)
                    return false
                }
                try consume(at)
                try endPart()
                pending.removeFirst(delimiter.count)
                stage = .afterBoundary
                return true
            case .afterBoundary:
                guard pending.count >= 2 else { return false }
                if pending[0] == UInt8(ascii: "-"), pending[1] == UInt8(ascii: "-") {
                    finished = true
                    return false
                }
                guard pending[0] == 13, pending[1] == 10 else { throw Malformed() }
                pending.removeFirst(2)
                stage = .headers
                return true
            case .headers:
                guard let end = Self.find([13, 10, 13, 10], in: pending) else {
                    if pending.count > WebUpload.largestHeaders { throw Malformed() }
                    return false
                }
                let headers = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end + 4)
                try startPart(headers)
                return true
            }
        }

        /// Hands the first `count` pending bytes to the current part.
        private mutating func consume(_ count: Int) throws {
            guard count > 0 else { return }
            switch stage {
            case .field:
                fieldsTotal += count
                guard fieldsTotal <= WebUpload.largestFields else { throw Malformed() }
                fieldBytes += pending[..<count]
            case .file:
                do {
                    try pending.withUnsafeBytes { try upload.file?.append(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                } catch is MemoryFile.TooLarge {
                    throw TooLarge(limit: limit)
                }
            case .preamble, .skip, .afterBoundary, .headers: break
            }
            pending.removeFirst(count)
        }

        private mutating func endPart() throws {
            if case .field(let name) = stage {
                upload.fields[name, default: []].append(String(decoding: fieldBytes, as: UTF8.self))
                fieldBytes = []
            }
        }

        private mutating func startPart(_ headers: String) throws {
            var name: String?, fileName: String?
            for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: String(line))
                fileName = Self.parameter("filename", in: String(line))
            }
            guard let name else { throw Malformed() }
            guard let fileName else {
                stage = .field(name)
                return
            }
            // A file: the token must have come first, and one file per form.
            guard acceptsCSRF(upload.string("csrf")) else { throw Forbidden() }
            if upload.file != nil || fileName.isEmpty {
                stage = .skip
                return
            }
            upload.fileName = fileName
            upload.file = try MemoryFile(limit: limit)
            stage = .file
        }

        /// `name="…"` in a Content-Disposition line (quotes as browsers escape them: `%22`).
        static func parameter(_ key: String, in line: String) -> String? {
            let marker = " \(key)=\""
            guard let start = line.range(of: ";" + marker) ?? line.range(of: marker) else { return nil }
            let rest = line[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return String(rest[..<end]).replacingOccurrences(of: "%22", with: "\"")
        }

        /// Where `needle` first starts in `haystack`.
        static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
            guard let first = needle.first, haystack.count >= needle.count else { return nil }
            var index = 0
            let last = haystack.count - needle.count
            return haystack.withUnsafeBufferPointer { bytes in
                while index <= last {
                    guard let at = bytes[index...last].firstIndex(of: first) else { return nil }
                    if bytes[at..<(at + needle.count)].elementsEqual(needle) { return at }
                    index = at + 1
                }
                return nil
            }
        }
    }
}

/// An upload is read on the request's task and then handed, whole, to the
/// one thread that stores it (`WebRequestThreads`); nothing else touches it
/// after, so its memory file is never used from two threads at once.
extension WebUpload: @unchecked Sendable {}
