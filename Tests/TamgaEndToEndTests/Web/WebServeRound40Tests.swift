import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Web red team, round 40 (docs/redteam/web-round40.md), through the built
/// binary with curl and raw sockets as the attacker.
@Suite(.serialized) struct WebServeRound40Tests {
    /// F1: cookies ignore ports, so a cookie for 127.0.0.1 went to every
    /// listener on 127.0.0.1. The server now answers only under its per-run
    /// `t-<random>.localhost` name (the cookie is scoped to it), refuses its
    /// own loopback address, and holds its port on `[::1]` so another user
    /// cannot listen there for the browser's requests to that name.
    @Test func theSessionLivesOnlyUnderThisRunsName() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        #expect(server.base.wholeMatch(of: /http:\/\/t-[0-9a-f]{32}\.localhost:[0-9]+\//) != nil, "\(server.base)")
        let (client, csrf) = try server.unlockedClient()
        #expect(try client.request("/documents").status == 200)
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "[::1]:\(server.port)"] {
            #expect(try client.request("/documents", host: host).status == 403, "\(host) was served")
        }
        // The port on [::1]: refused at once (nobody listens), and nobody else can bind it.
        let ipv6 = try client.request("/documents", base: "http://[::1]:\(server.port)/")
        #expect(ipv6.status == 0, "something answered on [::1]:\(server.port)")
        #expect(!Self.canBindIPv6Loopback(port: server.port), "another program could listen on [::1]:\(server.port)")
        // A request another site (or another port of this machine) starts: refused, but for the token and unlock pages.
        #expect(try client.request("/documents", headers: ["Sec-Fetch-Site: same-site"]).status == 403)
        #expect(try client.request("/lock", form: [("csrf", csrf)], headers: ["Sec-Fetch-Site: cross-site"]).status == 403)
        #expect(try client.request("/documents", headers: ["Sec-Fetch-Site: same-origin"]).status == 200, "a refused request locked")
        #expect(try client.request("/unlock", headers: ["Sec-Fetch-Site: cross-site"]).status == 303)
    }

    /// F9: `--listen ::1` and `--listen 0.0.0.0` give a server the printed
    /// address opens (the per-run name, which resolves to both loopback addresses).
    @Test func otherListenAddressesGiveAServerTheBrowserCanUse() throws {
        for listen in ["::1", "0.0.0.0"] {
            let server = try WebServer(try ExportTests.vaultWithExamples(), arguments: ["--listen", listen])
            #expect(server.base.contains(".localhost:"), "\(listen): \(server.base)")
            let (client, _) = try server.unlockedClient()
            #expect(try client.request("/documents").status == 200, "\(listen)")
        }
    }

    /// F5: answers made from thrown errors (no such path, a form too large) carry the security headers too.
    @Test func errorAnswersCarryTheSecurityHeaders() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        let (client, csrf) = try server.unlockedClient()
        let large = String(repeating: "a", count: 100_000)
        for reply in [try client.request("/nope"), try client.request("/documents/VR-2014-017/nope"),
                      try client.request("/lock", form: [("csrf", csrf), ("pad", large)])] {
            #expect([404, 413].contains(reply.status), "\(reply.status)")
            #expect(reply.headers.contains("Content-Security-Policy: default-src 'none'"), "\(reply.status) \(reply.headers)")
            #expect(reply.headers.contains("Cache-Control: no-store") && reply.headers.contains("X-Frame-Options: DENY")
                && reply.headers.contains("X-Content-Type-Options: nosniff"), "\(reply.headers)")
        }
    }

    /// F7 and F15: a new unlock (another member, or the same) and Lock drop
    /// the downloads made before and change the cookie (the old one opens
    /// nothing); Lock also asks the browser to drop its copies of the pages.
    @Test func lockAndANewUnlockEndTheOldSession() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, csrf) = try server.unlockedClient()
        let exported = try client.request("/documents/INT-2014-044/export", form: [("csrf", csrf), ("audience", "internal"), ("format", "md")])
        let key = try #require(exported.body.firstMatch(of: /href="\/downloads\/([0-9a-f]{64})"/).map { String($0.output.1) })
        #expect(try client.request("/downloads/\(key)").status == 200)
        let jar = try String(contentsOfFile: client.jar, encoding: .utf8)
        let again = try client.request("/unlock", form: [("csrf", csrf), ("passphrase", vault.passphrase)])
        #expect(again.status == 303 && again.headers.lowercased().contains("set-cookie: tamga_session="), "\(again.headers)")
        #expect(try client.request("/downloads/\(key)").status == 404, "a download of the earlier unlock is still served")
        // The cookie from before the new unlock opens nothing.
        try jar.write(toFile: client.jar + ".old", atomically: true, encoding: .utf8)
        let old = WebServer.Client(server: server, jar: client.jar + ".old")
        #expect(try old.request("/documents").status == 403)
        let locked = try client.request("/lock", form: [("csrf", csrf)])
        #expect(locked.status == 303 && locked.headers.contains("Clear-Site-Data: \"cache\""), "\(locked.headers)")
        #expect(locked.headers.lowercased().contains("set-cookie: tamga_session="))
        // The renewed cookie still reaches the unlock page (the token is spent; the session goes on).
        #expect(try client.request("/unlock").status == 200)
    }

    /// F3: another local user, without the cookie, opens many connections
    /// that each send half a request line. The monitor still gets a page
    /// within seconds, and the server closes the half-open connections.
    @Test func halfOpenConnectionsDoNotKeepTheMonitorOut() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        let (client, _) = try server.unlockedClient()
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<300 {
            guard let socket = Self.connectIPv4(port: server.port) else { break }
            let half = "GET /documents HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nX-Slow: "
            _ = half.withCString { send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            sockets.append(socket)
        }
        #expect(sockets.count >= 200, "only \(sockets.count) connections were opened")
        Thread.sleep(forTimeInterval: 1)
        let started = Date()
        let page = try client.request("/documents")
        let seconds = Date().timeIntervalSince(started)
        #expect(page.status == 200 && seconds < 5, "the monitor's page: \(page.status) after \(String(format: "%.1f", seconds)) s")
        // Within the idle time (10 s) and a margin, every half-open connection is closed by the server.
        Thread.sleep(forTimeInterval: 13)
        let closed = sockets.filter(Self.isClosedByPeer).count
        #expect(closed == sockets.count, "\(closed) of \(sockets.count) half-open connections closed by the server")
    }

    static func connectIPv4(port: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7f00_0001).bigEndian)
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 { close(fd); return nil }
        return fd
    }

    /// Whether the server closed the connection (a read returns end of file or an error at once).
    static func isClosedByPeer(_ fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count == 0 { return true }
            if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK }
        }
    }

    static func canBindIPv6Loopback(port: Int) -> Bool {
        let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = in_port_t(UInt16(port).bigEndian)
        address.sin6_addr = in6addr_loopback
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
        }
        return result == 0 && listen(fd, 1) == 0
    }
}
