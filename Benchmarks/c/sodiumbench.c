/*
 * sodiumbench: the physical limit for tamga's benchmarks, libsodium from C.
 *
 *   sodiumbench enc KEYHEX IN OUT [CHUNK]   secretstream file encryption
 *   sodiumbench dec KEYHEX IN OUT [CHUNK]   secretstream file decryption
 *   sodiumbench aead SIZE OPS REPS          XChaCha20-Poly1305 seal/open per op
 *   sodiumbench pwhash REPS                 Argon2id at MODERATE, in process
 *
 * The file format is exactly tamga's SecretStream: header (24 B) then chunks of
 * CHUNK plaintext bytes + 17, no associated data, every chunk but the last
 * full and TAG_MESSAGE, the last TAG_FINAL and empty only for an empty input
 * (one chunk of look-ahead decides which chunk is last). So each side can
 * decrypt the other's output, which run.sh checks.
 *
 * Every result is one JSON line on stdout, the same shape as tamga-bench's.
 * Build: cc -O2 -o sodiumbench sodiumbench.c $(pkg-config --cflags --libs libsodium)
 */
#include <sodium.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long maxrss_kib(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void die(const char *what) {
    fprintf(stderr, "sodiumbench: %s: %s\n", what, strerror(errno));
    exit(1);
}

static size_t read_fully(int fd, unsigned char *buf, size_t n) {
    size_t total = 0;
    while (total < n) {
        ssize_t r = read(fd, buf + total, n - total);
        if (r < 0) { if (errno == EINTR) continue; die("read"); }
        if (r == 0) break;
        total += (size_t)r;
    }
    return total;
}

static void write_fully(int fd, const unsigned char *buf, size_t n) {
    size_t total = 0;
    while (total < n) {
        ssize_t w = write(fd, buf + total, n - total);
        if (w < 0) { if (errno == EINTR) continue; die("write"); }
        total += (size_t)w;
    }
}

static void parse_key(const char *hex, unsigned char key[32]) {
    size_t len = 0;
    if (sodium_hex2bin(key, 32, hex, strlen(hex), NULL, &len, NULL) != 0 || len != 32) {
        fprintf(stderr, "sodiumbench: the key must be 64 hex digits\n");
        exit(2);
    }
}

static int file_stream(int encrypt, const char *keyhex, const char *in_path, const char *out_path, size_t chunk) {
    unsigned char key[32];
    parse_key(keyhex, key);
    int in = open(in_path, O_RDONLY);
    if (in < 0) die(in_path);
    int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0) die(out_path);
    const size_t ab = crypto_secretstream_xchacha20poly1305_ABYTES;
    unsigned char *cur = malloc(chunk), *next = malloc(chunk), *cbuf = malloc(chunk + ab);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned long long bytes = 0;
    double t0 = now();
    if (encrypt) {
        crypto_secretstream_xchacha20poly1305_init_push(&st, header, key);
        write_fully(out, header, sizeof header);
        size_t n = read_fully(in, cur, chunk);
        for (;;) {
            int final = n < chunk;
            size_t m = 0;
            if (!final) { m = read_fully(in, next, chunk); final = m == 0; }
            unsigned long long cl;
            crypto_secretstream_xchacha20poly1305_push(&st, cbuf, &cl, cur, n, NULL, 0,
                final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            write_fully(out, cbuf, (size_t)cl);
            bytes += n;
            if (final) break;
            unsigned char *t = cur; cur = next; next = t; n = m;
        }
    } else {
        if (read_fully(in, header, sizeof header) != sizeof header) { fprintf(stderr, "truncated\n"); return 1; }
        if (crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key) != 0) { fprintf(stderr, "bad header\n"); return 1; }
        for (;;) {
            size_t n = read_fully(in, cbuf, chunk + ab);
            if (n < ab) { fprintf(stderr, "sodiumbench: truncated stream\n"); return 1; }
            unsigned long long ml; unsigned char tag;
            if (crypto_secretstream_xchacha20poly1305_pull(&st, cur, &ml, &tag, cbuf, n, NULL, 0) != 0) {
                fprintf(stderr, "sodiumbench: authentication failed\n"); return 1;
            }
            write_fully(out, cur, (size_t)ml);
            bytes += ml;
            if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
                unsigned char probe;
                if (read_fully(in, &probe, 1) != 0) { fprintf(stderr, "sodiumbench: trailing data\n"); return 1; }
                break;
            }
            if (ml != chunk) { fprintf(stderr, "sodiumbench: short non-final chunk\n"); return 1; }
        }
    }
    double t = now() - t0;
    close(in);
    if (close(out) != 0) die("close");
    printf("{\"impl\":\"c\",\"op\":\"ss-%s\",\"bytes\":%llu,\"seconds\":%.6f,\"mib_s\":%.1f,\"maxrss_kib\":%ld}\n",
           encrypt ? "enc" : "dec", bytes, t, bytes / t / 1048576.0, maxrss_kib());
    free(cur); free(next); free(cbuf);
    return 0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *op, size_t size, double *us, int reps) {
    qsort(us, reps, sizeof *us, cmp_double);
    printf("{\"impl\":\"c\",\"op\":\"%s\",\"size\":%zu,\"us_per_op\":%.3f,\"min\":%.3f,\"max\":%.3f,\"reps\":%d}\n",
           op, size, us[reps / 2], us[0], us[reps - 1], reps);
}

/* seal = fresh random nonce + encrypt into nonce||ct||tag, as tamga's seal does;
 * open = decrypt into a caller buffer. Buffers are allocated once: the limit. */
static int aead(size_t size, int ops, int reps) {
    const size_t nb = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, ab = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    unsigned char key[32], ad[32];
    randombytes_buf(key, sizeof key);
    randombytes_buf(ad, sizeof ad);
    unsigned char *msg = malloc(size), *sealed = malloc(nb + size + ab), *back = malloc(size);
    randombytes_buf(msg, size);
    double *seal_us = calloc(reps, sizeof(double)), *open_us = calloc(reps, sizeof(double));
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        for (int i = 0; i < ops; i++) {
            unsigned long long cl;
            randombytes_buf(sealed, nb);
            crypto_aead_xchacha20poly1305_ietf_encrypt(sealed + nb, &cl, msg, size, ad, sizeof ad, NULL, sealed, key);
        }
        seal_us[r] = (now() - t0) / ops * 1e6;
        t0 = now();
        for (int i = 0; i < ops; i++) {
            unsigned long long ml;
            if (crypto_aead_xchacha20poly1305_ietf_decrypt(back, &ml, NULL, sealed + nb, size + ab, ad, sizeof ad,
                                                           sealed, key) != 0) { fprintf(stderr, "open failed\n"); return 1; }
        }
        open_us[r] = (now() - t0) / ops * 1e6;
    }
    if (memcmp(msg, back, size) != 0) { fprintf(stderr, "round trip failed\n"); return 1; }
    report("aead-seal", size, seal_us, reps);
    report("aead-open", size, open_us, reps);
    return 0;
}

static int pwhash(int reps) {
    unsigned char k[32], salt[crypto_pwhash_SALTBYTES] = {0};
    double *ms = calloc(reps, sizeof(double));
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        if (crypto_pwhash(k, 32, "correct horse", 13, salt, crypto_pwhash_OPSLIMIT_MODERATE,
                          crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0) { die("pwhash"); }
        ms[r] = (now() - t0) * 1e6;
    }
    report("argon2id-moderate", 0, ms, reps);
    return 0;
}

int main(int argc, char **argv) {
    if (sodium_init() < 0) return 1;
    if (argc >= 5 && (!strcmp(argv[1], "enc") || !strcmp(argv[1], "dec")))
        return file_stream(!strcmp(argv[1], "enc"), argv[2], argv[3], argv[4], argc > 5 ? strtoul(argv[5], 0, 10) : 65536);
    if (argc == 5 && !strcmp(argv[1], "aead")) return aead(strtoul(argv[2], 0, 10), atoi(argv[3]), atoi(argv[4]));
    if (argc == 3 && !strcmp(argv[1], "pwhash")) return pwhash(atoi(argv[2]));
    fprintf(stderr, "usage: sodiumbench enc|dec KEYHEX IN OUT [CHUNK] | aead SIZE OPS REPS | pwhash REPS\n");
    return 2;
}
