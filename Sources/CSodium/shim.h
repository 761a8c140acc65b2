#ifndef CSODIUM_SHIM_H
#define CSODIUM_SHIM_H
/* The C boundary of tamga: only TamgaCrypto imports this module.
   Constants whose macros Swift cannot import are exposed as static inline
   functions; they carry no global state, so strict concurrency accepts them. */
#include <sodium.h>

static inline size_t csodium_secretstream_messagebytes_max(void) {
    return crypto_secretstream_xchacha20poly1305_MESSAGEBYTES_MAX;
}
static inline unsigned char csodium_secretstream_tag_message(void) {
    return crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
}
static inline unsigned char csodium_secretstream_tag_final(void) {
    return crypto_secretstream_xchacha20poly1305_TAG_FINAL;
}
#endif
