/// Vendor credentials that start with a word no other key starts with:
/// - Braintree / PayPal access tokens `access_token$(production|sandbox)$` + 16 `[a-z0-9]` + `$`
///   + 32 `[a-f0-9]`;
/// - Firebase Cloud Messaging legacy server keys `AAAA` + 7 `[A-Za-z0-9_-]` + `:APA91b` + ≥ 100
///   `[A-Za-z0-9_-]`;
/// - Firebase Cloud Messaging registration tokens (a device's push address, which lets anyone
///   holding a server key message the device): `APA91b` + ≥ 100 `[A-Za-z0-9_-]`, with the
///   instance id and `:` before it when present (`dK3f9a_QR2e:APA91bHun4…`), found from the
///   `A` of `APA91b`;
/// - Mapbox secret tokens `sk.eyJ…` (base64url JSON, `.`, ≥ 20 `[A-Za-z0-9_-]`; public `pk.`
///   tokens stay);
/// - Twilio API key SIDs `SK` + 32 lower-case hex and account SIDs `AC` + 32 lower-case hex;
/// - Meta access tokens `EAA` + ≥ 40 `[A-Za-z0-9]`; HubSpot private-app tokens `pat-na1-` + UUID;
///   New Relic ingest keys `NRII-` + ≥ 28 `[A-Za-z0-9_-]`;
/// - Terraform Cloud / Enterprise tokens `<14 [a-z0-9]>.atlasv1.<≥ 60 [A-Za-z0-9_-]>`, found from
///   the `a` of `atlasv1` (the word before it is part of the token).
/// - a PEM private key in standard base64 (`LS0tLS1CRUdJTi…`, how Kubernetes secrets, kubeconfig's
///   `client-key-data` and Helm values carry `-----BEGIN … PRIVATE KEY-----`): the whole run,
///   when the first 48 characters decode to a `BEGIN` line that names a private key
///   (certificates, `BEGIN CERTIFICATE`, stay).
/// - Alibaba Cloud access key ids `LTAI` + 12…30 alnum; Yandex OAuth tokens `y0_` + ≥ 40 `[A-Za-z0-9_-]`;
/// - Apereo CAS tickets, `ST-12-vZwkBNoNREh1pfYHWdbzEz3Z3W-cas01` (service tickets, and `TGT-`,
///   `PGT-`, `PGTIOU-`, `PT-`): the prefix, a counter, `-`, ≥ 20 `[A-Za-z0-9]`, an optional `-` and
///   the server's suffix. A ticket is a bearer credential until it expires.
extension APIKeyDetector {
    static func aliyunAccessKeyID(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "LTAI"), let r = longRun(bytes, at, prefix: 4, min: 12, ASCII.isAlnum), r.count <= 34 else { return nil }
        return r
    }

    static func casTicket(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        let n = bytes.count
        var k = at
        for prefix: StaticString in ["ST-", "TGT-", "PGTIOU-", "PGT-", "PT-"] where ASCII.hasPrefix(bytes, at: at, exactly: prefix) {
            k = at + prefix.utf8CodeUnitCount
            break
        }
        guard k > at else { return nil }
        let counter = k
        while k < n, k - counter < 12, ASCII.isDigit(bytes[k]) { k += 1 }
        guard k > counter, k + 21 < n, bytes[k] == UInt8(ascii: "-") else { return nil }
        let random = k + 1
        k = random
        while k < n, ASCII.isAlnum(bytes[k]) { k += 1 }
        guard k - random >= 20 else { return nil }
        let body = bytes[random..<k]
        guard body.contains(where: ASCII.isUpper), body.contains(where: ASCII.isLower) else { return nil }
        // The server's suffix (`-cas01`, `-cas.example.org`).
        if k + 1 < n, bytes[k] == UInt8(ascii: "-"), ASCII.isAlnum(bytes[k + 1]) {
            k += 1
            while k < n, ASCII.isAlnum(bytes[k]) || ((bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "-")) && k + 1 < n && ASCII.isAlnum(bytes[k + 1])) { k += 1 }
        }
        return at..<k
    }
    static func base64PrivateKey(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "LS0tLS1CRUdJTi"), at + 48 <= bytes.count,
              let head = Base64URL.decode(bytes, range: at..<(at + 48)),
              head.withUnsafeBufferPointer({ h in h.indices.contains { ASCII.hasPrefix(h, at: $0, exactly: "PRIVATE KEY") } }) else { return nil }
        return longRun(bytes, at, prefix: 48, min: 0) { ASCII.isAlnum($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "=") }
    }

    static func braintree(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        var k = at
        if ASCII.hasPrefix(bytes, at: k, exactly: "access_token$production$") { k += 24 } else if ASCII.hasPrefix(bytes, at: k, exactly: "access_token$sandbox$") { k += 21 } else { return nil }
        guard let merchant = run(bytes, from: k, start: k, isLowerDigit, min: 16, max: 16), merchant.upperBound < bytes.count,
              bytes[merchant.upperBound] == UInt8(ascii: "$") else { return nil }
        return run(bytes, from: merchant.upperBound + 1, start: at, isLowerHex, min: 32, max: 32)
    }

    static func firebaseServerKey(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "AAAA"), at + 18 < bytes.count else { return nil }
        let idEnd = CredentialScan.runEnd(bytes, from: at + 4, ASCII.isBase64URL)
        guard idEnd - at == 11, ASCII.hasPrefix(bytes, at: idEnd, exactly: ":APA91b") else { return nil }
        return longRun(bytes, idEnd, prefix: 7, min: 100, ASCII.isBase64URL).map { at..<$0.upperBound }
    }

    /// `at` is the `A` of `APA91b`; the token starts at the instance id before a `:` (up to
    /// 64 `[A-Za-z0-9_-]`, not below `floor`), or at `at`.
    static func fcmRegistrationToken(_ bytes: Bytes, _ at: Int, floor: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "APA91b"), let token = longRun(bytes, at, prefix: 6, min: 100, ASCII.isBase64URL) else { return nil }
        guard at >= floor + 2, bytes[at - 1] == UInt8(ascii: ":") else {
            return at == 0 || !(ASCII.isBase64URL(bytes[at - 1])) ? token : nil
        }
        var start = at - 1
        while start > floor, at - 1 - start < 64, ASCII.isBase64URL(bytes[start - 1]) { start -= 1 }
        return start < at - 1 ? start..<token.upperBound : at..<token.upperBound
    }

    /// Meta (Facebook, Instagram, WhatsApp Cloud) access tokens: `EAA` + ≥ 40 `[A-Za-z0-9]` with a
    /// digit, an upper- and a lower-case letter.
    static func metaAccessToken(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "EAA"), let r = longRun(bytes, at, prefix: 3, min: 40, ASCII.isAlnum) else { return nil }
        let body = bytes[(at + 3)..<r.upperBound]
        return body.contains(where: ASCII.isDigit) && body.contains(where: ASCII.isUpper) && body.contains(where: ASCII.isLower) ? r : nil
    }

    /// HubSpot private-app tokens: `pat-` + a region (`na1`, `eu1` …) + `-` + a UUID.
    static func hubSpot(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "pat-"), at + 45 <= bytes.count, ASCII.isLower(bytes[at + 4]), ASCII.isLower(bytes[at + 5]),
              ASCII.isDigit(bytes[at + 6]), bytes[at + 7] == UInt8(ascii: "-") else { return nil }
        return run(bytes, from: at + 8, start: at, { ASCII.isHexDigit($0) || $0 == UInt8(ascii: "-") }, min: 36, max: 36)
    }

    static func mapboxSecret(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        guard ASCII.hasPrefix(bytes, at: at, exactly: "sk.eyJ") else { return nil }
        let payloadEnd = CredentialScan.runEnd(bytes, from: at + 3, ASCII.isBase64URL)
        guard payloadEnd - at >= 23, payloadEnd < bytes.count, bytes[payloadEnd] == UInt8(ascii: ".") else { return nil }
        return longRun(bytes, payloadEnd, prefix: 1, min: 20, ASCII.isBase64URL).map { at..<$0.upperBound }
    }

    static func twilioAPIKey(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        fixed(bytes, at, prefix: 2, isLowerHex, count: 32, exact: "SK")
    }

    /// A Twilio account SID, `AC` + 32 lower-case hex: the user name half of the account's
    /// credentials (in every REST URL, `/Accounts/AC…/Messages.json`, and webhook body).
    static func twilioAccountSID(_ bytes: Bytes, _ at: Int) -> Range<Int>? {
        fixed(bytes, at, prefix: 2, isLowerHex, count: 32, exact: "AC")
    }

    /// `at` is the `a` of `atlasv1`, right after the `.` that ends the token's first part.
    static func terraformCloud(_ bytes: Bytes, _ at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor + 15, bytes[at - 1] == UInt8(ascii: "."), ASCII.hasPrefix(bytes, at: at, exactly: "atlasv1.") else { return nil }
        let start = at - 15
        for k in start..<(at - 1) where !isLowerDigit(bytes[k]) { return nil }
        if start > 0, ASCII.isAlnum(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "_") { return nil }
        return longRun(bytes, at, prefix: 8, min: 60, ASCII.isBase64URL).map { start..<$0.upperBound }
    }

    @inline(__always) static func isLowerHex(_ b: UInt8) -> Bool { ASCII.isDigit(b) || (b >= 0x61 && b <= 0x66) }
}
