// SHA-256 (FIPS 180-4) with the x86 SHA extensions.
//
// An original implementation for tamga, written from FIPS 180-4 and Intel's
// description of the SHA extensions (SHA256RNDS2, SHA256MSG1, SHA256MSG2);
// no third-party source was copied. The constants were generated from their
// definitions (fractional parts of square and cube roots of the first primes).
//
// Only the compression function uses the extensions, and only it is compiled
// for them (a target attribute), so the rest of the build needs no special
// flags and the code is never reached on a CPU without them: TamgaCrypto
// checks tamga_sha256ni_available() first and otherwise uses libsodium.
#include "CSHA256NI.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

/// K[0..63] (FIPS 180-4, 4.2.2).
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u,
    0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u,
    0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu,
    0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u,
    0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u,
    0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u,
    0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u,
    0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

int tamga_sha256ni_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    // Leaf 7 sub-leaf 0, EBX bit 29: the SHA extensions. __get_cpuid_count
    // fails when the CPU has no leaf 7.
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const int sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

/// Rounds 4g..4g+3 with the schedule words W[4g..4g+3] in `words`.
__attribute__((target("sha,sse4.1,ssse3"), always_inline))
static inline void rounds(__m128i *abef, __m128i *cdgh, __m128i words, int group) {
    const __m128i wk = _mm_add_epi32(words, _mm_load_si128((const __m128i *)(const void *)(round_constants + 4 * group)));
    *cdgh = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);                          // rounds 4g, 4g+1
    *abef = _mm_sha256rnds2_epu32(*abef, *cdgh, _mm_shuffle_epi32(wk, 0x0E)); // rounds 4g+2, 4g+3
}

/// Compresses `blocks` 64-byte blocks at `data` into `h` (FIPS 180-4, 6.2.2).
///
/// The extensions keep the working variables in two registers, {A,B,E,F} and
/// {C,D,G,H} (A and C in the top lane). SHA256RNDS2 runs two rounds: given
/// {C,D,G,H}, {A,B,E,F} and W+K for the two rounds in the low lanes, it returns
/// the new {A,B,E,F}; the old {A,B,E,F} is then the new {C,D,G,H}. So every
/// call alternates which variable holds which half. The schedule
/// W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16] is built four words at a
/// time: MSG1 adds s0(W[t-15..t-12]) to W[t-16..t-13], the W[t-7..t-4] lanes
/// are added from the two previous groups, and MSG2 adds the s1 terms (which
/// for the upper two lanes depend on the two words it has just produced).
__attribute__((target("sha,sse4.1,ssse3")))
static void compress(uint32_t h[8], const uint8_t *data, size_t blocks) {
    // Big-endian words: reverse the bytes within each 32-bit lane.
    const __m128i byte_swap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    // _mm_set_epi32 takes the top lane first.
    __m128i abef = _mm_set_epi32((int)h[0], (int)h[1], (int)h[4], (int)h[5]);
    __m128i cdgh = _mm_set_epi32((int)h[2], (int)h[3], (int)h[6], (int)h[7]);

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        // w[g % 4] holds W[4g..4g+3] for the last four groups g. Both loops are
        // unrolled so that w lives in registers and the round chain never waits
        // on a branch or a store.
        __m128i w[4];
#pragma clang loop unroll(full)
        for (int group = 0; group < 4; group++) {
            w[group] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(data + 16 * group)), byte_swap);
            rounds(&abef, &cdgh, w[group], group);
        }
#pragma clang loop unroll(full)
        for (int group = 4; group < 16; group++) {
            const __m128i minus4 = w[group & 3], minus3 = w[(group + 1) & 3];
            const __m128i minus2 = w[(group + 2) & 3], minus1 = w[(group + 3) & 3];
            __m128i words = _mm_sha256msg1_epu32(minus4, minus3);
            words = _mm_add_epi32(words, _mm_alignr_epi8(minus1, minus2, 4));
            words = _mm_sha256msg2_epu32(words, minus1);
            w[group & 3] = words;
            rounds(&abef, &cdgh, words, group);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    uint32_t lanes[4];
    _mm_storeu_si128((__m128i *)(void *)lanes, abef);
    h[0] = lanes[3]; h[1] = lanes[2]; h[4] = lanes[1]; h[5] = lanes[0];
    _mm_storeu_si128((__m128i *)(void *)lanes, cdgh);
    h[2] = lanes[3]; h[3] = lanes[2]; h[6] = lanes[1]; h[7] = lanes[0];
}

/// Zeroes `length` bytes in a way the compiler may not drop.
static void wipe(void *pointer, size_t length) {
    volatile uint8_t *bytes = (volatile uint8_t *)pointer;
    while (length--) *bytes++ = 0;
}

void tamga_sha256ni_init(tamga_sha256ni_state *state) {
    static const uint32_t initial[8] = {
        0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au, 0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
    };
    memcpy(state->h, initial, sizeof initial);
    state->byte_count = 0;
    memset(state->block, 0, sizeof state->block);
}

void tamga_sha256ni_update(tamga_sha256ni_state *state, const uint8_t *input, size_t length) {
    if (length == 0) return;
    size_t used = (size_t)(state->byte_count & 63);
    state->byte_count += length;
    if (used > 0) {
        size_t take = 64 - used;
        if (take > length) take = length;
        memcpy(state->block + used, input, take);
        input += take;
        length -= take;
        if (used + take < 64) return;
        compress(state->h, state->block, 1);
    }
    const size_t whole = length / 64;
    if (whole > 0) {
        compress(state->h, input, whole);
        input += whole * 64;
        length -= whole * 64;
    }
    if (length > 0) memcpy(state->block, input, length);
}

void tamga_sha256ni_final(tamga_sha256ni_state *state, uint8_t digest[32]) {
    // Padding (FIPS 180-4, 5.1.1): a 1 bit, zeros, then the length in bits as
    // a 64-bit big-endian number ending a block.
    const uint64_t bit_count = state->byte_count << 3;
    size_t used = (size_t)(state->byte_count & 63);
    state->block[used++] = 0x80;
    if (used > 56) {
        memset(state->block + used, 0, 64 - used);
        compress(state->h, state->block, 1);
        used = 0;
    }
    memset(state->block + used, 0, 56 - used);
    for (int i = 0; i < 8; i++) state->block[56 + i] = (uint8_t)(bit_count >> (56 - 8 * i));
    compress(state->h, state->block, 1);
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(state->h[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(state->h[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(state->h[i] >> 8);
        digest[4 * i + 3] = (uint8_t)state->h[i];
    }
    wipe(state, sizeof *state);
}

#else

// Not x86_64: the extensions do not exist, TamgaCrypto uses libsodium, and
// these are never called after tamga_sha256ni_available() returned 0.
#include <stdlib.h>

int tamga_sha256ni_available(void) { return 0; }

void tamga_sha256ni_init(tamga_sha256ni_state *state) { (void)state; abort(); }

void tamga_sha256ni_update(tamga_sha256ni_state *state, const uint8_t *input, size_t length) {
    (void)state; (void)input; (void)length; abort();
}

void tamga_sha256ni_final(tamga_sha256ni_state *state, uint8_t digest[32]) { (void)state; (void)digest; abort(); }

#endif
