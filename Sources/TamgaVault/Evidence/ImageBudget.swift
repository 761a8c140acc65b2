/// How much decoding tamga allows itself for one evidence image, checked
/// on its header (`ImageHeader`) before any conversion, black-out, export
/// or preview decodes a pixel (attacker round 3, F16).
///
/// libvips decodes into uncompressed intermediates in the private
/// workspace, which is `/dev/shm`, that is memory: a 2 KB animated GIF
/// (a 2000x2000 canvas, a hundred one-pixel frames) wrote 1.1 GB there
/// before mat2 gave up, and a few hundred more frames fill all of a
/// laptop's memory. The limits are far above what a phone or a scanner
/// writes (a 108-megapixel phone photo is the largest still camera image
/// in common use; a 40-page A4 register scanned at 200 dpi is 150
/// megapixels, so long scans are better attached page by page):
///
/// - at most 100 megapixels across every frame or page,
/// - at most 500 frames or pages,
/// - at most 1 GiB once decoded (pixels x bands x bytes per band).
///
/// Above them the file is refused, for every audience, with its
/// reference and its size (never its name); the evidence stays in the
/// vault, and `tamga attachment get` still returns it untouched.
public struct ImageBudget: Sendable {
    public let maxPixels: Int
    public let maxPages: Int
    public let maxDecodedBytes: Int

    public static let standard = ImageBudget(maxPixels: 100_000_000, maxPages: 500, maxDecodedBytes: 1 << 30)

    public init(maxPixels: Int, maxPages: Int, maxDecodedBytes: Int) {
        self.maxPixels = maxPixels; self.maxPages = maxPages; self.maxDecodedBytes = maxDecodedBytes
    }

    /// Throws `imageTooLarge` when `header` is above any limit.
    public func check(_ header: ImageHeader, reference: String) throws {
        let pixels = header.totalPixels, bytes = header.decodedBytes
        guard header.width > 0, header.height > 0, header.pages <= maxPages, let pixels, pixels <= maxPixels,
              let bytes, bytes <= maxDecodedBytes else {
            throw EvidenceError.imageTooLarge(reference: reference, width: header.width, height: header.height, pages: header.pages)
        }
    }

    /// The limits in words, for messages and help.
    public var summary: String {
        "at most \(maxPixels / 1_000_000) megapixels across all frames or pages, \(maxPages) frames or pages, "
            + "\(maxDecodedBytes >> 30) GiB decoded"
    }
}
