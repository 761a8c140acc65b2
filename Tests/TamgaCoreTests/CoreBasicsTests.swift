import Testing
@testable import TamgaCore

@Suite struct CoreBasicsTests {
    @Test func exitStatusesAreTheDocumentedOnes() {
        #expect(FailureClass.allCases.map(\.rawValue) == [1, 65, 66])
    }
}
