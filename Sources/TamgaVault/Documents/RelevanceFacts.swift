/// What one revision contributes to its redaction digest
/// (`ProjectionRelevance.digest`), kept so that a refresh can decide whether
/// a revision's stored State and public parts are current *without opening
/// it*: the persons who can change its text, and what the revision itself
/// declares (its own person records and `sensitive` strings). With these and
/// the current registry, the digest is a hash; only a revision whose parts
/// need rewriting is decrypted.
///
/// Kept in the member's sealed local index by the internal part's content
/// tag (a keyed hash of the source, in the object's header), under the names
/// key they were found with (`ProjectionRelevance.namesKey`).
struct RelevanceFacts: Codable, Sendable, Equatable {
    /// Ids of the persons whose record can change this revision's projections.
    var persons: [String]
    /// This revision's own records of the persons it declares (one line each).
    var own: [String: String]
    /// This revision's own `sensitive` strings, sorted.
    var sensitive: [String]
}
