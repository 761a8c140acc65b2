import Foundation
import Testing
@testable import TamgaCrypto

@Suite struct Bech32Tests {
    /// BIP 173's valid strings that carry whole bytes.
    @Test func bip173Valid() throws {
        #expect(try Bech32.decode("A12UEL5L") == ("a", []))
        #expect(try Bech32.decode("a12uel5l") == ("a", []))
        let (prefix, data) = try Bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
        #expect(prefix == "abcdef" && Hex.encode(data) == "00443214c74254b635cf84653a56d7c675be77df")
        #expect(try Bech32.encode(humanReadablePart: "abcdef", data: data) == "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
    }

    @Test(arguments: ["pzry9x0s0muk", "1pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "A1G7SGD8", "10a06t8", "1qzzfhee", "a12UEL5L", "a1 2uel5l"])
    func bip173Invalid(text: String) {
        #expect(throws: CryptoError.invalidEncoding) { _ = try Bech32.decode(text) }
    }

    /// An identity and recipient from the age testkit / `age-keygen -y`:
    /// the checksum is over the lowercase form, then uppercased.
    @Test func ageIdentityAndRecipient() throws {
        let identity = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
        let secret = try Bech32.decode(identity, expecting: "age-secret-key-")
        #expect(secret.count == 32)
        #expect(try Bech32.encode(humanReadablePart: "age-secret-key-", data: secret).uppercased() == identity)
        let pair = try X25519KeyPair(secretKey: SecretBytes(copying: secret))
        #expect(try Bech32.encode(humanReadablePart: "age", data: pair.publicKey)
                == "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef")
    }
}
