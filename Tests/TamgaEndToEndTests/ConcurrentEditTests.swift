import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 11: a second `edit` of a document while the first is open
/// says so, and does not tell its user their (untyped) text is kept.
@Suite struct ConcurrentEditTests {
    @Test func aSecondEditWhileTheFirstIsOpenSaysAnotherEditIsOpen() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let marker = v.folder.path("editor-started")
        let first = Process()
        first.executableURL = URL(fileURLWithPath: v.tamga.path)
        first.arguments = ["edit", "VR-2014-017"]
        first.environment = ProcessInfo.processInfo.environment.merging(v.environment) { $1 }
            .merging(["EDITOR": "touch \(marker); sleep 3; true", "XDG_RUNTIME_DIR": base]) { $1 }
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: marker), Date() < deadline { usleep(50_000) }
        let second = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
        first.waitUntilExit()
        #expect(second.status == 1)
        #expect(second.standardError.contains("another edit of VR-2014-017 is open"), "\(second.standardError)")
        #expect(!second.standardError.contains("kept"))
        #expect(first.terminationStatus == 0)
        // The first edit finished and left nothing behind.
        let left = try FileManager.default.subpathsOfDirectory(atPath: base).filter { $0.contains("edit-") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func anUnfinishedEditPointsAtResume() throws {
        let (v, base, _) = try EditWorkspaceTests.setUp()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "false", "XDG_RUNTIME_DIR": base]).status == 1)
        let again = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base])
        #expect(again.status == 1)
        #expect(again.standardError.contains("did not finish") && again.standardError.contains("--resume"))
        #expect(try v.run(["edit", "VR-2014-017", "--resume"], extra: ["EDITOR": "true", "XDG_RUNTIME_DIR": base]).status == 0)
    }
}
