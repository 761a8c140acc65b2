import Foundation
import HTTPTypes
import Hummingbird
import TamgaCore
import TamgaVault

/// A document's attachments in the browser (issue 20): the list `tamga
/// attachments` prints (`AttachmentListing`), an upload through the use case
/// `tamga attach` calls (`EvidenceAttachment`), and a download through the
/// one `tamga attachment get` calls (`AttachmentDownload`: found by
/// reference, checked against the SHA-256 recorded at intake, the read
/// logged). Clearance is theirs: nothing here decides who may do what.
///
/// Both ways go through memory (`MemoryFile`), never a file on disk: the
/// upload is streamed into it as it arrives; a download is decrypted into it
/// and sent only once its hash matched. So both are bounded by
/// `WebConfiguration.attachmentLimit`; larger files go through the command line.
extension WebRoutes {
    func addAttachments(to router: Router<BasicRequestContext>) {
        router.get("/documents/:id/attachments") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in attachments(id, vault: vault, frame: frame, message: nil) }
        }
        router.post("/documents/:id/attachments") { request, context in
            let id = try context.parameters.require("id")
            // Unlocked first: a locked session reads no upload.
            guard session.unlocked() != nil else { return WebPages.redirect("/unlock") }
            let upload: WebUpload
            do {
                upload = try await WebUpload.read(request, limit: configuration.attachmentLimit) { session.acceptsCSRF($0) }
            } catch is WebUpload.Forbidden {
                return Self.forbidden
            } catch is WebUpload.Malformed {
                return WebPages.plain(.badRequest, "The form did not arrive whole; nothing was stored.")
            }
            guard session.acceptsCSRF(upload.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in attach(id, upload: upload, vault: vault, frame: frame) }
        }
        router.get("/documents/:id/attachments/:reference") { request, context in
            let id = try context.parameters.require("id"), reference = try context.parameters.require("reference")
            return try await withVault(request) { vault, frame in download(reference, of: id, vault: vault, frame: frame) }
        }
    }

    func attachments(_ id: String, vault: UnlockedVault, frame: WebPages.Frame, message: String?) -> Response {
        do {
            let result = try AttachmentListing(vault: vault).list(id)
            let rows: [[String: Any]] = result.rows.map { row in
                var values: [String: Any] = [
                    "reference": row.reference, "file": row.fileName ?? "-",
                    "level": row.restricted ? row.exportLevel + " (restricted)" : row.exportLevel,
                    "size": row.size.map(String.init) ?? "-", "sha256": row.sha256 ?? "(not recorded)", "addedBy": row.addedBy,
                    "added": row.added, "depicts": row.depicts.isEmpty ? "-" : row.depicts.joined(separator: ", "),
                    "consent": row.consent.isEmpty ? "-"
                        : row.consent.map { $0.withdrawn == true ? "\($0.audience) (withdrawn)" : $0.audience }.joined(separator: ", "),
                    "caption": row.caption ?? "",
                ]
                if (row.size.map(Int64.init) ?? 0) <= configuration.attachmentLimit { values["downloadable"] = true }
                return values
            }
            var values: [String: Any] = [
                "id": id, "attachments": rows, "hasAttachments": !rows.isEmpty,
                "mayAttach": vault.member.clearance != .state, "limitMiB": configuration.attachmentLimit / (1024 * 1024),
            ]
            var notes: [String] = []
            if result.aboveClearance > 0 { notes.append("\(result.aboveClearance) attachment(s) above your clearance.") }
            if result.restrictedFromYou > 0 {
                notes.append("\(result.restrictedFromYou) restricted attachment(s) (intimate images) you are not a viewer of.")
            }
            if result.damaged > 0 { notes.append("\(result.damaged) attachment(s) could not be read: see the check page.") }
            values["notes"] = notes
            if let message { values["message"] = message }
            return pages.page("attachments", title: "\(id) · \(frame.words["attachments"] ?? "")", frame: frame, values: values)
        } catch {
            return failure(error, frame: frame, back: "/documents/\(id)")
        }
    }

    func attach(_ id: String, upload: WebUpload, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            guard let file = upload.file, let name = upload.fileName else {
                throw VaultError.invalidArgument("choose a file to attach")
            }
            defer { file.close() }
            guard let level = Level(rawValue: upload.string("level") ?? "internal") else {
                throw VaultError.invalidArgument("choose a level: internal, state or public")
            }
            // Person ids are separated by commas or spaces; member names (which hold spaces) by semicolons.
            let depicts = (upload.string("depicts") ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            let viewers = (upload.string("viewers") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let caption = upload.string("caption").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            let details = AttachmentRequest(level: level, depicts: depicts, consent: upload.strings("consent"),
                                            caption: caption, restricted: upload.string("restricted") == "1", viewers: viewers)
            let attached = try EvidenceAttachment(vault: vault).attach(.init(documentID: id, files: [file.url], details: details, fileNames: [name]))
            let message = attached.map { item in
                "Attached \(item.stored.object.prefix(AttachmentCatalog.referenceLength)) at level \(item.stored.level.rawValue): "
                    + "sha256 \(item.stored.sha256) (\(item.stored.size) bytes)."
            }.joined(separator: " ")
            return attachments(id, vault: vault, frame: frame, message: message)
        } catch {
            return failure(error, frame: frame, back: "/documents/\(id)/attachments")
        }
    }

    func download(_ reference: String, of id: String, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            let row = try AttachmentListing(vault: vault).list(id).rows.first { $0.reference == reference }
            if let size = row?.size, Int64(size) > configuration.attachmentLimit {
                throw VaultError.invalidArgument("the attachment is larger than \(configuration.attachmentLimit / (1024 * 1024)) MiB: "
                                                 + "get it with `tamga attachment get` on the command line")
            }
            let memory = try MemoryFile(limit: configuration.attachmentLimit)
            defer { memory.close() }
            let result = try AttachmentDownload(vault: vault).get(reference, of: id, to: .descriptor(memory.descriptor, label: "the download"))
            let bytes = try memory.contents()
            let name = row?.fileName ?? result.reference
            return Response(status: .ok, headers: [.contentType: "application/octet-stream",
                                                   .contentDisposition: Self.contentDisposition(name)],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch {
            return failure(error, frame: frame, back: "/documents/\(id)/attachments")
        }
    }

    /// `attachment` with the original name: an ASCII stand-in in `filename`
    /// (no quote, backslash or control character) and the exact name,
    /// percent-encoded, in `filename*` (RFC 6266).
    static func contentDisposition(_ name: String) -> String {
        let plain = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 32 && $0.value != 127 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "!#$&+-.^_`|~")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? plain
        return "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(encoded)"
    }
}
