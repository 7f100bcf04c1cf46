/// The tokens both logging benchmarks log (the ordo-one suite and LoggingHarness).

/// jwt.io's example HS256 token (`sub`, `name`, `iat`).
public let exampleJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

/// `count` tokens shaped like ``exampleJWT`` (same claims, a different `sub` and `iat` each),
/// so a benchmark can log a token Veil has not summarised before.
public func freshTokens(_ count: Int) -> [String] {
    (0..<count).map { i in
        let payload = base64URL(Array("{\"sub\":\"\(1_234_567_890 + i)\",\"name\":\"John Doe\",\"iat\":\(1_516_239_022 + i)}".utf8))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\(payload).SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    }
}

/// RFC 4648 §5 base64url without padding.
func base64URL(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
        let n = min(3, bytes.count - i)
        let v = (UInt32(bytes[i]) << 16) | (n > 1 ? UInt32(bytes[i + 1]) << 8 : 0) | (n > 2 ? UInt32(bytes[i + 2]) : 0)
        for k in 0...n { out.append(alphabet[Int((v >> UInt32(18 - 6 * k)) & 63)]) }
        i += 3
    }
    return String(decoding: out, as: UTF8.self)
}
