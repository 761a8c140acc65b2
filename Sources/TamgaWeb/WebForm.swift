import Foundation
import HTTPTypes
import Hummingbird
import TamgaCrypto

/// An `application/x-www-form-urlencoded` body, read into bytes so that a
/// passphrase is taken out as `SecretBytes` and its buffer wiped (the copy
/// the network library read it into is beyond reach; the process holds it
/// only until that buffer is reused).
struct WebForm {
    private var fields: [String: [UInt8]] = [:]

    /// Forms here are small: a larger body is refused.
    static let largestBody = 64 * 1024
    /// The write and edit forms carry a whole document (its fields and
    /// Markdown text, url-encoded, so a Cyrillic letter takes six bytes):
    /// 1 MiB for those two routes only.
    static let largestDocumentForm = 1024 * 1024

    /// A body larger than the route takes; nothing of it was used. Answered
    /// 413 where a route has no page of its own for it.
    struct TooLarge: HTTPResponseError {
        let limit: Int
        var status: HTTPResponse.Status { .contentTooLarge }
        var headers: HTTPFields { [:] }

        func response(from request: Request, context: some RequestContext) throws -> Response {
            WebPages.plain(.contentTooLarge, "The form is larger than \(limit / 1024) KiB; nothing was read or stored.")
        }
    }

    init(_ request: Request, upTo limit: Int = largestBody) async throws {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw TooLarge(limit: limit) }
        var request = request
        var buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw TooLarge(limit: limit)
        }
        var bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        defer { WebForm.wipe(&bytes) }
        read(bytes)
    }

    /// A GET form's fields, from the address's query, decoded as a posted form is (`+` a space: Hummingbird's
    /// `queryParameters` keeps it a plus, so a facility chosen from a list with spaces in its name would not match).
    init(query: String) {
        read(Array(query.utf8))
    }

    private mutating func read(_ bytes: [UInt8]) {
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first else { continue }
            let key = String(decoding: Self.decode(name), as: UTF8.self)
            fields[key] = parts.count > 1 ? Self.decode(parts[1]) : []
        }
    }

    func string(_ name: String) -> String? { fields[name].map { String(decoding: $0, as: UTF8.self) } }

    /// A field's text, or "" when the form has no such field.
    func text(_ name: String) -> String { string(name) ?? "" }

    /// Takes a field out as a secret; the form's own copy is wiped.
    mutating func secret(_ name: String) throws -> SecretBytes? {
        guard var bytes = fields.removeValue(forKey: name), !bytes.isEmpty else { return nil }
        return try SecretBytes(copyingAndWiping: &bytes)
    }

    static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { raw in
            for index in raw.indices { raw[index] = 0 }
        }
    }

    /// Percent-decoding with `+` as a space.
    static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
