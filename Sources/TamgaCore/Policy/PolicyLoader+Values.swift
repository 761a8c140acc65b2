import Yams

extension PolicyLoader {
    /// The values of a mapping that holds exactly the `required` keys.
    struct Fields {
        let values: [String: Node]
        /// An optional key's value, if given.
        func optional(_ key: String) -> Node? { values[key] }
        /// Present for every required key once `fields` returned; an empty
        /// scalar otherwise, which every reader refuses.
        subscript(key: String) -> Node { values[key] ?? Node("") }
    }

    func fields(_ node: Node, _ what: String, required: [String], optional: [String] = []) throws -> Fields {
        var values: [String: Node] = [:]
        for entry in try yaml.mapping(node, what: what) {
            guard required.contains(entry.key) || optional.contains(entry.key) else {
                throw yaml.unknownKey(entry.key, at: entry.location, in: what, allowed: required + optional)
            }
            values[entry.key] = entry.value
        }
        for key in required where values[key] == nil {
            throw yaml.missingKey(key, in: what, at: yaml.location(of: node))
        }
        return Fields(values: values)
    }

    func level(_ node: Node?, key: String) throws -> Level {
        guard let node else { throw yaml.missingKey(key, in: "the policy", at: nil) }
        guard let level = Level(rawValue: try yaml.string(node, key: key)) else {
            throw PolicyError(.unknownLevel, file: file, at: yaml.location(of: node), "`\(key)` is not a level",
                              hint: "Use one of: \(Level.spelledOut).")
        }
        return level
    }

    func levels(_ node: Node?, key: String) throws -> Set<Level> {
        guard let node else { throw yaml.missingKey(key, in: "the policy", at: nil) }
        guard case let .sequence(items) = node else { throw yaml.wrongType(node, "`\(key)` must be a list of levels") }
        return Set(try items.map { try level($0, key: key) })
    }

    func audiences(_ node: Node?, key: String) throws -> Set<Audience> {
        guard let node else { throw yaml.missingKey(key, in: "the policy", at: nil) }
        guard case let .sequence(items) = node else { throw yaml.wrongType(node, "`\(key)` must be a list of audiences") }
        var result: Set<Audience> = []
        for item in items {
            guard let audience = Audience(rawValue: try yaml.string(item, key: key)) else {
                throw PolicyError(.unknownAudience, file: file, at: yaml.location(of: item), "`\(key)` names an unknown audience",
                                  hint: "Use audiences from: \(Audience.spelledOut).")
            }
            result.insert(audience)
        }
        return result
    }

    /// Kind and role names: lowercase words joined by hyphens.
    func checkName(_ name: String, at location: SourceLocation?, what: String) throws {
        let scalars = Array(name.unicodeScalars)
        let valid = scalars.first.map { ("a"..."z").contains($0) } ?? false
            && scalars.allSatisfy { ("a"..."z").contains($0) || $0.asciiDigit != nil || $0 == "-" }
        guard valid, scalars.count <= 32 else {
            throw PolicyError(.invalidValue, file: file, at: location, "a \(what) name is not a lowercase word",
                              hint: "Use lowercase letters, digits and hyphens, e.g. `visit-report`.")
        }
    }

    func invalid(_ node: Node?, _ detail: String, hint: String) -> PolicyError {
        PolicyError(.invalidValue, file: file, at: node.flatMap { yaml.location(of: $0) }, detail, hint: hint)
    }
}

extension Policy {
    /// Loads a policy from its YAML text; `file` labels messages.
    public static func load(yaml text: String, file: String) throws(PolicyError) -> Policy {
        try PolicyLoader(file: file).load(text)
    }
}
