// SHA-256 (FIPS 180-4) compression in C, for ActorGraph's `SHA256` (Sources/ActorGraph/Support/SHA256.swift),
// which is its only user. On x86-64 CPUs with the SHA extensions (SHA-NI) the blocks are compressed
// with those instructions; elsewhere, and when asked to, with portable C. Both give the same digest.

#ifndef CSHA256_H
#define CSHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Writes into `state` (eight words, H0…H7) the final hash state of the `length` bytes at
/// `message` (which may be NULL when `length` is 0): padding included, ready to be written out
/// big-endian as the digest. With `portable` true the portable C compression is used even where
/// the SHA instructions are available (for tests that compare the two).
void csha256_hash_state(const void *message, size_t length, uint32_t state[8], bool portable);

/// Whether this CPU runs the accelerated path (the SHA, SSSE3 and SSE4.1 instructions of x86-64).
bool csha256_is_accelerated(void);

#endif
