/// The authenticated user of an IIS log line in W3C extended format, the default field order
/// `date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) …`:
/// `2024-06-05 10:15:33 10.1.2.14 GET /account/orders orderId=77120 443 kdubois 88.164.22.91 Mozilla/5.0+…`
/// (`-` when nobody signed in). Exchange's OWA, ECP and ActiveSync logs are written this way.
///
/// Called once per line; part of the `auth_log_user` detector.
package enum IISUserDetector {
    package static let methods: [StaticString] = ["GET ", "POST ", "PUT ", "DELETE ", "HEAD ", "OPTIONS ", "PATCH ", "PROPFIND "]

    package static func match(_ b: Bytes) -> Range<Int>? {
        let n = b.count
        // The date and time that start every W3C line.
        guard n > 40, ASCII.isDigit(b[0]), b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == 0x20, b[13] == UInt8(ascii: ":") else { return nil }
        // The server's address, then the method.
        var k = 20
        while k < n, k < 80, b[k] != 0x20 { k += 1 }
        guard k + 8 < n, b[k] == 0x20 else { return nil }
        k += 1
        guard let method = methods.first(where: { ASCII.hasPrefix(b, at: k, exactly: $0) }) else { return nil }
        k += method.utf8CodeUnitCount
        guard k < n, b[k] == UInt8(ascii: "/") else { return nil }
        // The stem and the query (`-` when none), then the port.
        func token(_ from: Int) -> Range<Int>? {
            var e = from
            while e < n, b[e] != 0x20 { e += 1 }
            return e > from ? from..<e : nil
        }
        guard let stem = token(k), stem.upperBound + 1 < n, let query = token(stem.upperBound + 1), query.upperBound + 1 < n,
              let port = token(query.upperBound + 1), port.count <= 5, b[port].allSatisfy(ASCII.isDigit), port.upperBound + 1 < n,
              let user = token(port.upperBound + 1), user.upperBound + 1 < n, let client = token(user.upperBound + 1) else { return nil }
        // The client's address (or Veil's pseudonym of it) after the user.
        let c = b[client.lowerBound]
        guard ASCII.isHexDigit(c) || ASCII.hasPrefix(b, at: client.lowerBound, exactly: "ip~"),
              b[client].contains(UInt8(ascii: ".")) || b[client].contains(UInt8(ascii: ":")) || b[client].contains(UInt8(ascii: "~")) else { return nil }
        if user.count == 1, b[user.lowerBound] == UInt8(ascii: "-") { return nil }
        return user
    }
}
