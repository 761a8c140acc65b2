import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 6, class E (outputs): the path of an output and the
/// labels a command prints are read by the identifier detectors, one path
/// component and one label at a time. Generated: identifiers of every kind
/// in file and folder names and in tags (with `-`, `_`, `.` or nothing
/// around them, percent-encoded or letter-spaced), which must be refused;
/// and clean paths and labels (document ids, years, months, temporary
/// folders with random hex names, counts), which must pass. Recall and
/// over-refusal are printed.
@Suite struct OutputScanRound6ClassTests {
    static let count = 400

    static func refusesRound6Output(_ body: () throws(LeakError) -> Void) -> Bool {
        do { try body(); return false } catch { return true }
    }

    static func identifierRound6(_ generator: inout IdentifierFormatGenerator) -> String {
        let day = generator.two(generator.number(1...28)), month = generator.two(generator.number(1...12)), year = generator.number(1950...2005)
        switch generator.number(0...6) {
        case 0: return generator.pick(["AN", "AC", "ID", "an"]) + generator.digits(7)
        case 1: return "0" + generator.pick(["555", "700", "772", "312"]) + generator.digits(6)
        case 2: return generator.pick(["+996", "%2B996", "00996"]) + generator.pick(["555", "700"]) + generator.digits(6)
        case 3: return generator.pick(["1", "2"]) + day + month + "\(year)" + generator.digits(5)
        case 4: return generator.pick(["born-", "dob_", "DOB.", "geb.", "tug'ilgan-"]) + "\(year)-\(month)-\(day)"
        case 5: return generator.pick(["born-", "dob-", "d.o.b.-"]) + "\(day).\(month).\(year)"
        default: return generator.pick(["tel-", "phone_", "whatsapp-"]) + generator.digits(9)
        }
    }

    @Test func identifiersInOutputPathsAreRefused() throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0E06)
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var refused = 0
        var missed: [String] = []
        for _ in 0..<Self.count {
            let identifier = Self.identifierRound6(&generator)
            let name = generator.pick(["{}.md", "report-{}.html", "{}/out.md", "out_{}.json", "{}.state.md", "{}"])
                .replacingOccurrences(of: "{}", with: identifier)
            let path = "/tmp/tamga-\(generator.digits(4))ab/" + name
            if Self.refusesRound6Output({ () throws(LeakError) in try scanner.scanPath(path, document: nil, audience: .public) }) {
                refused += 1
            } else if missed.count < 8 { missed.append(path) }
        }
        print("round 6 output paths: \(refused)/\(Self.count) refused")
        #expect(refused == Self.count, "\(missed.joined(separator: "\n"))")
    }

    @Test func identifiersInPrintedLabelsAreRefused() throws {
        var generator = IdentifierFormatGenerator(seed: 0x15_0E16)
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var refused = 0
        var missed: [String] = []
        for _ in 0..<Self.count {
            let label = generator.pick(["{}", "case-{}", "{}-case", "call-{}"]).replacingOccurrences(of: "{}", with: Self.identifierRound6(&generator).lowercased())
            let table = "tag  mentions\n\(label)  <5\nTotal  <5"
            if Self.refusesRound6Output({ () throws(LeakError) in try scanner.scanLabels(table, audience: .public, identifiers: [label]) }) {
                refused += 1
            } else if missed.count < 8 { missed.append(label) }
        }
        print("round 6 printed labels: \(refused)/\(Self.count) refused")
        #expect(refused == Self.count, "\(missed.joined(separator: "\n"))")
    }

    @Test func cleanPathsAndLabelsPass() throws {
        var generator = IdentifierFormatGenerator(seed: 0xC1EA_0E06)
        let scanner = try IdentifierFormatRound4Tests.scanner()
        var refused: [String] = []
        for _ in 0..<Self.count {
            let year = generator.number(2010...2026)
            let hex = String((0..<8).map { _ in generator.pick(Array("0123456789ABCDEF")) })
            let path = generator.pick([
                "/tmp/cli-\(hex)/out/VR-\(year)-0\(generator.digits(2)).public.md", "/tmp/\(hex)/summary-\(year).state.html",
                "reports/\(year)-\(generator.two(generator.number(1...12)))-\(generator.two(generator.number(1...28)))/VR-\(year)-017.md",
                "/home/monitor/\(year)/01.01.\(year)–31.12.\(year).md", "out/follow-up-\(year).md", "/tmp/\(UUID().uuidString)/x.md",
            ])
            if Self.refusesRound6Output({ () throws(LeakError) in try scanner.scanPath(path, document: nil, audience: .public) }) { refused.append(path) }
            let months = (1...12).map { "\(year)-\(generator.two($0))" }
            let labels = months + ["overcrowding", "cell-14", "visit-\(year)", "R-\(year)-017-\(generator.number(1...9))", "\(year)", "IVS-1 Bishkek"]
            let table = (labels.map { "\($0)  \(generator.number(0...40))  0  0  0  <5" } + ["0 0 0 0 0 0 0 0 0 0 0 0"]).joined(separator: "\n")
            if Self.refusesRound6Output({ () throws(LeakError) in try scanner.scanLabels(table, audience: .public, identifiers: labels) }) {
                refused.append(table)
            }
        }
        print("round 6 clean outputs: \(refused.count) of \(2 * Self.count) refused")
        #expect(refused.isEmpty, "\(refused.prefix(6).joined(separator: "\n---\n"))")
    }
}
