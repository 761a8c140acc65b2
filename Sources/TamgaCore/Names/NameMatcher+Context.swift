/// What stands around a name part alone, read from the original text: a place
/// construction ("ул. Токтогула", "Таласской области") or a sentence start
/// ("Ким келди?"), issue 15. The leak scan has its own code for the same rule
/// (`LeakPlaceContext`, `LeakCommonStemRule`); both read `Gazetteer`.
extension NameMatcher {
    /// How far around a part the context is read, in UTF-8 bytes.
    static let contextBytes = 96

    /// Whether the word at UTF-8 `start..<end` is a place: a Russian adjective
    /// of a place (Таласской, Токтогульского), a word after "ул./улица/пр./мкр/
    /// село/район" or before "көчөсү/облусу/области/району/шаары/айылы", or a
    /// place name after "в/из/г./с." or next to СИЗО/ИВС/РОВД.
    func isPlace(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        let head = String(before.reversed().prefix(while: Self.isWordCharacter).reversed())
        let tail = String(after.prefix(while: Self.isWordCharacter))
        let word = (head + Self.text(utf8, from: start, to: end) + tail).lowercased()
        let gazetteer = Gazetteer.shared
        if gazetteer.adjectiveForms.contains(word) || Gazetteer.isCompoundPlace(word) { return true }
        let (previous, previousGap) = Self.previousWord(before.dropLast(head.count))
        let (next, nextGap) = Self.nextWord(after.dropFirst(tail.count))
        let dotted = previousGap.allSatisfy { $0 == "." || $0.isWhitespace }
        if dotted, Gazetteer.before.contains(previous) { return true }
        if nextGap.allSatisfy(\.isWhitespace), Gazetteer.after.contains(next) { return true }
        guard gazetteer.placeForms.contains(word) || Gazetteer.hasToponymShape(word) else { return false }
        return (dotted && (Gazetteer.shortBefore.contains(previous) || Gazetteer.institutions.contains(previous)))
            || (nextGap.allSatisfy(\.isWhitespace) && Gazetteer.institutions.contains(next))
    }

    /// Whether the text before UTF-8 `offset` ends a sentence: nothing, or
    /// ". ! ? … : ;" before it (quotes, brackets, dashes and markup skipped),
    /// or a line break after such a sign, a space, a blank line or before a
    /// list marker. A line break inside a wrapped sentence is not a sentence start.
    func isSentenceStart(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let before = Self.text(utf8, from: offset - Self.contextBytes, to: offset)
        // Two spaces: the typist's sentence gap, and what the scan's address
        // view leaves of ". " (punctuation there becomes spaces).
        if before.hasSuffix("  ") { return true }
        var index = before.endIndex
        var sawMarker = false
        var inTag = false
        while index > before.startIndex {
            let character = before[before.index(before: index)]
            if inTag {
                if character == "<" { inTag = false }
            } else if character == ">" {
                inTag = true
                sawMarker = true
            } else if character.isNewline {
                // A blank line, a line ending in a space (a Markdown break; the scan's
                // address view, where punctuation became spaces) or a sentence sign.
                guard let last = before[..<before.index(before: index)].last else { return true }
                return sawMarker || last.isWhitespace || ".!?…:;".contains(last)
            } else if ".!?…:;|«“„".contains(character) {
                // A table cell and an opening quotation mark start a sentence too: a cell
                // or a quoted title begins with a capital (red-team round 3).
                return true
            } else if "-*#+–—".contains(character) {
                sawMarker = true
            } else if !(character.isWhitespace || "«»\"'“”„([{_".contains(character)) {
                return false
            }
            index = before.index(before: index)
        }
        return offset - Self.contextBytes <= 0 || sawMarker
    }

    /// The skeleton of a whole written word (`writtenWord`) when it is a
    /// lexicon word or a possessive of one, else "" (then it is a name).
    static func lexiconKey(_ word: String) -> String {
        // A Kyrgyz possessive of the word (Максатыбыз "our goal") is the word too (`isWordForm`).
        CommonWords.shared.isWordForm(word) ? SkeletonText.key(word) : ""
    }

    /// Whether the word after UTF-8 `end` (one space between) is a bare
    /// plural noun the word before it qualifies (`AttributiveUse`).
    func isAttributive(_ utf8: UnsafeBufferPointer<UInt8>, after end: Int, allCaps: Bool = false) -> Bool {
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        guard after.first == " " else { return false }
        let next = after.dropFirst().prefix(while: \.isLetter)
        let rest = after.dropFirst(1 + next.count)
        let following = rest.first == " " ? rest.dropFirst().prefix(while: \.isLetter) : ""
        return AttributiveUse.isAttributive(next: next, following: following, allCaps: allCaps)
    }

    /// Whether the word `whole`, ending at UTF-8 `end`, stands in a set
    /// phrase that makes it the word (`SetPhraseUse`); the line after it is
    /// read too, so a sentence going on in lower case stays the name.
    func isSetPhrase(_ utf8: UnsafeBufferPointer<UInt8>, whole: String, after end: Int) -> Bool {
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        let nextLine: Substring? = after.firstIndex(of: "\n").map { after[after.index(after: $0)...] }
            ?? (end + Self.contextBytes >= utf8.count ? "" : nil)
        return SetPhraseUse.isSetPhrase(whole, rest: after, nextLine: nextLine)
    }

    /// Whether the word at UTF-8 `start..<end` is inside a named entity
    /// (`NamedEntities`: "Кыргыз Темир Жолу", "газета «Эркин Тоо»"): the
    /// words around it, joined by spaces, hyphens or quotes only, hold one.
    func isEntity(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let entities = NamedEntities.shared
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        let word = (Self.text(utf8, from: start, to: end) + after.prefix(while: \.isLetter)).lowercased()
        guard entities.allForms.contains(word) else { return false }
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let joined: (Character) -> Bool = { $0.isLetter || $0 == " " || $0 == "-" || "«»\"“”„'".contains($0) }
        let left = before.reversed().prefix(while: joined).reversed()
        let right = after.drop(while: \.isLetter).prefix(while: joined)
        let split: (String) -> [String] = { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let previous = split(String(left))
        let writtenWord = Self.text(utf8, from: start, to: end) + after.prefix(while: \.isLetter)
        let written = previous + [writtenWord] + split(String(right))
        return entities.covers(written.map { $0.lowercased() }, at: previous.count, written: written)
    }

    /// Whether the word at UTF-8 `start..<end` is part of a hyphenated
    /// compound naming a thing (`NameCompounds`: Иван-чай).
    func isInCompound(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let text = before + Self.text(utf8, from: start, to: end) + Self.text(utf8, from: end, to: end + Self.contextBytes)
        let lower = text.index(text.startIndex, offsetBy: before.count)
        let upper = text.index(lower, offsetBy: Self.text(utf8, from: start, to: end).count)
        return NameCompounds.covers(lower..<upper, in: text, spaced: false)
    }

    /// Whether the whole word `whole` written at UTF-8 `start` stands as a
    /// possessive, not as a surname (`PossessiveUse`), read on its line.
    func isPossessiveUse(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, whole: String) -> Bool {
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let end = start + whole.utf8.count
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        return PossessiveUse.isPossessive(whole, before: line, after: after.prefix { $0 != "\n" })
    }

    /// The whole word at UTF-8 `start..<end` as written (widened to the word's end).
    func writtenWord(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> String {
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        return Self.text(utf8, from: start, to: end) + after.prefix(while: \.isLetter)
    }

    /// Whether `word` is a part of the person's declared spellings in any
    /// script (the same skeleton: Жуков for a declared Žukov), not a word
    /// that only reads like it through another language's convention, which
    /// has a key of its own ("below" for the German spelling Below of Белов).
    /// Whether `word` is one of the person's Russian-type surnames as
    /// declared, bare or with a name's case ending (кузнецов, кузнецову,
    /// petrov; red-team round 8, A1): no lemma of prose, whatever the lexicon
    /// reads into it (the genitive plural of кузнец, Пётр's possessive), so
    /// the projector replaces it in lower case too, as the scan refuses it
    /// (`LeakSurnameNames`). A lexicon word that is the surname and an
    /// ending (беловой "fair", for Белов) keeps its reading.
    func isWholeSurname(_ word: String, of person: Int32) -> Bool {
        let surnames = surnameWords[Int(person)]
        guard !surnames.isEmpty else { return false }
        let word = word.lowercased().replacingOccurrences(of: "ё", with: "е")
        if surnames.contains(word) { return true }
        guard !CommonWords.shared.contains(word) else { return false }
        return surnames.contains { surname in
            word.count > surname.count && word.hasPrefix(surname) && Self.surnameEndings.contains(String(word.dropFirst(surname.count)))
        }
    }

    /// A Russian surname's case endings (both genders, plural), in both
    /// scripts; not the Kyrgyz ones (`орловка` is the village, not Орлов + -ка).
    static let surnameEndings: Set<String> = ["а", "у", "ым", "ом", "е", "ой", "ою", "ы", "ых", "ыми", "им", "и", "a", "u", "ym", "om", "e",
                                              "oy", "oi", "y", "ykh", "ikh", "im"]

    func isDeclaredWord(_ word: String, of person: Int32) -> Bool {
        let word = word.lowercased()
        return persons[Int(person)].spellings.contains { spelling in
            spelling.split(whereSeparator: { !$0.isLetter }).contains { part in
                let part = part.lowercased()
                if part == word { return true }
                // One script to the other by the published systems, either way round.
                return TransliterationSystem.allCases.contains {
                    Transliteration.latin(part, system: $0).lowercased() == word || Transliteration.latin(word, system: $0).lowercased() == part
                } || Transliteration.cyrillic(part).contains { $0.lowercased() == word }
            }
        }
    }

    /// Whether `word` (lower case) begins with a declared part of the person
    /// (or the part without its final vowel: Белова → белов-), as a case form does.
    func beginsWithDeclaredPart(_ word: String, of person: Int32) -> Bool {
        persons[Int(person)].spellings.contains { spelling in
            spelling.lowercased().split(whereSeparator: { !$0.isLetter }).contains { part in
                let stem = "аеёиоуыэюяaeiouy".contains(part.last ?? " ") ? part.dropLast() : part
                return stem.count >= 3 && word.hasPrefix(stem)
            }
        }
    }

    /// Whether the word at UTF-8 `start..<end` is a declared part of the
    /// person with a case ending (Эркеге "to Erke", Максатты) or, before a
    /// comma or "!", with "my" (Максатым, "my Maksat", opening a letter): at a
    /// sentence start the capital says nothing, and these are the forms a
    /// name takes as readily as the word (red-team round 3: fail closed).
    func isCaseFormOrVocative(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int, of person: Int32) -> Bool {
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        let letters = after.prefix(while: \.isLetter)
        let word = (Self.text(utf8, from: start, to: end) + letters).lowercased()
        let next = after.dropFirst(letters.count).first
        // A diminutive declines as a Russian name in -а, -я does (Гуле, Гулю of Гуля; red team round 11, A-1915).
        let diminutives = persons[Int(person)].diminutives.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }) }
            .filter { "ая".contains($0.last ?? " ") }.map { String($0.dropLast()) }
        if diminutives.contains(where: { stem in
            stem.count >= 3 && word.hasPrefix(stem) && Self.caseEndings.contains(String(word.dropFirst(stem.count)))
        }) { return true }
        return persons[Int(person)].spellings.contains { spelling in
            spelling.lowercased().split(whereSeparator: { !$0.isLetter }).contains { part in
                guard word.hasPrefix(part), word.count > part.count else { return false }
                let rest = String(word.dropFirst(part.count))
                return Self.caseEndings.contains(rest) || Self.possessiveForms.contains(rest)
                    || (Self.firstPersonPossessives.contains(rest) && (next == "," || next == "!"))
            }
        }
    }

    /// Whether the word at UTF-8 `start..<end` stands in a title-case run: the
    /// words on both sides (one space apart) are capitalized dictionary words
    /// ("Conditions Below Minimum Standards", red-team round 3), where a
    /// capital says nothing about a name.
    func isInTitleCase(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes).drop(while: \.isLetter)
        guard before.last == " ", after.first == " " else { return false }
        let previous = before.dropLast().reversed().prefix(while: \.isLetter).reversed()
        let next = after.dropFirst().prefix(while: \.isLetter)
        return [String(previous), String(next)].allSatisfy { word in
            word.count >= 3 && word.first?.isUppercase == true && CommonWords.shared.isWordForm(word.lowercased())
        }
    }

    /// Kyrgyz case endings straight after a stem, and Russian ones, in Cyrillic.
    static let caseEndings: Set<String> = {
        // Not -ы, -и: the Kyrgyz third-person possessive (Максаты "its goal") is the word.
        var out: Set<String> = ["а", "у", "ом", "е", "ой", "ю", "я", "ем", "ей", "ою"]
        let wide = ["а", "е", "о", "ө"], narrow = ["ы", "и", "у", "ү"]
        for v in wide { for c in ["г", "к", "д", "т"] { out.insert(c + v) }; for c in ["д", "т"] { out.insert(c + v + "н") } }
        for v in narrow { for c in ["д", "т", "н"] { out.insert(c + v + "н"); out.insert(c + v) } }
        return out
    }()
    static let firstPersonPossessives: Set<String> = ["ым", "им", "ум", "үм", "м"]

    /// "My", "our", "your" on a name, with or without a case ending after
    /// (Ырысым, Дастаныбыз, Ырысымды, Дастаныбызга): how relatives speak of a
    /// detainee, which left the name in the export at a sentence start (red
    /// team round 11, A-1913, A-1914). The bare "my" keeps its own rule
    /// (`firstPersonPossessives`: only before a comma or "!", "Максатым:" is
    /// as often "my goal"); the longer forms at a sentence start are read as
    /// the person (fail closed: "Максатыбыз" "our goal" is replaced too).
    static let possessiveForms: Set<String> = {
        let narrow: [Character] = ["ы", "и", "у", "ү"]
        var possessives: [String] = []
        for v in narrow {
            let b = "б" + String(v) + "з"
            possessives += [String(v) + b, b, String(v) + "ң", String(v) + "ңыз", String(v) + "ңиз", String(v) + "ңуз", String(v) + "ңүз"]
        }
        possessives += ["ң", "ңыз", "ңиз", "ңуз", "ңүз"]
        var out = Set(possessives)
        let cases = ["ды", "ди", "ду", "дү", "га", "ге", "го", "гө", "дын", "дин", "дун", "дүн", "да", "де", "до", "дө", "дан", "ден", "дон", "дөн"]
        for possessive in possessives + ["ым", "им", "ум", "үм", "м"] {
            for ending in cases { out.insert(possessive + ending) }
        }
        return out
    }()

    /// Whether `key` is the skeleton of a part of the person's declared
    /// spellings, or of a derived diminutive, as written: a short form
    /// written bare (Max, Маке) names him as the declared name does
    /// (red-team round 4).
    func isDeclaredPart(_ key: String, of person: Int32) -> Bool {
        (persons[Int(person)].spellings + persons[Int(person)].diminutives).contains { spelling in
            spelling.split(whereSeparator: { !$0.isLetter }).contains { SkeletonText.key(String($0)) == key }
        }
    }

    /// Whether a father's name with its particle ("Асан уулу", "Асан кызы")
    /// at UTF-8 `start..<end` stands beside another person's given name: one
    /// space before it a capitalized word the lexicon does not have ("Жамила
    /// Асан кызы"; not "Директор Асан уулу"), or after the particle any
    /// capitalized word ("Асан уулу Марат", "Асан уулу Болот": Kyrgyz puts the
    /// given name there, and Болот is a word too). Then it is that person's
    /// patronymic, not ours (issue 15, red-team round 4); our person's own
    /// given name there would have joined the mention.
    func isBesideAnotherGivenName(_ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let before = Self.text(utf8, from: start - Self.contextBytes, to: start)
        let after = Self.text(utf8, from: end, to: end + Self.contextBytes)
        func nameLike(_ word: Substring) -> Bool {
            word.count >= 3 && word.first?.isUppercase == true && !word.dropFirst().contains(where: \.isUppercase)
                && !CommonWords.shared.isWordForm(word.lowercased())
        }
        let previous = before.hasSuffix(" ") ? before.dropLast().reversed().prefix(while: \.isLetter).reversed() : []
        let next = after.hasPrefix(" ") ? after.dropFirst().prefix(while: \.isLetter) : ""
        let capitalized = next.count >= 3 && next.first?.isUppercase == true && !next.dropFirst().contains(where: \.isUppercase)
        return nameLike(Substring(String(previous))) || capitalized
    }

    /// Whether a lexicon word (lower case) is reached only through a derived
    /// short form plus an ending (Sans: the stem сан- of Саня and -s), not
    /// through a declared part (Below for Belov) nor as a short form written
    /// whole (Max). Such a word is no name alone, capital or not: "Médecins
    /// Sans Frontières", the SVG's font-family="DejaVu Sans" (issue 15,
    /// red-team round 4). A short stem meets many words; the declared name
    /// and the whole short form keep the common-word rule.
    func isReachedOnlyByDerivedStem(_ word: String, of person: Int32) -> Bool {
        let key = SkeletonText.key(word)
        let declared = persons[Int(person)].spellings.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }
        let byDeclared = declared.contains { part in
            let stem = String(decoding: NameKeyBuilder.russianStem(Array(SkeletonText.key(String(part)).utf8)), as: UTF8.self)
            return stem.count >= 3 && key.hasPrefix(stem)
        }
        return !byDeclared && !isDeclaredPart(key, of: person)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character == "-" || character == "'" || character == "\u{2019}"
    }

    /// The word before `text`'s end (lower-cased) and what stands between.
    static func previousWord(_ text: Substring) -> (word: String, gap: Substring) {
        let gapStart = text.lastIndex { isWordCharacter($0) || $0.isNumber }.map { text.index(after: $0) } ?? text.startIndex
        let wordText = text[..<gapStart]
        let word = wordText.reversed().prefix { isWordCharacter($0) }
        return (String(word.reversed()).lowercased(), text[gapStart...])
    }

    /// The word after `text`'s start (lower-cased) and what stands between.
    static func nextWord(_ text: Substring) -> (word: String, gap: Substring) {
        let wordStart = text.firstIndex { isWordCharacter($0) || $0.isNumber } ?? text.endIndex
        return (String(text[wordStart...].prefix { isWordCharacter($0) }).lowercased(), text[..<wordStart])
    }

    /// The text of UTF-8 `from..<to` (clamped, and moved off continuation bytes).
    static func text(_ utf8: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String {
        var lower = max(0, from)
        var upper = min(utf8.count, max(lower, to))
        while lower < upper, utf8[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper < utf8.count, upper > lower, utf8[upper] & 0xC0 == 0x80 { upper -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: utf8[lower..<upper]), as: UTF8.self)
    }
}
