import Foundation

extension PreviewRenderer {
    /// The attachments part of one audience's column: each image as it
    /// would leave (blacked out, stripped), embedded as a `data:` URL so the
    /// page stays one self-contained file; other files by type and size;
    /// withheld and refused ones with the reason. Empty when the document
    /// has no attachment the member may open.
    static func attachmentSection(_ attachments: PreviewAttachments, for audience: Audience, language: DocumentLanguage) -> String {
        guard !attachments.items.isEmpty || attachments.aboveClearance > 0 || attachments.restrictedFromYou > 0 else { return "" }
        let texts = PreviewAttachmentTexts.for(language)
        var parts = ["<div class=\"attachments\">", "<h3>\(HTMLRenderer.escape(texts.heading))</h3>"]
        for item in attachments.items {
            parts.append(figure(item.reference, item.views[audience], texts: texts))
        }
        if attachments.aboveClearance > 0 {
            parts.append("<p class=\"note\">\(HTMLRenderer.escape(texts.aboveClearance(attachments.aboveClearance)))</p>")
        }
        if attachments.restrictedFromYou > 0 {
            parts.append("<p class=\"note\">\(HTMLRenderer.escape(texts.restrictedFromYou(attachments.restrictedFromYou)))</p>")
        }
        parts.append("</div>")
        return parts.joined(separator: "\n")
    }

    private static func figure(_ reference: String, _ view: PreviewAttachment.View?, texts: PreviewAttachmentTexts) -> String {
        let name = HTMLRenderer.escape(reference)
        func caption(_ words: String) -> String {
            "<figure class=\"attachment\" data-attachment=\"\(name)\"><figcaption><code>\(name)</code> \(HTMLRenderer.escape(words))</figcaption></figure>"
        }
        switch view {
        case let .image(mediaType, bytes, redacted):
            let source = "data:\(mediaType);base64,\(Data(bytes).base64EncodedString())"
            return "<figure class=\"attachment\" data-attachment=\"\(name)\"><img alt=\"\(name)\" src=\"\(source)\">"
                + "<figcaption><code>\(name)</code>\(redacted ? " " + HTMLRenderer.escape(texts.redacted) : "")</figcaption></figure>"
        case let .file(type, byteCount, redacted):
            return caption(texts.file(type, byteCount) + (redacted ? "; " + texts.redacted : ""))
        case .withheld(.level), nil: return caption(texts.level)
        case .withheld(.consent): return caption(texts.consent)
        case .withheld(.restricted): return caption(texts.restricted)
        case let .refused(message): return caption(texts.refused + " " + message)
        }
    }
}
