import Foundation

extension VaultIndex {
    /// The signer of the counted entry that first committed the object at
    /// `path`, if any: who wrote a data key decides who else may reuse it.
    func committer(of path: String) -> String? {
        contents.entries.filter { name, item in derived.refused[name] == nil && item.objects.contains(path) }
            .min { ($0.value.sequence, $0.key) < ($1.value.sequence, $1.key) }?.value.actor
    }
}
