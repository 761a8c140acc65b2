import Foundation
import Testing
import TamgaTestSupport

/// `tamga serve` started for one test on loopback, and curl as the browser:
/// a cookie jar per client, the Host header as given.
final class WebServer: @unchecked Sendable {
    let vault: CLIVault
    let process = Process()
    /// `http://t-<random>.localhost:PORT/` (curl, like browsers, resolves `*.localhost` to this machine)
    let base: String
    let token: String
    let port: Int
    /// The file the server's standard error goes to.
    let errorFile: String

    init(_ vault: CLIVault, arguments: [String] = []) throws {
        self.vault = vault
        process.executableURL = URL(fileURLWithPath: vault.tamga.path)
        process.arguments = ["serve"] + arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in vault.environment { environment[key] = value }
        environment["TAMGA_PASSPHRASE_FILE"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        // What the server prints on its error stream, kept for tests that check it holds no confidential text.
        errorFile = vault.folder.path("serve-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
        guard let address = firstLine.split(separator: " ").first(where: { $0.hasPrefix("http://") }).map({ String($0).trimmingCharacters(in: .whitespacesAndNewlines) }),
              let hash = address.firstIndex(of: "#") else {
            process.terminate()
            throw CLIVaultError(message: "tamga serve printed no address: \(text)")
        }
        base = String(address[..<hash])
        token = String(address[address.index(after: hash)...])
        port = Int(base.split(separator: ":").last?.filter(\.isNumber) ?? "") ?? 0
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    /// One browser: its cookie jar.
    struct Client {
        let server: WebServer
        let jar: String

        struct Reply {
            let status: Int
            let headers: String
            let body: String
            let bodyBytes: Data
        }

        /// GET, or POST with `form` (url-encoded); `host` replaces the Host header; `headers` are added (`Name: value`).
        func request(_ path: String, form: [(String, String)]? = nil, host: String? = nil, headers: [String] = [],
                     base: String? = nil) throws -> Reply {
            let folder = server.vault.folder
            let headersFile = folder.path("headers-\(UUID().uuidString)"), bodyFile = folder.path("body-\(UUID().uuidString)")
            var arguments = ["-s", "-b", jar, "-c", jar, "-D", headersFile, "-o", bodyFile, "--max-time", "60"]
            if let host { arguments += ["-H", "Host: \(host)"] }
            for header in headers { arguments += ["-H", header] }
            for (name, value) in form ?? [] {
                // A long value (a document's text) goes through a file: an argument is limited to 128 KiB.
                if value.utf8.count > 16_000 {
                    let valueFile = folder.path("value-\(UUID().uuidString)")
                    try Data(value.utf8).write(to: URL(fileURLWithPath: valueFile))
                    arguments += ["--data-urlencode", "\(name)@\(valueFile)"]
                } else {
                    arguments += ["--data-urlencode", "\(name)=\(value)"]
                }
            }
            if let form, form.isEmpty { arguments += ["-X", "POST", "-d", ""] }
            arguments.append((base ?? server.base) + path.drop { $0 == "/" })
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            curl.arguments = arguments
            try curl.run()
            curl.waitUntilExit()
            let headers = (try? String(contentsOfFile: headersFile, encoding: .utf8)) ?? ""
            let body = (try? Data(contentsOf: URL(fileURLWithPath: bodyFile))) ?? Data()
            let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
            return Reply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self), bodyBytes: body)
        }

        /// POST as `multipart/form-data`, the parts in the order given: `(name, value)` fields, and
        /// `(name, "@PATH;filename=NAME")` for a file, as curl's `-F` writes them.
        func upload(_ path: String, parts: [(String, String)]) throws -> Reply {
            let folder = server.vault.folder
            let headersFile = folder.path("headers-\(UUID().uuidString)"), bodyFile = folder.path("body-\(UUID().uuidString)")
            var arguments = ["-s", "-H", "Expect:", "-b", jar, "-c", jar, "-D", headersFile, "-o", bodyFile, "--max-time", "120"]
            for (name, value) in parts { arguments += [value.hasPrefix("@") ? "-F" : "--form-string", "\(name)=\(value)"] }
            arguments.append(server.base + path.drop { $0 == "/" })
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            curl.arguments = arguments
            try curl.run()
            curl.waitUntilExit()
            let headers = (try? String(contentsOfFile: headersFile, encoding: .utf8)) ?? ""
            let body = (try? Data(contentsOf: URL(fileURLWithPath: bodyFile))) ?? Data()
            let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
            return Reply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self), bodyBytes: body)
        }

        /// The session's CSRF token, from any page with a form.
        func csrf(from page: String) -> String? {
            guard let range = page.range(of: #"name="csrf" value="[0-9a-f]{64}""#, options: .regularExpression) else { return nil }
            return String(page[range].dropLast().suffix(64))
        }
    }

    func client(_ name: String = "browser") -> Client { Client(server: self, jar: vault.folder.path("jar-\(name)-\(UUID().uuidString)")) }

    /// A client that gave the token and unlocked as Admin (or `member`); returns it with the CSRF token.
    func unlockedClient(member: String? = nil) throws -> (Client, String) {
        let client = client()
        #expect(try client.request("/session", form: [("token", token)]).status == 303)
        let page = try client.request("/unlock")
        let csrf = try #require(client.csrf(from: page.body))
        let unlocked = try client.request("/unlock", form: [("csrf", csrf), ("passphrase", vault.passphrase)] + (member.map { [("member", $0)] } ?? []))
        #expect(unlocked.status == 303 && unlocked.headers.contains("/documents"), "\(unlocked.status) \(unlocked.body)")
        return (client, csrf)
    }
}
