import ArgumentParser
import TamgaCore

/// `--lang` takes what a front matter's `lang` takes: a BCP 47 tag read by
/// its primary subtag (`ru`, `ru-RU`, `ky_KG`, `EN`), so a user who copies
/// the front matter's value onto the command line is not refused (issue 19).
extension DocumentLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(tag: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
