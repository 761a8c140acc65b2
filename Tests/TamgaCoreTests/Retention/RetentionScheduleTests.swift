import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The policy's `retention` section (issue 18): what it reads, which rule
/// decides, and that each mistake is refused with its line.
@Suite struct RetentionScheduleTests {
    static let shipped: String = {
        (try? String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)) ?? ""
    }()
    /// The line the appended section starts on.
    static var firstLine: Int { shipped.split(separator: "\n", omittingEmptySubsequences: false).count }

    static func policy(_ section: String) throws(PolicyError) -> Policy {
        try Policy.load(yaml: shipped + section, file: "policy.yaml")
    }

    static let schedule = """
    retention:
      - kind: interview
        keep: 5 years
        unless-tagged: [case-open, complaint-pending]
      - kind: visit-report
        tagged: [torture]
        keep: 10 years
      - kind: visit-report
        keep: 18 months

    """

    @Test func theShippedPolicyKeepsEverything() throws {
        let policy = try Policy.load(yaml: Self.shipped, file: "policy.yaml")
        #expect(policy.retention == .none)
        #expect(policy.retention.decision(kind: "interview", date: "2001-01-01", tags: []) == nil)
    }

    @Test func rulesReadInOrderWithTheirLines() throws {
        let rules = try Self.policy(Self.schedule).retention.rules
        #expect(rules.count == 3)
        #expect(rules[0] == RetentionRule(kind: "interview", keep: RetentionPeriod(count: 5, unit: .years),
                                          unlessTagged: ["case-open", "complaint-pending"], line: Self.firstLine + 1))
        #expect(rules[1].tagged == ["torture"] && rules[1].line == Self.firstLine + 4)
        #expect(rules[2].keep == RetentionPeriod(count: 18, unit: .months))
        #expect(rules[0].description == "interview: 5 years after its date, unless tagged case-open or complaint-pending")
        #expect(rules[1].description == "visit-report tagged torture: 10 years after its date")
    }

    @Test func theFirstRuleThatCoversADocumentDecides() throws {
        let schedule = try Self.policy(Self.schedule).retention
        let interview = try #require(schedule.decision(kind: "interview", date: "2019-03-01", tags: ["ill-treatment"]))
        #expect(interview.due == "2024-03-01" && interview.heldBy.isEmpty && !interview.tagsUnknown)
        let open = try #require(schedule.decision(kind: "interview", date: "2019-03-01", tags: ["case-open"]))
        #expect(open.heldBy == ["case-open"])
        let torture = try #require(schedule.decision(kind: "visit-report", date: "2019-03-01", tags: ["torture", "x"]))
        #expect(torture.due == "2029-03-01" && torture.rule.line == Self.firstLine + 4)
        let plain = try #require(schedule.decision(kind: "visit-report", date: "2019-03-01", tags: []))
        #expect(plain.due == "2020-09-01")
        // A kind no rule names is kept without limit.
        #expect(try Self.policy("retention:\n  - kind: visit-report\n    keep: 1 year\n").retention
            .decision(kind: "interview", date: "2019-03-01", tags: []) == nil)
    }

    /// A reader below internal sees no tags: the first rule of the kind is
    /// named, marked as a guess whenever a tag could change it.
    @Test func withoutTagsTheDecisionSaysItIsAGuess() throws {
        let schedule = try Self.policy(Self.schedule).retention
        let guess = try #require(schedule.decision(kind: "visit-report", date: "2019-03-01", tags: nil))
        #expect(guess.tagsUnknown && guess.rule.tagged == ["torture"])
        let plain = RetentionSchedule(rules: [RetentionRule(kind: "interview", keep: RetentionPeriod(count: 1, unit: .years))])
        #expect(plain.decision(kind: "interview", date: "2019-03-01", tags: nil)?.tagsUnknown == false)
    }

    @Test(arguments: [
        ("2020-02-29", "1 year", "2021-02-28"), ("2020-01-31", "1 month", "2020-02-29"),
        ("2020-12-31", "1 day", "2021-01-01"), ("2019-06-15", "90 days", "2019-09-13"), ("2014-10-28", "5 years", "2019-10-28"),
    ])
    func periodsEndOnCalendarDays(_ date: String, _ period: String, _ end: String) throws {
        #expect(try #require(RetentionPeriod(period)).end(after: date) == end)
    }

    @Test(arguments: ["five years", "0 years", "-1 years", "5 decades", "5", "years 5", "5 years ago", "1001 years"])
    func periodsThatDoNotRead(_ text: String) {
        #expect(RetentionPeriod(text) == nil)
    }

    @Test func datesThatAreNotDaysGiveNoDueDate() {
        let schedule = RetentionSchedule(rules: [RetentionRule(kind: "interview", keep: RetentionPeriod(count: 1, unit: .years))])
        for date in ["2019-02-30", "2019-13-01", "19-01-01", "2019/01/01", ""] {
            #expect(schedule.decision(kind: "interview", date: date, tags: []) == nil, "\(date)")
        }
    }

    /// Each mistake is refused (exit 65) with the file, the line and what to do.
    @Test(arguments: [
        ("  - kind: interviews\n    keep: 5 years\n", 1, "kind `interviews`"),
        ("  - kind: interview\n    keep: five years\n", 2, "is not a period"),
        ("  - kind: interview\n    keep-for: 5 years\n", 2, "keep-for"),
        ("  - kind: interview\n", 1, "`keep`"),
        ("  - kind: interview\n    keep: 5 years\n    tagged: []\n", 3, "empty list"),
        ("  - kind: interview\n    keep: 5 years\n    tagged: [a]\n    unless-tagged: [a]\n", 4, "both selects and holds back"),
        ("  - kind: interview\n    keep: 5 years\n  - kind: interview\n    tagged: [x]\n    keep: 1 year\n", 3, "rule on line"),
        ("  - kind: interview\n    keep: 5 years\n    tagged: [case open]\n", 3, "spaces"),
        ("  interview: 5 years\n", 1, "must be a list"),
    ])
    func mistakesAreRefusedWithTheirLine(_ rules: String, _ line: Int, _ says: String) {
        do {
            _ = try Self.policy("retention:\n" + rules)
            Issue.record("accepted: \(rules)")
        } catch {
            #expect(error.failureClass == .badInput)
            #expect(error.message.hasPrefix("policy.yaml:\(Self.firstLine + line):"), "\(error.message)")
            #expect(error.message.contains(says), "\(error.message)")
            #expect(error.hint != nil)
        }
    }

    @Test func anEmptySectionIsAnEmptySchedule() throws {
        #expect(try Self.policy("retention:\n").retention == .none)
        #expect(try Self.policy("retention: []\n").retention == .none)
    }
}
