import Foundation
import Testing
@testable import TamgaCore

/// Round 7's open structure items, as a class: an unclosed code fence
/// (CommonMark reads code to the end, Pandoc 2.17 reads no code block at all,
/// so a `## … {.internal}` after it is a heading to one and published code to
/// the other) and headings inside list items, block quotes and definition
/// lists (Pandoc nests them in the container, where they end no section).
/// Every unclosed fence is refused at parse, naming the fence's line; every
/// container body is refused or parses with Pandoc's levels.
@Suite struct ContainerStructureClassTests {
    static let fences = ["```", "````", "~~~", "~~~~~", " ```", "   ~~~", "``` python", "~~~ {.text}"]
    static let afters = [
        "## Secret {.internal}\n\nThe guard Zebrakettle hit him.\n",
        "::: internal\nZebrakettle\n:::\n",
        "Plain text.\n\n# Notes {.internal}\n\nZebrakettle.\n",
    ]

    static func refusal(_ body: String) -> DocumentError? { Round7StructureClassTests.refusal(body) }

    @Test func everyUnclosedFenceIsRefusedAtItsLine() {
        var refused = 0, total = 0
        var missed: [String] = []
        for fence in Self.fences {
            for after in Self.afters {
                for before in ["# Visit\n\nIntro.\n\n", "- item\n\n", ""] {
                    // A shorter closing fence does not close a longer one.
                    for inside in ["code\n\n", "code\n``\n\n", "code\n~~\n\n"] {
                        total += 1
                        let body = before + fence + "\n" + inside + after
                        let error = Self.refusal(body)
                        if error?.code == .unclosedCodeFence {
                            refused += 1
                            let fenceLine = 7 + before.filter { $0 == "\n" }.count
                            #expect(error?.location?.line == fenceLine, "\(body.debugDescription)")
                            #expect(error?.message.contains("Zebrakettle") == false)
                        } else if missed.count < 8 {
                            missed.append("\(body.debugDescription): \(error?.message ?? "accepted")")
                        }
                    }
                }
            }
        }
        print("unclosed code fences: \(refused)/\(total) refused")
        #expect(refused == total, "\(missed.joined(separator: "\n"))")
    }

    @Test func closedFencesStayAccepted() {
        for fence in Self.fences {
            let closer = String(fence.trimmingCharacters(in: .whitespaces).prefix { $0 == "`" || $0 == "~" })
            let body = "# Visit\n\n" + fence + "\n## not a heading\n" + closer + "\n\nAfter.\n"
            #expect(Self.refusal(body) == nil, "\(body.debugDescription)")
        }
    }

    static let containers: [String] = {
        let openers = ["- ", "* ", "1. ", "2) ", "> ", ":   "]
        let headings = ["## Public", "## Secret {.internal}", "### Notes {.state}", "# Findings"]
        var bodies: [String] = []
        for opener in openers {
            for heading in headings {
                let term = opener == ":   " ? "Term\n\n" : ""
                let indent = String(repeating: " ", count: opener == ":   " ? 4 : opener.count)
                let continuation = opener == "> " ? "> " : indent
                for section in ["## Notes {.internal}\n\n", "## Notes\n\n", ""] {
                    bodies.append("# Visit\n\n" + section + term + opener + heading + "\n\n" + continuation + "in the item Zebrakettle\n\nAfter the list.\n")
                    bodies.append("# Visit\n\n" + section + term + opener + "item\n" + heading + "\n\nAfter.\n")
                    bodies.append("# Visit\n\n" + section + term + opener + "item\n\n" + continuation + heading + "\n\n" + continuation + "more\n\nAfter.\n")
                }
            }
        }
        return bodies
    }()

    @Test func headingsInContainersAreRefusedOrGetPandocsLevels() throws {
        var refused = 0, agreeing = 0
        var found: [String] = []
        for (index, body) in Self.containers.enumerated() {
            if Self.refusal(body) != nil { refused += 1; continue }
            let moved = try PandocDifferentialTests.disagreements(Round7StructureClassTests.source(body), file: "container-\(index)",
                                                                  distinctLevels: true)
            if moved.isEmpty { agreeing += 1 } else { found += moved }
        }
        print("headings in containers: \(Self.containers.count) bodies, \(refused) refused, \(agreeing) with Pandoc's levels")
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }
}
