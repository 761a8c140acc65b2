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
        let chosen = leftmostLongest(hits(in: skeleton))
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
        for index in merged.indices {
            var mention = merged[index]
            let floor = result.last?.end ?? 0
            let ceiling = index + 1 < merged.count ? merged[index + 1].start : skeleton.symbols.count
            absorbInitialsBefore(&mention, skeleton, utf8, floor: floor)
            absorbPatronymicAfter(&mention, skeleton, ceiling: ceiling)
            absorbInitialsAfter(&mention, skeleton, utf8, ceiling: ceiling)
            if mention.pieces == 1 {
                mention.candidates = mention.candidates.filter { allowedAlone($0, skeleton, utf8, at: mention.start) }
                if mention.candidates.isEmpty { continue }
            }
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
        var slot = [Int32](repeating: -1, count: persons.count)
        var index = 0
        while index < sorted.count {
            let hit = sorted[index]
            if let last = out.last, hit.start < last.end { index += 1; continue }
            var candidates: [Candidate] = []
            while index < sorted.count, sorted[index].start == hit.start, sorted[index].end == hit.end {
                for key in keys(of: sorted[index]) {
                    let key = keys[Int(key)]
                    let at = Int(slot[Int(key.person)])
                    if at < 0 {
                        slot[Int(key.person)] = Int32(candidates.count)
                        candidates.append(Candidate(person: key.person, risk: key.risk, role: key.role))
                    } else if key.risk < candidates[at].risk {
                        candidates[at].risk = key.risk
                        candidates[at].role = key.role
                    }
                }
                index += 1
            }
            for candidate in candidates { slot[Int(candidate.person)] = -1 }
            // One group's keys come in person order: usually nothing to sort.
            if zip(candidates, candidates.dropFirst()).contains(where: { $0.person > $1.person }) {
                candidates.sort { $0.person < $1.person }
            }
            out.append(Mention(start: hit.start, end: hit.end, candidates: candidates, pieces: 1))
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

    private func allowedAlone(
        _ candidate: Candidate,
        _ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> Bool {
        let rule: Options.Alone
        switch candidate.risk {
        case .short: rule = options.shortNames
        case .commonWord:
            // Declared alone (also: [Болот]): the author asked for it; still not "болот" the word.
            rule = candidate.role == .spelling ? .capitalized : options.commonWordNames
        case .distinctive: rule = candidate.role == .given ? options.distinctiveGivenNames : .always
        }
        switch rule {
        case .always: return true
        case .never: return false
        case .capitalized: return isUppercase(utf8, at: Int(skeleton.starts[start]))
        }
    }

    private func isUppercase(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        SkeletonScalarTable.entry(SkeletonScanner.decode(utf8, offset).value).isUpper
    }

    /// A word of one or two symbols (А, Ж, Yu, Zh) written with a capital.
    private func initialWord(_ skeleton: SkeletonText, _ utf8: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        (1...2).contains(end - start) && skeleton.isWordStart(start) && isUppercase(utf8, at: Int(skeleton.starts[start]))
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
            } else if round == 0, end - position == 1, end == symbols.count || symbols[end] == SkeletonText.comma {
                mention.end = end
            } else {
                return
            }
            mention.pieces += 1
        }
    }

    /// "Айбек Садыкович", "Айбек Мамыт уулу": a patronymic right after the name,
    /// even one not declared (redaction.md F6: expand the span).
    private func absorbPatronymicAfter(_ mention: inout Mention, _ skeleton: SkeletonText, ceiling: Int) {
        let symbols = skeleton.symbols
        guard mention.end < ceiling, symbols[mention.end] == SkeletonText.space else { return }
        let start = mention.end + 1
        let end = skeleton.wordEnd(from: start)
        guard end > start + 3, end <= ceiling else { return }
        let word = String(decoding: symbols[start..<end], as: UTF8.self)
        for marker in ["oviq", "eviq", "ovn", "evn", "iqn"] {
            if let range = word.range(of: marker), word.distance(from: range.upperBound, to: word.endIndex) <= 3 {
                mention.end = end
                mention.pieces += 1
                return
            }
        }
        guard end < ceiling, symbols[end] == SkeletonText.space else { return }
        let particleEnd = skeleton.wordEnd(from: end + 1)
        guard particleEnd <= ceiling else { return }
        let particle = String(decoding: symbols[(end + 1)..<particleEnd], as: UTF8.self)
        if NameParts.isParticle(particle) || NameParts.sonParticles.union(NameParts.daughterParticles).contains(where: {
            particle.hasPrefix($0) && NameEndings.full.contains(Array(particle.utf8.dropFirst($0.utf8.count)))
        }) {
            mention.end = particleEnd
            mention.pieces += 1
        }
    }
}
