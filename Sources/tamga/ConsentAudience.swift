import ArgumentParser
import TamgaCore

/// The audiences a person can consent to be named to. `internal` is not one
/// (the NPM always knows whom it met), so `--grant` and `--withdraw` do not
/// offer it in their help (issue 19 item 15).
enum ConsentAudience: String, CaseIterable, ExpressibleByArgument {
    case state
    case `public`

    var audience: Audience {
        switch self {
        case .state: .state
        case .public: .public
        }
    }
}
