import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The policy's `destruction` section (issue 18): the rule it names, and
/// that a typo is refused rather than read as "no approval needed".
@Suite struct DestructionApprovalPolicyTests {
    @Test func theSectionIsReadAndAbsentMeansNone() throws {
        #expect(try RetentionScheduleTests.policy("").destructionApproval == .none)
        #expect(try RetentionScheduleTests.policy("destruction:\n  approval: second-administrator\n").destructionApproval == .secondAdministrator)
        #expect(try RetentionScheduleTests.policy("destruction:\n  approval: none\n").destructionApproval == .none)
    }

    @Test(arguments: [
        "destruction:\n  approval: second-admin\n",
        "destruction:\n  approval: Second-Administrator\n",
        "destruction:\n  approvals: second-administrator\n",
        "destruction:\n  approval: second-administrator\n  quorum: 3\n",
        "destruction: second-administrator\n",
        "destruction:\n",
    ])
    func aMistakeIsRefused(section: String) {
        #expect(throws: PolicyError.self) { try RetentionScheduleTests.policy(section) }
    }
}
