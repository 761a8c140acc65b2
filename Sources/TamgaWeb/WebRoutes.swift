import Foundation
import HTTPTypes
import Hummingbird
import TamgaCore
import TamgaVault

/// The pages and actions of `tamga serve`. Each action calls one TamgaVault
/// use case, the one the command line calls (DocumentCatalog, DocumentPreview,
/// DocumentExport); nothing here decides what may be read or exported.
struct WebRoutes: Sendable {
    let session: WebSession
    let pages: WebPages
    let configuration: WebConfiguration

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in tokenPage(request) }
        router.post("/session") { request, _ in try await exchange(request) }
        router.get("/unlock") { request, _ in
            session.unlocked() == nil ? unlockPage(request, error: nil) : WebPages.redirect("/documents")
        }
        router.post("/unlock") { request, _ in try await unlock(request) }
        router.post("/lock") { request, _ in
            guard session.acceptsCSRF(try await WebForm(request).string("csrf")) else { return Self.forbidden }
            var response = WebPages.redirect("/unlock")
            Self.setSessionCookie(session.lockVault(), on: &response)
            // The browser's copies of this site's pages go too (the cookie stays, renewed: the token is spent).
            response.headers[HTTPField.Name("Clear-Site-Data")!] = "\"cache\""
            return response
        }
        router.get("/documents") { request, _ in try await withVault(request) { vault, frame in documents(request, vault, frame) } }
        addWriting(to: router)
        router.get("/documents/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await withVault(request) { vault, frame in try document(id, vault: vault, frame: frame) }
        }
        router.post("/documents/:id/export") { request, context in
            let id = try context.parameters.require("id")
            let form = try await WebForm(request)
            guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
            return try await withVault(request) { vault, frame in export(id, form: form, vault: vault, frame: frame) }
        }
        addAttachments(to: router)
        addPersons(to: router)
        addReports(to: router)
        addFollowUp(to: router)
        addAdministration(to: router)
        router.get("/downloads/:key") { _, context in
            let key = try context.parameters.require("key")
            guard session.unlocked() != nil, let file = session.download(key) else { return WebPages.plain(.notFound, "No such download.") }
            return Response(status: .ok, headers: [.contentType: file.contentType,
                                                   .contentDisposition: "attachment; filename=\"\(file.fileName)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }

    static let forbidden = WebPages.plain(.forbidden, "This form is not from this session (CSRF token missing or wrong).")

    func frame(_ request: Request, vault: UnlockedVault?) -> WebPages.Frame {
        let table = WebStrings.table(acceptLanguage: request.headers[.acceptLanguage])
        return WebPages.Frame(lang: table.lang, words: table.words, csrf: session.csrfToken, vault: vault)
    }

    /// Runs `body` with the unlocked vault, or sends the browser to unlock.
    /// A member change made elsewhere (another terminal, a sync) is followed on the next request: the session
    /// goes on under the newest keyring, and a member removed meanwhile is locked out (web red team 40, F2).
    /// `body` runs on a thread of its own (`WebRequestThreads`): a use case waiting for the vault's write
    /// lock stops no other request (web red team 42, W1).
    /// `activity`: whether the request counts as the member's use for the idle lock (a page reloading
    /// itself, the rekey's progress, does not: web red team 42, L2).
    func withVault(_ request: Request, activity: Bool = true,
                   _ body: @escaping @Sendable (UnlockedVault, WebPages.Frame) throws -> Response) async throws -> Response {
        guard let opened = activity ? session.unlocked() : session.peek() else { return WebPages.redirect("/unlock") }
        return try await WebRequestThreads.shared.run { [self] in
            let vault: UnlockedVault
            do { vault = try opened.current() } catch {
                var response = WebPages.redirect("/unlock")
                Self.setSessionCookie(session.lockVault(), on: &response)
                return response
            }
            if vault.keyring.fileHash != opened.keyring.fileHash { session.replace(vault) }
            return try body(vault, frame(request, vault: vault))
        }
    }

    func tokenPage(_ request: Request) -> Response {
        if session.accepts(cookie: request.cookies[WebGuard<BasicRequestContext>.cookieName]?.value) {
            return WebPages.redirect(session.unlocked() == nil ? "/unlock" : "/documents")
        }
        let frame = frame(request, vault: nil)
        return pages.page("token", title: frame.words["openSession"] ?? "", frame: frame)
    }

    func exchange(_ request: Request) async throws -> Response {
        guard let token = try await WebForm(request).string("token"), let value = session.exchange(token) else {
            return WebPages.plain(.forbidden, "That access token is wrong, or was used already. Start `tamga serve` again for a new one.")
        }
        var response = WebPages.redirect("/unlock")
        Self.setSessionCookie(value, on: &response)
        return response
    }

    /// The session cookie: HttpOnly, SameSite=Strict, host-only (no Domain), for this run's host name.
    static func setSessionCookie(_ value: String, on response: inout Response) {
        guard !value.isEmpty else { return }
        response.setCookie(Cookie(name: WebGuard<BasicRequestContext>.cookieName, value: value, path: "/", httpOnly: true, sameSite: .strict))
    }

    func unlockPage(_ request: Request, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let frame = frame(request, vault: nil)
        var values: [String: Any] = [:]
        if let error { values["error"] = error }
        // A rekey started before Lock finishes the level it is on with the keys it was started with (web red team 42, L2).
        if let work = session.work.current, work.running {
            values["working"] = (frame.words["rekeyAfterLock"] ?? "").replacingOccurrences(of: "{by}", with: work.startedBy)
                .replacingOccurrences(of: "{level}", with: work.current?.rawValue ?? "-")
        }
        return pages.page("unlock", title: frame.words["unlockTitle"] ?? "", frame: frame, values: values, status: status)
    }

    func unlock(_ request: Request) async throws -> Response {
        var form = try await WebForm(request)
        guard session.acceptsCSRF(form.string("csrf")) else { return Self.forbidden }
        let member = form.string("member").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard let passphrase = try form.secret("passphrase") else { return unlockPage(request, error: "Type the passphrase.", status: .badRequest) }
        do {
            let vault = try UnlockedVault.unlock(configuration.paths, memberName: member,
                                                 allowTestParameters: configuration.allowTestParameters) { passphrase }
            var response = WebPages.redirect("/documents")
            Self.setSessionCookie(session.unlock(vault), on: &response)
            return response
        } catch let error as any UserFacingError {
            return unlockPage(request, error: Self.refusalText(error, frame: frame(request, vault: nil)).message, status: .unauthorized)
        }
    }

    /// The document list with the search and filters of `tamga list` (`DocumentListing`): a GET form, the choices in
    /// the address; kinds and facilities offered are those of the documents the member reads.
    func documents(_ request: Request, _ vault: UnlockedVault, _ frame: WebPages.Frame) -> Response {
        let query = WebForm(query: request.uri.query ?? "")
        func value(_ name: String) -> String { query.text(name) }
        let cleared = vault.levelKeys.canRead(.internal)
        let filter = DocumentListing.Filter(search: value("q"), kind: value("kind"), facility: value("facility"), from: value("from"),
                                            to: value("to"), level: Level(rawValue: value("level")), tag: value("tag"))
        do {
            let all = try DocumentCatalog(vault: vault).list()
            let rows: [[String: Any]] = try DocumentListing(vault: vault).rows(filter, of: all).map { row in
                let entry = row.entry
                return ["id": entry.id, "kind": entry.kind, "date": entry.date, "title": entry.title ?? "", "facility": entry.facility ?? "",
                        "level": entry.level, "revisions": entry.revisions, "exports": row.exports ?? 0, "open": row.openRecommendations ?? 0]
            }
            func choices(_ values: [String], _ chosen: String?) -> [[String: Any]] {
                Set(values).sorted().map { ["value": $0, "selected": $0.caseInsensitiveCompare(chosen ?? "") == .orderedSame] }
            }
            return pages.page("documents", title: frame.words["documents"] ?? "", frame: frame, values: [
                "documents": rows, "hasDocuments": !rows.isEmpty, "hasAny": !all.isEmpty, "filtered": !filter.isEmpty,
                "mayWrite": vault.member.clearance != .state, "internal": cleared,
                "search": filter.search ?? "", "from": filter.from ?? "", "to": filter.to ?? "", "tag": filter.tag ?? "",
                "kinds": choices(all.map(\.kind), filter.kind), "facilities": choices(all.compactMap(\.facility), filter.facility),
                "levels": [Level.internal, .state, .public].map { ["value": $0.rawValue, "selected": $0 == filter.level] },
            ])
        } catch {
            return failure(error, frame: frame, back: "/documents")
        }
    }

    /// The preview page (three audiences side by side, each rule marked), its
    /// read logged, with the export form put in at the top.
    func document(_ id: String, vault: UnlockedVault, frame: WebPages.Frame) throws -> Response {
        do {
            let html = try DocumentPreview(vault: vault).show(id)
            let form = pages.fragment("export", frame: frame, values: ["id": id])
            let nonce = WebNonce.current
            // The edit link for members cleared internal (the only ones `DocumentEditing` lets edit); the id is escaped like any value.
            // The same for Destroy (`DocumentDestruction` refuses anyone else with 403).
            let edit = vault.member.clearance == .internal
                ? " <a href=\"/documents/\(Self.escaped(id))/edit\">\(frame.words["edit"] ?? "Edit")</a>"
                    + " <a href=\"/documents/\(Self.escaped(id))/destroy\">\(frame.words["destroyLink"] ?? "Destroy…")</a>" : ""
            let attachments = " <a href=\"/documents/\(Self.escaped(id))/attachments\">\(frame.words["attachments"] ?? "Attachments")</a>"
            // Below the preview's fixed banner (its own style, with this response's nonce).
            let bar = "<style nonce=\"\(nonce)\">.tamga-web-bar { padding: 2.6em 1em 0; } .tamga-web-bar nav { display: flex; gap: 1em; }</style>"
                + "<script nonce=\"\(nonce)\">addEventListener('pageshow', function (event) { if (event.persisted) "
                + "{ document.documentElement.hidden = true; location.reload(); } });</script>"
                + "<div class=\"tamga-web-bar\"><nav class=\"tamga-web\" aria-label=\"\(frame.words["navigation"] ?? "Main")\">"
                + "<a href=\"/documents\">\(frame.words["back"] ?? "Back")</a>\(edit)\(attachments)</nav>" + form + "</div>"
            // The page's own offline policy would also block this response's nonce'd script; the server's header policy governs here.
            var page = html.replacingOccurrences(of: "<style>", with: "<style nonce=\"\(nonce)\">")
                .replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>\n?"#, with: "", options: .regularExpression)
            if let body = page.range(of: "<body[^>]*>", options: .regularExpression) {
                page.insert(contentsOf: bar, at: body.upperBound)
            }
            return WebPages.html(page)
        } catch {
            return failure(error, frame: frame, back: "/documents")
        }
    }

    func export(_ id: String, form: WebForm, vault: UnlockedVault, frame: WebPages.Frame) -> Response {
        do {
            guard let audience = form.string("audience").flatMap(Audience.init(rawValue:)),
                  let format = form.string("format").flatMap(ExportFormat.init(rawValue:)) else {
                throw VaultError.invalidArgument("choose an audience (internal, state, public) and a format (md, html, json)")
            }
            let files = try DocumentExport(vault: vault).runForDownload(DocumentExport.Request(ids: [id], audience: audience, format: format))
            let listed: [[String: Any]] = files.map { file in
                let key = session.keep(WebDownload(fileName: file.name, contentType: "application/octet-stream", bytes: file.bytes))
                return ["key": key, "name": file.name, "size": file.bytes.count]
            }
            return pages.page("exported", title: frame.words["exportedTitle"] ?? "", frame: frame,
                              values: ["id": id, "files": listed,
                                       "message": Self.say(frame.words, "exportedMessage", ["id": id, "audience": audience.rawValue])])
        } catch {
            return failure(error, frame: frame, back: "/documents/\(id)")
        }
    }

    /// Text for an HTML attribute or element written outside a template.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// A refusal as a page: the error's own message and hint (they never hold confidential text).
    func failure(_ error: any Error, frame: WebPages.Frame, back: String) -> Response {
        let (message, hint) = Self.refusalText(error, frame: frame)
        var values: [String: Any] = ["message": message, "back": back]
        if let hint { values["hint"] = hint }
        return pages.page("error", title: frame.words["errorTitle"] ?? "", frame: frame, values: values, status: .unprocessableContent)
    }
}
