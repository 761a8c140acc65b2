import Testing
@testable import TamgaCrypto

@Suite struct SodiumTests {
    @Test func libsodiumInitialises() {
        #expect(Sodium.isReady)
        #expect(Sodium.versionString.hasPrefix("1.0."))
    }
}
