#ifndef CSODIUM_SHIM_H
#define CSODIUM_SHIM_H
/* The C boundary of tamga: only TamgaCrypto imports this module.
   Constants whose macros Swift cannot import are exposed as static inline
   functions; they carry no global state, so strict concurrency accepts them. */
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

static inline size_t csodium_secretstream_messagebytes_max(void) {
    return crypto_secretstream_xchacha20poly1305_MESSAGEBYTES_MAX;
}
static inline unsigned char csodium_secretstream_tag_message(void) {
    return crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
}
static inline unsigned char csodium_secretstream_tag_final(void) {
    return crypto_secretstream_xchacha20poly1305_TAG_FINAL;
}
/* No core file, and not dumpable (which also blocks ptrace attach and
   /proc/PID/mem by unprivileged processes): decrypted text and keys stay in
   this process. Returns 0 on success. */
static inline int csodium_harden_process(void) {
    struct rlimit none = { 0, 0 };
    int a = setrlimit(RLIMIT_CORE, &none);
    int b = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return (a == 0 && b == 0) ? 0 : -1;
}
#endif
