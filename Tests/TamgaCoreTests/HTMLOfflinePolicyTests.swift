import Testing
@testable import TamgaCore

/// Web round 40 F12: every printable HTML output (exports, the review page,
/// the annual summary, the follow-up letter) forbids fetching anything when
/// opened: an image written in the text as `![](http://…)` stayed a live
/// `<img>` in the signed HTML export and called the writer's server.
@Suite struct HTMLOfflinePolicyTests {
    @Test func everyHTMLPageCarriesTheOfflinePolicy() {
        let page = HTMLPage.document(title: "VR-1", banner: "STATE", style: "p { }",
                                     main: #"<p><img src="http://198.51.100.7/pixel.png?doc=VR-1" alt=""></p>"#)
        let head = String(page[..<page.range(of: "</head>")!.lowerBound])
        #expect(head.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;"#),
                "\(head)")
        // Before anything that could load: the policy is the first thing after the character set.
        #expect(page.range(of: "Content-Security-Policy")!.lowerBound < page.range(of: "<style>")!.lowerBound)
    }
}
