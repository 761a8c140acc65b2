/// One leaf of the body with its effective level: the flat view of the tree
/// for code that does not care about structure (the leak scan, statistics).
public struct Piece: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Text of a heading (of the given rank).
        case heading(rank: Int)
        /// Text of a paragraph or span.
        case text
        /// An `@` reference; `text` is the person id.
        case reference
    }

    public let kind: Kind
    public let text: String
    public let level: Level
    public let location: SourceLocation
}

extension Document {
    /// Every leaf of the body in source order, each with its effective level.
    public var pieces: [Piece] {
        var pieces: [Piece] = []
        collect(blocks, into: &pieces)
        return pieces
    }

    private func collect(_ blocks: [Block], into pieces: inout [Piece]) {
        for block in blocks {
            switch block {
            case let .section(section):
                collect(section.heading, as: .heading(rank: section.rank), into: &pieces)
                collect(section.children, into: &pieces)
            case let .division(division):
                collect(division.children, into: &pieces)
            case let .paragraph(paragraph):
                collect(paragraph.inlines, as: .text, into: &pieces)
            }
        }
    }

    private func collect(_ inlines: [Inline], as kind: Piece.Kind, into pieces: inout [Piece]) {
        for inline in inlines {
            switch inline {
            case let .text(run):
                pieces.append(Piece(kind: kind, text: run.text, level: level(of: run.explicitLevel), location: run.location))
            case let .span(span):
                collect(span.children, as: kind, into: &pieces)
            case let .reference(reference):
                pieces.append(Piece(kind: .reference, text: reference.personID, level: level(of: reference.explicitLevel),
                                    location: reference.location))
            }
        }
    }
}
