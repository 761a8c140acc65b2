import Foundation

/// What an image's header says, read by `vipsheader` without decoding a
/// pixel: one frame's (page's) width and height, how many frames or pages
/// it holds, its bands and their depth, and its EXIF orientation.
///
/// Read before libvips decodes anything (attacker round 3, F16): a 2 KB GIF
/// declaring a 2000x2000 canvas and a hundred one-pixel frames decoded to
/// 1.1 GB in `/dev/shm`, which is memory. The header is small and cheap to
/// read whatever the image claims, so `ImageBudget` can refuse first.
public struct ImageHeader: Sendable, Equatable {
    /// One frame's (page's) size, as libvips loads it (before turning upright).
    public let width: Int, height: Int
    /// Frames of an animation or pages of a scan; 1 for a still image.
    public let pages: Int
    public let bands: Int
    /// Bytes per band per pixel once decoded (1 for 8-bit, 2 for 16-bit, ...).
    public let bytesPerBand: Int
    /// EXIF orientation (1 to 8); 1 when there is none.
    public let orientation: Int

    public init(width: Int, height: Int, pages: Int, bands: Int, bytesPerBand: Int, orientation: Int) {
        self.width = width; self.height = height; self.pages = pages
        self.bands = bands; self.bytesPerBand = bytesPerBand; self.orientation = orientation
    }

    /// Pixels across every frame, or nil when the product overflows (then far above any budget).
    public var totalPixels: Int? {
        let frame = width.multipliedReportingOverflow(by: height)
        let all = frame.partialValue.multipliedReportingOverflow(by: pages)
        return frame.overflow || all.overflow ? nil : all.partialValue
    }

    /// Bytes once every frame is decoded, or nil on overflow.
    public var decodedBytes: Int? {
        guard let pixels = totalPixels else { return nil }
        let perPixel = bands.multipliedReportingOverflow(by: bytesPerBand)
        let all = pixels.multipliedReportingOverflow(by: perPixel.partialValue)
        return perPixel.overflow || all.overflow ? nil : all.partialValue
    }

    /// Reads the header of `file` (in `workspace`). Width, height, bands and
    /// format must be there; a still image has no page count or orientation.
    public static func read(_ file: URL, reference: String, in workspace: PrivateWorkspace) throws -> ImageHeader {
        func field(_ name: String) throws -> String? {
            let result = try EvidenceTool.vipsheader.run(["-f", name, file.lastPathComponent], in: workspace.url)
            guard result.status == 0 else { return nil }
            return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func number(_ name: String, required: Bool) throws -> Int? {
            guard let text = try field(name) else {
                if required { throw EvidenceError.toolFailed(reference: reference, tool: "vipsheader", status: -1) }
                return nil
            }
            guard let value = Int(text), value >= 0 else { throw EvidenceError.toolFailed(reference: reference, tool: "vipsheader", status: -1) }
            return value
        }
        guard let format = try field("format") else { throw EvidenceError.toolFailed(reference: reference, tool: "vipsheader", status: -1) }
        return ImageHeader(width: try number("width", required: true) ?? 0, height: try number("height", required: true) ?? 0,
                           pages: max(1, try number("n-pages", required: false) ?? 1), bands: try number("bands", required: true) ?? 0,
                           bytesPerBand: bytes(ofFormat: format), orientation: try number("orientation", required: false) ?? 1)
    }

    /// Bytes per band of a libvips band format as vipsheader prints it
    /// (`((VipsBandFormat) VIPS_FORMAT_USHORT)`); an unknown one counts as
    /// the widest (16), so it cannot slip under the budget.
    static func bytes(ofFormat format: String) -> Int {
        let name = format.uppercased().split(separator: "_").last.map { String($0).filter(\.isLetter) } ?? ""
        switch name {
        case "UCHAR", "CHAR": return 1
        case "USHORT", "SHORT": return 2
        case "UINT", "INT", "FLOAT": return 4
        case "DOUBLE", "COMPLEX": return 8
        default: return 16
        }
    }
}
