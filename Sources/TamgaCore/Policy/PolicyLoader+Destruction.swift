import Yams

extension PolicyLoader {
    /// Reads the optional `destruction` section: `approval:` one of
    /// `DestructionApproval`'s names. Unknown keys and values are refused,
    /// like everywhere in the policy.
    func destruction(_ node: Node) throws -> DestructionApproval {
        let values = try fields(node, "`destruction`", required: ["approval"])
        let text = try yaml.string(values["approval"], key: "approval")
        guard let approval = DestructionApproval(rawValue: text) else {
            throw invalid(values["approval"], "`approval` of `destruction` is not a known rule",
                          hint: "Use one of \(DestructionApproval.spelledOut).")
        }
        return approval
    }
}
