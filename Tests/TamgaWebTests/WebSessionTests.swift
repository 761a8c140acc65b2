import Foundation
import Testing
@testable import TamgaWeb

/// The session's rules, without a server: the token works once, cookies and
/// CSRF tokens compare exactly, the idle lock, the form decoding, the words.
@Suite struct WebSessionTests {
    @Test func theAccessTokenIsSpentByItsFirstUse() {
        let session = WebSession()
        #expect(session.exchange(String(repeating: "0", count: 64)) == nil)
        #expect(session.exchange(String(session.accessToken.dropLast())) == nil)
        let cookie = session.exchange(session.accessToken)
        #expect(cookie != nil && cookie != session.accessToken)
        #expect(session.exchange(session.accessToken) == nil, "a second use of the token opened a second session")
        #expect(session.accepts(cookie: cookie) && !session.accepts(cookie: nil) && !session.accepts(cookie: session.accessToken))
        #expect(session.acceptsCSRF(session.csrfToken) && !session.acceptsCSRF(nil) && !session.acceptsCSRF(""))
    }

    @Test func theIdleLockDropsNothingBeforeItsTime() {
        let session = WebSession()
        #expect(!session.lockIfIdle(60), "nothing was unlocked")
        #expect(session.unlocked() == nil)
    }

    @Test func formsDecodeAsBrowsersEncode() {
        #expect(WebForm.decode(ArraySlice("a+b%20c%2Bd%zz%4".utf8)) == Array("a b c+d%zz%4".utf8))
        #expect(WebForm.decode(ArraySlice("%D0%9A%D0%BB%D1%8E%D1%87".utf8)) == Array("Ключ".utf8))
        #expect(WebForm.decode(ArraySlice("%".utf8)) == Array("%".utf8))
    }

    @Test func everyTemplateLoads() throws {
        _ = try WebPages()
    }

    /// Web round 40 F1: only this run's random `*.localhost` name is served;
    /// `127.0.0.1:PORT` and `localhost:PORT` are refused, since a cookie set
    /// there goes to every port of 127.0.0.1.
    @Test func theHostCheckAcceptsOnlyThisRunsName() {
        let hosts = WebHosts()
        #expect(hosts.name.wholeMatch(of: /t-[0-9a-f]{32}\.localhost/) != nil, "\(hosts.name)")
        #expect(WebHosts().name != hosts.name, "two runs got one name")
        #expect(!hosts.accepts("\(hosts.name):8080"), "before the port is known")
        hosts.bound(port: 8080)
        #expect(hosts.accepts("\(hosts.name):8080") && hosts.accepts("\(hosts.name.uppercased()):8080"))
        for refused in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "\(hosts.name):8081", "\(hosts.name)", "evil.example:8080",
                        "t-00000000000000000000000000000000.localhost:8080", "x.\(hosts.name):8080"] {
            #expect(!hosts.accepts(refused), "\(refused)")
        }
        // --listen with another machine's address: that address (IPv6 in brackets) too.
        let lan = WebHosts()
        lan.bound(port: 8080, addresses: ["192.168.1.5", "fe80::1"])
        #expect(lan.accepts("192.168.1.5:8080") && lan.accepts("[fe80::1]:8080") && lan.accepts("\(lan.name):8080"))
        #expect(!lan.accepts("127.0.0.1:8080"))
    }

    /// Web round 40 F1: a request another site or another port started is refused, but for the two pages that act on nothing.
    @Test func requestsStartedByAnotherSiteAreRefused() {
        for site in [nil, "same-origin", "none", "SAME-ORIGIN"] {
            #expect(WebFetchSite.allows(site, isGet: false, path: "/lock"), "\(site ?? "no header")")
        }
        for site in ["same-site", "cross-site"] {
            #expect(!WebFetchSite.allows(site, isGet: true, path: "/documents/VR-1"))
            #expect(!WebFetchSite.allows(site, isGet: false, path: "/lock"))
            #expect(!WebFetchSite.allows(site, isGet: false, path: "/unlock"))
            #expect(WebFetchSite.allows(site, isGet: true, path: "/unlock"))
            #expect(WebFetchSite.allows(site, isGet: true, path: "/"))
        }
    }

    /// Web round 40 F15/F7: Lock and a new unlock change the cookie (the old
    /// one opens nothing) and drop the downloads made before.
    @Test func lockAndUnlockRenewTheCookieAndDropDownloads() throws {
        let session = WebSession()
        #expect(session.lockVault() == "", "no cookie before the token is exchanged")
        let first = try #require(session.exchange(session.accessToken))
        let key = session.keep(WebDownload(fileName: "a.md", contentType: "text/plain", bytes: [1]))
        #expect(session.download(key) != nil)
        let second = session.lockVault()
        #expect(second.count == 64 && second != first)
        #expect(!session.accepts(cookie: first) && session.accepts(cookie: second))
        #expect(session.download(key) == nil)
    }
}
