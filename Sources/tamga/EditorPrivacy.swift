import Foundation

/// Options that keep the editor from writing the draft anywhere but the
/// private workspace, for the editors tamga knows (attacker round 3, F7).
///
/// vim's defaults (Debian's `vi` is vim) keep the last yanked and deleted
/// lines and every search pattern in `~/.viminfo`, in clear, after the
/// command ends: a monitor who typed `/Asanov` or moved a paragraph with
/// `dd`/`p` left a detainee's name in their home folder. For vim (and
/// `vi`, `view`, `rvim` when they are vim) and for Neovim, tamga adds
/// `-i NONE` (no viminfo / ShaDa), `-n` (no swap file) and, after the
/// user's vimrc, `set nobackup nowritebackup noundofile`. Other editors are
/// run as they are: nano's `historylog`, emacs' `savehist`/`recentf` and
/// backup files are theirs to turn off (`tamga new --help` says so).
enum EditorPrivacy {
    enum Family: Equatable { case vim, neovim, other }

    /// What `tamga new --help` and `tamga edit --help` say about editors.
    static let help = """
        The editor is $VISUAL, else $EDITOR, else vi. vim (also as vi) and
        nvim are started with -i NONE -n and `set nobackup nowritebackup
        noundofile`, so they keep no history (viminfo, ShaDa), swap, backup or
        undo file of the draft. Other editors are run as they are: turn off
        what they keep yourself (nano: no `set historylog`/`set backup`;
        emacs: backups, auto-save, savehist and recentf), or they may write
        what you typed or searched for to your home folder.
        """

    /// The family of the program `editor` (a `$VISUAL`/`$EDITOR` value) runs:
    /// its first word, found on `PATH` and with symbolic links followed, so
    /// `vi` that is vim counts as vim and `vi` that is nvi or busybox does not.
    static func family(of editor: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> Family {
        guard let program = editor.split(whereSeparator: \.isWhitespace).first.map(String.init),
              !program.contains("\""), !program.contains("'") else { return .other }
        var located = program
        if !program.contains("/") {
            for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
                let candidate = "\(folder)/\(program)"
                if FileManager.default.isExecutableFile(atPath: candidate) { located = candidate; break }
            }
        }
        let resolved = located.contains("/") ? URL(fileURLWithPath: located).resolvingSymlinksInPath().lastPathComponent
            : (program as NSString).lastPathComponent
        let name = resolved.split(separator: ".").first.map(String.init) ?? resolved
        switch name {
        case "vim", "vi", "view", "rvim", "gvim", "vimx", "ex": return resolved == "vi" || resolved == "ex" ? .other : .vim
        case "nvim": return .neovim
        default: return .other
        }
    }

    /// Arguments (already quoted for `/bin/sh`) to put after the editor's own words and before the file.
    static func arguments(for family: Family) -> String {
        switch family {
        case .vim: " -i NONE -n -c 'set viminfo= viminfofile=NONE nobackup nowritebackup noundofile'"
        case .neovim: " -i NONE -n -c 'set shada= shadafile=NONE nobackup nowritebackup noundofile'"
        case .other: ""
        }
    }
}
