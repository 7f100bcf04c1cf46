/// What ``JWTSummary`` does with one claim (a leaf of the payload).
package enum ClaimDecision: Sendable {
    case keep
    case drop
    /// Written as `REDACTED` (no brackets inside the summary); `type` is for the finding.
    case redact(type: String)
    /// Written as the `pseudonymize` closure's result.
    case pseudonymize(type: String)
    case mask(MaskOptions)
}

/// Writes the text that replaces a whole JWT in the output.
///
/// ## Format
///
/// ```
/// [jwt;alg=RS256;typ=JWT;kid=abc;iss=https://idp.example.com;aud=api,web;exp=1700000000;sub=sub~k1~mfrggzdfmztwq2lk;fp=jwt~k1~abcd]
/// [jwe;alg=RSA-OAEP;enc=A256GCM;kid=k;fp=jwt~k1~abcd]
/// [token]
/// ```
///
/// - `[jwt` for a JWS, `[jwe` for a JWE; `[token]` (nothing else) for a
///   malformed token, which the engine handles as an opaque credential.
/// - Then `;name=value` fields:
///   1. header facts, in this order and only when present as scalars:
///      `alg`, `enc`, `typ`, `cty`, `kid`;
///   2. JWS payload claims in document order. Nested objects are walked and each
///      leaf is named by its path joined with `.` (`address.country`); arrays are
///      leaves. For each leaf `decide(path)` chooses:
///      - `keep` → the value: string bytes, number text as written, `true`/`false`,
///        `null`; array elements joined with `,` (nested arrays flattened, objects
///        inside arrays written `{}`);
///      - `drop` → no field;
///      - `redact` → `REDACTED`;
///      - `pseudonymize` → the `pseudonymize` closure's result (per element for arrays);
///      - `mask` → the value's bytes masked per ``MaskOptions`` (per element for arrays);
///   3. `fp=` the fingerprint, last, when not nil.
/// - `]` closes the summary.
///
/// Escaping: in names and values every byte outside `[A-Za-z0-9._~:/@+!*'()-]`
/// is written `%XX` (uppercase hex): `;` `=` `,` `[` `]` `{` `}` `%` space `"`
/// `\`, non-ASCII and control bytes included. The structural bytes `[ ] ; = , {}`
/// are therefore unambiguous, and the whole summary contains no space, `"`,
/// `\` or control byte: it is safe inside JSON strings, logfmt values and header
/// dumps without further quoting.
///
/// The raw token, the JWS signature and the raw (encoded) payload are never
/// written; only what `decide` lets through.
package enum JWTSummary {
    /// Alias for the top-level ``ClaimDecision``.
    package typealias ClaimDecision = Veil.ClaimDecision

    /// Appends the summary of `decoded` to `out`.
    package static func write(
        _ decoded: DecodedToken,
        fingerprint: String?,
        decide: (_ path: [String]) -> ClaimDecision,
        pseudonymize: (_ value: [UInt8], _ type: String) -> String,
        into out: inout [UInt8]
    ) {
        let tapes: (header: JSONTape, payload: JSONTape?, isJWE: Bool)
        switch decoded {
        case .malformed:
            append("[token]", to: &out)
            return
        case .jws(let header, let payload):
            tapes = (JSONTape(header), JSONTape(payload), false)
        case .jwe(let header):
            tapes = (JSONTape(header), nil, true)
        }
        write(header: tapes.header, payload: tapes.payload, isJWE: tapes.isJWE,
              fingerprint: fingerprint.map { fp in { out in out += fp.utf8 } }, decide: decide,
              writePseudonym: { value, type, out in out += pseudonymize(Array(value), type).utf8 }, into: &out)
    }

    /// Appends the summary of a decoded token held in tapes (header, and payload for a JWS;
    /// see ``JOSEDecoder/decode(_:candidate:into:)``). `fingerprint` and `writePseudonym`
    /// append their text directly (escaped afterwards only if they wrote a byte that needs it).
    package static func write(
        header: JSONTape,
        payload: JSONTape?,
        isJWE: Bool,
        fingerprint: ((_ out: inout [UInt8]) -> Void)?,
        decide: (_ path: [String]) -> ClaimDecision,
        writePseudonym: (_ value: ArraySlice<UInt8>, _ type: String, _ out: inout [UInt8]) -> Void,
        into out: inout [UInt8]
    ) {
        append(isJWE ? "[jwe" : "[jwt", to: &out)
        func fact(_ name: StaticString) {
            guard let v = header.lastMember(name, of: 0), let text = header.scalarText(v) else { return }
            out.append(UInt8(ascii: ";"))
            append(name, to: &out)
            out.append(UInt8(ascii: "="))
            escape(text, into: &out)
        }
        fact("alg"); fact("enc"); fact("typ"); fact("cty"); fact("kid")
        if let payload, payload.nodes.first?.kind == .objectStart {
            var path: [String] = []
            walk(payload, object: 0, path: &path, decide: decide, writePseudonym: writePseudonym, into: &out)
        }
        if let fingerprint {
            append(";fp=", to: &out)
            appendEscaped(&out, fingerprint)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Runs `body` (which appends to `out`), then escapes what it appended if any byte needs it.
    @inline(__always)
    private static func appendEscaped(_ out: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        let start = out.count
        body(&out)
        var k = start
        while k < out.count, isSafe(out[k]) { k += 1 }
        guard k < out.count else { return }
        let written = Array(out[start...])
        out.removeSubrange(start...)
        escape(written, into: &out)
    }

    /// Convenience returning the summary as a string.
    package static func summary(
        _ decoded: DecodedToken,
        fingerprint: String?,
        decide: (_ path: [String]) -> ClaimDecision,
        pseudonymize: (_ value: [UInt8], _ type: String) -> String
    ) -> String {
        var out: [UInt8] = []
        write(decoded, fingerprint: fingerprint, decide: decide, pseudonymize: pseudonymize, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The members of the object starting at node `object`, in document order.
    private static func walk(
        _ tape: JSONTape,
        object: Int,
        path: inout [String],
        decide: (_ path: [String]) -> ClaimDecision,
        writePseudonym: (_ value: ArraySlice<UInt8>, _ type: String, _ out: inout [UInt8]) -> Void,
        into out: inout [UInt8]
    ) {
        var k = object + 1
        let end = tape.nodes[object].end
        while k < end {
            let value = k + 1
            path.append(String(decoding: tape.bytes(tape.nodes[k]), as: UTF8.self))
            defer { path.removeLast(); k = tape.next(after: value) }
            if tape.nodes[value].kind == .objectStart {
                walk(tape, object: value, path: &path, decide: decide, writePseudonym: writePseudonym, into: &out)
                continue
            }
            let decision = decide(path)
            if case .drop = decision { continue }
            out.append(UInt8(ascii: ";"))
            for (n, name) in path.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ".")) }
                escape(name.utf8, into: &out)
            }
            out.append(UInt8(ascii: "="))
            switch decision {
            case .drop:
                break
            case .redact:
                append("REDACTED", to: &out)
            case .keep:
                writeLeaf(tape, value, into: &out) { text, out in escape(text, into: &out) }
            case .pseudonymize(let type):
                writeLeaf(tape, value, into: &out) { text, out in
                    appendEscaped(&out) { writePseudonym(text, type, &$0) }
                }
            case .mask(let options):
                writeLeaf(tape, value, into: &out) { text, out in
                    escape(mask(Array(text), options), into: &out)
                }
            }
        }
    }

    /// Writes a scalar through `scalar`, or an array's scalars joined by `,` (nested arrays
    /// flattened, objects inside arrays written `{}`).
    private static func writeLeaf(
        _ tape: JSONTape,
        _ index: Int,
        into out: inout [UInt8],
        _ scalar: (_ text: ArraySlice<UInt8>, _ out: inout [UInt8]) -> Void
    ) {
        switch tape.nodes[index].kind {
        case .arrayStart:
            var first = true
            writeElements(tape, index, first: &first, into: &out, scalar)
        case .objectStart:
            append("{}", to: &out)
        default:
            if let text = tape.scalarText(index) { scalar(text, &out) }
        }
    }

    private static func writeElements(
        _ tape: JSONTape,
        _ array: Int,
        first: inout Bool,
        into out: inout [UInt8],
        _ scalar: (_ text: ArraySlice<UInt8>, _ out: inout [UInt8]) -> Void
    ) {
        var k = array + 1
        let end = tape.nodes[array].end
        while k < end {
            defer { k = tape.next(after: k) }
            let kind = tape.nodes[k].kind
            if kind == .arrayStart {
                writeElements(tape, k, first: &first, into: &out, scalar)
                continue
            }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            if kind == .objectStart {
                append("{}", to: &out)
            } else if let text = tape.scalarText(k) {
                scalar(text, &out)
            }
        }
    }

    /// Masks `value` per `options`: bytes outside the kept ends become the mask
    /// character; with `preserveSeparators`, space, `-` and `.` stay in place. A
    /// value too short to keep both ends is masked entirely.
    package static func mask(_ value: [UInt8], _ options: MaskOptions) -> [UInt8] {
        var out = value
        let n = value.count
        let first = max(0, options.keepFirst)
        let last = max(0, options.keepLast)
        let keepEnds = first + last < n
        for i in 0..<n {
            if keepEnds && (i < first || i >= n - last) { continue }
            let b = value[i]
            if options.preserveSeparators && (b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) { continue }
            out[i] = options.character
        }
        return out
    }

    /// True for the bytes written as themselves: `A–Z a–z 0–9 . _ ~ : / @ + ! * ' ( ) -`.
    @inline(__always)
    package static func isSafe(_ b: UInt8) -> Bool {
        if ASCII.isAlnum(b) { return true }
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "/"),
             UInt8(ascii: "@"), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "'"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Appends `bytes` percent-encoding every byte that is not ``isSafe(_:)``.
    package static func escape(_ bytes: some Sequence<UInt8>, into out: inout [UInt8]) {
        let hex: StaticString = "0123456789ABCDEF"
        let h = hex.utf8Start
        for b in bytes {
            if isSafe(b) {
                out.append(b)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(h[Int(b >> 4)])
                out.append(h[Int(b & 0x0F)])
            }
        }
    }

    @inline(__always)
    private static func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
