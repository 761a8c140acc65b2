import Foundation
import Testing
import TamgaTestSupport

/// Issue 8: "A second run injects write failures (…`fiu-utils`, or a full
/// small filesystem): every failure is reported, nothing half-written is left
/// that a later command trips over." The long campaign is
/// `scripts/fault-test.sh` (`make fault-test`); these are its quick,
/// deterministic cases. They fail, never skip, when the injection cannot be
/// set up (`make test` installs fiu-utils and runs as root in CI).
@Suite struct WriteFailureTests {
    /// A full disk after 0, 1 or 2 of the files an `add` writes (4 KiB pages).
    @Test(arguments: [0, 1, 2])
    func anAddOnAFullDiskIsReportedAndLeavesNothingHalfWritten(freePages: Int) throws {
        let v = try CLIVault()
        let first = GeneratedDocument.text(1)
        #expect(try v.run(["add", try v.folder.write("doc-1.md", first)]).status == 0)
        let file = try v.folder.write("doc-2.md", GeneratedDocument.text(2))
        let logBefore = v.files().filter { $0.hasPrefix("log/") }

        let outcome = try FullFilesystem.run(v, freeBytes: freePages * 4096, ["add", file])
        expectReported(outcome.status, outcome.standardError, reason: "No space left on device")
        #expect(outcome.standardError.contains("Hint: free some disk space"))
        expectNothingHalfWritten(v)
        #expect(v.files().filter { $0.hasPrefix("log/") } == logBefore, "the failed add was committed")
        #expect(try v.run(["show", GeneratedDocument.id(2)]).status == 66)

        // Once there is room, the same command works, and nothing was lost.
        let retried = try v.run(["add", file])
        #expect(retried.status == 0, "\(retried.standardError)")
        #expect(retried.standardOutput.contains("added \(GeneratedDocument.id(2)) (revision 1)"))
        #expect(try v.run(["show", GeneratedDocument.id(1)]).standardOutput == first)
        #expect(try v.run(["check"]).status == 0)
    }

    /// The disk fills after the export's file, before its signature: the file
    /// alone used to stay, unsigned and missing from the disclosure log, and
    /// running the command again stopped at "already exists".
    @Test func anExportOnAFullDiskLeavesNoUnsignedFile() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("doc.md", GeneratedDocument.text(3))]).status == 0)
        let id = GeneratedDocument.id(3)
        let measured = try v.run(["export", id, "--audience", "state", "--format", "html", "-o", v.folder.path("measure.html")])
        #expect(measured.status == 0, "\(measured.standardError)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: v.folder.path("measure.html"))[.size] as? Int)

        let outcome = try FullFilesystem.run(v, freeBytes: (size + 4095) / 4096 * 4096,
                                             ["export", id, "--audience", "state", "--format", "html", "-o", "$FULL_DISK/out.html"])
        expectReported(outcome.status, outcome.standardError, reason: "No space left on device")
        #expect(outcome.otherFiles.isEmpty, "left on the full disk: \(outcome.otherFiles)")
        expectNothingHalfWritten(v)

        let retried = try FullFilesystem.run(v, freeBytes: 1 << 20,
                                             ["export", id, "--audience", "state", "--format", "html", "-o", "$FULL_DISK/out.html"])
        #expect(retried.status == 0, "\(retried.standardError)")
        #expect(retried.otherFiles.sorted() == ["out.html", "out.html.minisig"])
    }

    /// libfiu makes the first fsync(2) fail (EIO): nothing is stored.
    @Test func aFailedFsyncIsReportedAndNothingIsStored() throws {
        let v = try CLIVault()
        let file = try v.folder.write("doc.md", GeneratedDocument.text(4))
        let before = v.files()
        let result = try runWithFault(v, "enable name=posix/io/sync/fsync,failinfo=5", ["add", file])
        expectReported(result.status, result.output, reason: "Input/output error")
        #expect(v.files().filter { $0 != "lock" } == before, "the writer's lock file is the only new file")
        expectNothingHalfWritten(v)
        #expect(try v.run(["add", file]).status == 0)
    }

    /// libfiu makes rename(2) fail (EIO) in `member remove`, which replaces
    /// sealed keys: reported, and the removal can be run again to the end.
    @Test func aFailedRenameInMemberRemoveCanBeRunAgain() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("doc.md", GeneratedDocument.text(5))]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Carol"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Carol", key, "--clearance", "internal"]).status == 0)
        let result = try runWithFault(v, "enable name=posix/io/dir/rename,failinfo=5", ["member", "remove", "--member", "Admin", "Carol"])
        expectReported(result.status, result.output, reason: "Input/output error")
        expectNothingHalfWritten(v)
        let retried = try v.run(["member", "remove", "--member", "Admin", "Carol"])
        #expect(retried.status == 0, "\(retried.standardError)")
        #expect(try v.run(["member", "list"]).standardOutput.contains("removed"))
        #expect(try v.run(["check"]).status == 0)
    }

    /// `edit` stores the revision, then wipes the decrypted text: it used to
    /// zero the file before removing it, so when the removal failed the next
    /// `edit --resume` found only NUL bytes and refused for good.
    @Test func anEditWhoseWipeFailsCanBeResumed() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("doc.md", GeneratedDocument.text(7))]).status == 0)
        let id = GeneratedDocument.id(7)
        let edited = try runWithFault(v, "enable name=posix/io/dir/unlink,failinfo=16", ["edit", id],
                                      extra: ["EDITOR": "sed -i s/^title:.*/title:\\ Changed/"])
        #expect(edited.status == 0, "\(edited.output)")
        #expect(edited.output.contains("stored \(id) revision 2"))
        #expect(edited.output.contains("Warning: could not remove the decrypted text"))
        let resumed = try v.run(["edit", "--resume", id], extra: ["EDITOR": "true"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardOutput.contains("no change to \(id)"))
        #expect(try v.run(["show", id]).standardOutput.contains("title: Changed"))
    }

    /// Standard error or output on a full device (/dev/full): the error
    /// message used to go through `FileHandle.write`, which traps, so the
    /// command died with SIGILL instead of exiting with its status.
    @Test func aFullStandardErrorOrOutputIsNoCrash() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("doc.md", GeneratedDocument.text(6))]).status == 0)
        let shell = "\"$0\" list --vault /nonexistent 2>/dev/full; echo \"list=$?\"; \"$0\" show \"$1\" >/dev/full; echo \"show=$?\""
        let result = try Command.run("/bin/sh", ["-c", shell, v.tamga.path, GeneratedDocument.id(6)], in: v.folder.url.path,
                                     environment: v.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 })
        #expect(result.output.contains("list=66"), "\(result.output)")
        #expect(result.output.contains("show=1"), "\(result.output)")
        #expect(result.output.contains("Error: cannot write standard output: No space left on device"), "\(result.output)")
    }

    // MARK: - Checks shared by the cases

    /// Exit 1 (an operation failed: `tamga --help`), an `Error:` line with the
    /// system's reason, and no crash.
    private func expectReported(_ status: Int32, _ message: String, reason: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 1, "status \(status): \(message)", sourceLocation: sourceLocation)
        #expect(message.contains("Error: cannot "), "\(message)", sourceLocation: sourceLocation)
        #expect(message.contains(reason), "\(message)", sourceLocation: sourceLocation)
        #expect(!message.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    /// No temporary file is left, and `check` passes: what a failed command
    /// may leave is only whole objects no log entry lists, which readers ignore.
    private func expectNothingHalfWritten(_ v: CLIVault, sourceLocation: SourceLocation = #_sourceLocation) {
        let entries = VaultFiles.allEntries(v.vault)
        #expect(!entries.contains { $0.split(separator: "/").last?.hasPrefix(".tmp-") == true },
                "temporary files left: \(entries.filter { $0.contains(".tmp-") })", sourceLocation: sourceLocation)
        let checked = try? v.run(["check", "--member", "Admin"])
        #expect(checked?.status == 0, "\(checked?.standardOutput ?? "")\(checked?.standardError ?? "")", sourceLocation: sourceLocation)
        let unexpected = (checked?.standardOutput ?? "").split(separator: "\n")
            .filter { $0.hasPrefix("warning:") && !$0.contains("not listed by any signed log entry") }
        #expect(unexpected.isEmpty, "\(unexpected)", sourceLocation: sourceLocation)
    }

    /// Runs tamga under `fiu-run -x` with one libfiu command.
    private func runWithFault(_ v: CLIVault, _ fault: String, _ arguments: [String],
                              extra: [String: String] = [:]) throws -> Command.Result {
        let fiu = try #require(Command.find("fiu-run"), "fiu-run is missing: install fiu-utils (`make test-deps` does)")
        return try Command.run(fiu, ["-x", "-f", "", "-c", fault, v.tamga.path] + arguments, in: v.folder.url.path,
                               environment: v.environment.merging(extra.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }) { $1 })
    }
}
