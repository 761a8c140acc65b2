import Yams

/// What went wrong reading a YAML node, before it is turned into the error
/// type of whoever reads it (a document's front matter or the policy).
struct YAMLProblem: Error, Sendable {
    enum Kind: Sendable { case syntax, wrongType, missingKey, unknownKey, duplicateKey, invalidValue }
    let kind: Kind
    let location: SourceLocation?
    let detail: String
    let hint: String?
}

/// Strict, typed reading of a YAML tree built with `Yams.compose`, so every
/// problem carries the line and column of the node at fault. Shared by the
/// front-matter reader and the policy loader; neither ever quotes a value in
/// its messages, only keys.
struct YAMLReader: Sendable {
    /// Lines of the file before the YAML text starts (1 for front matter
    /// after its `---` line).
    let lineOffset: Int

    func compose(_ text: String) throws(YAMLProblem) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(from: error)
        } catch {
            throw YAMLProblem(kind: .syntax, location: nil, detail: "the YAML could not be read",
                              hint: "Check the YAML syntax.")
        }
    }

    /// Libyaml's problem strings describe the grammar, not the text, so they
    /// are safe to show; the snippet in `YamlError.description` is not.
    private func problem(from error: YamlError) -> YAMLProblem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return YAMLProblem(kind: .syntax, location: location(of: mark), detail: "YAML syntax error: \(problem)",
                               hint: "Check indentation, colons and quotes on this line.")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return YAMLProblem(kind: .duplicateKey, location: location(of: context.mark),
                               detail: "key \(keys) appears twice in one mapping",
                               hint: "Keep one entry per key; a person is declared once per document.")
        case .reader:
            return YAMLProblem(kind: .syntax, location: nil, detail: "the YAML contains a character YAML does not allow",
                               hint: "Remove control characters from the front matter.")
        default:
            return YAMLProblem(kind: .syntax, location: nil, detail: "the YAML could not be read",
                               hint: "Check the YAML syntax.")
        }
    }

    func location(of mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(line: $0.line + lineOffset, column: $0.column) }
    }

    func location(of node: Node) -> SourceLocation? { location(of: node.mark) }

    /// The entries of a mapping, keys as strings, in source order.
    func mapping(_ node: Node, what: String) throws(YAMLProblem) -> [(key: String, location: SourceLocation?, value: Node)] {
        guard case let .mapping(mapping) = node else {
            throw wrongType(node, "\(what) must be a mapping of `key: value` lines")
        }
        var entries: [(key: String, location: SourceLocation?, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else { throw wrongType(keyNode, "a key in \(what) must be a plain word") }
            entries.append((key.string, location(of: keyNode), value))
        }
        return entries
    }

    /// A non-empty scalar. Aliases, null and empty values are refused.
    func string(_ node: Node, key: String) throws(YAMLProblem) -> String {
        guard case let .scalar(scalar) = node, node.null == nil else {
            throw wrongType(node, "`\(key)` must be a single value")
        }
        let value = scalar.string.trimmingWhitespace
        guard !value.isEmpty else {
            throw YAMLProblem(kind: .invalidValue, location: location(of: node), detail: "`\(key)` is empty",
                              hint: "Give `\(key)` a value or remove the key.")
        }
        return value
    }

    /// A list of non-empty scalars (`[a, b]` or one `- item` per line).
    func strings(_ node: Node, key: String) throws(YAMLProblem) -> [String] {
        guard case let .sequence(sequence) = node else {
            throw wrongType(node, "`\(key)` must be a list, such as `[a, b]`")
        }
        var values: [String] = []
        for item in sequence { values.append(try string(item, key: key)) }
        return values
    }

    func bool(_ node: Node, key: String) throws(YAMLProblem) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw wrongType(node, "`\(key)` must be true or false") }
        return value
    }

    func int(_ node: Node, key: String) throws(YAMLProblem) -> Int {
        guard case .scalar = node, let value = node.int else { throw wrongType(node, "`\(key)` must be a whole number") }
        return value
    }

    func wrongType(_ node: Node, _ detail: String) -> YAMLProblem {
        YAMLProblem(kind: .wrongType, location: location(of: node), detail: detail,
                    hint: "See the format reference for the shape of this key.")
    }

    func unknownKey(_ key: String, at location: SourceLocation?, in what: String, allowed: [String]) -> YAMLProblem {
        YAMLProblem(kind: .unknownKey, location: location, detail: "unknown key `\(key)` in \(what)",
                    hint: "Known keys: \(allowed.joined(separator: ", ")). Check the spelling.")
    }

    func missingKey(_ key: String, in what: String, at location: SourceLocation?) -> YAMLProblem {
        YAMLProblem(kind: .missingKey, location: location, detail: "\(what) has no `\(key)`",
                    hint: "Add the required key `\(key)`.")
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
