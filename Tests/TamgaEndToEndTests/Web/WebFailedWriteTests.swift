import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a destruction or an erasure says when the disk refuses part of it
/// (web red team 42, L1): a failed erasure leaves no file it wrote (the data
/// keys made for its new revisions included), as its page's "Nothing was
/// changed" says; a destruction that could not remove every file counts
/// only those it overwrote and removed, one warning per file left.
@Suite(.serialized) struct WebFailedWriteTests {
    @Test func anErasureThatCannotWriteAPartLeavesNoFileItWrote() throws {
        let v = try ExportTests.vaultWithExamples()
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient()
        let before = WebDestructionTests.stored(v)
        // Every document's public-parts folder replaced by a file: the erasure's first public part cannot be written,
        // after its internal and State parts and their new data keys were.
        let folders = Set(before.filter { $0.hasPrefix("documents/") && $0.contains("/public/") }.map { String($0.split(separator: "/").prefix(3).joined(separator: "/")) })
        try #require(!folders.isEmpty)
        let fm = FileManager.default
        for folder in folders {
            try fm.moveItem(atPath: v.vault + "/" + folder, toPath: v.vault + "/" + folder + ".aside")
            #expect(fm.createFile(atPath: v.vault + "/" + folder, contents: Data()))
        }
        let failed = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "erasure asked"), ("typed", "D-0042")])
        for folder in folders {
            try fm.removeItem(atPath: v.vault + "/" + folder)
            try fm.moveItem(atPath: v.vault + "/" + folder + ".aside", toPath: v.vault + "/" + folder)
        }
        #expect(failed.status == 422 && failed.body.contains("Nothing was changed"), "\(failed.status) \(WebWritingTests.alert(failed))")
        let after = WebDestructionTests.stored(v)
        #expect(after == before, "left: \(Set(after).subtracting(before).sorted())")
        #expect(try v.run(["check"]).status == 0)
        // Nothing in the way: erased.
        let erased = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "erasure asked"), ("typed", "D-0042")])
        #expect(erased.status == 200 && erased.body.contains("Erased D-0042"), "\(erased.status) \(WebWritingTests.alert(erased))")
    }

    /// Needs `chattr` and root (an immutable folder): skipped otherwise.
    @Test func aDestructionThatCannotRemoveEveryFileCountsOnlyThoseRemoved() throws {
        let v = try ExportTests.vaultWithExamples()
        try v.declareTheDetaineeInTheReport()
        let before = WebDestructionTests.stored(v)
        let folders = Set(before.filter { $0.hasPrefix("documents/") && $0.contains("/internal/") }.map { String($0.split(separator: "/").prefix(3).joined(separator: "/")) })
        func chattr(_ flag: String) -> Bool {
            folders.allSatisfy { folder in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
                process.arguments = [flag, v.vault + "/" + folder]
                process.standardError = FileHandle.nullDevice
                guard (try? process.run()) != nil else { return false }
                process.waitUntilExit()
                return process.terminationStatus == 0
            }
        }
        guard getuid() == 0, FileManager.default.fileExists(atPath: "/usr/bin/chattr"), chattr("+i") else {
            _ = chattr("-i")
            return
        }
        defer { _ = chattr("-i") }
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient()
        let done = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention: 5 years"),
                                                                               ("typed", "INT-2014-044")])
        let removed = Set(before).subtracting(WebDestructionTests.stored(v))
        // The destroyed document's folders: those some file was removed from; what is left of them stayed in the immutable folder.
        let blinds = Set(removed.filter { !$0.hasPrefix("log/") }.map { $0.split(separator: "/")[1] })
        let left = before.filter { $0.split(separator: "/").count > 2 && blinds.contains($0.split(separator: "/")[1]) && !removed.contains($0) }
        #expect(done.status == 200 && done.body.contains("Destroyed INT-2014-044"), "\(done.status) \(WebWritingTests.alert(done))")
        #expect(!left.isEmpty && !removed.isEmpty)
        #expect(done.body.contains("\(removed.count) file(s) overwritten and removed here"), "removed \(removed.count): \(done.body.suffix(1500))")
        #expect(!done.body.contains("its name was removed could not be removed"), "two messages glued")
        #expect(done.body.components(separatedBy: "overwrote but could not remove").count - 1 == left.count, "\(done.body.suffix(1500))")
    }
}
