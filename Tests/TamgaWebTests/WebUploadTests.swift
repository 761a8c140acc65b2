import Foundation
import Testing
import TamgaVault
@testable import TamgaWeb

/// The attachment form's multipart reader, fed the way the network hands
/// bytes over (in pieces of any size): a file whose bytes look like the
/// boundary, fields before and after it, the CSRF token's order, the limits.
@Suite struct WebUploadTests {
    static let boundary = "----tamgaBoundary7MA4YWxk"
    static let token = String(repeating: "c", count: 64)

    /// A body as a browser writes it: fields, then the file, then more fields.
    static func body(file: [UInt8], fileName: String = "scan.jpg", csrfFirst: Bool = true, extraFile: Bool = false) -> [UInt8] {
        func part(_ headers: String, _ content: [UInt8]) -> [UInt8] {
            Array("--\(boundary)\r\n\(headers)\r\n\r\n".utf8) + content + Array("\r\n".utf8)
        }
        var bytes = Array("a preamble a reader ignores\r\n".utf8)
        let csrf = part("Content-Disposition: form-data; name=\"csrf\"", Array(token.utf8))
        if csrfFirst { bytes += csrf }
        bytes += part("Content-Disposition: form-data; name=\"caption\"", Array("Register, page 1".utf8))
        bytes += part("Content-Disposition: form-data; name=\"consent\"", Array("state".utf8))
        bytes += part("Content-Disposition: form-data; name=\"consent\"", Array("public".utf8))
        bytes += part("Content-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: image/jpeg", file)
        if extraFile { bytes += part("Content-Disposition: form-data; name=\"file\"; filename=\"second.jpg\"", Array("second".utf8)) }
        if !csrfFirst { bytes += csrf }
        bytes += part("Content-Disposition: form-data; name=\"level\"", Array("state".utf8))
        return bytes + Array("--\(boundary)--\r\n".utf8)
    }

    /// Feeds `body` in pieces of `piece` bytes (the leading line break as `read` adds it).
    static func parse(_ body: [UInt8], piece: Int, limit: Int64 = 1 << 20) throws -> WebUpload {
        var parser = WebUpload.Parser(delimiter: Array("\r\n--\(boundary)".utf8), limit: limit) { $0 == token }
        try parser.feed([13, 10])
        var index = 0
        while index < body.count, !parser.finished {
            try parser.feed(Array(body[index..<min(body.count, index + piece)]))
            index += piece
        }
        #expect(parser.finished, "the closing boundary was not found")
        return parser.upload
    }

    /// Bytes that hold the boundary's start, a whole line break and dashes, but never the whole delimiter.
    static let trickyFile: [UInt8] = Array("\r\n--\r\n----tamgaBoundary7MA4YWx\r\n--".utf8) + (0...255).map(UInt8.init)
        + Array("\r\n----tamgaBoundary7MA4YWxZ".utf8) + [13, 10, 13, 10] + Array(repeating: 45, count: 100)
        + Array("\r\n------tamgaBoundary7MA4YWxZ\r\n------tamgaBoundary7MA4YWx".utf8)

    @Test(arguments: [1, 2, 3, 7, 31, 64, 1000, 1 << 16])
    func aFileIsReadWholeWhateverThePieces(piece: Int) throws {
        let upload = try Self.parse(Self.body(file: Self.trickyFile), piece: piece)
        #expect(try upload.file?.contents() == Self.trickyFile)
        #expect(upload.fileName == "scan.jpg")
        #expect(upload.string("csrf") == Self.token && upload.string("caption") == "Register, page 1" && upload.string("level") == "state")
        #expect(upload.strings("consent") == ["state", "public"])
    }

    @Test func anEmptyFileFieldAndASecondFileAreNotKept() throws {
        let empty = try Self.parse(Self.body(file: [], fileName: ""), piece: 100)
        #expect(empty.file == nil && empty.fileName == nil)
        let two = try Self.parse(Self.body(file: Array("first".utf8), extraFile: true), piece: 100)
        #expect(try two.file?.contents() == Array("first".utf8))
    }

    @Test func aFileBeforeTheTokenIsRefusedBeforeAByteOfItIsKept() {
        #expect(throws: WebUpload.Forbidden.self) { try Self.parse(Self.body(file: Array("secret".utf8), csrfFirst: false), piece: 10) }
    }

    @Test func aFileOverTheLimitIsRefused() {
        #expect(throws: WebUpload.TooLarge.self) { try Self.parse(Self.body(file: [UInt8](repeating: 1, count: 5000)), piece: 512, limit: 4096) }
    }

    @Test func malformedBodiesAreRefused() {
        // Headers that never end; fields past 64 KiB in all; a boundary line followed by neither a line break nor "--".
        var parser = WebUpload.Parser(delimiter: Array("\r\n--b".utf8), limit: 100) { _ in true }
        #expect(throws: WebUpload.Malformed.self) { try parser.feed(Array("\r\n--b\r\n".utf8) + [UInt8](repeating: 65, count: 9000)) }
        var fields = WebUpload.Parser(delimiter: Array("\r\n--b".utf8), limit: 100) { _ in true }
        #expect(throws: WebUpload.Malformed.self) {
            try fields.feed(Array("\r\n--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n".utf8) + [UInt8](repeating: 65, count: 70_000))
        }
        var broken = WebUpload.Parser(delimiter: Array("\r\n--b".utf8), limit: 100) { _ in true }
        #expect(throws: WebUpload.Malformed.self) { try broken.feed(Array("\r\n--bXY".utf8)) }
    }

    @Test func theBoundaryIsReadFromTheContentType() {
        #expect(WebUpload.boundary("multipart/form-data; boundary=----abc") == "----abc")
        #expect(WebUpload.boundary("multipart/form-data; boundary=\"quoted one\"") == nil, "a space in a boundary")
        #expect(WebUpload.boundary("Multipart/Form-Data;boundary=\"x-1\"") == "x-1")
        #expect(WebUpload.boundary("application/x-www-form-urlencoded") == nil)
        #expect(WebUpload.boundary("multipart/form-data") == nil)
        #expect(WebUpload.boundary("multipart/form-data; boundary=" + String(repeating: "a", count: 71)) == nil)
    }

    @Test func theDownloadNameIsSafeInTheHeader() {
        let header = WebRoutes.contentDisposition("Фото \"1\"\\\r\n.jpg")
        #expect(!header.contains("\r") && !header.contains("\n"))
        #expect(header.hasPrefix("attachment; filename=\"____ _1____.jpg\"; filename*=UTF-8''"), "\(header)")
        #expect(header.hasSuffix("%D0%A4%D0%BE%D1%82%D0%BE%20%221%22%5C%0D%0A.jpg"), "\(header)")
    }

    @Test func aMemoryFileKeepsItsLimitAndReadsBack() throws {
        let file = try MemoryFile(limit: 10)
        try [UInt8](repeating: 7, count: 6).withUnsafeBytes { try file.append($0) }
        #expect(throws: MemoryFile.TooLarge.self) { try [UInt8](repeating: 8, count: 5).withUnsafeBytes { try file.append($0) } }
        #expect(try file.contents() == [UInt8](repeating: 7, count: 6))
        // The path reopens it from the start, as the attach use case opens its sources.
        #expect(FileManager.default.contents(atPath: file.path) == Data(repeating: 7, count: 6))
        file.close()
        file.close()
    }
}
