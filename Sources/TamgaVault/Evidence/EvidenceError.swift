import TamgaCore

/// Why an evidence file did not leave the vault (issue 17, phase 2). Every
/// case names the attachment by its reference (the first hex digits of its
/// object hash), never by its original file name, and never repeats a
/// metadata value: a remaining `Artist` tag may hold a detainee's name.
public enum EvidenceError: UserFacingError, Equatable {
    /// A Debian tool the export relies on is not installed.
    case toolMissing(tool: String, package: String)
    /// A tool failed on the attachment (it could not parse or write it).
    case toolFailed(reference: String, tool: String, status: Int32)
    /// Identifying metadata was still there after stripping: tag names only.
    case metadataRemains(reference: String, tags: [String])
    /// A type tamga cannot strip or scan, for an audience below internal.
    case unsupportedType(reference: String, audience: String, why: String)
    /// The leak scan read a protected name, string or identifier in the attachment's text.
    case leak(reference: String, detail: String)
    /// A redaction rectangle does not lie inside the image (inside each frame, when it has several).
    case rectangleOutside(reference: String, rectangle: String, width: Int, height: Int, frames: Int = 1)
    /// The image's header declares more than `ImageBudget` allows: refused before decoding.
    case imageTooLarge(reference: String, width: Int, height: Int, pages: Int)
    /// The image's frames or pages cannot be processed one by one with certainty
    /// (they differ in size, or a rotation tag would turn the stack of them).
    case framesUnprocessable(reference: String, why: String)
    /// A zero-byte attachment, for an audience below internal: there is nothing in it to check.
    case emptyFile(reference: String, audience: String)
    /// Redaction regions apply to images only.
    case notAnImage(reference: String)

    public var failureClass: FailureClass {
        switch self {
        case .rectangleOutside: .badInput
        default: .refused
        }
    }

    public var message: String {
        switch self {
        case .toolMissing(let tool, _):
            "\(tool) is not installed; evidence files are exported only through it"
        case .toolFailed(let reference, let tool, let status):
            "attachment \(reference): \(tool) failed (exit status \(status)); nothing was written"
        case .metadataRemains(let reference, let tags):
            "attachment \(reference): identifying metadata remains after stripping (\(tags.joined(separator: ", "))); nothing was written"
        case .unsupportedType(let reference, let audience, let why):
            "attachment \(reference) cannot be exported for \(audience): \(why); nothing was written"
        case .leak(let reference, let detail):
            "attachment \(reference): the leak scan refused its text: \(detail); nothing was written"
        case .rectangleOutside(let reference, let rectangle, let width, let height, let frames):
            frames > 1
                ? "attachment \(reference): the rectangle \(rectangle) does not lie inside each frame of the image (\(width)x\(height) pixels, \(frames) frames or pages)"
                : "attachment \(reference): the rectangle \(rectangle) does not lie inside the image (\(width)x\(height) pixels)"
        case .imageTooLarge(let reference, let width, let height, let pages):
            "attachment \(reference) is too large to process safely (\(width)x\(height) pixels x \(pages) frame(s) or page(s); "
                + "the limit is \(ImageBudget.standard.summary)); nothing was written"
        case .framesUnprocessable(let reference, let why):
            "attachment \(reference) cannot be processed frame by frame: \(why); nothing was written"
        case .emptyFile(let reference, let audience):
            "attachment \(reference) is an empty file (0 bytes) and cannot be exported for \(audience): there is nothing in it to check; nothing was written"
        case .notAnImage(let reference):
            "attachment \(reference) is not a JPEG or PNG image; regions can be blacked out in images only"
        }
    }

    public var hint: String? {
        switch self {
        case .toolMissing(_, let package): "install it: apt-get install -y \(package) (or `make deps`)"
        case .metadataRemains: "export it without --with-attachments, or get it and clean it by hand; report the tags to the maintainers"
        case .unsupportedType: "export without --with-attachments, or attach an image (JPEG, PNG, GIF, TIFF, HEIF, WebP), PDF or plain-text version at that level"
        case .leak: "keep the attachment at internal level, or attach a version without what the scan names (for an image, black out the region with `tamga attachment redact`)"
        case .emptyFile: "export without --with-attachments; internal exports carry it as it is"
        case .rectangleOutside(_, _, _, _, let frames):
            frames > 1
                ? "give --rect X,Y,W,H in pixels of one frame (as a viewer shows it): the rectangle is blacked out in every frame or page"
                : "give --rect X,Y,W,H in pixels, with X+W and Y+H within the image's width and height"
        case .imageTooLarge: "`tamga attachment get` returns it untouched; attach a smaller copy (fewer frames or pages, lower resolution) for exports"
        case .framesUnprocessable: "convert it to one image per frame or page (e.g. `vips copy FILE[page=N] page-N.png`) and attach those"
        default: nil
        }
    }
}
