import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The consent use case called as a front end would, without the CLI (issue 20).
@Suite struct ConsentRecordingTests {
    let vault: InsiderFixture

    init() throws { vault = try InsiderFixture() }

    private func request(granted: Bool, person: String = "D-0042", audience: Audience = .state) -> ConsentRecording.Request {
        .init(personID: person, audience: audience, granted: granted, date: "2014-11-02", obtainedBy: "Gulnara Abdyldaeva", note: "in person")
    }

    @Test func aGrantThenAWithdrawalChangeTheConsentInForce() throws {
        let admin = try vault.admin()
        #expect(try !vault.consent().contains(.state))
        var steps = 0
        let granted = try ConsentRecording(vault: admin).record(request(granted: true)) { _, _ in steps += 1 }
        #expect(try vault.consent().contains(.state))
        #expect(granted.reprojected > 0)
        #expect(steps > 0)
        _ = try ConsentRecording(vault: admin).record(request(granted: false))
        #expect(try !vault.consent().contains(.state))
        let events = try ConsentLedger.load(admin).events(for: "D-0042")
        #expect(events.map(\.granted) == [true, false])
        #expect(events.last?.obtainedBy == "Gulnara Abdyldaeva")
    }

    @Test func anUnknownPersonIsRefusedAndNothingIsLogged() throws {
        let admin = try vault.admin()
        #expect(throws: VaultError.unknownPerson(id: "D-9999")) {
            try ConsentRecording(vault: admin).record(request(granted: true, person: "D-9999"))
        }
        #expect(try ConsentLedger.load(admin).events(for: "D-9999").isEmpty)
    }

    @Test func internalIsNoAudienceOfConsentAndADateMustBeADate() throws {
        let admin = try vault.admin()
        #expect(throws: VaultError.self) { try ConsentRecording(vault: admin).record(request(granted: true, audience: .internal)) }
        var bad = request(granted: true)
        bad.date = "last week"
        #expect(throws: VaultError.self) { try ConsentRecording(vault: admin).record(bad) }
        #expect(try ConsentLedger.load(admin).events(for: "D-0042").isEmpty)
    }

    @Test func aStateMemberCannotGrantConsent() throws {
        let state = try vault.base.addMember("Reader", clearance: .state)
        #expect(throws: (any Error).self) { try ConsentRecording(vault: state).record(request(granted: true)) }
        #expect(try !vault.consent().contains(.state))
    }
}
