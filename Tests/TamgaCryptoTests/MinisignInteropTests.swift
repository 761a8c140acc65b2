import Foundation
import Testing
import TamgaCrypto
import TamgaTestSupport

/// Our signatures against Debian's minisign 0.11, both directions.
@Suite struct MinisignInteropTests {
    let minisign = ExternalTool("minisign")

    @Test func minisignVerifiesOurSignature() throws {
        let folder = try TemporaryFolder("tamga-minisign-interop")
        let file = try folder.write("report.txt", "Visit report VR-2014-017 (state)\n")
        let signer = try MinisignSigner(keyPair: SigningKeyPair.generate())
        let comment = "document:VR-2014-017\taudience:state\ttime:2026-01-01T00:00:00Z"
        let signature = try signer.sign(fileAt: URL(fileURLWithPath: file), trustedComment: comment)
        try folder.write("report.txt.minisig", signature.text)
        try folder.write("key.pub", signer.publicKey.fileText)

        let byKey = try minisign.run(["-Vm", file, "-P", signer.publicKey.base64])
        #expect(byKey.status == 0, "minisign -P refused our signature: \(byKey.standardError)")
        #expect(byKey.text.contains("Trusted comment: \(comment)"))
        let byFile = try minisign.run(["-Vm", file, "-p", folder.path("key.pub")])
        #expect(byFile.status == 0, "minisign -p refused our key file: \(byFile.standardError)")

        // And minisign notices an altered file and an altered comment.
        try folder.write("report.txt", "Visit report VR-2014-017 (public)\n")
        #expect(try minisign.run(["-Vm", file, "-P", signer.publicKey.base64]).status != 0)
        try folder.write("report.txt", "Visit report VR-2014-017 (state)\n")
        try folder.write("report.txt.minisig", signature.text.replacingOccurrences(of: "state", with: "public"))
        #expect(try minisign.run(["-Vm", file, "-P", signer.publicKey.base64]).status != 0)
    }

    @Test func weVerifyMinisignsSignature() throws {
        let folder = try TemporaryFolder("tamga-minisign-interop")
        let generated = try minisign.run(["-G", "-W", "-p", folder.path("k.pub"), "-s", folder.path("k.sec")])
        try #require(generated.status == 0, "minisign -G failed: \(generated.standardError)")
        let file = try folder.write("data.bin", String(repeating: "minisign interop\n", count: 5000))
        let signed = try minisign.run(["-S", "-s", folder.path("k.sec"), "-m", file, "-t", "made by minisign"])
        try #require(signed.status == 0, "minisign -S failed: \(signed.standardError)")

        let key = try MinisignPublicKey(text: String(contentsOfFile: folder.path("k.pub"), encoding: .utf8))
        let signature = try MinisignSignature(bytes: Array(Data(contentsOf: URL(fileURLWithPath: file + ".minisig"))))
        #expect(signature.algorithm == .prehashed)
        #expect(signature.trustedComment == "made by minisign")
        try key.verify(signature, fileAt: URL(fileURLWithPath: file))
        let other = try MinisignSigner(keyPair: SigningKeyPair.generate()).publicKey
        #expect(throws: MinisignError.keyMismatch) { try other.verify(signature, fileAt: URL(fileURLWithPath: file)) }
        #expect(throws: MinisignError.invalidSignature) { try key.verify(signature, for: Array("other".utf8)) }
    }
}
