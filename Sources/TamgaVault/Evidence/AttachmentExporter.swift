import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Prepares a document's evidence files for one audience (issue 17, phase 2):
/// which may go, and each one's bytes as they will leave, before anything is
/// written, so a refusal of one attachment writes nothing at all.
///
/// An attachment goes to an audience only if its level is at or below the
/// audience's (an internal photo never leaves for the State or the public)
/// and, when it depicts persons, they consented to that audience at intake
/// (`attach --consent`) and none of them has withdrawn consent for it since
/// (`person consent --withdraw`, in force in the consent ledger, or removed
/// from the front matter by a later revision: `ConsentWithdrawals`); otherwise
/// it is withheld and counted. Each one going is decrypted into a private
/// workspace (0700, in memory when the system has `/dev/shm`, removed
/// afterwards), checked against the SHA-256 recorded at intake, leak-scanned
/// when it carries text, blacked out where a signed redaction says so,
/// stripped of metadata with mat2 and verified with exiftool.
public struct AttachmentExporter: Sendable {
    public let vault: UnlockedVault
    public let scanner: LeakScanner

    public init(vault: UnlockedVault, scanner: LeakScanner) {
        self.vault = vault
        self.scanner = scanner
    }

    /// One attachment ready to leave.
    public struct Prepared: Sendable {
        public let reference: String
        /// The exported file name: `DOCID.AUDIENCE.attachment-N.EXT`, never the original's.
        public let fileName: String
        /// The file as it will leave, in the private workspace: an
        /// attachment of any size is never held in memory, but streamed
        /// from here into its sealed, signed export.
        public let file: URL
        public let byteCount: Int64
        /// SHA-256 of `file` (the file as the recipient opens it).
        public let sha256: String
        /// SHA-256 of the original as attached (the chain of custody).
        public let original: String?
        /// Person ids it depicts: the disclosure ledger records it for each.
        public let persons: [String]
        public let redacted: Bool
        /// What the file is, read from its name and first bytes.
        public let kind: EvidenceKind
    }

    /// What goes and what was withheld.
    public struct Plan: Sendable {
        public var items: [Prepared] = []
        /// Above the audience's level.
        public var withheldForLevel = 0
        /// A depicted person did not consent to this audience.
        public var withheldForConsent = 0
        /// Intimate images marked restricted: never exported.
        public var withheldRestricted = 0
    }

    /// Why an attachment stays in the vault, if it does. `withdrawn`: the
    /// persons whose consent for `audience` is taken back, in the ledger or
    /// in the front matter (`ConsentWithdrawals`).
    ///
    /// Consent to a photograph is specific (Istanbul Protocol): it is the
    /// one given at intake, and no general grant later adds to it. A
    /// withdrawal in force takes it away, whenever it was recorded: a person
    /// who re-consents after withdrawing is recorded with a new grant, which
    /// ends the withdrawal. A person whose name may be published by role (an
    /// official) carries no consent events and is not affected.
    ///
    /// `contributed`: a contributor stored the file. Nobody cleared internal
    /// has reviewed it, so whatever level it claims it leaves for no one but
    /// internal (a contributor's own `attach` keeps it internal; this holds
    /// against a modified client too).
    public static func withholding(_ metadata: PartMetadata, for audience: Audience, restricted: Bool = false,
                                   withdrawn: Set<String> = [], contributed: Bool = false) -> WithheldReason? {
        if restricted || metadata.evidence?.restricted == true { return .restricted }
        if contributed, audience != .internal { return .level }
        guard let level = Level(rawValue: metadata.exportLevel), level <= audience.clearance else { return .level }
        let depicts = metadata.evidence?.depicts ?? []
        guard audience != .internal, !depicts.isEmpty else { return nil }
        if !(metadata.evidence?.consent ?? []).contains(audience.rawValue) || depicts.contains(where: withdrawn.contains) {
            return .consent
        }
        return nil
    }

    public enum WithheldReason: Sendable { case level, consent, restricted }

    /// Prepares every attachment of `document` for `audience`, in
    /// `workspace`, which the caller removes once the files are written.
    public func prepare(_ document: Document, audience: Audience, in workspace: PrivateWorkspace) throws -> Plan {
        let id = document.id
        let listing = try AttachmentCatalog(vault: vault).list(id)
        guard listing.damaged.isEmpty else {
            throw VaultError.damaged(path: listing.damaged[0], problem: "an attachment of \(id) does not open; run `tamga check`")
        }
        var plan = Plan()
        plan.withheldForLevel += listing.aboveClearance
        plan.withheldRestricted += listing.restrictedFromYou.count
        let withdrawn = audience == .internal ? [] : try ConsentWithdrawals.load(vault).persons(for: audience)
        let evidence = try EvidenceLog.load(vault)
        for item in listing.items {
            switch Self.withholding(item.metadata, for: audience, restricted: try AttachmentRestriction.isRestricted(item, log: evidence),
                                    withdrawn: withdrawn, contributed: evidence.contributorStored(item.path)) {
            case .level: plan.withheldForLevel += 1; continue
            case .consent: plan.withheldForConsent += 1; continue
            case .restricted: plan.withheldRestricted += 1; continue
            case nil: break
            }
            let number = plan.items.count + 1
            plan.items.append(try prepare(item, document: document, audience: audience, number: number, in: workspace))
        }
        return plan
    }

    func prepare(_ item: AttachmentCatalog.Item, document: Document, audience: Audience, number: Int,
                 in workspace: PrivateWorkspace) throws -> Prepared {
        let reference = item.reference
        let decrypted = try EvidenceCopy.decrypt(item, vault: vault, to: workspace.file("attachment-\(number).raw"))
        let converted = try ImageRedactor().converted(
            decrypted, kind: EvidenceKind.of(fileName: item.metadata.fileName, head: try EvidenceCopy.head(of: decrypted)),
            reference: reference, in: workspace)
        let (raw, kind) = (converted.file, converted.kind)
        // An office file keeps its own extension (from a closed list): mat2 picks its parser by it (F4).
        let ext = kind.exportedExtension(original: item.metadata.fileName)
        let fileName = "\(document.id).\(audience.rawValue).attachment-\(number).\(ext)"
        var current = workspace.file("attachment-\(number).\(ext)")
        guard rename(raw.path, current.path) == 0 else { throw StorageError(operation: "rename", path: current.path, code: errno) }
        // Zero bytes hold no metadata to strip and no text to scan (exiftool fails on them, F4):
        // internal receives the empty file as it is; below internal it is refused, saying why.
        if (try FileManager.default.attributesOfItem(atPath: current.path)[.size] as? NSNumber)?.int64Value == 0 {
            guard audience == .internal else { throw EvidenceError.emptyFile(reference: reference, audience: audience.rawValue) }
            let digest = try SHA256Hex.of(fileAt: current)
            return Prepared(reference: reference, fileName: fileName, file: current, byteCount: 0, sha256: digest.hex,
                            original: item.metadata.evidence?.sha256, persons: item.metadata.evidence?.depicts ?? [], redacted: false,
                            kind: kind)
        }
        // Turned as viewers show it: the rectangles are measured on screen, and the tag goes with the metadata.
        current = try ImageRedactor().upright(current, kind: kind, reference: reference, in: workspace)
        var redacted = false
        if audience != .internal {
            guard kind.isStrippable else {
                throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                    why: "tamga cannot strip or read this type of file (only JPEG, PNG, GIF, TIFF, HEIF, WebP, PDF and plain text)")
            }
            try scanText(of: current, kind: kind, reference: reference, fileName: fileName, document: document, audience: audience,
                         in: workspace)
            let regions = try AttachmentRedaction.all(for: item.object, in: vault).filter { $0.applies(to: audience) }.flatMap(\.regions)
            if !regions.isEmpty {
                current = try ImageRedactor().apply(regions, to: current, kind: kind, frames: converted.frames, reference: reference,
                                                     in: workspace)
                redacted = true
            }
        }
        if kind.isStrippable {
            current = try MetadataScrubber().strip(current, kind: kind, reference: reference, in: workspace)
        }
        let digest = try SHA256Hex.of(fileAt: current)
        return Prepared(reference: reference, fileName: fileName, file: current, byteCount: digest.byteCount, sha256: digest.hex,
                        original: item.metadata.evidence?.sha256, persons: item.metadata.evidence?.depicts ?? [], redacted: redacted,
                        kind: kind)
    }

    /// The leak scan on the text a reader of the file sees: a PDF's text layer
    /// (pdftotext) and what its rendered pages show (OCR, `PDFPageReading`:
    /// mat2 renders the pages as images, so the page is what the reader gets),
    /// or a text file. Office files cannot be read: refused.
    func scanText(of file: URL, kind: EvidenceKind, reference: String, fileName: String, document: Document,
                  audience: Audience, in workspace: PrivateWorkspace) throws {
        var text: String
        switch kind {
        case .pdf:
            let output = try EvidenceTool.pdftotext.succeed(["-enc", "UTF-8", "-q", file.lastPathComponent, "-"],
                                                            in: workspace.url, reference: reference)
            text = String(decoding: output, as: UTF8.self)
            // A page with no text layer (a scan, or text drawn as outlines) shows
            // words the scan cannot read: it would leave unchecked (attacker F6).
            // A picture on any page (a scanned register under a partial OCR layer, a stamp,
            // a photo of a name tag) shows what the text layer does not say (attacker round 3, F1).
            let images = try EvidenceTool.pdfimages.succeed(["-list", file.lastPathComponent], in: workspace.url, reference: reference)
            let imageRows = String(decoding: images, as: UTF8.self).split(separator: "\n").dropFirst(2)
            if !imageRows.isEmpty {
                throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                    why: "the PDF holds \(imageRows.count) picture(s) whose text the leak scan cannot read (a scan, a stamp, a photo); "
                                                        + "attach its pages as images and black out what must not be seen, or a PDF of text only")
            }
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
            if let blank = pages.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) {
                throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                    why: "page \(blank + 1) of the PDF has no text the leak scan can read (a scan, or text drawn as shapes); "
                                                        + "attach its pages as images and black out what must not be seen, or a PDF with a text layer")
            }
            // What each page shows, read back by OCR: scanned too, and a text layer that says
            // something else than its page is refused (a font's ToUnicode map that lies, F1b).
            let shown = try PDFPageReading(reference: reference, workspace: workspace).pages(of: file, count: pages.count)
            for (number, (layer, page)) in zip(pages, shown).enumerated() where !PDFPageReading.agrees(shown: page, layer: String(layer)) {
                throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                    why: "page \(number + 1) of the PDF shows other words than its text layer says (a font that maps "
                                                        + "its letters to other letters), so the leak scan cannot trust what it reads; attach its "
                                                        + "pages as images and black out what must not be seen, or print it again to PDF")
            }
            text += "\n" + shown.joined(separator: "\n")
        case .text:
            guard let decoded = String(validating: [UInt8](try Data(contentsOf: file)), as: UTF8.self) else {
                throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                    why: "its text is not UTF-8, so the leak scan cannot read it")
            }
            text = decoded
        case .office:
            throw EvidenceError.unsupportedType(reference: reference, audience: audience.rawValue,
                                                why: "the leak scan cannot read the text of office documents; attach a PDF of it")
        case .jpeg, .png, .gif, .tiff, .heif, .webp, .other:
            return
        }
        do {
            try scanner.scan(text, format: .markdown, fileName: fileName, document: document, audience: audience)
        } catch {
            throw EvidenceError.leak(reference: reference, detail: error.message)
        }
    }

    /// Records each attachment that left in the disclosure ledger: one
    /// `export` entry per file, naming the persons it depicts, with the
    /// SHA-256 of what was written (the sealed file when sealed).
    public func log(_ prepared: Prepared, document: String, revision: Int, audience: Audience, writtenSHA256: String) throws {
        try vault.log(LogAction(action: "export", document: document, revision: revision, audience: audience.rawValue,
                                format: "attachment", hash: writtenSHA256, persons: prepared.persons,
                                note: "attachment \(prepared.reference)", original: prepared.original))
    }
}
