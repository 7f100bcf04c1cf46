/// A decoded JOSE compact token. Nothing here is verified: Veil never checks
/// signatures, it only reads what the token says about itself in order to
/// summarise it.
package enum DecodedToken: Sendable, Equatable {
    /// A JWS whose header is a JSON object with a string `alg` and whose payload is a JSON object.
    case jws(header: JSONValue, payload: JSONValue)
    /// A JWE whose protected header is a JSON object with string `alg` and `enc`.
    case jwe(header: JSONValue)
    /// Anything else that looked like a token: the engine treats it as an opaque credential.
    case malformed(reason: StaticString)

    package static func == (lhs: DecodedToken, rhs: DecodedToken) -> Bool {
        switch (lhs, rhs) {
        case let (.jws(h1, p1), .jws(h2, p2)): return h1 == h2 && p1 == p2
        case let (.jwe(h1), .jwe(h2)): return h1 == h2
        case let (.malformed(r1), .malformed(r2)): return r1.description == r2.description
        default: return false
        }
    }

    /// The (protected) header, when decoded.
    package var header: JSONValue? {
        switch self {
        case .jws(let h, _), .jwe(let h): h
        case .malformed: nil
        }
    }

    /// The JWS payload (claims set), when decoded.
    package var payload: JSONValue? {
        if case .jws(_, let p) = self { return p }
        return nil
    }

    /// True for `.malformed`.
    package var isMalformed: Bool {
        if case .malformed = self { return true }
        return false
    }

    /// The reason text when malformed.
    package var malformedReason: String? {
        if case .malformed(let r) = self { return r.description }
        return nil
    }

    /// Header parameter `alg` (signature or key-management algorithm).
    package var alg: String? { header?["alg"]?.stringValue }
    /// Header parameter `typ`.
    package var typ: String? { header?["typ"]?.stringValue }
    /// Header parameter `kid`.
    package var kid: String? { header?["kid"]?.stringValue }
    /// Header parameter `enc` (JWE content encryption).
    package var enc: String? { header?["enc"]?.stringValue }
    /// Header parameter `cty`.
    package var cty: String? { header?["cty"]?.stringValue }
}

/// Decodes the header (and JWS payload) of a candidate found by ``JWTDetector``.
///
/// Rules (each failure is `.malformed` with a static reason):
/// - oversized or unrecognized candidates are not decoded;
/// - segments are strict unpadded base64url (``Base64URL``);
/// - headers are strict JSON (``JSONValueParser``) objects;
/// - JWS: `alg` must be a string; the payload must be a JSON object (a JWS
///   with another payload — e.g. RFC 7515 A.4's `Payload` — cannot be
///   summarised, so it is treated as an opaque credential);
/// - JWE: `alg` and `enc` must be strings. The encrypted parts are never decoded.
package enum JOSEDecoder {
    /// Decodes `token`, which holds exactly the bytes of `candidate.range`
    /// (candidate ranges are offsets in the scanned buffer; they are rebased here).
    package static func decode(_ token: Bytes, candidate: JWTCandidate) -> DecodedToken {
        if candidate.isOversized { return .malformed(reason: "token longer than maximumTokenLength") }
        guard token.count == candidate.range.count else { return .malformed(reason: "token does not match candidate") }
        let base = candidate.range.lowerBound
        @inline(__always) func local(_ r: Range<Int>) -> Range<Int> { (r.lowerBound - base)..<(r.upperBound - base) }

        switch candidate.shape {
        case .unrecognized:
            return .malformed(reason: "unexpected number of segments")
        case .jws:
            guard let header = decodeObject(token, local(candidate.segment(0))) else {
                return .malformed(reason: "header is not a base64url JSON object")
            }
            guard case .string = header["alg"] else { return .malformed(reason: "header has no string alg") }
            guard let payload = decodeObject(token, local(candidate.segment(1))) else {
                return .malformed(reason: "payload is not a base64url JSON object")
            }
            // The signature is checked for alphabet only (it is never decoded or kept).
            for j in local(candidate.segment(2)) where !ASCII.isBase64URL(token[j]) {
                return .malformed(reason: "signature is not base64url")
            }
            return .jws(header: header, payload: payload)
        case .jwe:
            guard let header = decodeObject(token, local(candidate.segment(0))) else {
                return .malformed(reason: "header is not a base64url JSON object")
            }
            guard case .string = header["alg"] else { return .malformed(reason: "header has no string alg") }
            guard case .string = header["enc"] else { return .malformed(reason: "JWE header has no string enc") }
            for k in 1..<5 {
                for j in local(candidate.segment(k)) where !ASCII.isBase64URL(token[j]) {
                    return .malformed(reason: "JWE segment is not base64url")
                }
            }
            return .jwe(header: header)
        }
    }

    /// Convenience: finds and decodes a whole token held in `bytes` (tests, CLI).
    package static func decode(_ bytes: Bytes) -> DecodedToken? {
        guard let c = JWTDetector.match(bytes, at: 0, floor: 0), c.range == 0..<bytes.count else { return nil }
        return decode(bytes, candidate: c)
    }

    private static func decodeObject(_ token: Bytes, _ range: Range<Int>) -> JSONValue? {
        guard range.lowerBound >= 0, range.upperBound <= token.count, !range.isEmpty,
              let raw = Base64URL.decode(token, range: range)
        else { return nil }
        guard let v = JSONValueParser.parse(raw), v.isObject else { return nil }
        return v
    }
}
