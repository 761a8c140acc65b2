import Foundation
import Testing
import TamgaCrypto
import TamgaTestSupport

/// The C2SP age testkit: every vector is one case and must give exactly its
/// expected outcome. Successes must give the payload's SHA-256. Failures
/// must give the named class, and where the vector states a payload hash,
/// the streaming reader must have released exactly that much plaintext
/// before failing: the chunks that authenticated, in the order age does
/// (CCTV checks this to catch readers that release unverified data or stop
/// too early). Failures without a hash must release nothing for header,
/// HMAC and no-match failures. The all-or-nothing `decrypt(_:identities:)`
/// must agree on the class and release nothing on failure.
///
/// ML-KEM hybrid vectors are not passed: they are counted in their own test
/// and must be refused as `unsupportedRecipientType`.
@Suite struct AgeTestkitTests {
    static let vectors = (try? AgeTestkitVector.loadAll()) ?? []
    static let supported = vectors.filter { !$0.isHybrid }
    static let hybrid = vectors.filter(\.isHybrid)

    /// Fails (not skips) when the testkit folder is missing or incomplete,
    /// and pins the counts the report quotes.
    @Test func theWholeTestkitIsPresent() throws {
        let all = try AgeTestkitVector.loadAll()
        #expect(all.count == AgeTestkitVector.expectedFileCount)
        #expect(Self.supported.count == 124)
        #expect(Self.hybrid.count == 19)
        let byOutcome = Dictionary(grouping: Self.supported, by: \.expect).mapValues(\.count)
        #expect(byOutcome == ["success": 21, "header failure": 53, "payload failure": 19,
                              "HMAC failure": 1, "armor failure": 22, "no match": 8])
    }

    @Test(arguments: supported)
    func vector(_ vector: AgeTestkitVector) throws {
        let (outcome, released) = try vector.run()
        #expect(outcome == vector.expect, "\(vector.name): expected \(vector.expect), got \(outcome)")
        if let hash = vector.payloadHash {
            #expect(Hex.encode(SHA256.hash(released)) == hash,
                    "\(vector.name): released \(released.count) bytes whose hash differs from the vector's")
        } else if ["header failure", "HMAC failure", "no match"].contains(vector.expect) {
            #expect(released.isEmpty, "\(vector.name): released plaintext before a \(vector.expect)")
        }

        // The all-or-nothing form: same class, the whole plaintext or nothing.
        let identities = try vector.supportedIdentities()
        do throws(AgeError) {
            let plaintext = try AgeReader.decrypt(vector.file, identities: identities, armor: vector.armored ? .required : .forbidden)
            #expect(vector.expect == "success", "\(vector.name): all-or-nothing decrypt succeeded")
            plaintext.withUnsafeBytes { #expect(Hex.encode(SHA256.hash(Array($0))) == vector.payloadHash) }
        } catch {
            #expect(AgeTestkitVector.outcome(of: error) == vector.expect)
        }
    }

    /// Any header that parses re-encodes to exactly its bytes (age's
    /// FuzzMalleability property), so no two spellings of a header exist.
    @Test(arguments: supported.filter { !$0.armored })
    func headerRoundTrips(_ vector: AgeTestkitVector) {
        guard let (header, offset) = try? AgeHeader.parse(vector.file) else {
            #expect(vector.expect == "header failure", "\(vector.name): header did not parse")
            return
        }
        #expect(header.encoded == Array(vector.file[0..<offset]))
    }

    /// The ML-KEM hybrid vectors (`hybrid_*`, `armor_hybrid`): their
    /// identities are refused as unsupported, and the files are refused as
    /// `unsupportedRecipientType` whenever they carry an mlkem768x25519
    /// stanza. The two that do not (an X25519 stanza with a hybrid-sized
    /// share; an upper-case type) still get the testkit's class through the
    /// X25519 rules. None is ever reported as a success.
    @Test(arguments: hybrid)
    func hybridVectorIsUnsupported(_ vector: AgeTestkitVector) throws {
        for text in vector.identities where text.hasPrefix("AGE-SECRET-KEY-PQ-") {
            let error = #expect(throws: AgeError.self) { _ = try AgeX25519Identity(parsing: text) }
            #expect(error?.kind == .unsupportedRecipientType)
        }
        let header = try? AgeReader.header(of: vector.file, armor: vector.armored ? .required : .forbidden)
        let hasHybridStanza = header?.stanzas.contains { $0.type == "mlkem768x25519" } ?? false
        let (outcome, released) = try vector.run()
        #expect(released.isEmpty)
        if hasHybridStanza {
            #expect(outcome == "unsupported", "\(vector.name): got \(outcome)")
        } else {
            #expect(outcome == vector.expect && outcome != "success", "\(vector.name): got \(outcome)")
        }
    }
}
