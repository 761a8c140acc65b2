/// Which keyrings count, when some of them "remove" the signers of others.
///
/// A keyring whose signature verifies against its predecessor still does not
/// count if its signer is removed by another keyring that counts and does not
/// descend from it: an administrator who was removed cannot sign a keyring
/// that forks the chain from a point where they were still active. The
/// words "that counts" matter: a refused keyring removes nobody, or a removed
/// administrator could refuse any later keyring of any administrator by
/// forking once with a keyring that "removes" them.
///
/// This is the grounded reading of an attack graph (Dung, 1995): a keyring
/// counts once its predecessor counts and every keyring removing its signer
/// is refused; it is refused once its predecessor is refused or a keyring
/// that counts removes its signer. What neither rule settles (two keyrings
/// whose signers remove each other) stays undecided: signatures cannot tell
/// who was first, and only a machine that saw one of them can (`settled`).
struct KeyringStanding {
    enum Standing: Equatable {
        case counts
        case refused(String)
    }

    /// Every keyring whose signature verifies against its predecessor (the first one included).
    let verified: [String: KeyringStore.Verified]
    let first: String
    private(set) var standing: [String: Standing] = [:]
    /// Keyrings removing each keyring's signer, and not descending from it.
    private let removers: [String: [String]]
    private let ancestors: [String: Set<String>]

    init(verified: [String: KeyringStore.Verified], first: String, signers: [String: String]) {
        self.verified = verified
        self.first = first
        var ancestors: [String: Set<String>] = [:]
        for hash in verified.keys {
            var seen: Set<String> = []
            var current = verified[hash]?.body.previous
            while let name = current, !seen.contains(name) {
                seen.insert(name)
                current = verified[name]?.body.previous
            }
            ancestors[hash] = seen
        }
        self.ancestors = ancestors
        var removers: [String: [String]] = [:]
        for (hash, signer) in signers where hash != first {
            removers[hash] = verified.filter { other, keyring in
                other != hash && !(ancestors[other]?.contains(hash) ?? false)
                    && keyring.body.members.contains { $0.fingerprint == signer && !$0.active }
            }.keys.sorted()
        }
        self.removers = removers
        standing[first] = .counts
        settle(assuming: [])
    }

    /// Whether `hash` is `ancestor` or descends from it.
    func descends(_ hash: String, from ancestor: String) -> Bool {
        hash == ancestor || (ancestors[hash]?.contains(ancestor) ?? false)
    }

    /// Settles what is undecided by taking the keyrings in `seen` (the chain
    /// this machine saw in force) to count, whatever removes their signers
    /// while itself undecided. What they remove is then refused.
    mutating func settle(assuming seen: Set<String>) {
        var changed = true
        while changed {
            changed = false
            for hash in verified.keys.sorted() where standing[hash] == nil {
                guard let previous = verified[hash]?.body.previous else { continue }
                let against = removers[hash] ?? []
                if verified[previous] == nil {
                    standing[hash] = .refused("it follows keyring/\(previous).json, which is refused")
                } else if case .refused = standing[previous] {
                    standing[hash] = .refused("it follows a refused keyring (keyring/\(previous).json)")
                } else if let remover = against.first(where: { standing[$0] == .counts }) {
                    standing[hash] = .refused("signed by a member that keyring/\(remover).json removes")
                } else if standing[previous] == .counts,
                          against.allSatisfy({ if case .refused = standing[$0] { true } else { seen.contains(hash) && standing[$0] == nil } }) {
                    standing[hash] = .counts
                } else {
                    continue
                }
                changed = true
            }
        }
    }
}
