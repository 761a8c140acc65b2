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

    /// An image ready for the export's steps: the file, its kind, and how
    /// many frames or pages are stacked top to bottom in it (1 for a still).
    public struct Converted: Sendable {
        public let file: URL
        public let kind: EvidenceKind
        public let frames: Int
    }

    /// A GIF, TIFF, HEIF or WebP as a PNG (every page or frame, stacked
    /// top to bottom, turned upright, no metadata), with its kind; any other
    /// file as it is. Converting first means one path for black-outs,
    /// stripping and the re-read check, whatever the phone or scanner wrote.
    ///
    /// Every image's header is checked against `ImageBudget` first, before
    /// libvips decodes a pixel (attacker round 3, F16). The stack is checked
    /// to hold exactly the frames the header declares, each as large as the
    /// first, so a black-out can be drawn on each of them (F2); a stack of
    /// frames that a rotation tag would turn is refused, as its frames would
    /// no longer lie one under the other.
    public func converted(_ file: URL, kind: EvidenceKind, reference: String,
                          in workspace: PrivateWorkspace) throws -> Converted {
        guard kind.isImage || kind.convertsToPNG else { return Converted(file: file, kind: kind, frames: 1) }
        let header = try ImageHeader.read(file, reference: reference, in: workspace)
        try ImageBudget.standard.check(header, reference: reference)
        guard kind.convertsToPNG else { return Converted(file: file, kind: kind, frames: 1) }
        if header.pages > 1 && header.orientation != 1 {
            throw EvidenceError.framesUnprocessable(reference: reference, why: "its \(header.pages) frames or pages carry a rotation tag")
        }
        let turned = "converting-\(UInt64.random(in: .min ... .max)).v"
        try EvidenceTool.vips.succeed(["autorot", file.lastPathComponent + "[n=-1]", turned], in: workspace.url, reference: reference)
        if header.pages > 1 {
            let stacked = try size(of: workspace.file(turned), reference: reference, in: workspace)
            guard stacked.width == header.width, stacked.height == header.height * header.pages else {
                try? FileManager.default.removeItem(at: workspace.file(turned))
                throw EvidenceError.framesUnprocessable(reference: reference, why: "its frames or pages are not all the same size")
            }
        }
        let output = "converted-\(UInt64.random(in: .min ... .max)).png"
        try EvidenceTool.vips.succeed(["copy", turned, output + "[strip]"], in: workspace.url, reference: reference)
        try? FileManager.default.removeItem(at: workspace.file(turned))
        try? FileManager.default.removeItem(at: file)
        return Converted(file: workspace.file(output), kind: .png, frames: header.pages)
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
    /// image as it is shown (upright), or each of its `frames` when it has several.
    public func check(_ regions: [RedactionRegion], image: URL, kind: EvidenceKind, frames: Int = 1, reference: String,
                      in workspace: PrivateWorkspace) throws {
        let size = try size(of: try upright(image, kind: kind, reference: reference, in: workspace), reference: reference, in: workspace)
        _ = try frameHeight(regions, width: size.width, height: size.height, frames: frames, reference: reference)
    }

    /// The height of one frame of a stack of `frames`, once every region is known to fit inside one.
    func frameHeight(_ regions: [RedactionRegion], width: Int, height: Int, frames: Int, reference: String) throws -> Int {
        guard frames >= 1, height % frames == 0 else {
            throw EvidenceError.framesUnprocessable(reference: reference, why: "its frames or pages are not all the same size")
        }
        let frameHeight = height / frames
        for region in regions where !region.fits(width: width, height: frameHeight) {
            throw EvidenceError.rectangleOutside(reference: reference, rectangle: region.description, width: width, height: frameHeight,
                                                 frames: frames)
        }
        return frameHeight
    }

    /// Writes `image` with `regions` filled black to a new file of the same
    /// kind; returns it. An image of several `frames` (stacked top to
    /// bottom) has every region filled in every frame: a black-out measured
    /// on an animation as a viewer shows it covered the first frame only,
    /// and the face was exported in the others (attacker round 3, F2).
    public func apply(_ regions: [RedactionRegion], to image: URL, kind: EvidenceKind, frames: Int = 1, reference: String,
                      in workspace: PrivateWorkspace) throws -> URL {
        guard kind.isImage else { throw EvidenceError.notAnImage(reference: reference) }
        let header = try ImageHeader.read(image, reference: reference, in: workspace)
        let frameHeight = try frameHeight(regions, width: header.width, height: header.height, frames: frames, reference: reference)
        let ink = try Self.ink(bands: header.bands, bytesPerBand: header.bytesPerBand, reference: reference)
        // vips draws in place only on its own format: copy to .v, draw, encode.
        let working = "redacting-\(UInt64.random(in: .min ... .max)).v"
        try EvidenceTool.vips.succeed(["copy", image.lastPathComponent, working], in: workspace.url, reference: reference)
        for frame in 0..<frames {
            for region in regions {
                try EvidenceTool.vips.succeed(["draw_rect", working, ink, "\(region.x)", "\(region.y + frame * frameHeight)", "\(region.width)",
                                               "\(region.height)", "--fill"], in: workspace.url, reference: reference)
            }
        }
        let output = "redacted-\(UInt64.random(in: .min ... .max)).\(kind.exportedExtension)"
        let options = kind == .jpeg ? "[Q=92,strip]" : "[strip]"
        try EvidenceTool.vips.succeed(["copy", working, output + options], in: workspace.url, reference: reference)
        try? FileManager.default.removeItem(at: workspace.file(working))
        return workspace.file(output)
    }

    /// Solid black, opaque at the image's depth: zero in every colour band
    /// and the largest value the band holds in the alpha band (grey+alpha,
    /// RGB+alpha). An alpha of 255 in a 16-bit PNG is 255/65535, nearly
    /// transparent: the black-out left as a see-through hole (attacker
    /// round 3, F3). JPEG and PNG hold 8 or 16 bits; any other depth is
    /// refused rather than guessed.
    static func ink(bands: Int, bytesPerBand: Int, reference: String) throws -> String {
        let opaque: String
        switch bytesPerBand {
        case 1: opaque = "255"
        case 2: opaque = "65535"
        default: throw EvidenceError.framesUnprocessable(reference: reference, why: "its pixels are not 8 or 16 bits deep")
        }
        switch bands {
        case 2: return "0 \(opaque)"
        case 4: return "0 0 0 \(opaque)"
        default: return Array(repeating: "0", count: max(1, bands)).joined(separator: " ")
        }
    }
}
