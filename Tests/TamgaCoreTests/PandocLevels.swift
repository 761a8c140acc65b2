import Foundation
import TamgaTestSupport
@testable import TamgaCore

/// Pandoc's reading of a document's levels, for the differential test
/// (issue 15, class 1): `pandoc -f markdown -t json`, then every word with
/// the innermost level mark around it (a heading's class covers its section
/// up to the next heading of the same or higher rank; divs and spans their
/// content), else the document's unmarked level.
enum PandocLevels {
    struct Unavailable: Error, CustomStringConvertible { var description: String }

    static func words(of source: String, unmarked: Level) throws -> [String: [Level]] {
        guard let pandoc = Command.find("pandoc") else { throw Unavailable(description: "pandoc is missing: run `make test-deps`") }
        let folder = try TemporaryFolder("tamga-pandoc")
        let input = try folder.write("in.md", source)
        let result = try Command.run(pandoc, ["-f", "markdown", "-t", "json", input])
        guard result.status == 0, let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
              let blocks = json["blocks"] as? [Any] else { throw Unavailable(description: "pandoc failed: \(result.output.prefix(200))") }
        var words: [String: [Level]] = [:]
        walkBlocks(blocks, sections: [], inherited: nil, unmarked: unmarked, into: &words)
        return words
    }

    static func mark(_ attributes: Any?) -> Level? {
        guard let attr = attributes as? [Any], attr.count == 3, let classes = attr[1] as? [String] else { return nil }
        return classes.compactMap(Level.init(rawValue:)).first
    }

    private static func walkBlocks(_ blocks: [Any], sections: [(rank: Int, mark: Level?)], inherited: Level?, unmarked: Level,
                                   into words: inout [String: [Level]]) {
        var sections = sections
        func current() -> Level? { sections.last(where: { $0.mark != nil })?.mark ?? inherited }
        for case let block as [String: Any] in blocks {
            let type = block["t"] as? String ?? ""
            let content = block["c"]
            switch type {
            case "Header":
                guard let c = content as? [Any], c.count == 3, let rank = c[0] as? Int else { continue }
                sections.removeAll { $0.rank >= rank }
                // A heading's own mark, else whatever encloses it.
                let enclosing = current()
                sections.append((rank, mark(c[1])))
                walkInlines(c[2], level: current() ?? enclosing, unmarked: unmarked, into: &words)
            case "Div":
                guard let c = content as? [Any], c.count == 2 else { continue }
                walkBlocks(c[1] as? [Any] ?? [], sections: [], inherited: mark(c[0]) ?? current(), unmarked: unmarked, into: &words)
            case "CodeBlock":
                guard let c = content as? [Any], c.count == 2, let text = c[1] as? String else { continue }
                add(text, current(), unmarked, &words)
            case "Para", "Plain":
                walkInlines(content, level: current(), unmarked: unmarked, into: &words)
            case "BlockQuote":
                walkBlocks(content as? [Any] ?? [], sections: [], inherited: current(), unmarked: unmarked, into: &words)
            case "BulletList":
                for item in content as? [Any] ?? [] { walkBlocks(item as? [Any] ?? [], sections: [], inherited: current(), unmarked: unmarked, into: &words) }
            case "OrderedList":
                guard let c = content as? [Any], c.count == 2 else { continue }
                for item in c[1] as? [Any] ?? [] { walkBlocks(item as? [Any] ?? [], sections: [], inherited: current(), unmarked: unmarked, into: &words) }
            default:
                walkInlines(content, level: current(), unmarked: unmarked, into: &words)
            }
        }
    }

    private static func walkInlines(_ value: Any?, level: Level?, unmarked: Level, into words: inout [String: [Level]]) {
        switch value {
        case let dictionary as [String: Any]:
            let type = dictionary["t"] as? String ?? ""
            if type == "Str", let text = dictionary["c"] as? String { add(text, level, unmarked, &words); return }
            if type == "Span", let c = dictionary["c"] as? [Any], c.count == 2 {
                walkInlines(c[1], level: mark(c[0]) ?? level, unmarked: unmarked, into: &words); return
            }
            if type == "Code", let c = dictionary["c"] as? [Any], c.count == 2, let text = c[1] as? String {
                add(text, level, unmarked, &words); return
            }
            walkInlines(dictionary["c"], level: level, unmarked: unmarked, into: &words)
        case let array as [Any]:
            for item in array { walkInlines(item, level: level, unmarked: unmarked, into: &words) }
        default: break
        }
    }

    /// Words as the comparison sees them: lowercase runs of letters and digits.
    static func add(_ text: String, _ level: Level?, _ unmarked: Level, _ words: inout [String: [Level]]) {
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            words[String(word), default: []].append(level ?? unmarked)
        }
    }
}
