import Foundation

/// A file named on the command line by bytes that are not UTF-8: Cyrillic
/// names from Windows zip archives (cp1251, cp866) unpacked on Linux. Swift
/// reads each argument as UTF-8 with invalid bytes replaced, and Foundation
/// paths are strings, so such a file could not be opened at all ("No such
/// file or directory", evidence red team F11). The raw argument is found
/// again in `argv`, the file opened by its bytes, and read through
/// `/proc/self/fd/N`, a path every later step can use; the name kept with
/// the evidence is the original with each byte that is not UTF-8 written as
/// `\xHH`, so nothing is lost and nothing is guessed about its code page.
struct RawPathArgument {
    let url: URL
    /// The original name (last component), escaped; nil when the path is ordinary.
    let fileName: String?

    /// Resolves `argument`: itself when it names a file as typed, else the
    /// raw bytes `argv` holds for it (when neither opens, the path as typed,
    /// which the source checks then refuse by position).
    static func resolve(_ argument: String) -> RawPathArgument {
        guard argument.contains("\u{FFFD}"), !FileManager.default.fileExists(atPath: argument),
              let raw = rawArgument(matching: argument) else {
            return RawPathArgument(url: URL(fileURLWithPath: argument), fileName: nil)
        }
        let descriptor = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return RawPathArgument(url: URL(fileURLWithPath: argument), fileName: nil) }
        // Kept open for the life of the process: the path below reads through it.
        let bytes = raw.dropLast().map { UInt8(bitPattern: $0) }
        let last = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).last.map(Array.init) ?? bytes
        return RawPathArgument(url: URL(fileURLWithPath: "/proc/self/fd/\(descriptor)"), fileName: escaped(last))
    }

    /// The `argv` entry (NUL-terminated) whose lossy reading is `argument` and whose bytes are not UTF-8.
    static func rawArgument(matching argument: String) -> [CChar]? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let length = strlen(pointer)
            let bytes = UnsafeBufferPointer(start: pointer, count: length).map { UInt8(bitPattern: $0) }
            guard String(validating: bytes, as: UTF8.self) == nil,
                  String(decoding: bytes, as: UTF8.self) == argument else { continue }
            return Array(UnsafeBufferPointer(start: pointer, count: length + 1))
        }
        return nil
    }

    /// The bytes as text: valid UTF-8 sequences as they are, every other byte as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var result = "", index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, index + length <= bytes.count,
               let decoded = String(validating: bytes[index..<index + length], as: UTF8.self) {
                result += decoded
                index += length
            } else {
                result += String(format: "\\x%02x", lead)
                index += 1
            }
        }
        return result
    }
}
