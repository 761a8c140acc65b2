import Yams

/// Reads `policy/default.yaml`-shaped YAML into a `Policy`, strictly: every
/// mapping accepts only its documented keys, every name (level, audience,
/// detector) must be known, and each problem carries its line and column.
struct PolicyLoader {
    let file: String
    let yaml = YAMLReader(lineOffset: 0)

    func load(_ text: String) throws(PolicyError) -> Policy {
        do {
            guard let root = try yaml.compose(text) else {
                throw PolicyError(.missingKey, file: file, at: nil, "the policy is empty", hint: "Start from policy/default.yaml.")
            }
            return try policy(root)
        } catch let problem as YAMLProblem {
            throw PolicyError(problem, file: file)
        } catch let error as PolicyError {
            throw error
        } catch {
            throw PolicyError(.yamlSyntax, file: file, at: nil, "the policy could not be read", hint: nil)
        }
    }

    private func policy(_ root: Node) throws -> Policy {
        let top = try fields(root, "the policy", required: ["version", "audiences", "kinds", "roles", "markers", "detectors", "statistics"],
                             optional: ["public-numbers", "retention", "destruction"])
        let version = try yaml.int(top["version"], key: "version")
        guard version == 1 else {
            throw invalid(top["version"], "`version` is not a policy version this tamga reads", hint: "Use `version: 1`.")
        }
        let statistics = try fields(top["statistics"], "`statistics`", required: ["threshold"])
        let threshold = try yaml.int(statistics["threshold"], key: "threshold")
        guard threshold >= 2 else {
            throw invalid(statistics["threshold"], "`threshold` must be at least 2", hint: "Use 3, 5 or 10 (shipped: 5).")
        }
        let markers = try fields(top["markers"], "`markers`", required: ["span", "block", "section"])
        let publicNumbers = try top.optional("public-numbers").map { try yaml.strings($0, key: "public-numbers") } ?? []
        for number in publicNumbers where !PublicNumbers.isAddress(number) && PublicNumbers.digits(number).count < 5 {
            throw invalid(top.optional("public-numbers")!, "`public-numbers` holds an entry with fewer than five digits",
                          hint: "List whole institutional numbers, for example \"+996 312 62 50 15\".")
        }
        var policy = Policy(
            version: version, audiences: try audiences(top["audiences"]), kinds: try kinds(top["kinds"]),
            roles: try roles(top["roles"]),
            markers: Markers(span: try yaml.string(markers["span"], key: "span"),
                             block: try yaml.string(markers["block"], key: "block"),
                             section: try yaml.string(markers["section"], key: "section")),
            detectors: try detectors(top["detectors"]), statistics: StatisticsRule(threshold: threshold))
        policy.publicNumbers = PublicNumbers(publicNumbers)
        policy.retention = try top.optional("retention").map { try retention($0, kinds: policy.kinds) } ?? .none
        policy.destructionApproval = try top.optional("destruction").map(destruction) ?? .none
        return policy
    }

    private func audiences(_ node: Node) throws -> [Audience: AudienceRule] {
        var rules: [Audience: AudienceRule] = [:]
        for entry in try yaml.mapping(node, what: "`audiences`") {
            guard let audience = Audience(rawValue: entry.key) else {
                throw PolicyError(.unknownAudience, file: file, at: entry.location, "`audiences` names an unknown audience",
                                  hint: "The audiences are fixed: \(Audience.spelledOut).")
            }
            let values = try fields(entry.value, "audience \(entry.key)", required: ["label", "banner", "sees", "omit-withheld-sections"],
                                    optional: ["recipients"])
            let recipients = try values.optional("recipients").map { try yaml.strings($0, key: "recipients") } ?? []
            for recipient in recipients where !recipient.hasPrefix("age1") {
                throw invalid(values.optional("recipients")!, "`recipients` of audience \(entry.key) holds something that is not an age recipient",
                              hint: "List age X25519 recipients (age1…), as `age-keygen -y` prints them.")
            }
            guard recipients.isEmpty || audience != .public else {
                throw invalid(values.optional("recipients")!, "the public audience cannot have recipients",
                              hint: "Public exports are published, not sealed; list recipients for state or internal.")
            }
            let sees = try levels(values["sees"], key: "sees")
            guard !sees.isEmpty, sees.allSatisfy({ $0 <= audience.clearance }) else {
                throw invalid(values["sees"], "audience \(entry.key) would see levels above its clearance, or none",
                              hint: "internal may see internal, state, public; state only state and public; public only public.")
            }
            rules[audience] = AudienceRule(
                label: try yaml.string(values["label"], key: "label"), banner: try yaml.string(values["banner"], key: "banner"),
                sees: sees, omitWithheldSections: try yaml.bool(values["omit-withheld-sections"], key: "omit-withheld-sections"),
                recipients: recipients)
        }
        for audience in Audience.allCases where rules[audience] == nil {
            throw yaml.missingKey(audience.rawValue, in: "`audiences`", at: yaml.location(of: node))
        }
        return rules
    }

    private func kinds(_ node: Node) throws -> [String: KindRule] {
        var rules: [String: KindRule] = [:]
        for entry in try yaml.mapping(node, what: "`kinds`") {
            try checkName(entry.key, at: entry.location, what: "kind")
            let values = try fields(entry.value, "kind \(entry.key)", required: ["default", "ceiling"])
            let defaultLevel = try level(values["default"], key: "default")
            let ceiling = try level(values["ceiling"], key: "ceiling")
            guard defaultLevel >= ceiling else {
                throw invalid(values["default"], "kind \(entry.key) has a default more open than its ceiling",
                              hint: "Make `default` at least as restricted as `ceiling`.")
            }
            rules[entry.key] = KindRule(defaultLevel: defaultLevel, ceiling: ceiling)
        }
        guard !rules.isEmpty else { throw invalid(node, "`kinds` defines no kind", hint: "Define at least `visit-report`.") }
        return rules
    }

    private func roles(_ node: Node) throws -> [String: RoleRule] {
        var rules: [String: RoleRule] = [:]
        for entry in try yaml.mapping(node, what: "`roles`") {
            try checkName(entry.key, at: entry.location, what: "role")
            let values = try fields(entry.value, "role \(entry.key)", required: ["named-to", "pseudonym"],
                                    optional: ["transfer-without-consent"])
            guard let pattern = PseudonymPattern(try yaml.string(values["pseudonym"], key: "pseudonym")) else {
                throw invalid(values["pseudonym"], "the pseudonym of role \(entry.key) must contain `{letter}` once",
                              hint: "For example `pseudonym: \"Detainee {letter}\"`.")
            }
            let transfer = try values.optional("transfer-without-consent").map { try yaml.bool($0, key: "transfer-without-consent") } ?? false
            rules[entry.key] = RoleRule(namedTo: try audiences(values["named-to"], key: "named-to"), pseudonym: pattern,
                                        transferWithoutConsent: transfer)
        }
        guard !rules.isEmpty else { throw invalid(node, "`roles` defines no role", hint: "Define at least `detainee`.") }
        return rules
    }

    private func detectors(_ node: Node) throws -> [DetectorKind: DetectorRule] {
        var rules: [DetectorKind: DetectorRule] = [:]
        for entry in try yaml.mapping(node, what: "`detectors`") {
            guard let kind = DetectorKind(rawValue: entry.key) else {
                throw PolicyError(.unknownDetector, file: file, at: entry.location, "`detectors` names an unknown detector",
                                  hint: "Known detectors: \(DetectorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let values = try fields(entry.value, "detector \(entry.key)", required: ["audiences", "marker"])
            rules[kind] = DetectorRule(audiences: try audiences(values["audiences"], key: "audiences"),
                                       marker: try yaml.string(values["marker"], key: "marker"))
        }
        for (kind, rule) in DetectorKind.defaultRules where rules[kind] == nil { rules[kind] = rule }
        for kind in DetectorKind.allCases where rules[kind] == nil {
            throw PolicyError(.missingKey, file: file, at: yaml.location(of: node), "`detectors` does not list \(kind.rawValue)",
                              hint: "List every detector; write `audiences: []` to turn one off on purpose.")
        }
        return rules
    }
}
