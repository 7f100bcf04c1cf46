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
/// Reusable buffers for decoding tokens without allocating per token: one per thread
/// (a ``ScrubReport`` carries one).
package struct JOSEScratch: Sendable {
    var decoded: [UInt8] = []
    /// The decoded header (after a successful decode).
    package var header = JSONTape()
    /// The decoded payload (after a successful JWS decode).
    package var payload = JSONTape()

    package init() {}
}

package enum JOSEDecoder {
    /// What ``decode(_:candidate:into:)`` found.
    package enum Shape: Sendable, Equatable {
        case jws
        case jwe
        case malformed(reason: StaticString)

        package static func == (a: Shape, b: Shape) -> Bool {
            switch (a, b) {
            case (.jws, .jws), (.jwe, .jwe): return true
            case let (.malformed(x), .malformed(y)): return x.description == y.description
            default: return false
            }
        }
    }

    package static func decode(_ token: Bytes, candidate: JWTCandidate) -> DecodedToken {
        var scratch = JOSEScratch()
        switch decode(token, candidate: candidate, into: &scratch) {
        case .jws: return .jws(header: JSONValue(scratch.header), payload: JSONValue(scratch.payload))
        case .jwe: return .jwe(header: JSONValue(scratch.header))
        case .malformed(let reason): return .malformed(reason: reason)
        }
    }

    /// Decodes `token` into `scratch`'s tapes (header; payload for a JWS) without allocating
    /// once the buffers have grown. Every check of the format is here: header and payload
    /// must be base64url JSON objects, the header needs a string `alg` (and `enc` for a JWE),
    /// the other segments must be base64url.
    package static func decode(_ token: Bytes, candidate: JWTCandidate, into scratch: inout JOSEScratch) -> Shape {
        if candidate.isOversized { return .malformed(reason: "token longer than maximumTokenLength") }
        guard token.count == candidate.range.count else { return .malformed(reason: "token does not match candidate") }
        let base = candidate.range.lowerBound
        @inline(__always) func local(_ r: Range<Int>) -> Range<Int> { (r.lowerBound - base)..<(r.upperBound - base) }
        @inline(__always) func isString(_ name: StaticString) -> Bool {
            scratch.header.lastMember(name, of: 0).map { scratch.header.nodes[$0].kind == .string } ?? false
        }

        switch candidate.shape {
        case .unrecognized:
            return .malformed(reason: "unexpected number of segments")
        case .jws:
            guard decodeObject(token, local(candidate.segment(0)), &scratch.decoded, into: &scratch.header) else {
                return .malformed(reason: "header is not a base64url JSON object")
            }
            guard isString("alg") else { return .malformed(reason: "header has no string alg") }
            guard decodeObject(token, local(candidate.segment(1)), &scratch.decoded, into: &scratch.payload) else {
                return .malformed(reason: "payload is not a base64url JSON object")
            }
            // The signature is checked for alphabet only (it is never decoded or kept).
            for j in local(candidate.segment(2)) where !ASCII.isBase64URL(token[j]) {
                return .malformed(reason: "signature is not base64url")
            }
            return .jws
        case .jwe:
            guard decodeObject(token, local(candidate.segment(0)), &scratch.decoded, into: &scratch.header) else {
                return .malformed(reason: "header is not a base64url JSON object")
            }
            guard isString("alg") else { return .malformed(reason: "header has no string alg") }
            guard isString("enc") else { return .malformed(reason: "JWE header has no string enc") }
            for k in 1..<5 {
                for j in local(candidate.segment(k)) where !ASCII.isBase64URL(token[j]) {
                    return .malformed(reason: "JWE segment is not base64url")
                }
            }
            return .jwe
        }
    }

    /// Convenience: finds and decodes a whole token held in `bytes` (tests, CLI).
    package static func decode(_ bytes: Bytes) -> DecodedToken? {
        guard let c = JWTDetector.match(bytes, at: 0, floor: 0), c.range == 0..<bytes.count else { return nil }
        return decode(bytes, candidate: c)
    }

    private static func decodeObject(_ token: Bytes, _ range: Range<Int>, _ decoded: inout [UInt8], into tape: inout JSONTape) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= token.count, !range.isEmpty,
              Base64URL.decode(token, range: range, into: &decoded)
        else { return false }
        return decoded.withUnsafeBufferPointer { tape.parse($0) } && tape.nodes.first?.kind == .objectStart
    }
}
