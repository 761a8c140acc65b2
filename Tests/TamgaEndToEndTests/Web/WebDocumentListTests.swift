import Foundation
import Testing
import TamgaTestSupport

/// The browser's document list filters as `tamga list` does (issue 20): the
/// same use case (`DocumentListing`), so each query keeps the same ids; a
/// bad date is refused naming the field; a State member is offered no
/// filter on what only sources say.
@Suite(.serialized) struct WebDocumentListTests {
    static func ids(in page: String) -> Set<String> {
        Set(page.matches(of: /<tr><td><a href="\/documents\/([^"]+)">/).map { String($0.output.1) })
    }

    @Test func theListFiltersAsTheCommandDoes() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, _) = try server.unlockedClient()
        let cases: [(query: String, arguments: [String])] = [
            ("", []), ("?kind=interview", ["--kind", "interview"]), ("?q=bishkek", ["--search", "bishkek"]),
            ("?facility=%D0%A1%D0%98%D0%97%D0%9E-1+%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA", ["--facility", "СИЗО-1 Бишкек"]),
            ("?from=2014-11-01", ["--from", "2014-11-01"]), ("?to=2014-10-28&kind=visit-report", ["--to", "2014-10-28", "--kind", "visit-report"]),
            ("?level=state", ["--level", "state"]), ("?tag=ill-treatment", ["--tag", "ill-treatment"]), ("?q=no-such-words", ["--search", "no-such-words"]),
        ]
        var sizes: Set<Int> = []
        for (query, arguments) in cases {
            let listed = try vault.run(["list", "--json"] + arguments)
            #expect(listed.status == 0, "\(arguments): \(listed.standardError)")
            let expected = Set(listed.standardOutput.matches(of: /"id" *: *"([^"]+)"/).map { String($0.output.1) })
            let page = try client.request("/documents" + query)
            #expect(page.status == 200, "\(query): \(page.body.suffix(400))")
            #expect(Self.ids(in: page.body) == expected, "\(query)")
            sizes.insert(expected.count)
        }
        // The cases differ: a filter that kept everything or nothing would not pass.
        #expect(sizes.count >= 3)
        let page = try client.request("/documents?q=no-such-words")
        #expect(page.body.contains("No document matches the filter."))
        let bad = try client.request("/documents?from=28.10.2014")
        #expect(bad.status == 422 && bad.body.contains("--from"), "\(bad.status) \(bad.body.suffix(400))")
    }
}
