import ArgumentParser
import Foundation
import TamgaVault

/// One rule for the format of every file a command writes (issue 19 item 4):
/// `--format` when given, else the `-o` file's extension, else the command's
/// default. A `--format` that contradicts the extension is an error, and so
/// is an extension no format has: a file named `x.html` that holds Markdown
/// misleads whoever opens it, and the Ministry reader is the one who does.
enum OutputFormatRule {
    /// The format to write. `output` is the `-o` value (nil, `-`, a folder or
    /// a file); `sealedSuffix` (".age") is set aside before the extension is read.
    static func choose<Format: RawRepresentable & Equatable>(
        given: Format?, output: String?, allowed: [Format], default fallback: Format, sealedSuffix: String? = nil
    ) throws -> Format where Format.RawValue == String {
        let names = allowed.map(\.rawValue)
        if let given, !allowed.contains(given) {
            throw ValidationError("this command writes \(list(names)), not \(given.rawValue)")
        }
        guard let written = fileExtension(of: output, sealedSuffix: sealedSuffix) else { return given ?? fallback }
        let named = allowed.first { $0.rawValue == written }
        switch (given, named) {
        case (let given?, let named?) where given != named:
            throw ValidationError("-o \(output!) names a .\(written) file but --format \(given.rawValue) was given; "
                + "make the two agree (or leave out --format)")
        case (nil, nil):
            throw ValidationError("cannot tell the format of \(output!) from its extension: name it "
                + list(names.map { "." + $0 }) + ", or give --format")
        default:
            return given ?? named ?? fallback
        }
    }

    /// The lowercased extension of the file `-o` names (see `OutputTarget.fileExtension`).
    static func fileExtension(of output: String?, sealedSuffix: String? = nil) -> String? {
        OutputTarget.fileExtension(of: output, sealedSuffix: sealedSuffix)
    }

    private static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
}
