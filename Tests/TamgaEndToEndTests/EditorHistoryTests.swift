import Foundation
import Testing
import TamgaTestSupport

/// The default editor's history (attacker round 3, F7): vim with its
/// defaults (Debian's `vi`) wrote every yanked line and search pattern of
/// the draft, in clear, to `~/.viminfo`, which outlives `tamga new` and
/// `tamga edit`. vim and Neovim are now started with no viminfo/ShaDa,
/// swap, backup or undo file. The test drives the real vim (through
/// `script`, which gives it a terminal) with a yank and a search.
@Suite struct EditorHistoryTests {
    /// A program named `vim` that appends a sentence naming a detainee,
    /// then runs the real vim with the options tamga gave it, a yank, a search and `:wq`.
    static func vim(in v: CLIVault) throws -> (editor: String, arguments: String) {
        let bin = v.folder.path("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let arguments = v.folder.path("vim-arguments")
        let script = """
            #!/bin/sh
            printf '%s\\n' "$@" > '\(arguments)'
            for last; do :; done
            printf '\\nThe detainee Nurbek Asanov described beatings in cell 9.\\n' >> "$last"
            command=$(/usr/bin/python3 -c 'import shlex, sys; print(shlex.join(sys.argv[1:]))' /usr/bin/vim.basic -u DEFAULTS "$@" \\
              -c 'normal Gyy' -c 'silent! /Asanov' -c 'wq')
            exec /usr/bin/script -qec "$command" /dev/null > /dev/null 2>&1
            """
        let path = bin + "/vim"
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        return (path, arguments)
    }

    @Test(arguments: ["new", "edit"])
    func vimKeepsNoHistoryOfTheDraft(_ command: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/vim.basic"), "vim is not installed (apt-get install -y vim)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"))
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let home = v.folder.path("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let (editor, arguments) = try Self.vim(in: v)
        let words = command == "new" ? ["new", "VR-2016-009", "--title", "Osh visit", "--facility", "IVS-2 Osh"] : ["edit", "VR-2014-017"]
        _ = try v.run(words, extra: ["EDITOR": editor, "VISUAL": "", "XDG_RUNTIME_DIR": base, "HOME": home])
        let given = (try? String(contentsOfFile: arguments, encoding: .utf8)) ?? ""
        #expect(given.contains("-i\nNONE\n-n\n"), "\(given)")
        let kept = FileManager.default.contents(atPath: home + "/.viminfo") ?? Data()
        #expect(kept.range(of: Data("Asanov".utf8)) == nil, "~/.viminfo holds the draft's text")
        let left = ((try? FileManager.default.subpathsOfDirectory(atPath: home)) ?? []).filter { !$0.hasPrefix(".viminfo") || !kept.isEmpty }
        #expect(left.allSatisfy { !$0.hasSuffix(".swp") && !$0.hasSuffix(".un~") && !$0.hasSuffix("~") }, "\(left)")
    }
}
