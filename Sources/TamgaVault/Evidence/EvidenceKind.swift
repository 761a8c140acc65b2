import Foundation

/// What an attachment is, for export: decided by the original's extension
/// *and* its first bytes, so a renamed binary is not taken for a photo. Only
/// these kinds can leave for the State or the public; anything else is
/// refused there (fail closed), because tamga can neither strip nor read it.
public enum EvidenceKind: String, Sendable, Equatable {
    case jpeg, png, pdf, text
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
        case .office, .other: "bin"
        }
    }

    public var isImage: Bool { self == .jpeg || self == .png }

    /// Whether mat2 and exiftool process it.
    public var isStrippable: Bool { self != .other }

    static let officeExtensions: Set<String> = ["docx", "xlsx", "pptx", "odt", "ods", "odp"]

    /// The kind of a file called `fileName` (the original name, never shown) starting with `head`.
    public static func of(fileName: String?, head: [UInt8]) -> EvidenceKind {
        let ext = ((fileName ?? "") as NSString).pathExtension.lowercased()
        switch ext {
        case "jpg", "jpeg": return head.starts(with: [0xFF, 0xD8, 0xFF]) ? .jpeg : .other
        case "png": return head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? .png : .other
        case "pdf": return head.starts(with: Array("%PDF-".utf8)) ? .pdf : .other
        case "txt", "md", "text": return head.contains(0) ? .other : .text
        default:
            return officeExtensions.contains(ext) && head.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? .office : .other
        }
    }
}
