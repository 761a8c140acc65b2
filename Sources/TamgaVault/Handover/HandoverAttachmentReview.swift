import Foundation
import TamgaCore

/// What an attachment of a document concerns, for the hand-over plan
/// (attacker review H1, docs/retention.md): its attachments go with a
/// transferred document, so they count as much as its text.
///
/// The persons it depicts (as the monitor declared them), and every person
/// the name finder or the leak scan reads in its caption, its file name and
/// the text it carries: a plain-text file's text, a PDF's text layer
/// (pdftotext), as `tamga export` scans them. What cannot be read (images,
/// office files, other files, a PDF with pictures or pages without text,
/// text that is not UTF-8) is *unread*; an unread attachment that declares
/// nobody depicted may show or name anyone, so it stays behind, counted,
/// unless the administrator carries such attachments knowingly
/// (`--carry-undeclared-attachments`).
struct HandoverAttachmentReview {
    let vault: UnlockedVault
    let relevance: ProjectionRelevance

    struct Finding {
        let persons: Set<String>
        /// Unread and declaring nobody depicted.
        let undeclared: Bool
        /// The caption, file name and text read, for the registry check (`HandoverRegistryCheck`).
        let text: String
    }

    func review(_ item: AttachmentCatalog.Item, document: Document) throws -> Finding {
        let depicts = item.metadata.evidence?.depicts ?? []
        let (content, read) = try Self.text(of: item, vault: vault)
        let text = [item.metadata.fileName ?? "", item.metadata.evidence?.caption ?? "", content].joined(separator: "\n\n")
        var persons = Set(depicts)
        persons.formUnion(relevance.persons(of: document, source: text))
        return Finding(persons: persons, undeclared: !read && depicts.isEmpty, text: text)
    }

    /// The text the attachment carries, and whether all of it could be read.
    static func text(of item: AttachmentCatalog.Item, vault: UnlockedVault) throws -> (String, Bool) {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let file = try EvidenceCopy.decrypt(item, vault: vault, to: workspace.file("attachment"))
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
        if size == 0 { return ("", true) }
        switch EvidenceKind.of(fileName: item.metadata.fileName, head: try EvidenceCopy.head(of: file)) {
        case .text:
            guard let text = String(validating: [UInt8](try Data(contentsOf: file)), as: UTF8.self) else { return ("", false) }
            return (text, true)
        case .pdf:
            let reference = item.reference
            guard let output = try? EvidenceTool.pdftotext.succeed(["-enc", "UTF-8", "-q", file.lastPathComponent, "-"],
                                                                   in: workspace.url, reference: reference) else { return ("", false) }
            let text = String(decoding: output, as: UTF8.self)
            let images = try? EvidenceTool.pdfimages.succeed(["-list", file.lastPathComponent], in: workspace.url, reference: reference)
            let pictures = images.map { String(decoding: $0, as: UTF8.self).split(separator: "\n").dropFirst(2).count } ?? 1
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
            return (text, pictures == 0 && !pages.contains { $0.allSatisfy(\.isWhitespace) })
        case .jpeg, .png, .gif, .tiff, .heif, .webp, .office, .other:
            return ("", false)
        }
    }
}
