internal import CSodium

/// The one place libsodium is initialised. `sodium_init()` is thread-safe and
/// idempotent; a `static let` runs it once, lazily, before the first primitive.
public enum Sodium {
    /// True when libsodium initialised; every primitive checks it before use.
    public static let isReady: Bool = sodium_init() >= 0

    /// The libsodium version string, for `tamga --version`.
    public static var versionString: String {
        String(cString: sodium_version_string())
    }

    /// Stops the process if libsodium could not initialise. That happens only
    /// when the system has no source of randomness, and no key, nonce or salt
    /// may be made without one, so carrying on would be worse than stopping.
    @inline(__always)
    static func require() {
        precondition(isReady, "libsodium failed to initialise (no randomness source?)")
    }
}
