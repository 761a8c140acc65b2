// SHA-256 with the x86 SHA extensions (SHA-NI), for TamgaCrypto only.
//
// Why: the vault names every object by the SHA-256 of its ciphertext, and
// libsodium's SHA-256 is portable C (about 200-300 MiB/s), which made it two
// thirds of `tamga attach`'s time. The SHA extensions run it several times
// faster. TamgaCrypto calls these functions only after
// tamga_sha256ni_available() returned 1, and uses libsodium's
// crypto_hash_sha256 otherwise (other CPUs, other architectures).
#ifndef TAMGA_CSHA256NI_H
#define TAMGA_CSHA256NI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Streaming state: the eight chaining words, the number of bytes hashed so
/// far, and the partial block not yet compressed.
typedef struct tamga_sha256ni_state {
    uint32_t h[8];
    uint64_t byte_count;
    uint8_t block[64];
} tamga_sha256ni_state;

/// 1 when this CPU has the SHA extensions, SSSE3 and SSE4.1 (and the build is
/// for x86_64); 0 otherwise. Executes CPUID: callers should cache the answer.
int tamga_sha256ni_available(void);

/// Sets the initial hash value (FIPS 180-4, 5.3.3).
void tamga_sha256ni_init(tamga_sha256ni_state *state);

/// Adds `length` bytes at `input` (which may be NULL when `length` is 0).
void tamga_sha256ni_update(tamga_sha256ni_state *state, const uint8_t *input, size_t length);

/// Pads, writes the 32-byte digest to `digest` and wipes `state`.
void tamga_sha256ni_final(tamga_sha256ni_state *state, uint8_t digest[32]);

#ifdef __cplusplus
}
#endif

#endif
