/// From hits to mentions: leftmost-longest choice, merging the parts of one
/// person, taking in initials and patronymics, and the rule for parts alone.
extension NameMatcher {
    /// A person a mention may name, with the lowest risk of the keys that hit
    /// and the role of the first such key.
    struct Candidate {
        var person: Int32
        var risk: NameKey.Risk
        var role: NameParts.Role
    }

    struct Mention {
        var start: Int
        var end: Int
        /// Candidate persons, sorted by person, each once.
        var candidates: [Candidate]
        /// Parts, initials or patronymics joined: more than one means the mention is not a part alone.
        var pieces: Int

        var persons: [Int32] { candidates.map(\.person) }
    }

    func mentions(in skeleton: SkeletonText, utf8: UnsafeBufferPointer<UInt8>) -> [Mention] {
        let chosen = leftmostLongest(hits(in: skeleton, utf8: utf8))
        var merged: [Mention] = []
        for mention in chosen {
            if var last = merged.last, isJoinable(skeleton, from: last.end, to: mention.start) {
                let shared = Self.intersection(last.candidates, mention.candidates)
                if !shared.isEmpty {
                    last.end = mention.end
                    last.candidates = shared
                    last.pieces += mention.pieces
                    merged[merged.count - 1] = last
                    continue
                }
            }
            merged.append(mention)
        }
        var result: [Mention] = []
        // Chat pastes write names in lower case (`ChatRegister`); found once, and only when needed.
        var chatLines: [Range<Int>]?
        for index in merged.indices {
            var mention = merged[index]
            let floor = result.last?.end ?? 0
            let ceiling = index + 1 < merged.count ? merged[index + 1].start : skeleton.symbols.count
            let alone = mention.pieces == 1
            absorbInitialsBefore(&mention, skeleton, utf8, floor: floor)
            absorbPatronymicAfter(&mention, skeleton, utf8, ceiling: ceiling)
            absorbInitialsAfter(&mention, skeleton, utf8, ceiling: ceiling)
            // A given name's possessive with initials ("А.Б. Айбеков", "Айбеков А.Б.") is another man's surname.
            if alone, mention.pieces > 1, mention.candidates.contains(where: { $0.role == .possessive }) {
                mention.candidates.removeAll { $0.role == .possessive }
                if mention.candidates.isEmpty { continue }
            }
            if mention.pieces == 1 {
                let start = skeleton.start(mention.start)
                if options.placeConstructions, isPlace(utf8, start: start, end: skeleton.end(mention.end - 1))
                    || isEntity(utf8, start: start, end: skeleton.end(mention.end - 1)) { continue }
                if isInCompound(utf8, start: start, end: skeleton.end(mention.end - 1)) { continue }
                // Whether the mention is capitalized is one answer for all its candidates;
                // in a chat's register a small letter says nothing, so it is read as a capital.
                let writtenCapital = isUppercase(utf8, at: start)
                var capitalized = writtenCapital
                if !capitalized {
                    if chatLines == nil { chatLines = ChatRegister.byteRanges(utf8) }
                    capitalized = ChatRegister.contains(chatLines ?? [], start)
                }
                // At a sentence start only a word the lexicon has is the word ("Максаты", "Ким");
                // "Adilet asked" is still the name, though адилет is a Kyrgyz word; so is a
                // name written bare ("Болот сказал"): only its other forms are words there.
                let end = skeleton.end(mention.end - 1)
                // A chat's small letter is read as a capital at a sentence start: it says nothing,
                // so only the name's case forms and vocatives are the name there (and a word the
                // lexicon does not have).
                let atStart = capitalized && (!writtenCapital || isSentenceStart(utf8, at: start))
                let whole = writtenWord(utf8, start: start, end: end)
                // «Еркін Қазақстан»: a Kazakh word in a Kazakh title (`KazakhTitle`).
                if KazakhTitle.isTitleWord(whole, after: Self.text(utf8, from: start + whole.utf8.count,
                                                                     to: start + whole.utf8.count + Self.contextBytes)) { continue }
                let lexicon = Self.lexiconKey(whole)
                let word = atStart ? lexicon : nil
                let notWord = word?.isEmpty ?? false
                // "Темир торлор" (iron bars): the word as the attribute of a plural noun (`AttributiveUse`).
                // "Урмат менен," (with respect), "Жеңиш күнү" (Victory Day): a lexicon word in a
                // set phrase (`SetPhraseUse`) is the word, whatever the name's risk.
                // Written with its capital: in a chat's lower case the phrase is not read.
                let setPhrase = writtenCapital && word.map { !$0.isEmpty } == true
                    && isSetPhrase(utf8, whole: whole, after: start + whole.utf8.count)
                let attributive = setPhrase || word.map { !$0.isEmpty } == true
                    && isAttributive(utf8, after: end, allCaps: whole.allSatisfy(\.isUppercase))
                let written = lexicon.isEmpty ? "" : whole.lowercased()
                // A given name's possessive used as another person's surname ("Nazira Aibekova").
                let possessive = mention.candidates.contains { $0.role == .possessive } ? isPossessiveUse(utf8, start: start, whole: whole) : true
                mention.candidates = mention.candidates.filter { candidate in
                    if candidate.role == .possessive, !possessive { return false }
                    // "Асан уулу Марат": another man's patronymic (red-team round 4), before the surname rule.
                    if candidate.role == .father, isBesideAnotherGivenName(utf8, start: start, end: end) { return false }
                    // кузнецов, кузнецова, petrov: a surname whole is the person in any case (round 8, A1).
                    if isWholeSurname(whole, of: candidate.person) { return true }
                    // Not a spelling declared alone: the author asked for that one.
                    if setPhrase, candidate.role != .spelling { return false }
                    // A lexicon word that only reads like the name ("below" for Belov's German
                    // spelling Below, "беловой" "fair" for Белов): a name only where written as
                    // one, with a capital not at a sentence start (issue 15, round 2); at a
                    // sentence start still a name if it begins with the declared part (Беловой
                    // may be Белова's dative: fail closed).
                    if !written.isEmpty, candidate.risk != .commonWord, candidate.risk != .shortCommonWord,
                       !isDeclaredWord(written, of: candidate.person) {
                        if isReachedOnlyByDerivedStem(written, of: candidate.person) { return false }
                        return capitalized && (!atStart || beginsWithDeclaredPart(written, of: candidate.person))
                            && !isInTitleCase(utf8, start: start, end: end)
                    }
                    // Ким at a sentence start stays "who": the bare rule is for longer names.
                    // In a chat only the case forms and vocatives: a bare "болот" there is "will be".
                    let bare = candidate.risk == .commonWord && !attributive
                        && (word.map { !$0.isEmpty && ((writtenCapital && isDeclaredPart($0, of: candidate.person))
                            || isCaseFormOrVocative(utf8, start: start, end: end, of: candidate.person)) } ?? false)
                    // Not Ким "who" nor нур "light", a chat's commonest words: a short name keeps its
                    // written case, and so does a spelling declared alone (also: [Болот]; "will be").
                    let keepsCase = candidate.risk == .shortCommonWord || candidate.risk == .short || candidate.role == .spelling
                    let read = keepsCase ? writtenCapital : capitalized
                    return allowedAlone(candidate, capitalized: read, midSentence: read && (!atStart || notWord || bare))
                }
                if mention.candidates.isEmpty { continue }
            }
            absorbNeighbourParts(&mention, skeleton, utf8, floor: floor, ceiling: ceiling)
            result.append(mention)
        }
        return result
    }

    /// The entries of `a` (with their risk and role) whose person is also in `b`; both sorted by person.
    static func intersection(_ a: [Candidate], _ b: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        var j = 0
        for candidate in a {
            while j < b.count, b[j].person < candidate.person { j += 1 }
            if j == b.count { break }
            if b[j].person == candidate.person { out.append(candidate) }
        }
        return out
    }

    /// Sorted by start, the longest at each start, overlapping later hits dropped;
    /// hits on the same span pool their persons (per person the lowest risk, and
    /// at equal risk the role of the key that came first).
    ///
    /// Persons are gathered only for the hits kept: a given name shared by a
    /// thousand persons costs a thousand entries where it is chosen, not
    /// wherever a longer or earlier hit overlaps it.
    private func leftmostLongest(_ hits: [Hit]) -> [Mention] {
        let sorted = hits.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [Mention] = []
        var index = 0
        while index < sorted.count {
            let hit = sorted[index]
            if let last = out.last, hit.start < last.end { index += 1; continue }
            var next = index + 1
            while next < sorted.count, sorted[next].start == hit.start, sorted[next].end == hit.end { next += 1 }
            var pooled = candidates(of: hit)
            for other in sorted[(index + 1)..<next] { pooled = Self.merged(pooled, candidates(of: other)) }
            out.append(Mention(start: hit.start, end: hit.end, candidates: pooled, pieces: 1))
            index = next
        }
        return out
    }

    /// Two pooled lists (sorted by person) pooled: `first` came first, so at equal
    /// risk its entry stays; the same as `pooled([first, second])`, in one merge.
    static func merged(_ first: [Candidate], _ second: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        out.reserveCapacity(max(first.count, second.count))
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].person < second[j].person) {
                out.append(first[i]); i += 1
            } else if i == first.count || second[j].person < first[i].person {
                out.append(second[j]); j += 1
            } else {
                out.append(second[j].risk < first[i].risk ? second[j] : first[i]); i += 1; j += 1
            }
        }
        return out
    }

    /// Candidate lists pooled in order: each person once, with the lowest risk
    /// and, at equal risk, the role of the entry that came first; sorted by person.
    /// (Pooling lists that were pooled gives the same: the first entry with the
    /// overall lowest risk is the first such entry of the first list that has it.)
    static func pooled(_ lists: [[Candidate]]) -> [Candidate] {
        var out: [Candidate] = []
        var slot: [Int32: Int] = [:]
        for list in lists {
            for candidate in list {
                if let at = slot[candidate.person] {
                    if candidate.risk < out[at].risk { out[at].risk = candidate.risk; out[at].role = candidate.role }
                } else {
                    slot[candidate.person] = out.count
                    out.append(candidate)
                }
            }
        }
        // One group's keys come in person order: usually nothing to sort.
        if zip(out, out.dropFirst()).contains(where: { $0.person > $1.person }) {
            out.sort { $0.person < $1.person }
        }
        return out
    }

    /// Only spaces (line breaks, NBSP) or one comma between two parts.
    private func isJoinable(_ skeleton: SkeletonText, from end: Int, to start: Int) -> Bool {
        let gap = skeleton.symbols[end..<start]
        if gap.isEmpty { return skeleton.softBoundaries.contains(Int32(start)) }
        return gap.count <= 2 && gap.allSatisfy { $0 == SkeletonText.space || $0 == SkeletonText.comma }
            && gap.filter({ $0 == SkeletonText.comma }).count <= 1
    }

    private func allowedAlone(_ candidate: Candidate, capitalized: Bool, midSentence: Bool) -> Bool {
        let rule: Options.Alone
        switch candidate.risk {
        case .short: rule = options.shortNames
        case .shortCommonWord:
            // Ким at a sentence start is "who"; declared alone, the author asked for it.
            rule = options.shortNames == .capitalized && candidate.role != .spelling ? .capitalizedMidSentence : options.shortNames
        case .commonWord:
            // Declared alone (also: [Болот]): the author asked for it; still not "болот" the word.
            rule = candidate.role == .spelling ? .capitalized : options.commonWordNames
        case .distinctive:
            rule = candidate.role == .given ? options.distinctiveGivenNames : candidate.role == .derivedPart ? .never : .always
        }
        switch rule {
        case .always: return true
        case .never: return false
        case .capitalized: return capitalized
        case .capitalizedMidSentence: return midSentence
        }
    }

    private func isUppercase(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        SkeletonScalarTable.entry(SkeletonScanner.decode(utf8, offset).value).isUpper
    }

    /// A word of one or two symbols (А, Ж, Yu, Zh) written with a capital.
    /// A placeholder is one symbol for a whole word, capitalized or not: its
    /// own skeleton is counted (`symbolCount`), as it would have been unskipped.
    private func initialWord(_ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        (1...2).contains(end - start) && skeleton.isWordStart(start) && isUppercase(utf8, at: skeleton.start(start))
            && (1...2).contains(symbolCount(skeleton, utf8, start: start, end: end))
    }

    /// Symbols of the word `start..<end`, a placeholder's as its real skeleton.
    private func symbolCount(_ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        skeleton.wordSymbols(start..<end, utf8: utf8).count
    }

    /// "А. Садыков", "А.Б. Садыков", "A.Sadykov".
    private func absorbInitialsBefore(
        _ mention: inout Mention, _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, floor: Int
    ) {
        let symbols = skeleton.symbols
        for _ in 0..<3 {
            var position = mention.start
            if position > floor, symbols[position - 1] == SkeletonText.space { position -= 1 }
            guard position - 1 > floor, symbols[position - 1] == SkeletonText.dot else { return }
            let end = position - 1
            var start = end
            while start > floor, SkeletonText.isLetter(symbols[start - 1]) { start -= 1 }
            guard initialWord(skeleton, utf8, start: start, end: end) else { return }
            mention.start = start
            mention.pieces += 1
        }
    }

    /// "Sadykov A.", "Садыков А.Б.", "Aibek S.", and a capital letter alone before a comma or the end.
    private func absorbInitialsAfter(
        _ mention: inout Mention, _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, ceiling: Int
    ) {
        let symbols = skeleton.symbols
        for round in 0..<3 {
            var position = mention.end
            if round == 0, position < ceiling, symbols[position] == SkeletonText.space { position += 1 }
            guard position < ceiling, SkeletonText.isLetter(symbols[position]) else { return }
            let end = skeleton.wordEnd(from: position)
            guard end <= ceiling, initialWord(skeleton, utf8, start: position, end: end) else { return }
            if end < ceiling, symbols[end] == SkeletonText.dot {
                mention.end = end + 1
                if absorbDottedRun(&mention, skeleton, utf8, ceiling: ceiling) { return }
            } else if round == 0, end - position == 1, end == symbols.count || symbols[end] == SkeletonText.comma,
                      symbolCount(skeleton, utf8, start: position, end: end) == 1 {
                mention.end = end
            } else {
                return
            }
            mention.pieces += 1
        }
    }

    /// "Гүлзада Ж.о.р.о.б.е.к.о.в.а": after an initial, letters joined by dots
    /// with no space spell the surname out; the first was no initial, and the
    /// whole run is the name (red team round 11, B-1908, B-1129: nine of ten
    /// letters were published). Whether it took any.
    /// Only a run going on in lower case: "А.Б." is two initials.
    private func absorbDottedRun(_ mention: inout Mention, _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>,
                                 ceiling: Int) -> Bool {
        let symbols = skeleton.symbols
        var position = mention.end
        guard position < ceiling, SkeletonText.isLetter(symbols[position]), !isUppercase(utf8, at: skeleton.start(position)) else { return false }
        // At least one more letter and dot (`Ж.о.р`): "A.s" is an initial and another word.
        let second = skeleton.wordEnd(from: position)
        guard second < ceiling, second - position <= 2, symbols[second] == SkeletonText.dot else { return false }
        var took = false
        while position < ceiling, SkeletonText.isLetter(symbols[position]) {
            let end = skeleton.wordEnd(from: position)
            guard end <= ceiling, end - position <= 2 else { break }
            mention.end = end
            took = true
            guard end < ceiling, symbols[end] == SkeletonText.dot else { break }
            mention.end = end + 1
            position = end + 1
        }
        return took
    }

    /// "Айбек Садыкович", "Айбек Мамыт уулу": a patronymic right after the name,
    /// even one not declared (redaction.md F6: expand the span).
    private func absorbPatronymicAfter(_ mention: inout Mention, _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>,
                                       ceiling: Int) {
        let symbols = skeleton.symbols
        guard mention.end < ceiling, symbols[mention.end] == SkeletonText.space else { return }
        let start = mention.end + 1
        let end = skeleton.wordEnd(from: start)
        guard end <= ceiling else { return }
        // A placeholder is one symbol for a whole word: read the word itself.
        let word = skeleton.wordSymbols(start..<end, utf8: utf8)
        guard word.count > 3 else { return }
        for marker in Self.patronymicMarkers {
            // The first occurrence only, as String.range(of:) found it before.
            if let at = Self.firstIndex(of: marker, in: word), word.endIndex - (at + marker.count) <= 3 {
                mention.end = end
                mention.pieces += 1
                return
            }
        }
        guard end < ceiling, symbols[end] == SkeletonText.space else { return }
        let particleEnd = skeleton.wordEnd(from: end + 1)
        guard particleEnd <= ceiling else { return }
        if Self.isParticleWord(skeleton.wordSymbols((end + 1)..<particleEnd, utf8: utf8)) {
            mention.end = particleEnd
            mention.pieces += 1
        }
    }

    /// Skeletons inside a Russian patronymic (-ович, -евич, -овна, -евна, -ична).
    static let patronymicMarkers: [[UInt8]] = ["oviq", "eviq", "ovn", "evn", "iqn"].map { Array($0.utf8) }

    /// Where `needle` first occurs in `word` (an absolute index), or nil.
    static func firstIndex(of needle: [UInt8], in word: ArraySlice<UInt8>) -> Int? {
        guard word.count >= needle.count else { return nil }
        var at = word.startIndex
        while at + needle.count <= word.endIndex {
            if word[at..<(at + needle.count)].elementsEqual(needle) { return at }
            at += 1
        }
        return nil
    }
}
