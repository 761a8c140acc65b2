internal import CSodium

/// Keeps decrypted text and keys out of core dumps and away from other
/// processes of the same user: no core file (RLIMIT_CORE 0), and the process
/// marked non-dumpable, which also stops ptrace attach and /proc/PID/mem reads
/// by unprivileged processes. libsodium's secure memory is additionally
/// excluded from dumps (MADV_DONTDUMP). The command line calls this first.
public enum ProcessHardening {
    /// Applies both settings; returns whether both took effect.
    @discardableResult
    public static func apply() -> Bool {
        csodium_harden_process() == 0
    }
}
