import Testing
@testable import TamgaCore

/// Red-team round 8, B-038: a name written in uneven chunks with spaces
/// (`Sa dy kov`, `Са ды ков`, `Tok to su nova`) passed the scan, which
/// closed up single letters and read two halves, but no run of chunks. A
/// view that closed up every run once refused `In Talas Region`, so only a
/// run of two to four short chunks that spells a protected part (or its
/// case form) exactly is read (`LeakSplitNames`). Generated: every way of
/// cutting every part of six letters or more of every round-6/7 person
/// (Latin and Cyrillic, bare and in a case form) into two to four chunks.
@Suite struct NameChunkSpacingTests {
    typealias Setup = NameRound7ClassTests.Setup7

    /// Every cut of `word` into 2...4 chunks of 2...5 letters (two chunks: any
    /// length of two letters or more). A one-letter chunk is not read (`sad y
    /// kov` is round 5's ordinary text); `singleLetterCuts` counts that limit.
    static func cuts(_ word: String, singleLetter: Bool = false) -> [String] {
        let letters = Array(word)
        var result: [String] = []
        func extend(_ at: Int, _ chunks: [String]) {
            if at == letters.count {
                guard chunks.count >= 2 else { return }
                if chunks.contains(where: { $0.count < 2 }) != singleLetter { return }
                result.append(chunks.joined(separator: " "))
                return
            }
            guard chunks.count < 4 else { return }
            for length in 1...5 where at + length <= letters.count {
                extend(at + length, chunks + [String(letters[at..<(at + length)])])
            }
        }
        extend(0, [])
        return result.filter { cut in
            // Two chunks longer than five letters are read as before; three or four chunks are short.
            let chunks = cut.split(separator: " ")
            return chunks.count == 2 || chunks.allSatisfy { $0.count <= 5 }
        }
    }

    /// The parts of six letters or more, and a case form of each surname.
    static let words: [(word: String, id: String)] = NameRound6ClassTests.persons6.flatMap { person in
        (person.latin + " " + person.cyrillic).split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.count >= 6 }
            .flatMap { part -> [String] in
                let cyrillic = NameRound7ClassTests.isCyrillic(part)
                if cyrillic, part.hasSuffix("ов") || part.hasSuffix("ев") || part.hasSuffix("ин") { return [part, part + "а", part + "ым"] }
                if !cyrillic, part.hasSuffix("ov") || part.hasSuffix("ev") { return [part, part + "a"] }
                return [part]
            }
            .map { ($0, person.id) }
    }

    static let cases: [(text: String, id: String)] = words.flatMap { w in
        cuts(w.word).map { cut in
            (NameRound7ClassTests.isCyrillic(w.word) ? "Задержанный \(cut) пожаловался." : "Detainee \(cut) complained.", w.id)
        }
    }

    /// The limit: cuts with one or more one-letter chunks (`S a dy kov`), counted, not required.
    @Test func singleLetterCutsAreCounted() throws {
        let setup = try Setup()
        let cases = Self.words.flatMap { w in Self.cuts(w.word, singleLetter: true).map { ("Detainee \($0) complained.", w.id) } }
        let refused = cases.filter { setup.refused($0.0).contains($0.1) }.count
        print("NameChunkSpacing: with a one-letter chunk \(refused)/\(cases.count)")
    }

    @Test(arguments: [("Detainee Sa dy kov complained.", "D-A"), ("Задержанный Са ды ков пожаловался.", "D-A"),
                      ("Detainee Sady kov complained.", "D-A"), ("We met Tok to su nova there.", "D-F"), ("Жалоба от Са ды ко вой.", "D-A"),
                      ("Detainee Sa  dy   kov complained.", "D-A")])
    func theRedTeamsChunksAreRefused(_ c: (text: String, id: String)) throws {
        #expect(try Setup().refused(c.text).contains(c.id), "not refused: \(c.text)")
    }

    @Test func everyChunkedPartIsRefused() throws {
        let setup = try Setup()
        var byChunks: [Int: (total: Int, refused: Int)] = [:]
        var missed: [String] = []
        for c in Self.cases {
            let chunks = c.text.split(separator: " ").count - 2
            let hit = setup.refused(c.text).contains(c.id)
            byChunks[chunks, default: (0, 0)].total += 1
            if hit { byChunks[chunks, default: (0, 0)].refused += 1 } else { missed.append(c.text) }
        }
        print("NameChunkSpacing: \(Self.cases.count - missed.count)/\(Self.cases.count)")
        for key in byChunks.keys.sorted() { print("NameChunkSpacing: \(key) chunks \(byChunks[key]!.refused)/\(byChunks[key]!.total)") }
        #expect(missed.isEmpty, "not refused (\(missed.count)): \(missed.prefix(20))")
    }

    /// Prose of short words that joined would make long words: never a name.
    @Test(arguments: ["In Talas Region we met him.", "Он и я ко ва не пошли.", "We go to a man at the bar.", "Ал ай бек эле.",
                      "Мы с ним и она ко мне.", "Бир эки үч төрт беш.", "He is in a cell to the left.", "Ak bar da is here.",
                      "A man and a woman; ak bar; the sad kov; sad y kov."])
    func shortWordProseIsClean(_ text: String) throws {
        #expect(try Setup().refused(text).isEmpty, "refused: \(text)")
    }
}
