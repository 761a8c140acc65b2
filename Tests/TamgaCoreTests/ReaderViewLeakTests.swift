import Testing
@testable import TamgaCore

/// Issue 15, classes 2 and 3: a Markdown or HTML export is scanned as a
/// reader sees it, and names fused into addresses and handles are found. Each disguise below displays as the detainee's name (Aibek Sadykov,
/// D-0042) in any Markdown viewer or browser; planted in a State export, it
/// must stop the export. Per class: every form, in Markdown and HTML.
@Suite struct ReaderViewLeakTests {
    static let disguises: [(group: String, text: String)] = [
        ("emphasis inside the word", "**Sady**kov"), ("emphasis inside the word", "Sady*kov*"),
        ("emphasis inside the word", "Sa~~~~dykov"), ("emphasis inside the word", "S`ady`kov"),
        ("emphasis inside the word", "***Sad***ykov"), ("emphasis inside the word", "_Sadykov_"),
        ("character references", "&#1057;адыков"), ("character references", "&#x421;&#x430;&#x434;ыков"),
        ("character references", "Sady&shy;kov"), ("character references", "Sad&#121;kov"),
        ("character references", "S&#97;dykov"),
        ("inline HTML", "Sady<span></span>kov"), ("inline HTML", "Sady<!-- -->kov"), ("inline HTML", "Sady<b>kov</b>"),
        ("inline HTML", "Sa<!--\nx\n-->dykov"), ("inline HTML", "<i>Sa</i><i>dykov</i>"),
        ("backslash escapes", "Sady\\kov"), ("backslash escapes", "\\S\\a\\d\\y\\k\\o\\v"),
        ("links", "[Sady](https://example.org)kov"), ("links", "[Aibek](x) [Sadykov](y)"),
        ("letter-spaced", "С а д ы к о в"), ("letter-spaced", "S A D Y K O V"), ("letter-spaced", "S a d y k o v"),
        ("letter-spaced", "С\u{00A0}а\u{00A0}д\u{00A0}ы\u{00A0}к\u{00A0}о\u{00A0}в"),
        ("percent-encoded", "[link](https://example.org/%D0%A1%D0%B0%D0%B4%D1%8B%D0%BA%D0%BE%D0%B2)"),
        ("percent-encoded", "https://example.org/Sady%6Bov"),
        ("fused into addresses", "asadykov@mail.kg"), ("fused into addresses", "instagram.com/aibeksadykov"),
        ("fused into addresses", "@aibeksadykov91"), ("fused into addresses", "https://t.me/sadykovaibek"),
        ("fused into addresses", "www.facebook.com/AibekSadykov"), ("fused into addresses", "садыков91@mail.ru"),
        // Read right only by a real CommonMark renderer (`CommonMarkText`).
        // (Reference links are Markdown only; their definitions are planted at the end.)
        ("reference links", "[Sady][n]kov"), ("reference links", "[Sady][]kov"),
        ("reference links", "[Sa][a][dy][b]kov"), ("entities in code", "<code>Sady&#107;ov</code>"),
        ("autolinks", "<https://example.org/sady%6Bov>"), ("images", "![Sadykov](photo.png)"),
    ]

    @Test(arguments: [ExportFormat.markdown, .html])
    func everyDisguiseOfANameStopsTheExport(_ format: ExportFormat) throws {
        let vault = try ExampleVault()
        let scanner = LeakScanner(policy: Fixture.policy, registry: vault.registry, names: ExactNameFinder(persons: vault.registry.personNames),
                                  sensitive: vault.documents.values.flatMap(\.sensitive))
        let document = try #require(vault.documents["VR-2014-017"])
        let clean = try vault.export("VR-2014-017", .state, as: format)
        try scanner.scan(clean, format: format, fileName: "x", document: document, audience: .state)
        var missed: [String: [String]] = [:]
        var tried: [String: Int] = [:]
        for (group, disguise) in Self.disguises where format == .markdown || group != "reference links" {
            tried[group, default: 0] += 1
            let planted = format == .html
                ? clean.replacingOccurrences(of: "</body>", with: "<p>The man, \(disguise), said so.</p></body>")
                : clean + "\nThe man, \(disguise), said so.\n\n[n]: https://example.org\n[Sady]: /x\n[a]: /x\n[b]: /y\n"
            do {
                try scanner.scan(planted, format: format, fileName: "x", document: document, audience: .state)
                missed[group, default: []].append(disguise)
            } catch {
                // A private e-mail address is refused as such (round 5), before the name in it is read.
                #expect(error.hits.contains { $0.personID == "D-0042" || (disguise.contains("@mail.") && $0.detector == .emailAddress) },
                        "\(disguise): \(error.hits)")
            }
        }
        for group in tried.keys.sorted() {
            print("reader-view[\(format.rawValue)] \(group): \(tried[group]! - (missed[group]?.count ?? 0))/\(tried[group]!) caught")
        }
        #expect(missed.isEmpty, "missed: \(missed)")
    }
}

/// RFC 3492's sample strings and the red team's domain.
@Suite struct PunycodeTests {
    @Test func decodesTheRFCSamplesAndTheRedTeamsDomain() {
        #expect(Punycode.decode("80aefyuo6e") == "садыков")
        #expect(Punycode.decode("b1abfaaepdrnnbgefbadotcwatmq2g4l") == "почемужеонинеговорятпорусски")
        #expect(Punycode.decode("egbpdaj6bu4bxfgehfvwxn") == "ليهمابتكلموشعربي؟")
        #expect(Punycode.decode("!!") == nil)
        #expect(Punycode.decodingLabels("mail to x@xn--80aefyuo6e.kg now") == "mail to x@садыков.kg now")
    }

    /// A date in an HTML table's birth column (red-team round 3: only the
    /// projector read the column; the scan's browser view now shows rows as
    /// Markdown rows, so its own detector reads the header too).
    @Test func aDateInAnHTMLTableBirthColumnStopsTheExport() throws {
        let vault = try ExampleVault()
        let scanner = LeakScanner(policy: Fixture.policy, registry: vault.registry, names: ExactNameFinder(persons: vault.registry.personNames),
                                  sensitive: vault.documents.values.flatMap(\.sensitive))
        let document = try #require(vault.documents["VR-2014-017"])
        let clean = try vault.export("VR-2014-017", .state, as: .html)
        for header in ["Date of birth", "Дата рождения", "Туулган күнү"] {
            let table = "<table><thead><tr><th>Cell</th><th>\(header)</th></tr></thead><tbody><tr><td>3</td><td>02.03.1991</td></tr></tbody></table>"
            let planted = clean.replacingOccurrences(of: "</body>", with: "\(table)</body>")
            #expect(throws: LeakError.self, "\(header)") {
                try scanner.scan(planted, format: .html, fileName: "x", document: document, audience: .state)
            }
        }
        let occupancy = "<table><tr><th>Cell</th><th>Inspected</th></tr><tr><td>3</td><td>02.03.2024</td></tr></table>"
        try scanner.scan(clean.replacingOccurrences(of: "</body>", with: "\(occupancy)</body>"), format: .html, fileName: "x",
                         document: document, audience: .state)
    }
}
