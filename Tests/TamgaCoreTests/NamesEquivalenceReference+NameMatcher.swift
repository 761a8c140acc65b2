// Frozen copy of Sources/TamgaCore/Names/NameMatcher.swift at commit 2fd7615, nested in
// `NamesReference` (see NamesEquivalenceReference.swift). Do not optimize this file.

import TamgaCore  // not @testable: only the public seam types, never the optimized internals

extension NamesReference {
    /// Finds every person of the vault in a text, in every spelling, case form,
    /// script and typographic disguise the skeleton folds (see `SkeletonText`).
    ///
    /// How: the text is reduced to its skeleton once (one pass, with a map back
    /// to UTF-8 offsets), one automaton holding the keys of all persons runs over
    /// it (`SkeletonAutomaton`), each hit is checked for word boundaries and a
    /// legal ending (`NameEndings`), adjacent parts of one person are merged into
    /// one mention ("Айбек Садыков", "САДЫКОВ Айбек", "Айбек Садык уулу"), initials
    /// and patronymics next to a mention are taken in ("А. Садыков", "Садыков
    /// А.Б.", "Айбек Мамыт уулу"), and a part that stands alone is kept or not by
    /// its risk class and `Options`.
    ///
    /// Word boundaries: a name inside a longer word is not a hit unless the rest
    /// of the word is an ending ("Sadykovsky" is not Sadykov; "Sadykov's",
    /// "Sadykov,", «Садыков», "Садыковдун" are). A false negative is a leak, a
    /// false positive only over-redacts; the rules lean that way where unsure.
    public struct NameMatcher: NameFinding {
        /// Which parts of a name are matched when they stand alone (not next to
        /// another part of the same person or an initial).
        public struct Options: Sendable, Hashable {
            public enum Alone: Sendable, Hashable {
                case always
                /// Only where the text writes it with a capital (Нур, not нур "ray").
                case capitalized
                case never
            }

            /// A given name of four or more letters that is not a common word
            /// (Айбек, Гульнара). Default `.always`: a detainee's first name alone
            /// identifies them to anyone who knows the facility (redaction.md F6).
            public var distinctiveGivenNames: Alone
            /// Any part shorter than four skeleton symbols (Ли, Ким, Али, Нур).
            /// Default `.capitalized`: "ли" and "ким" are common words in Russian and Kyrgyz.
            public var shortNames: Alone
            /// A given name that is also a word (Болот "steel", Бакыт "happiness",
            /// Роман "novel"). Default `.never`, per issue 5: only as part of a full
            /// name or next to an initial, unless the policy asks for more.
            public var commonWordNames: Alone

            public init(distinctiveGivenNames: Alone = .always, shortNames: Alone = .capitalized, commonWordNames: Alone = .never) {
                self.distinctiveGivenNames = distinctiveGivenNames
                self.shortNames = shortNames
                self.commonWordNames = commonWordNames
            }
        }

        public let persons: [PersonNames]
        public let options: Options
        let keys: [NameKey]
        /// Keys with the same symbols and endings share one automaton entry: a
        /// given name borne by a thousand persons is checked once per occurrence.
        let groups: [[Int32]]
        let automaton: SkeletonAutomaton

        public init(persons: [PersonNames], options: Options = Options()) {
            self.persons = persons
            self.options = options
            var keys: [NameKey] = []
            for (index, person) in persons.enumerated() {
                keys += NameKeyBuilder.keys(for: person, person: Int32(index))
            }
            self.keys = keys
            var groupOf: [[UInt8]: Int] = [:]
            var groups: [[Int32]] = []
            var groupSymbols: [[UInt8]] = []
            for (index, key) in keys.enumerated() {
                let id = key.symbols + [key.endings.rawValue]
                if let group = groupOf[id] {
                    groups[group].append(Int32(index))
                } else {
                    groupOf[id] = groups.count
                    groups.append([Int32(index)])
                    groupSymbols.append(key.symbols)
                }
            }
            self.groups = groups
            self.automaton = SkeletonAutomaton(keys: groupSymbols)
        }

        /// How many keys the automaton holds (a few per name part; reported, not enumerated spellings).
        public var keyCount: Int { keys.count }

        /// States of the automaton, for memory estimates.
        public var stateCount: Int { automaton.stateCount }

        public func matches(in text: String) -> [NameMatch] {
            var copy = text
            let found: [(start: Int, end: Int, persons: [Int32])] = copy.withUTF8 { utf8 in
                let skeleton = SkeletonText(utf8: utf8)
                return mentions(in: skeleton, utf8: utf8).map { mention in
                    (Int(skeleton.starts[mention.start]), Int(skeleton.ends[mention.end - 1]), mention.persons)
                }
            }
            let utf8 = text.utf8
            return found.map { item in
                let lower = utf8.index(utf8.startIndex, offsetBy: item.start)
                let upper = utf8.index(utf8.startIndex, offsetBy: item.end)
                let ids = item.persons.map { persons[Int($0)].personID }
                return NameMatch(personID: ids[0], range: lower..<upper, candidates: ids)
            }
        }

        /// The raw hits of the automaton that sit on word boundaries with a legal ending.
        func hits(in skeleton: SkeletonText) -> [Hit] {
            var hits: [Hit] = []
            for (end, group) in automaton.hits(in: skeleton) {
                let first = keys[Int(groups[group][0])]
                let start = end - first.symbols.count
                guard skeleton.isWordStart(start) else { continue }
                let atWordEnd = skeleton.isWordEnd(end)
                let withEnding = atWordEnd || first.endings == .none ? nil : endingEnd(skeleton, key: first, from: end)
                var withParticle: Int?? = nil
                for index in groups[group] {
                    let key = keys[Int(index)]
                    var stop = end
                    if key.role == .father {
                        if withParticle == nil { withParticle = atWordEnd ? particleEnd(skeleton, from: end) : .some(nil) }
                        guard let after = withParticle ?? nil else { continue }
                        stop = after
                    } else if !atWordEnd {
                        guard let withEnding else { continue }
                        stop = withEnding
                    }
                    hits.append(Hit(start: start, end: stop, person: key.person, role: key.role, risk: key.risk))
                }
            }
            return hits
        }

        /// Where the word that continues a key ends, if the rest of it is a legal ending.
        private func endingEnd(_ skeleton: SkeletonText, key: NameKey, from end: Int) -> Int? {
            let wordEnd = skeleton.wordEnd(from: end)
            guard wordEnd - end <= NameEndings.longest else { return nil }
            let rest = Array(skeleton.symbols[end..<wordEnd])
            let set = key.endings == .full ? NameEndings.full : NameEndings.short
            if set.contains(rest) { return wordEnd }
            // A key ending in i swallowed the i of the ending (Алии, Сергейин): the skeleton merged them.
            if key.symbols.last == UInt8(ascii: "i"), set.contains([UInt8(ascii: "i")] + rest) { return wordEnd }
            return nil
        }

        /// After a father's name: a space and уулу/кызы/оглы (with any ending: уулунун). Returns its end.
        private func particleEnd(_ skeleton: SkeletonText, from end: Int) -> Int? {
            let symbols = skeleton.symbols
            guard end < symbols.count, symbols[end] == SkeletonText.space else { return nil }
            let start = end + 1
            let wordEnd = skeleton.wordEnd(from: start)
            guard wordEnd > start else { return nil }
            let word = String(decoding: symbols[start..<wordEnd], as: UTF8.self)
            for particle in NameParts.sonParticles.union(NameParts.daughterParticles) where word.hasPrefix(particle) {
                let rest = Array(word.utf8.dropFirst(particle.utf8.count))
                if rest.isEmpty || NameEndings.full.contains(rest) { return wordEnd }
            }
            return nil
        }

        struct Hit {
            var start: Int
            var end: Int
            var person: Int32
            var role: NameParts.Role
            var risk: NameKey.Risk
        }

        // MARK: - From NameMatcher+Mentions.swift

        struct Mention {
            var start: Int
            var end: Int
            /// Candidate persons with the lowest risk and the roles seen for each.
            var candidates: [Int32: (risk: NameKey.Risk, role: NameParts.Role)]
            /// Parts, initials or patronymics joined: more than one means the mention is not a part alone.
            var pieces: Int

            var persons: [Int32] { candidates.keys.sorted() }
        }

        func mentions(in skeleton: SkeletonText, utf8: UnsafeBufferPointer<UInt8>) -> [Mention] {
            let chosen = leftmostLongest(hits(in: skeleton))
            var merged: [Mention] = []
            for mention in chosen {
                if var last = merged.last, isJoinable(skeleton, from: last.end, to: mention.start) {
                    let shared = last.candidates.filter { mention.candidates[$0.key] != nil }
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
                    mention.candidates = mention.candidates.filter { allowedAlone($0.value, skeleton, utf8, at: mention.start) }
                    if mention.candidates.isEmpty { continue }
                }
                result.append(mention)
            }
            return result
        }

        /// Sorted by start, the longest at each start, overlapping later hits dropped;
        /// hits on the same span pool their persons.
        private func leftmostLongest(_ hits: [Hit]) -> [Mention] {
            let sorted = hits.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            var out: [Mention] = []
            for hit in sorted {
                if var last = out.last, hit.start < last.end {
                    if hit.start == last.start, hit.end == last.end {
                        let existing = last.candidates[hit.person]
                        if existing == nil || hit.risk < existing!.risk { last.candidates[hit.person] = (hit.risk, hit.role) }
                        out[out.count - 1] = last
                    }
                    continue
                }
                out.append(Mention(start: hit.start, end: hit.end, candidates: [hit.person: (hit.risk, hit.role)], pieces: 1))
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
            _ candidate: (risk: NameKey.Risk, role: NameParts.Role),
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
            let scanner = SkeletonScanner(utf8: utf8)
            return SkeletonScalarTable.entry(scanner.decode(offset).value).isUpper
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
}
