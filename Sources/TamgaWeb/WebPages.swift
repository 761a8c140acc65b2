import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import TamgaVault

/// The pages, rendered server-side from the Mustache templates in
/// `Templates/` (every value escaped by Mustache; only a page's own rendered
/// body goes in unescaped), inside one layout.
struct WebPages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        // Every template in the bundle's folder, so a page cannot be added without being loaded (a missing one
        // rendered an empty page).
        guard let layout = Bundle.module.url(forResource: "layout", withExtension: "mustache", subdirectory: "Templates") else {
            throw WebError.missingTemplate("layout")
        }
        let folder = layout.deletingLastPathComponent()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".mustache") {
            let url = folder.appendingPathComponent(file)
            try library.register(String(contentsOf: url, encoding: .utf8), named: url.deletingPathExtension().lastPathComponent)
        }
        self.library = library
    }

    /// What every page knows: the words, the nonce, the session's CSRF token, who is unlocked.
    struct Frame {
        let lang: String
        let words: [String: String]
        let csrf: String
        let vault: UnlockedVault?

        var values: [String: Any] {
            var values: [String: Any] = ["lang": lang, "t": words, "csrf": csrf, "nonce": WebNonce.current]
            if let vault {
                values["unlocked"] = true
                values["member"] = vault.member.name
                values["clearance"] = vault.member.clearance.rawValue
            }
            return values
        }
    }

    /// A whole page: `template` rendered with `values`, inside the layout.
    func page(_ template: String, title: String, frame: Frame, values: [String: Any] = [:], status: HTTPResponse.Status = .ok) -> Response {
        let context = frame.values.merging(values) { $1 }
        // A template that is not in the bundle is a fault of the build, said as such rather than an empty page.
        guard let body = library.render(context, withTemplate: template) else {
            return Self.html("<!doctype html><title>tamga</title><p>This page's template (\(template)) is missing from this build.</p>",
                             status: .internalServerError)
        }
        let html = library.render(context.merging(["body": body, "title": title]) { $1 }, withTemplate: "layout") ?? ""
        return Self.html(html, status: status)
    }

    /// Rendered by the `export` template: the form put into a preview page.
    func fragment(_ template: String, frame: Frame, values: [String: Any]) -> String {
        library.render(frame.values.merging(values) { $1 }, withTemplate: template) ?? ""
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A bare text answer (before any session exists).
    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

enum WebError: Error, CustomStringConvertible {
    case missingTemplate(String)

    var description: String {
        switch self {
        case .missingTemplate(let name): "the web interface's template \(name) is missing from this build"
        }
    }
}
