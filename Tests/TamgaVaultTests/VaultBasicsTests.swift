import Testing
@testable import TamgaVault

@Suite struct VaultBasicsTests {
    @Test func formatVersionIsOne() {
        #expect(TamgaVault.formatVersion == 1)
    }
}
