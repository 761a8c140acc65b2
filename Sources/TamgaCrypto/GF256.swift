/// Arithmetic in GF(2⁸) with the AES polynomial x⁸ + x⁴ + x³ + x + 1, for
/// Shamir secret sharing.
///
/// Multiplication is a fixed eight-round shift-and-add with masks instead of
/// branches or log/exp tables, so its time and memory accesses do not depend
/// on the (secret) operands; inversion is a fixed chain of multiplications.
enum GF256 {
    /// a · b.
    @inline(__always)
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, product: UInt8 = 0
        for _ in 0..<8 {
            product ^= a & (0 &- (b & 1))
            let carry = 0 &- (a >> 7)
            a = (a << 1) ^ (0x1b & carry)
            b >>= 1
        }
        return product
    }

    /// a⁻¹ = a²⁵⁴ (and 0 for 0, which callers never divide by).
    static func inverse(_ a: UInt8) -> UInt8 {
        let a2 = multiply(a, a), a4 = multiply(a2, a2), a8 = multiply(a4, a4)
        let a16 = multiply(a8, a8), a32 = multiply(a16, a16), a64 = multiply(a32, a32)
        let a128 = multiply(a64, a64)
        // 254 = 128 + 64 + 32 + 16 + 8 + 4 + 2
        return multiply(multiply(multiply(a128, a64), multiply(a32, a16)), multiply(multiply(a8, a4), a2))
    }
}
