/// The printable form of a share: Bech32 with the prefix `tamga-share`, so a
/// share copied by hand from paper fails its checksum on a typo instead of
/// silently rebuilding a wrong key.
///
/// Payload: version (1) ‖ x ‖ threshold ‖ fingerprint length ‖ fingerprint ‖ y.
extension ShamirShare {
    /// The Bech32 prefix of every share.
    public static let textPrefix = "tamga-share"
    /// The payload version this code writes and reads.
    public static let textVersion: UInt8 = 1

    /// `tamga-share1…`: this share as checksummed text. The text is as
    /// secret as the share: print it, do not log it.
    public func encoded() throws(CryptoError) -> String {
        let payload = try SecretBytes(count: 4 + fingerprint.count + value.count)
        let out = payload.unsafeMutableBuffer
        out[0] = Self.textVersion
        out[1] = x
        out[2] = threshold
        out[3] = UInt8(fingerprint.count)
        for (index, byte) in fingerprint.enumerated() { out[4 + index] = byte }
        value.withUnsafeBytes { y in
            UnsafeMutableRawBufferPointer(rebasing: out[(4 + fingerprint.count)...]).copyMemory(from: y)
        }
        return try Bech32.encode(humanReadablePart: Self.textPrefix, data: payload)
    }

    /// Reads a share from its text form (either case, not mixed).
    /// - Throws: `.invalidEncoding` for a wrong checksum, prefix, version or
    ///   layout; `.invalidShares` for impossible values (x = 0, threshold < 2).
    public init(encoded text: String) throws(CryptoError) {
        var payload = try Bech32.decode(text.trimmingWhitespace(), expecting: Self.textPrefix)
        defer { wipe(&payload) }
        guard payload.count >= 5, payload[0] == Self.textVersion else { throw .invalidEncoding }
        let fingerprintCount = Int(payload[3])
        guard payload.count > 4 + fingerprintCount else { throw .invalidEncoding }
        let fingerprint = Array(payload[4..<(4 + fingerprintCount)])
        let value = try SecretBytes(copying: payload[(4 + fingerprintCount)...])
        try self.init(x: payload[1], threshold: payload[2], fingerprint: fingerprint, value: value)
    }
}

extension String {
    /// Without leading and trailing spaces and newlines (a share pasted from
    /// a file usually ends with one).
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
