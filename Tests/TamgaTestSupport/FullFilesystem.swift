import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one `tamga` command against a copy of a vault on a small tmpfs filled
/// so that only `freeBytes` are left: a real disk-full (ENOSPC), not a mock.
///
/// The tmpfs lives in a private mount namespace (`unshare --mount`, with
/// `--user --map-root-user` when not root), so it needs no root where user
/// namespaces are allowed and can never be left mounted: it vanishes with the
/// command. The vault is copied onto it, the command runs, and the vault as
/// the command left it (temporary files and all) is copied back over the
/// original, so the test goes on with ordinary commands on ordinary disk.
public struct FullFilesystem {
    public struct Outcome: Sendable {
        /// tamga's exit status; 128 + N when signal N ended it.
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
        /// What else the command left on the full filesystem (beside the vault).
        public let otherFiles: [String]
    }

    public struct SetupError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `tamga arguments` with `$VAULT_ON_FULL_DISK` in them replaced by
    /// the vault's path on the tmpfs and `$FULL_DISK` by the tmpfs itself.
    public static func run(_ vault: CLIVault, freeBytes: Int, _ arguments: [String]) throws -> Outcome {
        let folder = vault.folder
        let mountPoint = folder.path("full-disk")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let outPath = folder.path("full-disk.out"), errPath = folder.path("full-disk.err"), listPath = folder.path("full-disk.ls")
        let script = """
            set -eu
            full=$1 vault=$2 free=$3 out=$4 err=$5 list=$6; shift 6
            mount -t tmpfs -o size=4m,mode=0700 tamga-test "$full"
            cp -a "$vault" "$full/vault"
            avail=$(( $(stat -f -c '%a * %S' "$full") ))
            [ "$avail" -gt "$free" ] && fallocate -l $((avail - free)) "$full/.filler"
            set +e
            TAMGA_VAULT="$full/vault" "$@" >"$out" 2>"$err"; status=$?
            set -e
            rm -f "$full/.filler"
            ls -A "$full" | grep -vx vault >"$list" || true
            rm -rf "$vault" && cp -a "$full/vault" "$vault"
            echo "status=$status"
            """
        let flags = getuid() == 0 ? ["--mount"] : ["--user", "--map-root-user", "--mount"]
        let tamgaArguments = arguments.map {
            $0.replacingOccurrences(of: "$VAULT_ON_FULL_DISK", with: mountPoint + "/vault")
              .replacingOccurrences(of: "$FULL_DISK", with: mountPoint)
        }
        guard let unshare = Command.find("unshare") else { throw SetupError(description: "unshare (util-linux) is not installed") }
        let result = try Command.run(unshare, flags + ["/bin/sh", "-c", script, "sh", mountPoint, vault.vault, String(freeBytes),
                                                       outPath, errPath, listPath, vault.tamga.path] + tamgaArguments,
                                     environment: vault.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 })
        guard result.status == 0, let line = result.output.split(separator: "\n").last(where: { $0.hasPrefix("status=") }),
              let status = Int32(line.dropFirst("status=".count)) else {
            throw SetupError(description: "could not run tamga on a full tmpfs in a mount namespace " +
                             "(needs root or unprivileged user namespaces): \(result.output)")
        }
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Outcome(status: status, standardOutput: read(outPath), standardError: read(errPath),
                       otherFiles: read(listPath).split(separator: "\n").map(String.init))
    }
}
