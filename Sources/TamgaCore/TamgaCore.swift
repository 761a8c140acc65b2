/// TamgaCore is the pure domain of tamga: documents and their parser, the
/// policy, per-audience projection, name variants, the leak scan and statistics.
/// It holds no keys and does no file I/O, so the whole level x audience matrix
/// is testable without libsodium.
public enum TamgaCore {
    /// The version of the document format this code reads (FORMAT.md).
    public static let formatVersion = 1
}
