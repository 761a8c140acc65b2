import Foundation
import Testing
import TamgaTestSupport

/// Exports through the built binary: what each audience gets, what is
/// refused, and that a refusal writes nothing.
@Suite struct ExportTests {
    /// A vault holding the three examples.
    /// `declaringTheDetainee`: VR-2014-017 declares D-0042, so that
    /// INT-2014-044 can be destroyed (`CLIVault.reportDeclaringTheDetainee`).
    static func vaultWithExamples(declaringTheDetainee: Bool = false) throws -> CLIVault {
        let v = try CLIVault()
        let files = try ["VR-2014-017.md", "VR-2014-021.ru.md", "INT-2014-044.md"].map { name in
            try v.folder.write(name, declaringTheDetainee && name == "VR-2014-017.md" ? try CLIVault.reportDeclaringTheDetainee() : try CLIVault.example(name))
        }
        let result = try v.run(["add"] + files)
        guard result.status == 0 else { throw CLIVaultError(message: "add failed: \(result.standardError)") }
        return v
    }

    static let sadykovForms = ["Sadykov", "Садыков", "Aibek", "Айбек"]

    @Test func eachAudienceGetsItsVersion() throws {
        let v = try Self.vaultWithExamples()
        let out = v.folder.path("out")
        for audience in ["internal", "state", "public"] {
            let result = try v.run(["export", "VR-2014-017", "--audience", audience, "-o", out + "/"])
            #expect(result.status == 0, "\(audience): \(result.standardError)")
        }
        let internalText = try String(contentsOfFile: out + "/VR-2014-017.internal.md", encoding: .utf8)
        let state = try String(contentsOfFile: out + "/VR-2014-017.state.md", encoding: .utf8)
        let publicText = try String(contentsOfFile: out + "/VR-2014-017.public.md", encoding: .utf8)
        #expect(internalText.contains("Aibek Sadykov") && internalText.contains("cell 14"))
        for form in Self.sadykovForms { #expect(!state.contains(form) && !publicText.contains(form), "\(form) leaked") }
        #expect(!state.contains("cell 14") && state.contains("[withheld]"))
        #expect(state.contains("Temir Osmonov"))
        #expect(state.contains("Detainee A"))
        #expect(state.contains("SHARED WITH STATE AUTHORITIES"))
        #expect(!publicText.contains("Osmonov") && !publicText.contains("night-shift"))
        #expect(publicText.contains("Reduce occupancy"))
        let mode = try FileManager.default.attributesOfItem(atPath: out + "/VR-2014-017.state.md")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func russianCaseFormsAreRedactedForTheState() throws {
        let v = try Self.vaultWithExamples()
        let result = try v.run(["export", "VR-2014-021", "--audience", "state", "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        for form in ["Жумабаев", "Эрмек", "Zhumabaev"] { #expect(!result.standardOutput.contains(form)) }
        #expect(result.standardOutput.contains("Задержанный A"))  // the report's language (ExportLanguageTests)
    }

    @Test func anInterviewIsNeverExportedToThePublic() throws {
        let v = try Self.vaultWithExamples()
        let out = v.folder.path("out")
        let result = try v.run(["export", "INT-2014-044", "--audience", "public", "-o", out + "/"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("INT-2014-044"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func oneRefusalWritesNothingForAnyDocument() throws {
        let v = try Self.vaultWithExamples()
        let out = v.folder.path("batch")
        let result = try v.run(["export", "VR-2014-017", "INT-2014-044", "--audience", "public", "-o", out])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!(try v.run(["disclosures"]).standardOutput.contains("VR-2014-017")))
    }

    /// A form of a detainee's surname the name engine does not derive
    /// (Садыковщина) is not replaced, so the projector lets it through; the
    /// leak scan's stem rule stops it. (Issue 15: "Болот сказал", the bare
    /// given name at a sentence start, is now replaced by the projector. A
    /// sentence quoted from a withheld part into a visible one no longer
    /// serves here: the audience may read the visible copy, and the scan
    /// does not count it as a leak of the withheld part.)
    @Test func theLeakScanStopsWhatTheProjectorLetThrough() throws {
        let v = try CLIVault()
        let document = """
        ---
        id: VR-2015-001
        kind: visit-report
        title: Visit
        date: 2015-01-01
        level: public
        persons:
          D-1:
            name: Болот Садыков
            role: detainee
            consent: []
        ---

        ## Findings

        Группа побеседовала с @D-1 наедине.

        ## Summary

        Садыковщина в изоляторе продолжалась, жалоба осталась без ответа.
        """
        let file = try v.folder.write("leak.md", document)
        #expect(try v.run(["add", file]).status == 0)
        let out = v.folder.path("leak.public.md")
        let result = try v.run(["export", "VR-2015-001", "--audience", "public", "-o", out])
        #expect(result.status == 1)
        #expect(result.standardError.contains("protected-name"))
        #expect(result.standardError.contains("line"))
        #expect(!result.standardError.contains("Садыков"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func outputRulesProtectTheVaultAndExistingFiles() throws {
        let v = try Self.vaultWithExamples()
        var result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.vault + "/x.md"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("inside the vault"))
        let existing = try v.folder.write("existing.md", "keep me")
        result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", existing])
        #expect(result.status == 65)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
        result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", existing, "--force"])
        #expect(result.status == 0)
        // Without -o the file goes to the current folder, never to the terminal.
        result = try v.run(["export", "VR-2014-017", "--audience", "state"])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(FileManager.default.fileExists(atPath: v.folder.path("VR-2014-017.state.md")))
    }

    @Test func consentIsDataAndWithdrawalAppliesToLaterExports() throws {
        let v = try Self.vaultWithExamples()
        var result = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "Gulnara"])
        #expect(result.status == 0, "\(result.standardError)")
        result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(result.standardOutput.contains("Aibek Sadykov"))
        result = try v.run(["person", "consent", "D-0042", "--withdraw", "state", "--date", "2015-01-10", "--obtained-by", "Nurlan"])
        #expect(result.status == 0)
        result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(!result.standardOutput.contains("Sadykov"))
        result = try v.run(["person", "show", "D-0042"])
        #expect(result.standardOutput.contains("granted state"))
        #expect(result.standardOutput.contains("withdrew state"))
        #expect(result.standardOutput.contains("consent in force: none"))
        result = try v.run(["disclosures", "--person", "D-0042", "--audience", "state"])
        #expect(result.standardOutput.split(separator: "\n").count == 2)
        #expect(result.standardOutput.contains("named: D-0042"))
    }

    @Test func aHandEditedPolicyIsRefused() throws {
        let v = try Self.vaultWithExamples()
        let policy = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let file = try v.folder.write("policy.yaml", policy)
        #expect(try v.run(["policy", "set", file]).status == 0)
        let stored = try #require(v.files().first { $0.hasPrefix("policy/") })
        let url = URL(fileURLWithPath: v.vault + "/" + stored)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "detainee", with: "detainer")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("policy"))
        #expect(result.standardOutput.isEmpty)
        #expect(try v.run(["check"]).status == 1)
    }

    @Test func anInvalidPolicyIsBadInput() throws {
        let v = try CLIVault()
        let file = try v.folder.write("bad.yaml", "audiences:\n  public: [public]\nunknown_key: 1\n")
        let result = try v.run(["policy", "set", file])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.yaml"))
        #expect(!v.files().contains { $0.hasPrefix("policy/") })
    }

    @Test func aStateMemberReadsTheStateVersionOnly() throws {
        let v = try Self.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let listed = try v.run(["list", "--member", "Liaison"])
        #expect(listed.standardOutput.contains("VR-2014-017"))
        #expect(!listed.standardOutput.contains("INT-2014-044") || listed.standardOutput.contains("interview"))
        let shown = try v.run(["show", "--member", "Liaison", "VR-2014-017"])
        #expect(shown.status == 0)
        for form in Self.sadykovForms { #expect(!shown.standardOutput.contains(form)) }
        #expect(!shown.standardOutput.contains("cell 14"))
        let exported = try v.run(["export", "--member", "Liaison", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(exported.status == 1)
        #expect(exported.standardError.contains("not cleared"))
    }
}

/// `tamga preview`: the review page with the three audiences.
@Suite struct PreviewCommandTests {
    @Test func thePreviewShowsTheThreeAudiencesAndIsNeverPrinted() throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("p.html")
        let result = try v.run(["preview", "VR-2014-017", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("NPM INTERNAL — REVIEW COPY"))
        #expect(html.contains("SHARED WITH STATE AUTHORITIES") && html.contains("PUBLIC"))
        #expect(html.contains("withheld: span") || html.contains("withheld"))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let printed = try v.run(["preview", "VR-2014-017", "-o", "-"])
        #expect(printed.status == 65)
        #expect(printed.standardOutput.isEmpty)
        let interview = try v.run(["preview", "INT-2014-044", "-o", v.folder.path("i.html")])
        #expect(interview.status == 0)
        #expect(try String(contentsOfFile: v.folder.path("i.html"), encoding: .utf8).contains("never exports"))
    }
}
