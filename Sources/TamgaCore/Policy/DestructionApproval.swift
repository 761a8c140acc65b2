/// Who must agree before a document is destroyed (the policy's optional
/// `destruction` section; issue 18). Destruction cannot be undone on any
/// copy, so an NPM may ask that no one member can do it alone: with
/// `secondAdministrator`, a member cleared internal asks (`tamga destroy`
/// writes a request) and an administrator other than them carries it out
/// (`tamga destroy --approve`). Every reader enforces it from the signed
/// log, and once a vault has asked for it, it keeps asking
/// (`EntryAuthorization`, docs/retention.md).
public enum DestructionApproval: String, Sendable, Hashable, CaseIterable {
    /// A member cleared internal destroys alone (the shipped default).
    case none
    /// A request by one member, carried out by another, who is an administrator.
    case secondAdministrator = "second-administrator"

    public static var spelledOut: String { allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ") }
}
