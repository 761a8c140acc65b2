import Foundation

/// What an attachment is, for export: decided by the original's extension
/// *and* its first bytes, so a renamed binary is not taken for a photo. Only
/// these kinds can leave for the State or the public; anything else is
/// refused there (fail closed), because tamga can neither strip nor read it.
public enum EvidenceKind: String, Sendable, Equatable {
    case jpeg, png, pdf, text
    /// Photo formats that phones, scanners and messengers produce. libvips
    /// converts them to PNG (every page or frame, stacked) before anything
    /// else is done, so they are blacked out, stripped and exported as PNGs.
    /// Before session 30 they were "other": an internal export wrote them
    /// as `.bin` with their GPS and camera tags, and no audience below
    /// internal could receive them at all.
    case gif, tiff, heif, webp
    /// Word, OpenDocument and similar: mat2 strips them, but tamga cannot
    /// extract their text for the leak scan, so they go to internal only.
    case office
    case other

    /// The extension the exported file gets: the original's only for a kind
    /// tamga recognised (a confidential name can hide in an odd "extension").
    public var exportedExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .pdf: "pdf"
        case .text: "txt"
        case .gif, .tiff, .heif, .webp: "png"
        case .office, .other: "bin"
        }
    }

    /// The extension the exported file gets, given the original's name: an
    /// office file keeps its own when it is one of `officeExtensions` (mat2
    /// chooses its parser by the extension and refused `.bin`: attacker
    /// round 3, F4); any other kind as `exportedExtension` says.
    public func exportedExtension(original fileName: String?) -> String {
        guard self == .office else { return exportedExtension }
        let ext = ((fileName ?? "") as NSString).pathExtension.lowercased()
        return Self.officeExtensions.contains(ext) ? ext : exportedExtension
    }

    public var isImage: Bool { self == .jpeg || self == .png }

    /// Whether libvips converts it to PNG first (`ImageRedactor.converted`).
    public var convertsToPNG: Bool { self == .gif || self == .tiff || self == .heif || self == .webp }

    /// Whether mat2 and exiftool process it.
    public var isStrippable: Bool { self != .other }

    /// The ISO-BMFF brands of HEIF still images and sequences (HEVC and AV1).
    static let heifBrands: Set<String> = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"]

    static let officeExtensions: Set<String> = ["docx", "xlsx", "pptx", "odt", "ods", "odp"]

    /// The kind of a file called `fileName` (the original name, never shown) starting with `head`.
    public static func of(fileName: String?, head: [UInt8]) -> EvidenceKind {
        let ext = ((fileName ?? "") as NSString).pathExtension.lowercased()
        switch ext {
        case "jpg", "jpeg": return head.starts(with: [0xFF, 0xD8, 0xFF]) ? .jpeg : .other
        case "png": return head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? .png : .other
        case "pdf": return head.starts(with: Array("%PDF-".utf8)) ? .pdf : .other
        case "txt", "md", "text": return head.contains(0) ? .other : .text
        case "gif": return head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) ? .gif : .other
        case "tif", "tiff": return head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) ? .tiff : .other
        case "heic", "heif", "hif", "avif":
            return head.count >= 12 && head[4..<8].elementsEqual("ftyp".utf8) && heifBrands.contains(String(decoding: head[8..<12], as: UTF8.self))
                ? .heif : .other
        case "webp": return head.count >= 12 && head.starts(with: Array("RIFF".utf8)) && head[8..<12].elementsEqual("WEBP".utf8) ? .webp : .other
        default:
            return officeExtensions.contains(ext) && head.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? .office : .other
        }
    }
}
