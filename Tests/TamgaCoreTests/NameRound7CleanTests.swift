import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// Red-team round 7, the clean side of class A: the near-name rule now reads
/// lower-case words too (`LeakNearNames`), so what keeps an ordinary word is
/// the lexicon, not its case. These are the round's clean failures
/// (`беловатого цвета` refused as Belov, the town `Belovo` replaced), their
/// class generated, lower-case common words near the 18 persons' names in
/// three languages, and the over-refusal measured on every clean corpus the
/// repository has (examples, the evaluation corpus, the over-refusal corpus).
@Suite struct NameRound7CleanTests {
    typealias Setup7 = NameRound7ClassTests.Setup7

    /// Adjectives in -оват-/-еват- (whitish) of every case: a lexicon adjective's forms, not Белов.
    static let whitish: [String] = {
        let endings = ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"]
        return endings.map { "Стены беловат\($0) цвета, потолок серый." } + ["Налёт беловатого оттенка.", "Беловатые выделения из раны."]
    }()

    @Test(arguments: whitish)
    func whitishIsNotBelov(_ sentence: String) throws {
        let setup = try Setup7()
        #expect(setup.replaced(sentence).isEmpty, "replaced: \(sentence)")
        #expect(setup.refused(sentence).isEmpty, "refused: \(sentence)")
    }

    /// Towns in -ovo/-evo/-ino named after a surname, where a place is said
    /// (a preposition of place, a region, town, village): the place (clean-108).
    static let towns: [String] = [
        "He was transferred from Belovo, Kemerovo region.", "He was transferred from Belovo.", "The colony in Belovo was visited.",
        "Его этапировали из Белово Кемеровской области.", "Колония в городе Белово.", "Он родом из села Петрово.",
        "The clinic of Asanovo village was closed.", "Его перевели в посёлок Семёново.", "The court in Kuznetsovo ruled.",
    ]

    @Test(arguments: towns)
    func townNamedAfterASurnameIsAPlace(_ sentence: String) throws {
        let setup = try Setup7()
        #expect(setup.replaced(sentence).isEmpty, "replaced: \(sentence)")
        #expect(setup.refused(sentence).isEmpty, "refused: \(sentence)")
    }

    /// Lower-case common words one slip (or one ending) from a protected name
    /// part, in prose: the lexicon keeps them, whatever their case.
    static let lowerCaseWords = [
        "Камерада эркин сүйлөштү.", "Мониторингдин максаты кыйноолордун алдын алуу.", "Бакыттуу адамдар жок.",
        "Азаматтык коомдун өкүлдөрү катышты.", "The ceiling below was wet.", "He spoke slowly and sadly.",
        "A seminar on semantics was held.", "The petrol station was closed.", "Стены белого цвета.",
        "Он работал кузнецом в колонии.", "Старосты камер отказались.", "Семена и саженцы не выдавались.",
        "Орлы над колонией.", "Талант жана эмгек.", "the guard was irked by the question.", "the nurses were kind.",
        "Жылдыздар көрүнүп турат.", "нурлар күнүгө өчүрүлбөйт.", "the asana class was cancelled.",
        "Мы видели старосту камеры.", "Эркиндиктен ажыратуу жайы.", "беловатые стены и серый пол.",
    ]

    @Test(arguments: lowerCaseWords)
    func lowerCaseCommonWordIsLeft(_ sentence: String) throws {
        #expect(try Setup7().refused(sentence).isEmpty, "refused: \(sentence)")
    }

    /// Over-refusal on the clean corpora with the 18 persons protected: a
    /// paragraph the scan refuses although the matcher finds none of the
    /// persons in it (the refusal is the scan's rules alone) is counted.
    /// One paragraph of the evaluation corpus names a detainee Асанова
    /// (Асанованын арызы), a namesake of the protected Асанов the scan
    /// refuses before and after round 7: a name, not a clean word, so left out.
    @Test func cleanCorporaAreNotRefused() throws {
        let setup = try Setup7()
        var paragraphs: [(source: String, text: String)] = []
        let folders = [RepositoryPaths.root.appendingPathComponent("examples"), EvaluationCorpus.folder]
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
                for paragraph in body.components(separatedBy: "\n\n") where !paragraph.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    paragraphs.append((file, paragraph))
                }
            }
        }
        var corpus = OverRefusalCorpus(seed: 0x15)
        for _ in 0..<240 { paragraphs.append(("over-refusal corpus", corpus.cleanParagraph().joined(separator: " "))) }
        var refused: [String] = []
        for (source, paragraph) in paragraphs where !paragraph.contains("Асанованын")
            && !setup.refused(paragraph).isEmpty && setup.replaced(paragraph).isEmpty {
            refused.append("\(source): \(paragraph.prefix(160))")
        }
        print("round 7 clean corpora: \(refused.count)/\(paragraphs.count) paragraphs refused with no name found")
        #expect(refused.isEmpty, "\(refused.joined(separator: "\n"))")
    }

    /// The round's trade-offs keep their behaviour (round7.md, clean): the
    /// ex-President Jeenbekov and a staff member Садык are replaced as
    /// namesakes; the Oybek metro and the Семёновские казармы are refused.
    @Test func tradeOffsKeepTheirBehaviour() throws {
        let setup = try Setup7()
        #expect(!setup.replaced("Former President Sooronbay Jeenbekov visited the colony.").isEmpty)
        #expect(!setup.replaced("Сотрудник Садык Б. сопровождал мониторов.").isEmpty)
        #expect(!setup.refused("We met at Oybek metro station.").isEmpty)
        #expect(!setup.refused("Здание Семёновских казарм.").isEmpty)
    }
}
