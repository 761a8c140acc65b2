import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The policy compiled into the binary is exactly `policy/default.yaml`, and it loads.
@Suite struct ShippedPolicyTests {
    @Test func compiledCopyMatchesTheFile() throws {
        let file = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        #expect(ShippedPolicy.yaml == file, "regenerate Sources/TamgaCore/Policy/ShippedPolicy.swift from policy/default.yaml")
    }

    @Test func shippedPolicyLoads() throws {
        _ = try ShippedPolicy.load()
    }
}
