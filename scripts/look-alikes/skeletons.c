/* Prints the UTS #39 skeleton of every assigned code point whose skeleton
 * differs from itself, as "XXXX ; YYYY ZZZZ", from the confusables data ICU
 * carries (libicu: uspoof_getSkeleton). Used only by generate.py; tamga does
 * not link ICU. */
#include <stdio.h>
#include <unicode/uspoof.h>
#include <unicode/utf16.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
int main(void) {
    UErrorCode e = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&e);
    if (U_FAILURE(e)) { fprintf(stderr, "open %s\n", u_errorName(e)); return 1; }
    UVersionInfo v; char vs[32]; u_getUnicodeVersion(v); u_versionToString(v, vs);
    UVersionInfo iv; char ivs[32]; u_getVersion(iv); u_versionToString(iv, ivs);
    printf("# icu %s unicode %s\n", ivs, vs);
    for (UChar32 c = 0; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (!u_isdefined(c)) continue;
        UChar in[2]; int32_t n = 0; UBool err = 0;
        U16_APPEND(in, n, 2, c, err);
        UChar out[64]; e = U_ZERO_ERROR;
        int32_t m = uspoof_getSkeleton(sc, 0, in, n, out, 64, &e);
        if (U_FAILURE(e)) continue;
        if (m == n && out[0] == in[0] && (n == 1 || out[1] == in[1])) continue;
        printf("%04X ;", c);
        for (int32_t i = 0; i < m;) { UChar32 d; U16_NEXT(out, i, m, d); printf(" %04X", d); }
        printf("\n");
    }
    uspoof_close(sc);
    return 0;
}
