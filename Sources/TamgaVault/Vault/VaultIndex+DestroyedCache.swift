extension VaultIndex.Contents {
    /// Forgets what a refresh cached about revisions once a `destroy` entry
    /// is taken in. The relevance cache (`RelevanceFacts`, by content tag)
    /// holds each revision's own person records (names, spellings, dates of
    /// birth) and `sensitive` strings, in the member's local cache outside the
    /// vault folder, where no data key reaches: a destroyed interview's
    /// detainee stayed there, on every internal member's machine, until a
    /// name anywhere changed (attacker, session 34). Dropped whole: the tags
    /// do not say which document they belong to, and the next refresh opens
    /// each live source once to learn them again. An erasure (issue 18)
    /// likewise: the cache holds the erased person's names.
    mutating func forgetRelevance(after item: VaultIndex.Item) {
        if !item.destroyed.isEmpty || !item.erased.isEmpty { relevance = nil }
    }
}
