/// Passphrases in Ethereum's `personal_*` JSON-RPC calls, logged by node proxies and clients:
/// `{"method":"personal_unlockAccount","params":["0x71C7…","Kr@k3n-H0dl!2024",300]}`, also
/// `personal_newAccount`, `personal_importRawKey` (a private key and a passphrase),
/// `personal_sendTransaction` and `personal_sign` — JSON-escaped too (`\"params\":[…]`).
///
/// **Accepts** the method's name, then within 80 bytes `params` and `[`; **returns** every string
/// parameter that is not `0x…` hex (an account's address, a transaction's data, a message), which
/// in these methods is a passphrase or a key. Objects and numbers are stepped over.
package enum EthereumPersonalParams {
    static let methods: [StaticString] = ["personal_unlockAccount", "personal_newAccount", "personal_importRawKey", "personal_sendTransaction",
                                          "personal_signTransaction", "personal_sign"]

    /// At `at` (the `p` of `personal_`): the secret parameters' ranges and where the array ends.
    package static func match(_ b: Bytes, at: Int) -> (secrets: [Range<Int>], end: Int)? {
        let n = b.count
        guard at + 20 < n, ASCII.hasPrefix(b, at: at, exactly: "personal_"),
              let method = methods.first(where: { ASCII.hasPrefix(b, at: at, exactly: $0) }) else { return nil }
        let afterName = at + method.utf8CodeUnitCount
        guard afterName < n, !ASCII.isLetter(b[afterName]) else { return nil }
        var k = afterName
        let limit = min(n, afterName + 80)
        while k < limit, !ASCII.hasPrefix(b, at: k, exactly: "params") { k += 1 }
        guard k < limit else { return nil }
        k += 6
        while k < n, k - afterName < 100, b[k] != UInt8(ascii: "[") { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "[") else { return nil }
        k += 1
        var secrets: [Range<Int>] = []
        let end = min(n, k + 2048)
        var depth = 0
        while k < end {
            let x = b[k]
            if x == UInt8(ascii: "]"), depth == 0 { return (secrets, k + 1) }
            if x == UInt8(ascii: "{") || x == UInt8(ascii: "[") { depth += 1; k += 1; continue }
            if x == UInt8(ascii: "}") || x == UInt8(ascii: "]") { depth -= 1; k += 1; continue }
            // A string: `"…"`, or `\"…\"` inside a JSON string.
            let escaped = x == UInt8(ascii: "\\") && k + 1 < end && b[k + 1] == UInt8(ascii: "\"")
            if x == UInt8(ascii: "\"") || escaped {
                let start = k + (escaped ? 2 : 1)
                var e = start
                while e < end {
                    if escaped, b[e] == UInt8(ascii: "\\"), e + 1 < end, b[e + 1] == UInt8(ascii: "\"") { break }
                    if !escaped, b[e] == UInt8(ascii: "\"") { break }
                    if !escaped, b[e] == UInt8(ascii: "\\") { e += 1 }
                    e += 1
                }
                guard e < end else {
                    // Unterminated: the rest, fail closed.
                    if depth == 0, start < n { secrets.append(start..<n) }
                    return (secrets, n)
                }
                let hex = e - start >= 2 && b[start] == UInt8(ascii: "0") && b[start + 1] | 0x20 == UInt8(ascii: "x")
                    && b[(start + 2)..<e].allSatisfy(ASCII.isHexDigit)
                if depth == 0, !hex, e > start { secrets.append(start..<e) }
                k = e + (escaped ? 2 : 1)
                continue
            }
            k += 1
        }
        return secrets.isEmpty ? nil : (secrets, end)
    }
}

extension Scrubber {
    /// Whether the JSON object opening at `objectStart` is a `personal_*` JSON-RPC call (a member
    /// `"method":"personal_…"` before `"params"`); its `params` then hold a passphrase or a key.
    static func isPersonalRPCCall(_ b: Bytes, objectStart: Int, paramsAt: Int) -> Bool {
        var k = objectStart
        while k + 20 < paramsAt {
            if b[k] == UInt8(ascii: "\""), ASCII.hasPrefix(b, at: k + 1, exactly: "method\"") {
                var v = k + 8
                while v < paramsAt, b[v] == 0x20 || b[v] == UInt8(ascii: ":") { v += 1 }
                return v + 10 < paramsAt && ASCII.hasPrefix(b, at: v, exactly: "\"personal_")
            }
            k += 1
        }
        return false
    }
}
