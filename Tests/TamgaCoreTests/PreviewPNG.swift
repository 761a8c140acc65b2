import Foundation

/// What the print tests need of a PNG without an image library: the
/// signature, the size from `IHDR`, and the compressed size of the pixels
/// (`IDAT`). A uniform image deflates to almost nothing, so comparing the
/// pixel data with a blank page of the same size tells a rendered page
/// from an empty one.
struct PreviewPNG {
    let width: Int
    let height: Int
    let pixelBytes: Int

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count > 33, bytes.prefix(8).elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw Unreadable(description: "not a PNG")
        }
        func number(_ offset: Int) -> Int { bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8
        var width = 0, height = 0, pixels = 0
        while offset + 8 <= bytes.count {
            let length = number(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if type == "IHDR" {
                width = number(offset + 8)
                height = number(offset + 12)
            }
            if type == "IDAT" { pixels += length }
            offset += 12 + length
        }
        guard width > 0, height > 0, pixels > 0 else { throw Unreadable(description: "PNG without size or pixels") }
        self.width = width
        self.height = height
        pixelBytes = pixels
    }
}
