/// TamgaVault is the vault on disk: encrypted objects, members and clearances,
/// the audit log, signed and sealed exports. It composes TamgaCore and TamgaCrypto.
public enum TamgaVault {
    /// The version of the on-disk vault format this code writes and reads.
    public static let formatVersion = 1
}
