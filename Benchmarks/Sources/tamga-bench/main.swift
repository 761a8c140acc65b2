// tamga-bench: in-process benchmarks of tamga's libraries (issue 9).
//
//   tamga-bench ss-enc KEYHEX IN OUT        SecretStream.encrypt(from:to:) file to file
//   tamga-bench ss-dec KEYHEX IN OUT        SecretStream.decrypt(from:to:)
//   tamga-bench aead SIZE OPS REPS          XChaCha20Poly1305.seal / open
//   tamga-bench object SIZE OPS REPS        VaultObject.seal / open (sealed box + commitment + stream)
//   tamga-bench pwhash REPS                 Argon2id.deriveKey at MODERATE
//   tamga-bench sha256 MIB REPS             SHA256.hash over MIB MiB in memory (TAMGA_SHA256=libsodium
//                                           measures libsodium's portable SHA-256 instead of SHA-NI)
//   tamga-bench redact CORPUS NAMES.tsv PERSONS REPS
//                                           NameMatcher over a corpus, names replaced
//   tamga-bench export EXAMPLES_DIR DOC_ID NAMES.tsv PERSONS OPS REPS
//                                           Exporter.export of one report, state audience
//   tamga-bench detectors EXAMPLES_DIR OPS REPS
//                                           each identifier detector alone (DetectorKind.matches) over the
//                                           examples' texts, whole and by paragraph, in thread CPU time:
//                                           where an export's detector time goes (issue 15)
//
// Every result is one JSON line on stdout (the shape sodiumbench prints), so
// run.sh can interleave this and the C program and report.py can aggregate.
// Timings use CLOCK_MONOTONIC; peak memory is getrusage's ru_maxrss.
import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// This thread's CPU time in seconds: on a loaded host it moves far less than the wall clock.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func maxRSSKiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tamga-bench: \(message)\n".utf8))
    exit(2)
}

/// Unbuffered, so lines interleave in order with the C program's.
func output(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// One JSON line; values are numbers or strings.
func emit(_ fields: KeyValuePairs<String, Any>) {
    let body = fields.map { key, value -> String in
        switch value {
        case let text as String: return "\"\(key)\":\"\(text)\""
        case let number as Double: return "\"\(key)\":\(String(format: "%.3f", number))"
        default: return "\"\(key)\":\(value)"
        }
    }
    output("{" + (["\"impl\":\"swift\""] + body).joined(separator: ",") + "}")
}

/// Median, min, max of per-repetition figures.
func summary(_ values: [Double]) -> (median: Double, min: Double, max: Double) {
    let sorted = values.sorted()
    return (sorted[sorted.count / 2], sorted.first!, sorted.last!)
}

func reportPerOp(_ op: String, size: Int, _ values: [Double], extra: KeyValuePairs<String, Any> = [:]) {
    let s = summary(values)
    output("{\"impl\":\"swift\",\"op\":\"\(op)\",\"size\":\(size),\"us_per_op\":\(String(format: "%.3f", s.median)),"
          + "\"min\":\(String(format: "%.3f", s.min)),\"max\":\(String(format: "%.3f", s.max)),\"reps\":\(values.count)"
          + extra.map { ",\"\($0.key)\":\($0.value)" }.joined() + "}")
}

func key(fromHex hex: String) throws -> SecretBytes {
    var bytes = try Hex.decode(hex)
    guard bytes.count == 32 else { fail("the key must be 64 hex digits") }
    return try SecretBytes(copyingAndWiping: &bytes)
}

func openForWriting(_ path: String) -> FileHandle {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { fail("cannot create \(path)") }
    return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
}

// MARK: - secretstream, file to file

func streamFile(encrypting: Bool, keyHex: String, input: String, output: String) throws {
    let key = try key(fromHex: keyHex)
    guard let source = FileHandle(forReadingAtPath: input) else { fail("cannot read \(input)") }
    let sink = openForWriting(output)
    let start = now()
    if encrypting {
        try SecretStream.encrypt(from: source, to: sink, using: key)
    } else {
        try SecretStream.decrypt(from: source, to: sink, using: key)
    }
    let seconds = now() - start
    try sink.close()
    let bytes = encrypting ? fileSize(input) : (output == "/dev/null" ? plaintextCount(ofStream: fileSize(input)) : fileSize(output))
    emit(["op": encrypting ? "ss-enc" : "ss-dec", "bytes": bytes, "seconds": seconds,
          "mib_s": Double(bytes) / seconds / 1_048_576, "maxrss_kib": maxRSSKiB()])
}

func plaintextCount(ofStream count: Int) -> Int {
    let body = count - SecretStream.headerByteCount
    let full = SecretStream.defaultChunkSize + SecretStream.overheadByteCount
    let remainder = body % full
    return body / full * SecretStream.defaultChunkSize + (remainder == 0 ? 0 : remainder - SecretStream.overheadByteCount)
}

// MARK: - AEAD and vault objects, per operation

func aead(size: Int, ops: Int, reps: Int) throws {
    let key = try SecretBytes.random(count: 32)
    let associatedData = SecureRandom.bytes(count: 32)
    let message = SecureRandom.bytes(count: size)
    var sealed: [UInt8] = []
    var sealTimes: [Double] = [], openTimes: [Double] = []
    var check = 0
    for _ in 0..<reps {
        var start = now()
        for _ in 0..<ops {
            sealed = try XChaCha20Poly1305.seal(message, using: key, authenticating: associatedData)
        }
        sealTimes.append((now() - start) / Double(ops) * 1e6)
        start = now()
        for _ in 0..<ops {
            let opened = try XChaCha20Poly1305.open(sealed, using: key, authenticating: associatedData)
            check &+= opened.count
        }
        openTimes.append((now() - start) / Double(ops) * 1e6)
    }
    let back = try XChaCha20Poly1305.open(sealed, using: key, authenticating: associatedData)
    guard back.constantTimeEquals(message), check == size * ops * reps else { fail("AEAD round trip failed") }
    reportPerOp("aead-seal", size: size, sealTimes)
    reportPerOp("aead-open", size: size, openTimes)
}

func vaultObject(size: Int, ops: Int, reps: Int) throws {
    let pair = try X25519KeyPair.generate()
    var keys = LevelKeySet()
    try keys.insert(pair, level: .internal, epoch: 1)
    let message = SecureRandom.bytes(count: size)
    let fields = ObjectHeaderFields(kind: .documentPart, level: .internal, epoch: 1)
    var sealed: [UInt8] = []
    var sealTimes: [Double] = [], openTimes: [Double] = []
    for _ in 0..<reps {
        var start = now()
        for _ in 0..<ops { sealed = try VaultObject.seal(message, header: fields, levelKey: pair.publicKey) }
        sealTimes.append((now() - start) / Double(ops) * 1e6)
        start = now()
        for _ in 0..<ops { _ = try VaultObject.open(sealed, keys: keys) }
        openTimes.append((now() - start) / Double(ops) * 1e6)
    }
    guard try VaultObject.open(sealed, keys: keys).1.constantTimeEquals(message) else { fail("object round trip failed") }
    reportPerOp("object-seal", size: size, sealTimes, extra: ["object_bytes": sealed.count])
    reportPerOp("object-open", size: size, openTimes)
}

func pwhash(reps: Int) throws {
    let salt = [UInt8](repeating: 0, count: Argon2id.saltByteCount)
    let parameters = try Argon2id.Parameters.moderate(salt: salt)
    var times: [Double] = []
    for _ in 0..<reps {
        let start = now()
        _ = try Argon2id.deriveKey(from: Array("correct horse".utf8), parameters: parameters)
        times.append((now() - start) * 1e6)
    }
    reportPerOp("argon2id-moderate", size: 0, times)
}

// MARK: - SHA-256

/// The hash that names every object: `SHA256.hash` over `mebibytes` of
/// random bytes already in memory, median of `reps`.
func sha256(mebibytes: Int, reps: Int) {
    let data = SecureRandom.bytes(count: mebibytes << 20)
    var times: [Double] = []
    var digest: [UInt8] = []
    for _ in 0..<reps {
        let start = now()
        digest = SHA256.hash(data)
        times.append(now() - start)
    }
    guard digest.count == SHA256.byteCount else { fail("no digest") }
    let s = summary(times)
    emit(["op": "sha256", "implementation": SHA256.implementationName, "bytes": data.count, "seconds": s.median,
          "mib_s": Double(mebibytes) / s.median, "mib_s_min": Double(mebibytes) / s.max,
          "mib_s_max": Double(mebibytes) / s.min, "reps": reps])
}

// MARK: - redaction

/// NAMES.tsv: one person a line, `id<TAB>name<TAB>also1<TAB>also2...`.
func loadPersons(_ path: String, limit: Int) -> [PersonNames] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text.split(separator: "\n").prefix(limit).map { line in
        let fields = line.split(separator: "\t").map(String.init)
        return PersonNames(personID: fields[0], spellings: Array(fields.dropFirst()))
    }
}

/// The corpus: documents separated by a line holding only `=====`.
func loadCorpus(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text.components(separatedBy: "\n=====\n")
}

/// What an export does with the matches: every span replaced by a marker.
func redacted(_ text: String, _ matches: [NameMatch]) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var last = text.startIndex
    for match in matches {
        out += text[last..<match.range.lowerBound]
        out += "[PERSON]"
        last = match.range.upperBound
    }
    out += text[last...]
    return out
}

func redact(corpus: String, names: String, persons: Int, reps: Int) {
    let documents = loadCorpus(corpus)
    let bytes = documents.reduce(0) { $0 + $1.utf8.count }
    let registry = loadPersons(names, limit: persons)
    let buildStart = now()
    let matcher = NameMatcher(persons: registry)
    let buildSeconds = now() - buildStart
    var times: [Double] = []
    var mentions = 0, outBytes = 0
    for _ in 0..<reps {
        mentions = 0
        outBytes = 0
        let start = now()
        for document in documents {
            let found = matcher.matches(in: document)
            mentions += found.count
            outBytes += redacted(document, found).utf8.count
        }
        times.append(now() - start)
    }
    let s = summary(times)
    let mb = Double(bytes) / 1e6
    emit(["op": "redact", "persons": registry.count, "keys": matcher.keyCount, "states": matcher.stateCount,
          "bytes": bytes, "docs": documents.count, "mentions": mentions, "out_bytes": outBytes,
          "build_s": buildSeconds, "seconds": s.median, "mb_s": mb / s.median, "mb_s_min": mb / s.max,
          "mb_s_max": mb / s.min, "reps": reps, "maxrss_kib": maxRSSKiB()])
}

// MARK: - export

func export(examples: String, id: String, names: String, persons: Int, ops: Int, reps: Int) throws {
    let policy = try ShippedPolicy.load()
    let files = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".md") }.sorted()
    var documents: [Document] = []
    for file in files {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: examples).appendingPathComponent(file)))
        documents.append(try DocumentParser.parse(bytes, file: file).validated(against: policy))
    }
    guard let document = documents.first(where: { $0.id == id }) else { fail("no document \(id) in \(examples)") }
    // The vault-wide registry: the examples' persons plus `persons` generated ones.
    let declared = try PersonRegistry(documents: documents)
    // Generated persons who share a name stem with the examples' text are left
    // out: they would make the leak scan refuse the export (correctly: an
    // official's family name that a protected detainee also bears).
    let sourceText = files.compactMap { try? String(contentsOfFile: examples + "/" + $0, encoding: .utf8) }
        .joined(separator: "\n").lowercased()
    let extra = loadPersons(names, limit: persons).filter { person in
        !person.spellings.joined(separator: " ").lowercased().split(separator: " ").contains { word in
            sourceText.contains(word.dropLast(2))
        }
    }.map { person in
        RegisteredPerson(id: "G-" + person.personID, role: "detainee", name: person.spellings[0],
                         also: Array(person.spellings.dropFirst()), consent: [])
    }
    let registry = try PersonRegistry(persons: Array(declared.persons.values) + extra)
    let sensitive = Array(Set(documents.flatMap(\.sensitive))).sorted()
    let buildStart = now()
    let exporter = Exporter(policy: policy, registry: registry,
                            names: NameFinderFactory.finder(for: registry.personNames), sensitive: sensitive)
    let buildSeconds = now() - buildStart
    var times: [Double] = []
    var size = 0
    for _ in 0..<reps {
        let start = now()
        for _ in 0..<ops { size = try exporter.export(document, for: .state, as: .markdown).text.utf8.count }
        times.append((now() - start) / Double(ops) * 1e6)
    }
    reportPerOp("export", size: size, times, extra: ["registry": registry.persons.count,
                                                     "build_ms": String(format: "%.1f", buildSeconds * 1e3)])
}

// MARK: - detectors

/// Each detector alone over every example whole (as the leak scan reads an
/// export) and paragraph by paragraph (as the projector reads runs): one
/// JSON line per detector, microseconds of CPU time (this thread's, not the
/// wall clock: the host is shared) per pass over all the texts.
func detectors(examples: String, ops: Int, reps: Int) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".md") }.sorted()
    let documents = try files.map { try String(contentsOfFile: examples + "/" + $0, encoding: .utf8) }
    let texts = documents + documents.flatMap { $0.components(separatedBy: "\n\n") }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    var total: [Double] = Array(repeating: 0, count: reps)
    // One untimed pass, so the first detector does not pay for the lexicons' and tables' first use.
    for kind in DetectorKind.allCases { for text in texts { _ = kind.matches(in: text) } }
    for kind in DetectorKind.allCases {
        var times: [Double] = []
        var found = 0
        for rep in 0..<reps {
            let start = cpuNow()
            for _ in 0..<ops {
                found = 0
                for text in texts { found += kind.matches(in: text).count }
            }
            let perPass = (cpuNow() - start) / Double(ops) * 1e6
            times.append(perPass)
            total[rep] += perPass
        }
        reportPerOp("detector", size: bytes, times, extra: ["kind": "\"\(kind.rawValue)\"", "texts": texts.count, "matches": found])
    }
    reportPerOp("detectors-all", size: bytes, total, extra: ["texts": texts.count])
}

// MARK: - main

let args = CommandLine.arguments
func int(_ index: Int) -> Int {
    guard index < args.count, let value = Int(args[index]) else { fail("argument \(index) must be a number") }
    return value
}

do {
    switch args.count > 1 ? args[1] : "" {
    case "ss-enc" where args.count == 5: try streamFile(encrypting: true, keyHex: args[2], input: args[3], output: args[4])
    case "ss-dec" where args.count == 5: try streamFile(encrypting: false, keyHex: args[2], input: args[3], output: args[4])
    case "aead" where args.count == 5: try aead(size: int(2), ops: int(3), reps: int(4))
    case "object" where args.count == 5: try vaultObject(size: int(2), ops: int(3), reps: int(4))
    case "pwhash" where args.count == 3: try pwhash(reps: int(2))
    case "sha256" where args.count == 4: sha256(mebibytes: int(2), reps: int(3))
    case "redact" where args.count == 6: redact(corpus: args[2], names: args[3], persons: int(4), reps: int(5))
    case "export" where args.count == 8:
        try export(examples: args[2], id: args[3], names: args[4], persons: int(5), ops: int(6), reps: int(7))
    case "detectors" where args.count == 5: try detectors(examples: args[2], ops: int(3), reps: int(4))
    default:
        fail("usage: see the comment at the top of Benchmarks/Sources/tamga-bench/main.swift")
    }
} catch {
    fail("\(error)")
}
