import Foundation

/// Strips an evidence file's metadata with mat2, then proves it with
/// exiftool: the file leaves only if exiftool, reading every group it
/// knows (`-a -G`), finds no tag that locates, dates or attributes it.
///
/// mat2 does the stripping because it rebuilds files from what it parses
/// (for a PDF it re-renders the pages, dropping the document information
/// dictionary, XMP and incremental updates), where `exiftool -all=` leaves a
/// PDF's old metadata in place behind an appended update. exiftool does the
/// checking because it reads more metadata formats than any other tool; two
/// independent code bases must both be wrong for a tag to slip through.
public struct MetadataScrubber: Sendable {
    /// Tag names (case-insensitive substrings) that must not survive: GPS and
    /// place, the device, who made or owns the file, the software, any date or
    /// time, free-text fields where people write names.
    public static let forbidden = ["gps", "location", "city", "country", "make", "model", "serial", "lens", "camera",
                                   "artist", "author", "creator", "byline", "owner", "copyright", "rights", "software",
                                   "producer", "history", "date", "time", "comment", "description", "title", "subject",
                                   "keyword", "user", "by-line", "credit", "source", "instructions",
                                   // Tags that name the people in a picture without any word above (evidence
                                   // round 3, N3): face-tag regions (Photos, Lightroom, Picasa), IPTC's person
                                   // in image, labels and headlines, and the ids that tie a copy to its original.
                                   "person", "regionname", "label", "headline", "objectname", "documentid", "instanceid"]
    /// exiftool's own groups describe the file system copy and the tool, not the content.
    static let ignoredGroups: Set<String> = ["ExifTool", "File", "System", "SourceFile"]
    /// Content exiftool files under its `File` group: a JPEG's COM segment (N3).
    static let contentInFileGroup: Set<String> = ["File:Comment"]
    /// Raw PDF keys that carry metadata: checked in the bytes too, as exiftool
    /// warns on some valid cairo output and could miss a dictionary.
    static let pdfKeys = ["/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate", "/Title", "/Subject",
                          "/Keywords", "x:xmpmeta"]

    /// The date mat2 gives every entry of the office files it rewrites (the zip format's earliest).
    static let zipEpoch = "1980:01:01 00:00:00"

    public init() {}

    /// Writes a stripped copy of `input` (in the workspace) and returns it, verified.
    public func strip(_ input: URL, kind: EvidenceKind, reference: String, in workspace: PrivateWorkspace) throws -> URL {
        try EvidenceTool.exiftool.require()
        let name = input.lastPathComponent
        try EvidenceTool.mat2.succeed(["--", name], in: workspace.url, reference: reference)
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        let cleaned = workspace.file(ext.isEmpty ? "\(base).cleaned" : "\(base).cleaned.\(ext)")
        guard FileManager.default.fileExists(atPath: cleaned.path) else {
            throw EvidenceError.toolFailed(reference: reference, tool: "mat2", status: -1)
        }
        try verify(cleaned, kind: kind, reference: reference, in: workspace)
        return cleaned
    }

    /// Throws `metadataRemains` (tag names only) when exiftool still reads identifying tags.
    public func verify(_ file: URL, kind: EvidenceKind, reference: String, in workspace: PrivateWorkspace) throws {
        let output = try EvidenceTool.exiftool.succeed(["-j", "-a", "-G", "-s", "--", file.lastPathComponent],
                                                       in: workspace.url, reference: reference)
        guard let parsed = try? JSONSerialization.jsonObject(with: output) as? [[String: Any]], let tags = parsed.first else {
            throw EvidenceError.toolFailed(reference: reference, tool: "exiftool", status: -1)
        }
        // A zip's entries (office files) carry a date; mat2 sets every one to the zip epoch, which says nothing.
        let keys = tags.keys.filter { !($0 == "ZIP:ZipModifyDate" && tags[$0] as? String == Self.zipEpoch) }
        var remaining = Self.remaining(Array(keys))
        if kind == .pdf {
            let bytes = try Data(contentsOf: file)
            remaining += Self.pdfKeys.filter { bytes.range(of: Data($0.utf8)) != nil }
        }
        guard remaining.isEmpty else { throw EvidenceError.metadataRemains(reference: reference, tags: remaining.sorted()) }
    }

    /// The forbidden tags among exiftool's `Group:Tag` keys.
    public static func remaining(_ keys: [String]) -> [String] {
        keys.filter { key in
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            let group = parts.count == 2 ? parts[0] : "", tag = (parts.last ?? key).lowercased()
            if contentInFileGroup.contains(key) { return true }
            if ignoredGroups.contains(group) || key == "SourceFile" { return false }
            return forbidden.contains { tag.contains($0) }
        }
    }
}
