import FuzzSupport

/// JWT decoding through the engine: the fuzzer writes the header and payload JSON
/// (bytes after the control byte, split at the first 0xFF byte or in the middle);
/// the harness base64url-encodes them into a JWS `eyJ….eyJ….sig` (a header or
/// payload that does not start with `{"` and a letter-range byte gets a `{"alg":` /
/// `{"sub":` prefix, so the token always starts `eyJ` and each segment `eyJ`, the JWT
/// shape the contract covers — the rest of the JSON may be anything) and places it, as its own whitespace-delimited
/// token, in one of several contexts. Invariants: the raw token, its signature
/// segment and its payload segment never reach the output; the planted email claim
/// never does either; line count kept; idempotent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    guard let control = raw.first else { return 0 }
    let body = Array(raw.dropFirst())
    let cut = body.firstIndex(of: 0xFF) ?? body.count / 2
    var header = Array(body[..<cut])
    var payload = Array(body[min(cut + 1, body.count)...])
    // `{"` and a first key byte in 0x40…0x7F is what makes a segment start with `eyJ`.
    func jsonShaped(_ s: [UInt8]) -> Bool { s.count >= 3 && s[0] == 0x7B && s[1] == 0x22 && s[2] >= 0x40 && s[2] < 0x80 }
    if !jsonShaped(header) { header = Array(#"{"alg":"#.utf8) + header }
    if !jsonShaped(payload) { payload = Array(#"{"sub":"#.utf8) + payload }
    let h = Plant.hash(body)
    let mail = Plant.email(h)
    // Splice a PII claim into the payload object when it has room for one.
    if let close = payload.lastIndex(of: 0x7D), control & 0x10 != 0 {
        payload.insert(contentsOf: Array(#","email":"\#(mail)""#.utf8), at: close)
    }
    let headerSeg = Plant.base64url(header), payloadSeg = Plant.base64url(payload)
    var g = h
    let sig = Plant.base64url((0..<32).map { _ in g = g &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: g >> 56) })
    let token = "\(headerSeg).\(payloadSeg).\(sig)"
    let line: String
    let format: InputFormat
    switch control % 6 {
    case 0: line = "auth ok \(token) done"; format = .text
    case 1: line = "Authorization: Bearer \(token)"; format = .text
    case 2: line = #"{"msg":"call","token":"\#(token)","n":1}"#; format = .json
    case 3: line = #"{"msg":"header Bearer \#(token) seen"}"#; format = .json
    case 4: line = "level=info access_token=\(token) user=x"; format = .logfmt
    default: line = "GET /cb?id_token=\(token)&state=1 200"; format = .auto
    }
    var forbidden = [token, sig, payloadSeg].map { Array($0.utf8) }
    if control & 0x10 != 0, payload.contains(0x7D) { forbidden.append(Array(mail.utf8)) }
    checkLines(Plant.Planted(bytes: Array(line.utf8), forbidden: forbidden, kind: .jwt), format: format)
    return 0
}

/// SwiftPM binds `main` to `fuzz_jwt_main`: hand over to libFuzzer's driver.
@_cdecl("fuzz_jwt_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fuzz(data ?? $0.baseAddress!, data == nil ? 0 : size) }
    }
}
