import Foundation
import TamgaCrypto

extension KeyringStore {
    /// Every file in keyring/ that is a keyring of this format, by hash; the others, reported.
    ///
    /// A file that is not a keyring of this format is ignored and reported
    /// (a planted one-line file must not stop every command); what it would
    /// hide is caught by each machine's memory of the newest keyring and by
    /// log entries that bind a keyring this copy lacks.
    func readFiles() throws -> ([String: (SignedEnvelope, KeyringBody)], [Refusal]) {
        var byHash: [String: (SignedEnvelope, KeyringBody)] = [:]
        var refused: [Refusal] = []
        for name in VaultPaths.fileNames(in: paths.keyring) {
            let bytes = try DurableFile.readAll(paths.keyring.appendingPathComponent(name))
            let hash = Hex.encode(SHA256.hash(bytes))
            guard name == "\(hash).json" else {
                refused.append(Refusal(file: "keyring/\(name)", reason: "it does not match its hash")); continue
            }
            guard let envelope = try? SignedEnvelope.decode(bytes),
                  let body = try? JSONDecoder().decode(KeyringBody.self, from: Data(envelope.body.utf8)) else {
                refused.append(Refusal(file: "keyring/\(name)", reason: "it is not a keyring")); continue
            }
            guard body.format == KeyringBody.formatName else {
                if body.sequence == 1 {
                    throw VaultError.keyringRejected(problem: "keyring/\(name) has format \(body.format), which this tamga does not read")
                }
                refused.append(Refusal(file: "keyring/\(name)", reason: "it has format \(body.format)")); continue
            }
            byHash[hash] = (envelope, body)
        }
        return (byHash, refused)
    }

    /// The first keyring: the one whose hash is the vault id in config.json
    /// (a second "first keyring", self-signed by whoever planted it, must not
    /// take its place), or the only one while there is no config.json yet.
    func firstKeyring(_ byHash: [String: (SignedEnvelope, KeyringBody)], refused: inout [Refusal]) throws -> String {
        let firsts = byHash.filter { $0.value.1.sequence == 1 && $0.value.1.previous == nil }
        let configured = (try? VaultConfig.load(paths))?.vault
        if let configured, let match = firsts.first(where: { Self.vaultID(ofFirstBody: $0.value.0.body) == configured }) {
            return match.key
        }
        if configured == nil, firsts.count == 1 { return firsts.first!.key }
        if configured != nil, !firsts.isEmpty {
            throw VaultError.keyringRejected(problem: "the keyring chain does not belong to the vault id in config.json")
        }
        if firsts.isEmpty, let second = byHash.values.map(\.1).first(where: { $0.sequence == 2 }), let previous = second.previous {
            // Name the missing file when a later keyring points to it.
            let altered = refused.isEmpty ? "" : " (refused: " + refused.map { "\($0.file): \($0.reason)" }.joined(separator: "; ") + ")"
            throw VaultError.keyringRejected(problem: "no first keyring: keyring/\(previous).json is missing\(altered)")
        }
        throw VaultError.keyringRejected(problem: (firsts.isEmpty ? "no first keyring" : "two first keyrings") + (refused.isEmpty ? ""
                : " (refused: " + refused.map { "\($0.file): \($0.reason)" }.joined(separator: "; ") + ")"))
    }
}
