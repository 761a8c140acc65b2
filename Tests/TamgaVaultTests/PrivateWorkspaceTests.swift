import Foundation
import Testing
@testable import TamgaVault

/// Where decrypted evidence is processed on its way out: a folder only this
/// user enters, whose files are 0600, removed after use and on an interrupt.
@Suite struct PrivateWorkspaceTests {
    /// `TemporaryFileRegistry.removeAll()` itself is not called here: tests
    /// running alongside have files and workspaces of their own registered.
    @Test func filesArePrivateRegisteredForInterruptsAndRemoved() throws {
        let workspace = try PrivateWorkspace()
        let file = try workspace.write(Array("decrypted evidence".utf8), name: "attachment-1.jpg")
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.url.path)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(TemporaryFileRegistry.holdsFolder(workspace.url.path))
        workspace.remove()
        #expect(!FileManager.default.fileExists(atPath: workspace.url.path))
        #expect(!TemporaryFileRegistry.holdsFolder(workspace.url.path))
    }
}
