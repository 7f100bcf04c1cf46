/// A key whose name ends in `key` and that no rule names, holding a value that reads as random:
/// Stripe's `ephemeralKey=ek_live_YWNjdF8x…`, `SQUARE_WEBHOOK_SIGNATURE_KEY=iY_u69RjCkX0-EnoQTm1UU`,
/// Textkernel's `Tx-ServiceKey=q7VnR2xY…`, a bare `key=rnt_5Xq8Lm2R…` between other pairs. Vendors
/// name their keys freely; the value's shape tells a credential from `cache_key=user:42:profile`
/// or `sort_key=created_at`.
///
/// **Value**: 16 or more token bytes (``CredentialScan/isTokenByte(_:)``) that read as random
/// (``Scrubber/readsAsRandom(_:_:)``: a digit, and mixed-case letters, only hex digits or four
/// or more letters and digits each), optionally quoted. A UUID (an idempotency key), a path, a
/// word or a vendor's key that the API key detector names stays with its owner.
///
/// **Not** under names of keys that are no secrets (`public_key`, `idempotency_key`,
/// `cache_key`, `partition_key`, `routing_key`, `object_key` …).
extension Scrubber {
    /// The value to redact under the `secret` rule, or nil (`key=…`, `key: …`).
    func randomValueUnderKeyName(_ b: Bytes, key: Range<Int>, separator: Int) -> TextSpan? {
        let n = b.count
        guard Self.namesRandomValueKey(b, key), let rule = fieldRule(forLiteralKey: "secret") else { return nil }
        var start = separator + 1
        if b[separator] == UInt8(ascii: ":"), start < n, b[start] == 0x20 { start += 1 }
        if start < n, b[start] == UInt8(ascii: "\"") || b[start] == UInt8(ascii: "'") { start += 1 }
        guard let value = Self.randomValue(b, at: start) else { return nil }
        // A bare `key=` holds hashes and ids as often as secrets (`cfg key=a1b2c3d4…`): only mixed-case
        // letters with digits, the shape of a generated key.
        if key.count == 3, !(b[value].contains(where: ASCII.isUpper) && b[value].contains(where: ASCII.isLower)) { return nil }
        return TextSpan(value, rule: rule, kind: .field, precedence: 20)
    }

    /// JSON's `{"ephemeralKey":"ek_live_…"}`: the `secret` rule for the member whose string value
    /// starts at `quotedAt` (its opening quote), or nil.
    func randomValueUnderJSONKey(_ b: Bytes, key: Bytes, quotedAt q: Int) -> Int? {
        guard q + 1 < b.count, b[q] == UInt8(ascii: "\""), Self.namesRandomValueKey(key, 0..<key.count),
              let value = Self.randomValue(b, at: q + 1), value.upperBound < b.count, b[value.upperBound] == UInt8(ascii: "\"") else { return nil }
        return fieldRule(forLiteralKey: "secret")
    }

    /// A key whose last word is `key`, of a name that may hold a secret.
    static func namesRandomValueKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        key.count >= 3 && key.count <= 48 && ASCII.hasPrefix(b, at: key.upperBound - 3, lowercased: "key") && endsWithWordKey(b, key) && !namesNoSecretKey(b, key)
    }

    /// 16 or more token bytes at `start` that read as random, no vendor's key, JWT or earlier
    /// finding.
    static func randomValue(_ b: Bytes, at start: Int) -> Range<Int>? {
        let n = b.count
        var end = CredentialScan.runEnd(b, from: start, CredentialScan.isTokenByte)
        while end > start, b[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let value = start..<end
        guard value.count >= 16, end == n || !ASCII.isAlnum(b[end]), readsAsRandom(b, value),
              !isPseudonym(b, value), alreadyScrubbedEnd(b, value) == nil, !BearerTokenDetector.isWholeJWT(b, value),
              APIKeyDetector.match(b, at: start, floor: start) == nil else { return nil }
        return value
    }

    /// The name's last word is `key`: the whole name, after `_`, `-` or `.` (`SIGNATURE_KEY`,
    /// `x-api-key`), or a capital's hump (`ephemeralKey`, `Tx-ServiceKey`). Words that run on in
    /// small letters (`monkey`, `hockey`) are other words.
    static func endsWithWordKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        let k = key.upperBound - 3
        if k == key.lowerBound { return true }
        let before = b[k - 1]
        if before == UInt8(ascii: "_") || before == UInt8(ascii: "-") || before == UInt8(ascii: ".") { return true }
        return b[k] == UInt8(ascii: "K") && (ASCII.isLower(before) || ASCII.isDigit(before))
    }

    /// Names of keys that hold no secret whatever their value looks like.
    static func namesNoSecretKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        noSecretKeyNames.contains { CompiledRules.hasNormalizedSuffix(b, key, $0) }
    }

    /// Normalised (lowercase, `_`/`-` dropped) endings of such names.
    static let noSecretKeyNames: [[UInt8]] = [
        "publickey", "pubkey", "publishablekey", "idempotencykey", "cachekey", "partitionkey", "sortkey", "routingkey",
        "objectkey", "primarykey", "foreignkey", "rowkey", "dedupkey", "dedupekey", "deduplicationkey", "lookupkey",
        "messagekey", "eventkey", "requestkey", "correlationkey", "tracekey", "hashkey", "shardkey", "bucketkey",
        "issuekey", "projectkey", "itemkey", "recordkey", "entitykey", "groupkey", "labelkey", "i18nkey", "translationkey",
        "localekey", "configkey", "settingkey", "featurekey", "flagkey", "hostkey", "sshhostkey", "keyboardkey",
        // RESO's (real estate) record keys: `MemberKey`, `ListingKey`, `OfficeKey` …; Jira's `authorKey`, `userKey`.
        "memberkey", "listingkey", "officekey", "propertykey", "mediakey", "openhousekey", "showingkey", "teamkey",
        "authorkey", "userkey", "orderkey", "resourcekey", "documentkey",
    ].map { Array($0.utf8) }
}
