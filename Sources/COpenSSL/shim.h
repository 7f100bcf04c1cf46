#ifndef VEIL_COPENSSL_SHIM_H
#define VEIL_COPENSSL_SHIM_H

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#include <stddef.h>
#include <stdint.h>

/// One-shot HMAC-SHA256. Writes 32 bytes to `out`. Returns 1 on success, 0 on failure.
/// Wraps `HMAC(EVP_sha256(), …)` so Swift does not need the deprecated HMAC_CTX API.
static inline int veil_hmac_sha256(const void *key, size_t key_len,
                                   const void *data, size_t data_len,
                                   void *out) {
    unsigned int out_len = 0;
    unsigned char *r = HMAC(EVP_sha256(), key, (int)key_len,
                            (const unsigned char *)data, data_len,
                            (unsigned char *)out, &out_len);
    return (r != NULL && out_len == 32) ? 1 : 0;
}

/// SHA-256 digest of `data`. Writes 32 bytes to `out`. Returns 1 on success.
static inline int veil_sha256(const void *data, size_t data_len, void *out) {
    unsigned int out_len = 0;
    int ok = EVP_Digest(data, data_len, (unsigned char *)out, &out_len, EVP_sha256(), NULL);
    return (ok == 1 && out_len == 32) ? 1 : 0;
}

/// Cryptographically secure random bytes. Returns 1 on success.
static inline int veil_random_bytes(void *out, size_t count) {
    return RAND_bytes((unsigned char *)out, (int)count);
}

/// Overwrites `count` bytes at `ptr` in a way the compiler cannot elide.
static inline void veil_cleanse(void *ptr, size_t count) {
    OPENSSL_cleanse(ptr, count);
}

/// Constant-time comparison. Returns 0 when equal.
static inline int veil_memcmp(const void *a, const void *b, size_t count) {
    return CRYPTO_memcmp(a, b, count);
}

#endif
