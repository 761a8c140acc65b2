import ArgumentParser
import Foundation
import TamgaVault

/// `tamga remote add|list|remove`: the git remotes a vault syncs with.
struct RemoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remote",
        abstract: "Add, list or remove the git remotes this vault syncs with.",
        discussion: """
        Any git server works: a bare repository over SSH, Gitea, GitLab. The
        remote only ever receives what the vault folder holds (ciphertext,
        public keys, opaque ids, sizes, times and signatures); see docs/sync.md
        for what its host can and cannot learn, and `tamga guard` for the
        server-side check.

        EXAMPLES:
          tamga remote add origin ssh://git@example.org/npm/vault.git
          tamga remote add usb /media/usb/vault.git
          tamga remote list
          tamga remote remove usb
        """,
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a remote (the first makes the vault folder a git repository and commits what it holds).",
            discussion: """
            Create the remote first as an empty repository, for example on a
            server: `git init --bare -b main /srv/git/vault.git` and
            `tamga guard --install /srv/git/vault.git`. Then `tamga sync`.
            """)

        @OptionGroup var options: VaultOptions
        @Argument(help: ArgumentHelp("A name for the remote.", valueName: "name")) var name: String
        @Argument(help: ArgumentHelp("Its git address (ssh://…, https://…, or a folder).", valueName: "url")) var url: String

        func run() throws {
            _ = try VaultConfig.load(options.paths)
            let committed = try RemoteSettings(paths: options.paths).add(name: name, url: url)
            for problem in committed.leftOut { Terminal.printWarning("not committed: \(problem)") }
            print("added remote \(name); run `tamga sync\(name == "origin" ? "" : " " + name)` to exchange changes")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the remotes (passwords in addresses are masked).")
        @OptionGroup var options: VaultOptions

        func run() throws {
            _ = try VaultConfig.load(options.paths)
            let remotes = try VaultRemotes(root: options.paths.root).list()
            if remotes.isEmpty { print("no remotes (add one with `tamga remote add origin URL`)") }
            for remote in remotes { print("\(remote.name)\t\(remote.url)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a remote (nothing in the vault changes).")
        @OptionGroup var options: VaultOptions
        @Argument(help: ArgumentHelp("The remote's name.", valueName: "name")) var name: String

        func run() throws {
            _ = try VaultConfig.load(options.paths)
            try RemoteSettings(paths: options.paths).remove(name: name)
            print("removed remote \(name)")
        }
    }
}
