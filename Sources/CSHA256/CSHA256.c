// SHA-256 (FIPS 180-4): padding and two compression functions, one with the x86-64 SHA
// instructions (chosen at run time when the CPU has them) and one in portable C.

#include "CSHA256.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#define CSHA256_X86 1
#endif

/// The 64 round constants.
static const uint32_t k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

// The four sigma functions of FIPS 180-4, each with its rotations nested (rotation distributes
// over xor: rotr(rotr(x, m) ^ x, n) = rotr(x, m + n) ^ rotr(x, n)), which needs one copy of the
// word instead of three.

/// Σ0(x) = rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22).
static inline uint32_t big_sigma0(uint32_t x) { return rotr(rotr(rotr(x, 9) ^ x, 11) ^ x, 2); }
/// Σ1(x) = rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25).
static inline uint32_t big_sigma1(uint32_t x) { return rotr(rotr(rotr(x, 14) ^ x, 5) ^ x, 6); }
/// σ0(x) = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3).
static inline uint32_t small_sigma0(uint32_t x) { return rotr(rotr(x, 11) ^ x, 7) ^ (x >> 3); }
/// σ1(x) = rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10).
static inline uint32_t small_sigma1(uint32_t x) { return rotr(rotr(x, 2) ^ x, 17) ^ (x >> 10); }

static inline uint32_t load_big_endian(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/// One round on the working variables `a`…`h` (in the order the round sees them): the new `e`
/// goes into `d` and the new `a` into `h`, and the next round names the variables one place on
/// (after eight rounds the names line up again), so nothing is shifted from variable to variable.
#define ROUND(a, b, c, d, e, f, g, h, i) do { \
        uint32_t t1 = h + big_sigma1(e) + (g ^ (e & (f ^ g))) + k[i] + w[i]; \
        uint32_t t2 = big_sigma0(a) + ((a & b) | (c & (a | b))); \
        d += t1; \
        h = t1 + t2; \
    } while (0)

/// Compresses `count` consecutive 64-byte blocks at `blocks` into `state`, in portable C.
static void compress_portable(uint32_t state[8], const uint8_t *blocks, size_t count) {
    uint32_t w[64];
    for (; count > 0; count--, blocks += 64) {
        for (int i = 0; i < 16; i++) w[i] = load_big_endian(blocks + 4 * i);
        for (int i = 16; i < 64; i++) {
            w[i] = w[i - 16] + small_sigma0(w[i - 15]) + w[i - 7] + small_sigma1(w[i - 2]);
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i += 8) {
            ROUND(a, b, c, d, e, f, g, h, i);
            ROUND(h, a, b, c, d, e, f, g, i + 1);
            ROUND(g, h, a, b, c, d, e, f, i + 2);
            ROUND(f, g, h, a, b, c, d, e, i + 3);
            ROUND(e, f, g, h, a, b, c, d, i + 4);
            ROUND(d, e, f, g, h, a, b, c, i + 5);
            ROUND(c, d, e, f, g, h, a, b, i + 6);
            ROUND(b, c, d, e, f, g, h, a, i + 7);
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }
}

#undef ROUND

#if CSHA256_X86
/// Compresses `count` consecutive 64-byte blocks at `blocks` into `state` with the SHA
/// instructions: each `sha256rnds2` does two rounds, `sha256msg1`/`sha256msg2` extend the message
/// schedule four words at a time. The state is held as the lanes (A, B, E, F) and (C, D, G, H).
__attribute__((target("sha,ssse3,sse4.1")))
static void compress_accelerated(uint32_t state[8], const uint8_t *blocks, size_t count) {
    // Reverses the bytes of each 32-bit lane (the message words are big-endian).
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; count > 0; count--, blocks += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        // The last four groups of four schedule words, w[4g…4g+3] in `w[g % 4]`.
        __m128i w[4];
        for (int g = 0; g < 4; g++) {
            w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * g)), byteSwap);
        }
        for (int g = 0; g < 16; g++) {
            __m128i kw = _mm_add_epi32(w[g & 3], _mm_loadu_si128((const __m128i *)&k[4 * g]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(kw, 0x0E));
            if (g < 12) {
                // w[4g+16…4g+19] from w[4g…4g+15]: σ0 terms, then w[4g+9…4g+12], then σ1 terms.
                __m128i next = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
                w[g & 3] = _mm_sha256msg2_epu32(next, w[(g + 3) & 3]);
            }
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

/// 1 when the CPU has SHA, SSSE3 and SSE4.1, 0 when not, -1 before the first check.
static atomic_int acceleration = -1;

bool csha256_is_accelerated(void) {
    int known = atomic_load_explicit(&acceleration, memory_order_relaxed);
    if (known < 0) {
        unsigned int eax, ebx, ecx, edx;
        bool sse = __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSSE3) && (ecx & bit_SSE4_1);
        bool sha = __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA);
        known = sse && sha;
        atomic_store_explicit(&acceleration, known, memory_order_relaxed);
    }
    return known;
}
#else
bool csha256_is_accelerated(void) { return false; }
#endif

/// Compresses `count` blocks with the accelerated function where it runs, else the portable one.
static void compress(uint32_t state[8], const uint8_t *blocks, size_t count, bool portable) {
    if (count == 0) return;
#if CSHA256_X86
    if (!portable && csha256_is_accelerated()) {
        compress_accelerated(state, blocks, count);
        return;
    }
#else
    (void)portable;
#endif
    compress_portable(state, blocks, count);
}

void csha256_hash_state(const void *message, size_t length, uint32_t state[8], bool portable) {
    static const uint32_t initial[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    memcpy(state, initial, sizeof initial);
    const uint8_t *bytes = message;
    size_t wholeBlocks = length / 64;
    // Whole blocks are read in place; the rest, 0x80, zeros and the bit length (big-endian)
    // make one or two padded blocks.
    compress(state, bytes, wholeBlocks, portable);
    uint8_t tail[128] = {0};
    size_t rest = length - wholeBlocks * 64;
    if (rest > 0) memcpy(tail, bytes + wholeBlocks * 64, rest);
    tail[rest] = 0x80;
    size_t tailLength = rest < 56 ? 64 : 128;
    uint64_t bitLength = (uint64_t)length * 8;
    for (size_t i = 0; i < 8; i++) tail[tailLength - 1 - i] = (uint8_t)(bitLength >> (8 * i));
    compress(state, tail, tailLength / 64, portable);
}
