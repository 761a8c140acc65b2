import Testing
@testable import TamgaCore

/// Red-team round 3, class R3-9: a `sensitive` phrase's number is read in
/// every form a reader reads it (digits, Roman numerals, cardinal and
/// ordinal words in English, Russian and Kyrgyz, ordinal endings), before
/// or after its noun, inside a range or list; `камера` also as `кам.`; and
/// a name in the other script. The writings are written out here by hand
/// (not from the matcher's tables), each number in many carriers; recall is
/// printed per family, and near misses must stay clean.
@Suite struct SensitivePhraseRound3Tests {
    struct Family: Sendable, CustomTestStringConvertible {
        let name: String
        let phrase: String
        let writings: [String]
        var testDescription: String { name }
    }

    static let carriers = ["He was held in {}.", "{}", "Его держали в {}.", "Аны {} кармашкан.", "| {} | 3 |", "(see {})", "- {};"]

    static let families = [
        Family(name: "English number words and Roman numerals", phrase: "cell 14", writings: [
            "cell fourteen", "Cell Fourteen", "cell number fourteen", "cell No. fourteen", "cell XIV", "CELL XIV", "cell fourteenth",
            "cell 14th", "cell 14-th",
        ]),
        Family(name: "English number first, as an ordinal", phrase: "cell 14", writings: [
            "the 14th cell", "14th cell", "the fourteenth cell", "fourteenth cells", "14-th cell",
        ]),
        Family(name: "English compound number", phrase: "cell 21", writings: [
            "cell twenty-one", "cell twenty one", "the twenty-first cell", "the 21st cell", "cell XXI",
        ]),
        Family(name: "ranges and lists", phrase: "cell 14", writings: [
            "cells 12–14", "cells 12-14", "cells 12 to 14", "cells 13—15", "cells 10 - 20", "cells 12, 13 and 14", "cells 12, 14",
            "cells 12 and 14", "cells 9/14",
        ]),
        Family(name: "Russian order and words", phrase: "камера 14", writings: [
            "14-й камере", "14-я камера", "14-ой камеры", "четырнадцатой камере", "четырнадцатая камера", "камера четырнадцать",
            "камере номер четырнадцать", "камеры 12–14", "камерах 12 и 14", "камера XIV", "14-го камеры",
        ]),
        Family(name: "Russian ordinal three (irregular stem)", phrase: "камера 3", writings: [
            "третьей камере", "третья камера", "3-й камере", "камера три", "камера III",
        ]),
        Family(name: "abbreviation", phrase: "камера 14", writings: ["кам. 14", "кам.14", "кам. № 14", "Кам. 14"]),
        Family(name: "Kyrgyz order and words", phrase: "камера 14", writings: [
            "14-камерада", "14-камерага", "14-камеранын", "он төртүнчү камерада", "камера он төрт", "онтөртүнчү камера",
        ]),
        Family(name: "Kyrgyz ordinal forty", phrase: "камера 40", writings: ["кыркынчы камерада", "40-камерада", "камера кырк"]),
        Family(name: "name in the other script", phrase: "Sarybek", writings: ["Сарыбек", "Сарыбеку", "Сарыбекке", "SARYBEK"]),
        Family(name: "Cyrillic name in Latin", phrase: "Сарыбек", writings: ["Sarybek", "Sarybekke", "Sarybeku"]),
    ]

    @Test(arguments: families)
    func everyWritingIsFound(family: Family) {
        var projector = 0, scan = 0, total = 0
        var misses: [String] = []
        for writing in family.writings {
            for carrier in Self.carriers {
                let text = carrier.replacingOccurrences(of: "{}", with: writing)
                let result = SensitivePhraseTests.found(family.phrase, in: text)
                total += 1
                if result.projector { projector += 1 }
                if result.scan { scan += 1 }
                if !result.projector || !result.scan, misses.count < 8 { misses.append("\(text.debugDescription) \(result)") }
            }
        }
        print("sensitive round 3, \(family.name): projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    /// Clean controls: other numbers, counts, number-like words.
    static let nearMisses: [(String, String)] = [
        ("cell 14", "He was in cell 140."), ("cell 14", "He was in cell 41."), ("cell 14", "14 cells were inspected."),
        ("cell 14", "Fourteen cells were inspected."), ("cell 14", "cell fifteen"), ("cell 14", "cell XV"), ("cell 14", "cell XIVth floor"),
        ("cell 14", "cells 15–20"), ("cell 14", "cells 1-4"), ("cell 14", "the 140th cell"), ("cell 14", "cells 12, 13 and 15"),
("cell 14", "the 4th cell"), ("cell 14", "cell 14a was empty"),
        ("cell 14", "cells 12 14"),
        ("камера 14", "камера 15"), ("камера 14", "15-й камере"), ("камера 14", "14 камер осмотрено"), ("камера 14", "в камере 140"),
        ("камера 14", "пятнадцатой камере"), ("камера 14", "кам. 15"), ("камера 14", "Камчы 14"), ("камера 14", "кам 14 көрдү"),
        ("камера 14", "15-камерада"), ("камера 14", "он беш камера"), ("камера 14", "камеры 15–20"),
        ("камера 3", "камера 33"), ("камера 3", "третий день в камере"),
        ("Sarybek", "Сарыбай"), ("Сарыбек", "Sarybay"),
    ]

    @Test(arguments: nearMisses)
    func nearMissesStayClean(phrase: String, text: String) {
        let result = SensitivePhraseTests.found(phrase, in: text)
        #expect(!result.projector && !result.scan, "\(phrase) in \(text): \(result)")
    }
}
