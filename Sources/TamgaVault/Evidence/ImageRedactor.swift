import Foundation

/// Blacks out regions of an image with libvips (`vips draw_rect --fill`):
/// the pixels are replaced by solid black (opaque where the image has an
/// alpha band), not blurred or pixelated, which can be reversed or read by
/// a model; then the image is re-encoded from the pixels, so nothing of the
/// original file's structure (thumbnails, previews) is carried over.
///
/// libvips rather than ImageMagick: a small, streaming library with a plain
/// command line and no policy file that can silently refuse a format, and
/// without ImageMagick's long record of coder vulnerabilities; Debian ships
/// it as `libvips-tools`.
public struct ImageRedactor: Sendable {
    public init() {}

    /// The width, height and number of bands of an image.
    public func size(of image: URL, reference: String, in workspace: PrivateWorkspace) throws -> (width: Int, height: Int, bands: Int) {
        func field(_ name: String) throws -> Int {
            let output = try EvidenceTool.vipsheader.succeed(["-f", name, image.lastPathComponent], in: workspace.url, reference: reference)
            guard let value = Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw EvidenceError.toolFailed(reference: reference, tool: "vipsheader", status: -1)
            }
            return value
        }
        return (try field("width"), try field("height"), try field("bands"))
    }

    /// A GIF, TIFF, HEIF or WebP as a PNG (every page or frame, stacked
    /// top to bottom, turned upright, no metadata), with its kind; any other
    /// file as it is. Converting first means one path for black-outs,
    /// stripping and the re-read check, whatever the phone or scanner wrote.
    public func converted(_ file: URL, kind: EvidenceKind, reference: String,
                          in workspace: PrivateWorkspace) throws -> (file: URL, kind: EvidenceKind) {
        guard kind.convertsToPNG else { return (file, kind) }
        let turned = "converting-\(UInt64.random(in: .min ... .max)).v"
        try EvidenceTool.vips.succeed(["autorot", file.lastPathComponent + "[n=-1]", turned], in: workspace.url, reference: reference)
        let output = "converted-\(UInt64.random(in: .min ... .max)).png"
        try EvidenceTool.vips.succeed(["copy", turned, output + "[strip]"], in: workspace.url, reference: reference)
        try? FileManager.default.removeItem(at: workspace.file(turned))
        try? FileManager.default.removeItem(at: file)
        return (workspace.file(output), .png)
    }

    /// The image turned as its EXIF orientation says, the way every viewer
    /// shows it, with the orientation tag gone: the rectangles a monitor
    /// measures on screen are in these pixels. Without it, a photo taken
    /// with the phone on its side had its black-out drawn on the stored
    /// pixels, away from the face (attacker, session 28), and the exported
    /// copy, stripped of the tag, showed on its side.
    public func upright(_ image: URL, kind: EvidenceKind, reference: String, in workspace: PrivateWorkspace) throws -> URL {
        guard kind.isImage else { return image }
        let turned = "upright-\(UInt64.random(in: .min ... .max)).v"
        try EvidenceTool.vips.succeed(["autorot", image.lastPathComponent, turned], in: workspace.url, reference: reference)
        let output = "upright-\(UInt64.random(in: .min ... .max)).\(kind.exportedExtension)"
        // PNG is lossless; a JPEG is re-encoded only as exports re-encode it anyway.
        try EvidenceTool.vips.succeed(["copy", turned, output + (kind == .jpeg ? "[Q=92,strip]" : "[strip]")], in: workspace.url,
                                      reference: reference)
        try? FileManager.default.removeItem(at: workspace.file(turned))
        return workspace.file(output)
    }

    /// Throws `rectangleOutside` for the first region that does not fit the
    /// image as it is shown (upright).
    public func check(_ regions: [RedactionRegion], image: URL, kind: EvidenceKind, reference: String,
                      in workspace: PrivateWorkspace) throws {
        let size = try size(of: try upright(image, kind: kind, reference: reference, in: workspace), reference: reference, in: workspace)
        for region in regions where !region.fits(width: size.width, height: size.height) {
            throw EvidenceError.rectangleOutside(reference: reference, rectangle: region.description, width: size.width, height: size.height)
        }
    }

    /// Writes `image` with `regions` filled black to a new file of the same kind; returns it.
    public func apply(_ regions: [RedactionRegion], to image: URL, kind: EvidenceKind, reference: String,
                      in workspace: PrivateWorkspace) throws -> URL {
        guard kind.isImage else { throw EvidenceError.notAnImage(reference: reference) }
        let size = try size(of: image, reference: reference, in: workspace)
        for region in regions where !region.fits(width: size.width, height: size.height) {
            throw EvidenceError.rectangleOutside(reference: reference, rectangle: region.description, width: size.width, height: size.height)
        }
        // vips draws in place only on its own format: copy to .v, draw, encode.
        let working = "redacting-\(UInt64.random(in: .min ... .max)).v"
        try EvidenceTool.vips.succeed(["copy", image.lastPathComponent, working], in: workspace.url, reference: reference)
        let ink: String = switch size.bands {
        case 2: "0 255"
        case 4: "0 0 0 255"
        default: Array(repeating: "0", count: max(1, size.bands)).joined(separator: " ")
        }
        for region in regions {
            try EvidenceTool.vips.succeed(["draw_rect", working, ink, "\(region.x)", "\(region.y)", "\(region.width)", "\(region.height)",
                                           "--fill"], in: workspace.url, reference: reference)
        }
        let output = "redacted-\(UInt64.random(in: .min ... .max)).\(kind.exportedExtension)"
        let options = kind == .jpeg ? "[Q=92,strip]" : "[strip]"
        try EvidenceTool.vips.succeed(["copy", working, output + options], in: workspace.url, reference: reference)
        try? FileManager.default.removeItem(at: workspace.file(working))
        return workspace.file(output)
    }
}
