/// The name engine as it was before it was optimized, kept as an oracle.
///
/// Why a frozen copy and not stored results: the optimized matcher must
/// agree with the straightforward one on any text and any registry, not only
/// on one recorded run, so the equivalence tests (`NamesEquivalenceTests`)
/// generate texts and registries and run both. The `NamesEquivalenceReference+*.swift`
/// files are the sources of `Sources/TamgaCore/Names/` at commit 2fd7615, each
/// wrapped in `extension NamesReference { ... }` so that every name inside
/// resolves to the copy, not to the module's (optimized) type of the same
/// name; `NameMatcher+Mentions.swift` is folded into the matcher's body
/// because an extension cannot be nested. Only `PersonNames`, `NameMatch` and
/// `NameFinding`, the plain data types of the seam, come from TamgaCore.
///
/// Do not edit or optimize these files: a change here would move the oracle.
enum NamesReference {}
