import Foundation
import Testing
import TamgaTestSupport

/// Under `Accept-Language: ky`, the destroy, erase, export, rekey and
/// unlock pages say in Kyrgyz what matters most on them (web red team 42,
/// K1): the hand-over notice (the successor's copy is not touched), the
/// refusal of a reason naming the person, the rekey refusal, the export
/// confirmation and the unlock refusal. The report's probe: no run of five
/// English words in the page's main part.
@Suite(.serialized) struct WebKyrgyzPagesTests {
    static let kyrgyz = ["Accept-Language: ky"]

    /// The page's main part as text (markup, styles and scripts out).
    static func text(_ page: String) -> String {
        var text = page.replacingOccurrences(of: #"(?s)<style.*?</style>|<script.*?</script>"#, with: "", options: .regularExpression)
        if let main = text.range(of: #"(?s)<main[^>]*>.*?</main>"#, options: .regularExpression) { text = String(text[main]) }
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// Runs of five or more Latin words (the probe of repro/kyrgyz_mix.py).
    static func englishRuns(_ page: String) -> [String] {
        let text = Self.text(page)
        let pattern = try! NSRegularExpression(pattern: #"(?:[A-Za-z][A-Za-z'’-]*[ ,;:()]+){5,}[A-Za-z'’-]+"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func theDestroyEraseExportRekeyAndUnlockPagesHaveNoEnglishSentence() throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try WebMemberTests.invite(v, "Nurlan")
        #expect(try v.run(["member", "add", "Nurlan", key, "--clearance", "internal"]).status == 0)
        // A hand-over, not yet accepted, that carried both documents naming D-0042.
        let successor = try CLIVault()
        let invitation = try successor.run(["handover", "invitation"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "transfer", "--date", "2025-09-20", "--obtained-by", "Admin",
                             "--member", "Admin"]).status == 0)
        let handed = try v.run(["handover", "execute", "--to", invitation, "-o", v.folder.path("package"), "--without-attachments",
                                "--member", "Admin"])
        #expect(handed.status == 0, "\(handed.standardError)")

        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        var pages: [(String, WebServer.Client.Reply)] = []
        pages.append(("destroy page", try admin.request("/documents/VR-2014-017/destroy", headers: Self.kyrgyz)))
        pages.append(("erase page", try admin.request("/persons/D-0042/erase", headers: Self.kyrgyz)))
        pages.append(("erase, the name in the reason", try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "Sadykov"),
                                                                                                     ("typed", "D-0042")], headers: Self.kyrgyz)))
        pages.append(("destroy, typed wrong", try admin.request("/documents/VR-2014-017/destroy", form: [("csrf", csrf), ("reason", "x"),
                                                                                                       ("typed", "VR-2014-01")], headers: Self.kyrgyz)))
        pages.append(("export", try admin.request("/documents/VR-2014-017/export", form: [("csrf", csrf), ("audience", "state"), ("format", "md")],
                                                  headers: Self.kyrgyz)))
        pages.append(("rekey plan", try admin.request("/members/rekey", form: [("csrf", csrf)], headers: Self.kyrgyz)))
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Nurlan")]).status == 303)
        pages.append(("rekey, not an administrator", try admin.request("/members/rekey", form: [("csrf", csrf)], headers: Self.kyrgyz)))
        pages.append(("rekey page, not an administrator", try admin.request("/members/rekey", headers: Self.kyrgyz)))
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        pages.append(("unlock, wrong passphrase", try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", "wrong")], headers: Self.kyrgyz)))

        for (label, page) in pages {
            #expect(page.body.contains("<html lang=\"ky\""), "\(label): \(page.status)")
            #expect(Self.englishRuns(page.body).isEmpty, "\(label) (\(page.status)): \(Self.englishRuns(page.body))")
        }
        // What the lines say, in Kyrgyz: the hand-over notice on both pages, the refusal, the export.
        #expect(pages[0].1.body.contains("мураскордун нускасына бул таасир этпейт") && pages[1].1.body.contains("мураскордун нускасына"))
        #expect(pages[2].1.status == 422 && pages[2].1.body.contains("себеп D-0042 адамын атайт"), "\(WebWritingTests.alert(pages[2].1))")
        #expect(pages[4].1.body.contains("кол коюлду"))
        #expect(pages[6].1.status == 403 && pages[7].1.status == 403)
    }
}
