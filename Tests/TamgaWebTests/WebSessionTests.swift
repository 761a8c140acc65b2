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

    @Test func everyLanguageHasEveryWord() {
        #expect(Set(WebStrings.russian.keys) == Set(WebStrings.english.keys))
        #expect(WebStrings.table(acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8").lang == "ru")
        #expect(WebStrings.table(acceptLanguage: "en-GB,ru;q=0.5").lang == "en")
        #expect(WebStrings.table(acceptLanguage: nil).lang == "en")
        #expect(WebStrings.table(acceptLanguage: "ky, ru;q=0.8").lang == "ru")
    }

    @Test func everyTemplateLoads() throws {
        _ = try WebPages()
    }

    @Test func theHostCheckAcceptsOnlyThisServersAddress() {
        let hosts = WebHosts()
        #expect(!hosts.accepts("127.0.0.1:8080"), "before the port is known")
        hosts.bound(host: "127.0.0.1", port: 8080)
        #expect(hosts.accepts("127.0.0.1:8080") && hosts.accepts("localhost:8080") && hosts.accepts("LOCALHOST:8080"))
        #expect(!hosts.accepts("127.0.0.1:8081") && !hosts.accepts("evil.example:8080") && !hosts.accepts("127.0.0.1"))
    }
}
