/// What `tamga check` found: problems (exit 1) and warnings (reported, exit 0),
/// each naming the file and what is wrong, never any content.
public struct CheckReport: Sendable {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let problem: String
        public var description: String { "\(path): \(problem)" }
    }

    public private(set) var problems: [Finding] = []
    public private(set) var warnings: [Finding] = []
    /// How many files of each kind were checked, for the summary line.
    public private(set) var checked: [String: Int] = [:]
    /// Objects that could not be decrypted because the member holds no key for their level.
    public private(set) var notDecrypted = 0

    public var isClean: Bool { problems.isEmpty }

    mutating func problem(_ path: String, _ problem: String) { problems.append(Finding(path: path, problem: problem)) }
    mutating func warning(_ path: String, _ problem: String) { warnings.append(Finding(path: path, problem: problem)) }
    mutating func count(_ kind: String) { checked[kind, default: 0] += 1 }
    mutating func skippedDecryption() { notDecrypted += 1 }
}
