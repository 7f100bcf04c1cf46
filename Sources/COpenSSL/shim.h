#ifndef VEIL_COPENSSL_SHIM_H
#define VEIL_COPENSSL_SHIM_H

// SHA256_* (the HMAC template below) is deprecated in OpenSSL 3 but supported.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
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

/// HMAC-SHA256 with the key schedule done once (RFC 2104): SHA-256 states that have
/// absorbed `key ^ ipad` and `key ^ opad`. Each MAC copies them (a plain struct copy of
/// OpenSSL's `SHA256_CTX`) instead of re-keying. OpenSSL 3's one-shot `HMAC()` fetches
/// the algorithm and keys a new context per call (about 3.5 µs); copying `EVP_MD_CTX`s
/// costs about 0.5 µs (a provider dup per copy); this costs about 0.16 µs. `SHA256_*` is
/// deprecated in OpenSSL 3 in favour of EVP but still part of libcrypto's API and the same
/// implementation (SHA-NI where the CPU has it). The template is read-only after creation,
/// so threads may share it.
typedef struct veil_hmac_template {
    SHA256_CTX inner;
    SHA256_CTX outer;
} veil_hmac_template;

static inline void veil_hmac_template_free(veil_hmac_template *t) {
    if (t == NULL) return;
    OPENSSL_clear_free(t, sizeof(veil_hmac_template)); // cleanses the keyed states
}

/// Returns NULL on failure.
static inline veil_hmac_template *veil_hmac_template_new(const void *key, size_t key_len) {
    unsigned char block[64];
    unsigned char hashed[32];
    const unsigned char *k = (const unsigned char *)key;
    veil_hmac_template *t = OPENSSL_zalloc(sizeof(veil_hmac_template));
    if (t == NULL) return NULL;
    int ok = 1;
    if (key_len > sizeof(block)) {
        ok = SHA256(k, key_len, hashed) != NULL;
        k = hashed;
        key_len = sizeof(hashed);
    }
    for (int pass = 0; ok && pass < 2; pass++) {
        unsigned char pad = pass == 0 ? 0x36 : 0x5c;
        SHA256_CTX *ctx = pass == 0 ? &t->inner : &t->outer;
        for (size_t i = 0; i < sizeof(block); i++) block[i] = (unsigned char)((i < key_len ? k[i] : 0) ^ pad);
        ok = SHA256_Init(ctx) == 1 && SHA256_Update(ctx, block, sizeof(block)) == 1;
    }
    OPENSSL_cleanse(block, sizeof(block));
    OPENSSL_cleanse(hashed, sizeof(hashed));
    if (!ok) { veil_hmac_template_free(t); return NULL; }
    return t;
}

/// HMAC-SHA256 of `prefix || data` under the template's key (the prefix saves callers
/// from concatenating a domain-separation context). Writes 32 bytes. Returns 1 on success.
static inline int veil_hmac_template_mac2(const veil_hmac_template *t, const void *prefix, size_t prefix_len,
                                          const void *data, size_t data_len, void *out) {
    unsigned char inner[32];
    SHA256_CTX w = t->inner;
    int ok = (prefix_len == 0 || SHA256_Update(&w, prefix, prefix_len) == 1)
        && (data_len == 0 || SHA256_Update(&w, data, data_len) == 1)
        && SHA256_Final(inner, &w) == 1;
    if (ok) {
        w = t->outer;
        ok = SHA256_Update(&w, inner, sizeof(inner)) == 1 && SHA256_Final((unsigned char *)out, &w) == 1;
    }
    OPENSSL_cleanse(&w, sizeof(w));
    OPENSSL_cleanse(inner, sizeof(inner));
    return ok ? 1 : 0;
}

/// HMAC-SHA256 of `data` under the template's key. Writes 32 bytes. Returns 1 on success.
static inline int veil_hmac_template_mac(const veil_hmac_template *t, const void *data, size_t data_len, void *out) {
    return veil_hmac_template_mac2(t, NULL, 0, data, data_len, out);
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

// MARK: JWS signature verification (veil audit --jwks)

/// An RSA public key from big-endian modulus and exponent bytes (JWK `n`, `e`).
/// Returns NULL on failure. Free with `EVP_PKEY_free`.
static inline EVP_PKEY *veil_pkey_rsa_public(const unsigned char *n, size_t n_len,
                                             const unsigned char *e, size_t e_len) {
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    OSSL_PARAM *params = NULL;
    BIGNUM *bn_n = BN_bin2bn(n, (int)n_len, NULL);
    BIGNUM *bn_e = BN_bin2bn(e, (int)e_len, NULL);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    if (bn_n == NULL || bn_e == NULL || bld == NULL) goto done;
    if (!OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn_n)) goto done;
    if (!OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bn_e)) goto done;
    params = OSSL_PARAM_BLD_to_param(bld);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    if (params == NULL || ctx == NULL || EVP_PKEY_fromdata_init(ctx) <= 0) goto done;
    if (EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0) pkey = NULL;
done:
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn_n);
    BN_free(bn_e);
    return pkey;
}

/// An EC public key on the named group (`prime256v1`, `secp384r1`, `secp521r1`) from an
/// uncompressed point `04 || x || y`. OpenSSL checks that the point is on the curve.
/// Returns NULL on failure. Free with `EVP_PKEY_free`.
static inline EVP_PKEY *veil_pkey_ec_public(const char *group, const unsigned char *point, size_t point_len) {
    EVP_PKEY *pkey = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    OSSL_PARAM *params = NULL;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    if (bld == NULL) goto done;
    if (!OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0)) goto done;
    if (!OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, point_len)) goto done;
    params = OSSL_PARAM_BLD_to_param(bld);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    if (params == NULL || ctx == NULL || EVP_PKEY_fromdata_init(ctx) <= 0) goto done;
    if (EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0) pkey = NULL;
done:
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

/// An Ed25519 public key from its 32 raw bytes (JWK OKP `x`). Returns NULL on failure.
static inline EVP_PKEY *veil_pkey_ed25519_public(const unsigned char *x, size_t x_len) {
    return EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, x, x_len);
}

/// Frees a key made by the functions above.
static inline void veil_pkey_free(EVP_PKEY *pkey) { EVP_PKEY_free(pkey); }

/// Verifies `sig` over `data` with `pkey`. `md` is a digest name ("SHA256", …) or NULL
/// for EdDSA; `pss` selects RSASSA-PSS (salt length = digest length, RFC 7518 §3.5).
/// Returns 1 when the signature verifies, 0 otherwise.
static inline int veil_verify(EVP_PKEY *pkey, const char *md, int pss,
                              const unsigned char *data, size_t data_len,
                              const unsigned char *sig, size_t sig_len) {
    int ok = 0;
    EVP_PKEY_CTX *pctx = NULL;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (ctx == NULL) return 0;
    if (EVP_DigestVerifyInit_ex(ctx, &pctx, md, NULL, NULL, pkey, NULL) != 1) goto done;
    if (pss) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) <= 0) goto done;
        if (EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) <= 0) goto done;
    }
    ok = EVP_DigestVerify(ctx, sig, sig_len, data, data_len) == 1;
done:
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

/// Converts a JOSE ECDSA signature (raw `r || s`, each half `raw_len / 2` bytes) to the
/// DER `ECDSA-Sig-Value` OpenSSL verifies. Returns the DER length, or -1.
static inline int veil_ecdsa_raw_to_der(const unsigned char *raw, size_t raw_len,
                                        unsigned char *out, size_t out_cap) {
    if (raw_len == 0 || raw_len % 2 != 0) return -1;
    size_t half = raw_len / 2;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(raw, (int)half, NULL);
    BIGNUM *s = BN_bin2bn(raw + half, (int)half, NULL);
    if (sig == NULL || r == NULL || s == NULL || ECDSA_SIG_set0(sig, r, s) != 1) {
        ECDSA_SIG_free(sig);
        BN_free(r);
        BN_free(s);
        return -1;
    }
    int len = i2d_ECDSA_SIG(sig, NULL);
    if (len <= 0 || (size_t)len > out_cap) {
        ECDSA_SIG_free(sig);
        return -1;
    }
    unsigned char *p = out;
    len = i2d_ECDSA_SIG(sig, &p);
    ECDSA_SIG_free(sig);
    return len;
}

#endif
