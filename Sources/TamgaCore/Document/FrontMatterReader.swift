import Yams

/// Reads the YAML between the `---` lines into a `FrontMatter`, strictly:
/// every value has the type FORMAT.md gives it, ids follow their grammar,
/// and each problem names the line and the key.
struct FrontMatterReader {
    let file: String
    let yaml: YAMLReader

    static let knownKeys = ["id", "kind", "title", "date", "facility", "authors", "level", "persons", "sensitive", "tags", "lang"]
    static let personKeys = ["name", "also", "role", "consent", "erased"]

    /// - Parameters:
    ///   - text: the YAML text.
    ///   - firstLine: the line of the file the text starts on.
    ///   - headerLocation: where the front matter opens, for missing keys.
    func read(_ text: String, headerLocation: SourceLocation) throws(DocumentError) -> FrontMatter {
        do {
            guard let root = try yaml.compose(text) else {
                throw yaml.missingKey("id", in: "the front matter", at: headerLocation)
            }
            return try read(root: root, headerLocation: headerLocation)
        } catch let problem as YAMLProblem {
            throw DocumentError(problem, file: file)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError(.yamlSyntax, file: file, at: headerLocation, "the front matter could not be read", hint: nil)
        }
    }

    private func read(root: Node, headerLocation: SourceLocation) throws -> FrontMatter {
        var values: [String: (Node, SourceLocation?)] = [:]
        var unknown: [UnknownKey] = []
        for entry in try yaml.mapping(root, what: "the front matter") {
            if Self.knownKeys.contains(entry.key) {
                values[entry.key] = (entry.value, entry.location)
            } else {
                unknown.append(unknownKey(entry.key, entry.value, entry.location ?? headerLocation))
            }
        }
        func required(_ key: String) throws -> Node {
            guard let value = values[key]?.0 else { throw yaml.missingKey(key, in: "the front matter", at: headerLocation) }
            return value
        }
        let idNode = try required("id")
        let id = try yaml.string(idNode, key: "id")
        guard Identifier.isDocumentID(id) else {
            throw invalid(idNode, "`id` is not a valid document id", hint: "Use 1 to 64 of A-Z a-z 0-9 . _ - (e.g. VR-2014-017).")
        }
        let kindNode = try required("kind")
        let dateNode = try required("date")
        guard let date = CalendarDate(iso: try yaml.string(dateNode, key: "date")) else {
            throw invalid(dateNode, "`date` is not an ISO 8601 date", hint: "Write the date as YYYY-MM-DD, e.g. 2014-10-28.")
        }
        return FrontMatter(
            id: id, kind: try yaml.string(kindNode, key: "kind"),
            title: try values["title"].map { try yaml.string($0.0, key: "title") }, date: date,
            facility: try values["facility"].map { try yaml.string($0.0, key: "facility") },
            authors: try values["authors"].map { try yaml.strings($0.0, key: "authors") } ?? [],
            level: try values["level"].map { try level($0.0) },
            persons: try values["persons"].map { try persons($0.0) } ?? [],
            sensitive: try values["sensitive"].map { try yaml.strings($0.0, key: "sensitive") } ?? [],
            tags: try values["tags"].map { try yaml.strings($0.0, key: "tags") } ?? [],
            unknownKeys: unknown, kindLocation: yaml.location(of: kindNode), levelLocation: values["level"]?.1,
            language: try values["lang"].map { try language($0.0) })
    }

    private func language(_ node: Node) throws -> DocumentLanguage {
        guard let language = DocumentLanguage(tag: try yaml.string(node, key: "lang")) else {
            throw invalid(node, "`lang` is not a language tamga exports in",
                          hint: "Use one of: \(DocumentLanguage.spelledOut) (or leave `lang` out to have it read off the text).")
        }
        return language
    }

    private func level(_ node: Node) throws -> Level {
        guard let level = Level(rawValue: try yaml.string(node, key: "level")) else {
            throw DocumentError(.unknownLevel, file: file, at: yaml.location(of: node), "`level` is not a level",
                                hint: "Use one of: \(Level.spelledOut).")
        }
        return level
    }

    private func persons(_ node: Node) throws -> [DeclaredPerson] {
        var persons: [DeclaredPerson] = []
        for entry in try yaml.mapping(node, what: "`persons`") {
            guard Identifier.isPersonID(entry.key) else {
                throw DocumentError(.invalidValue, file: file, at: entry.location, "a key of `persons` is not a valid person id",
                                    hint: "Use a letter then up to 31 of A-Z a-z 0-9 _ - (e.g. D-0042).")
            }
            persons.append(try person(entry.key, entry.value, at: entry.location ?? SourceLocation(line: 1, column: 1)))
        }
        return persons
    }

    private func person(_ id: String, _ node: Node, at location: SourceLocation) throws -> DeclaredPerson {
        var values: [String: Node] = [:]
        var unknown: [UnknownKey] = []
        for entry in try yaml.mapping(node, what: "person \(id)") {
            if Self.personKeys.contains(entry.key) {
                values[entry.key] = entry.value
            } else {
                unknown.append(unknownKey(entry.key, entry.value, entry.location ?? location))
            }
        }
        let erased = try values["erased"].map { node in
            guard try yaml.string(node, key: "erased") == "true" else {
                throw invalid(node, "`erased` of person \(id) can only be `true`",
                              hint: "Leave `erased` out; only `tamga person erase` writes it.")
            }
            return true
        } ?? false
        if erased {
            // An erased person has no name left anywhere (issue 18).
            if let node = values["name"] ?? values["also"] {
                throw invalid(node, "person \(id) is erased: the entry takes no `name` and no `also`",
                              hint: "Refer to an erased person with @\(id) only; a new person takes a new id.")
            }
        }
        guard erased || values["name"] != nil else { throw yaml.missingKey("name", in: "person \(id)", at: location) }
        guard let roleNode = values["role"] else { throw yaml.missingKey("role", in: "person \(id)", at: location) }
        var consent: Set<Audience> = []
        for text in try values["consent"].map({ try yaml.strings($0, key: "consent") }) ?? [] {
            guard let audience = Audience(rawValue: text) else {
                throw DocumentError(.unknownAudience, file: file, at: values["consent"].flatMap(yaml.location(of:)),
                                    "`consent` of person \(id) names an unknown audience",
                                    hint: "Use audiences from: \(Audience.spelledOut), e.g. `consent: [state]`.")
            }
            consent.insert(audience)
        }
        return DeclaredPerson(
            id: id, name: try values["name"].map { try yaml.string($0, key: "name") } ?? "",
            also: try values["also"].map { try yaml.strings($0, key: "also") } ?? [],
            role: try yaml.string(roleNode, key: "role"), consent: consent, unknownKeys: unknown, location: location, erased: erased)
    }

    private func unknownKey(_ key: String, _ value: Node, _ location: SourceLocation) -> UnknownKey {
        UnknownKey(key: key, yaml: (try? Yams.serialize(node: value)) ?? "", location: location)
    }

    private func invalid(_ node: Node, _ detail: String, hint: String) -> DocumentError {
        DocumentError(.invalidValue, file: file, at: yaml.location(of: node), detail, hint: hint)
    }
}

extension DocumentError {
    init(_ problem: YAMLProblem, file: String) {
        let code: Code = switch problem.kind {
        case .syntax: .yamlSyntax
        case .wrongType: .wrongType
        case .missingKey: .missingKey
        case .unknownKey: .invalidValue
        case .duplicateKey: .duplicateKey
        case .invalidValue: .invalidValue
        }
        self.init(code, file: file, at: problem.location, problem.detail, hint: problem.hint)
    }
}
