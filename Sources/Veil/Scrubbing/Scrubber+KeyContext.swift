/// Key context in free text: a value attached to a key that a `fields:` rule names
/// (`password=…`, `"email": "…"`, `user: …`, `Authorization: Bearer …`,
/// `?access_token=…`, `\"secret\":\"…\"`). Free-text keys match a rule's last glob
/// segment, case-insensitively and ignoring `_`/`-`; the key's last `.`-segment is used.
extension Scrubber {
    package struct KeyValueHit {
        /// The span to replace; nil when the rule keeps the value (then only credential
        /// detectors scan `valueStart..<valueEnd`).
        var span: TextSpan?
        var valueStart: Int
        var valueEnd: Int
        /// The spans of a list's further elements (`"email":["a@x","b@y"]`), after `span`;
        /// empty for a single value.
        var elements: [TextSpan] = []
        /// An XML element's text whose tag has attributes (`<user id="5">jdoe</user>`): added
        /// when the scan, which reads the attributes first, gets there (`span` is nil).
        var deferred: TextSpan?
    }

    /// Longest raw key looked at.
    static let maximumKeyLength = 64

    /// `separator` is the index of `=` or `:`. Before `cookieHeaderEnd` (inside a `Cookie:`
    /// header, whose values the cookie detector owns) an unquoted value ends at `;`, the
    /// header's pair separator: `Cookie: session=abc;Y` is the value `abc` and the flag `Y`,
    /// as a second pass reads it too.
    package func keyValue(_ b: Bytes, separator: Int, floor: Int, cookieHeaderEnd: Int = 0) -> KeyValueHit? {
        guard let hit = singleKeyValue(b, separator: separator, floor: floor, cookieHeaderEnd: cookieHeaderEnd) else { return nil }
        return changedValue(b, after: hit) ?? hit
    }

    /// A change written with an arrow after a replaced value (`phone: 555-0100 -> 555-0199`,
    /// `user_id: 1234 => 5678`, `name: Ann Lee → Anne Lee`): the new value under the same rule,
    /// as a further element of `hit`. Nil when there is no arrow, or the new value starts a pair
    /// (`user=alice -> upstream=10.0.0.1`) or is not replaced whole (the scan reads it then).
    func changedValue(_ b: Bytes, after hit: KeyValueHit) -> KeyValueHit? {
        let n = b.count
        guard let span = hit.span, hit.elements.isEmpty, hit.deferred == nil, span.range.upperBound == hit.valueEnd,
              span.kind != .jwt, hit.valueEnd + 4 < n, b[hit.valueEnd] == 0x20 else { return nil }
        var k = hit.valueEnd + 1
        if (b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "=")) && b[k + 1] == UInt8(ascii: ">") { k += 2 }
        else if b[k] == 0xE2, b[k + 1] == 0x86, b[k + 2] == 0x92 { k += 3 }  // →
        else { return nil }
        guard k + 1 < n, b[k] == 0x20 else { return nil }
        let start = k + 1
        // (`-> 1941-08-21T00:00:00Z` reads like a pair at its `:`; a date's new value starts with a digit.)
        guard start < n, !Self.startsPair(b, start) || (ASCII.isDigit(b[start]) && compiled.active[span.rule].type == "dob") else { return nil }
        let x = b[start]
        // `password=… -> 401 Unauthorized`: an HTTP status after the arrow is the request's outcome.
        if start + 3 <= n, x >= UInt8(ascii: "1"), x <= UInt8(ascii: "5"), ASCII.isDigit(b[start + 1]), ASCII.isDigit(b[start + 2]),
           start + 3 == n || b[start + 3] == 0x20, compiled.active[span.rule].type != "phone" { return nil }
        // `session:… -> {"uid":991,…}`, `-> [1, 2]`: a structure follows (a cache's value), no
        // new value; the scan reads it.
        if x == UInt8(ascii: "{") || x == UInt8(ascii: "[") { return nil }
        var end: Int
        if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") {
            var q = start + 1
            while q < n, q - start < 256, b[q] != x { q += 1 }
            guard q < n, b[q] == x, q > start + 1 else { return nil }
            guard let second = fieldValue(b, rule: span.rule, valueStart: start + 1, valueEnd: q, afterPairSeparator: true),
                  let secondSpan = second.span, secondSpan.range == (start + 1)..<q, second.elements.isEmpty else { return nil }
            var changed = hit
            changed.elements = [secondSpan]
            changed.valueEnd = q
            return changed
        }
        end = Self.unquotedValueEnd(b, from: start)
        guard end > start, end - start <= 64 else { return nil }
        // `dob=1941-08-12 -> AAA*N**75*C` (an eligibility response's X12 segment): a date's new
        // value has at least four digits and no X12 separator `*`, or it is no new value. (Any
        // other shape stays a new value, `-> 1990-01-02T00:00:00Z` too: fail closed.)
        if compiled.active[span.rule].type == "dob",
           b[start..<end].contains(UInt8(ascii: "*")) || b[start..<end].count(where: ASCII.isDigit) < 4 { return nil }
        end = extendUnquoted(b, from: start, end, type: compiled.active[span.rule].type)
        guard let second = fieldValue(b, rule: span.rule, valueStart: start, valueEnd: end, afterPairSeparator: true),
              let secondSpan = second.span, secondSpan.range.lowerBound >= start, secondSpan.range.upperBound == second.valueEnd,
              second.valueEnd >= end, second.elements.isEmpty else {
            // A date's new value that the date reader does not take whole (`-> 1941-08-21T00:00:00Z`):
            // all of it, under the date's rule (fail closed).
            guard compiled.active[span.rule].type == "dob" else { return nil }
            var changed = hit
            changed.elements = [TextSpan(start..<end, rule: span.rule, kind: .field, precedence: span.precedence)]
            changed.valueEnd = end
            return changed
        }
        var changed = hit
        changed.elements = [secondSpan]
        changed.valueEnd = second.valueEnd
        return changed
    }

    /// One key's value (`keyValue` reads a change's new value after it too).
    /// An HTTP method in capitals at `k`, then a space and a URL or a path (`POST https://…`, `GET /…`).
    static func startsRequestLine(_ b: Bytes, _ k: Int) -> Bool {
        for method: StaticString in ["GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "] where ASCII.hasPrefix(b, at: k, exactly: method) {
            let p = k + method.utf8CodeUnitCount
            return p < b.count && (b[p] == UInt8(ascii: "/") || ASCII.hasPrefix(b, at: p, exactly: "http"))
        }
        return false
    }

    func singleKeyValue(_ b: Bytes, separator: Int, floor: Int, cookieHeaderEnd: Int) -> KeyValueHit? {
        let n = b.count
        // LDIF's `cn:: SsO2cmcgU2NobWlkdA==`: a base64 value, still the attribute's.
        if b[separator] == UInt8(ascii: ":"), separator + 3 < n, b[separator + 1] == UInt8(ascii: ":"), let hit = ldifBase64Value(b, separator: separator, floor: floor) {
            return hit
        }
        // Go's `%+v` of a name/value pair (Kubernetes' EnvVar, Argo's parameters):
        // `{Name:DB_PASSWORD Value:S3cr3t ValueFrom:nil}`, the value under the name's rule.
        if b[separator] == UInt8(ascii: ":"), separator >= 5, b[separator - 5] == UInt8(ascii: "{"), ASCII.hasPrefix(b, at: separator - 4, exactly: "Name"),
           let hit = goNameValuePair(b, separator: separator, floor: floor) {
            return hit
        }
        // PostgreSQL's `Key (email)=(leo@example.com) already exists.`
        if b[separator] == UInt8(ascii: "="), separator > 0, b[separator - 1] == UInt8(ascii: ")") {
            return tupleKeyValue(b, separator: separator, floor: floor)
        }
        // Oracle's TNS descriptor nests its pairs (`(ADDRESS=(PROTOCOL=tcp)(HOST=10.4.4.4)(PORT=1521))`):
        // its `(ADDRESS=` opens more pairs and has no value of its own; each inner pair is read alone.
        // (Only that key: `password=(foo=hunter2)` stays one value, redacted whole.)
        if b[separator] == UInt8(ascii: "="), separator >= 8, separator + 3 < n, b[separator + 1] == UInt8(ascii: "("), ASCII.isLetter(b[separator + 2]),
           b[separator - 8] == UInt8(ascii: "("), ASCII.hasPrefix(b, at: separator - 7, lowercased: "address") {
            var k = separator + 2
            while k < n, k - separator <= 34, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
            if k < n, b[k] == UInt8(ascii: "=") { return nil }
        }
        // A prompt that ends in its label (Ansible's `sudo -p "[sudo via ansible, key=…] password:" -u root …`):
        // the quote after the colon closes the prompt; no value follows. (A label quoted alone,
        // `"password:" "…"`, is a console's label: its value is the next argument.)
        if b[separator] == UInt8(ascii: ":"), separator + 1 < n, b[separator + 1] == UInt8(ascii: "\"") || b[separator + 1] == UInt8(ascii: "'"),
           separator + 2 == n || b[separator + 2] == 0x20 {
            var k = separator - 1
            while k >= 0, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k -= 1 }
            if k >= 0, b[k] == 0x20 { return nil }
        }
        // A logger's name before its message (`DEBUG carriers.ups.auth: POST https://…/oauth/token`):
        // a request line after `: ` is no value of the word before the colon.
        if b[separator] == UInt8(ascii: ":"), separator + 8 < n, b[separator + 1] == 0x20, Self.startsRequestLine(b, separator + 2) { return nil }
        // --- the key, backwards ---
        var j = separator - 1
        var spaced = false
        // Scala's and Kotlin's maps: `Map(user -> alice, token -> abc…)` (the `-` of ` -> `).
        let arrow = b[separator] == UInt8(ascii: "-")
        if j >= 0, b[j] == 0x20, b[separator] == UInt8(ascii: "=") || b[separator] == UInt8(ascii: ":") || arrow {
            // `key = value` / `key : value`, also aligned in columns (Terraform's plan, INI files,
            // PowerShell's `Format-List`: `master_password         = "…"`, `Password     : …`).
            var k = j
            while k >= 0, k > separator - 34, b[k] == 0x20 { k -= 1 }
            j = k
            spaced = true
        }
        // PHP's var_dump: `["password"]=> string(12) "value"` (the quoted key in brackets), also
        // an object's property with its visibility (`["password":protected]=>`,
        // `["apiToken":"User":private]=>`).
        if !spaced, j >= 2, b[j] == UInt8(ascii: "]"), b[separator] == UInt8(ascii: "="),
           separator + 1 < n, b[separator + 1] == UInt8(ascii: ">") {
            if b[j - 1] == UInt8(ascii: "\"") {
                j -= 1
            } else if let keyQuote = Self.phpVisibilityStart(b, endingAt: j), keyQuote > 0, b[keyQuote - 1] == UInt8(ascii: "\"") {
                j = keyQuote - 1
            }
        }
        // An indexed key, `hmacKey[1]=…` (DocuSign Connect's HMAC keys), `password[0]=…`: the name before the index.
        if !spaced, j >= 3, b[j] == UInt8(ascii: "]"), b[separator] == UInt8(ascii: "="), !(separator + 1 < n && b[separator + 1] == UInt8(ascii: ">")) {
            var k = j - 1
            while k > 0, j - k <= 3, ASCII.isDigit(b[k]) { k -= 1 }
            if k < j - 1, k > 0, b[k] == UInt8(ascii: "["), ASCII.isAlnum(b[k - 1]) { j = k - 1 }
        }
        // …and the `:` before that visibility separates nothing.
        if b[separator] == UInt8(ascii: ":"), separator > 0, b[separator - 1] == UInt8(ascii: "\""), Self.isPHPVisibility(b, after: separator) { return nil }
        // Erlang's binaries in a map: `#{<<"password">> => <<"…">>}` (the quoted key in `<<…>>`).
        if j >= 2, b[j] == UInt8(ascii: ">"), b[j - 1] == UInt8(ascii: ">"), b[j - 2] == UInt8(ascii: "\""), b[separator] == UInt8(ascii: "="),
           separator + 1 < n, b[separator + 1] == UInt8(ascii: ">") {
            j -= 2
        }
        var quote: UInt8 = 0
        var escapedQuote = false
        var escapes = 0  // backslashes before an escaped quote: `\"` in a JSON string, `\\\"` in one inside another
        // nginx's `escape=default` writes a quote in a logged body as `\x22` (`{\x22password\x22:\x22…\x22}`).
        let hexQuote = j >= 3 && b[j] == UInt8(ascii: "2") && b[j - 1] == UInt8(ascii: "2") && b[j - 2] == UInt8(ascii: "x") && b[j - 3] == UInt8(ascii: "\\")
        if hexQuote {
            quote = UInt8(ascii: "\"")
            j -= 4
        } else if j >= 0, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "`") {
            // (MySQL quotes names with backticks: `` `password`='…' ``.)
            quote = b[j]
            j -= 1
            if quote == UInt8(ascii: "\"") {
                while j >= 0, escapes < 8, b[j] == UInt8(ascii: "\\") { escapes += 1; j -= 1 }
                escapedQuote = escapes > 0
            }
        }
        // PHP's print_r: `[password] => value` (the key in brackets, the value the rest of the line).
        var printR = false
        if quote == 0, spaced, j >= 1, b[j] == UInt8(ascii: "]"), b[separator] == UInt8(ascii: "="),
           separator + 1 < n, b[separator + 1] == UInt8(ascii: ">") {
            printR = true
            j -= 1
        }
        // An abbreviated key: `Passport No.: …`, `Tel.: …`.
        var abbreviated = false
        if quote == 0, !printR, j >= 1, b[j] == UInt8(ascii: "."), ASCII.isLetter(b[j - 1]) {
            abbreviated = true
            j -= 1
        }
        // Rails' and PHP's nested form keys (`user[password]=…`, URL-encoded `user%5Bpassword%5D=…`):
        // the name in the last brackets is the key.
        // Quoted too: `"user[password]"=>"…"` (Rack parameters), `'user[password]': '…'`.
        let bracketKey = !printR && !abbreviated ? Self.bracketedFormKey(b, last: j, floor: floor) : nil
        let keyEnd = bracketKey?.key.upperBound ?? j + 1
        var keyStart = bracketKey?.key.lowerBound ?? keyEnd
        var lastSegmentStart = keyEnd
        while bracketKey == nil, keyStart > 0, keyEnd - keyStart < Self.maximumKeyLength {
            let x = b[keyStart - 1]
            // Letters outside ASCII too (UTF-8): `пароль=…`, `contraseña=…`, `密码: …` — not
            // punctuation or symbols (`张三，phone=…`, `“password: x”`, `«user=x»`: the key is
            // the ASCII word).
            if x >= 0x80, WidePunctuation.symbolLength(b, endingAt: keyStart) > 0 { break }
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x >= 0x80 {
                keyStart -= 1
            } else if x == UInt8(ascii: ".") {
                if keyStart == lastSegmentStart { break }  // `..`
                keyStart -= 1
                if lastSegmentStart == keyEnd { lastSegmentStart = keyStart + 1 }
            } else {
                break
            }
        }
        // After an escaped line break or tab (`…\r\nuser: jane`, `a=1\nuser=jane` in a request dump or
        // a JSON string inside a text line) the key starts after the escape, not at its letter.
        // (`\x22password\x22:`: the key starts after the opening `\x22`, which the scan took for letters.)
        if hexQuote {
            guard bracketKey == nil, keyEnd - keyStart > 3, keyStart >= 1, b[keyStart - 1] == UInt8(ascii: "\\"),
                  ASCII.hasPrefix(b, at: keyStart, exactly: "x22") else { return nil }
            if lastSegmentStart == keyStart { lastSegmentStart += 3 }
            keyStart += 3
        }
        let afterEscape = hexQuote || (bracketKey == nil && Self.followsEscapedControl(b, keyStart) && keyEnd - keyStart >= 2)
        if afterEscape, !hexQuote {
            if lastSegmentStart == keyStart { lastSegmentStart += 1 }
            keyStart += 1
        }
        // A command-line long option (`--password=…`, `--db-password=…`, click's `Invalid value for
        // "--password": "…"`): the dashes are not the key.
        let optionStart = keyStart
        while keyStart < keyEnd, b[keyStart] == UInt8(ascii: "-") { keyStart += 1 }
        // `{"$email":"…","$last_name":"…"}` (Mixpanel, Klaviyo, PostHog): a `$` opens the quoted name.
        let dollarQuoted = quote != 0 && keyStart == optionStart && keyStart >= 2 && b[keyStart - 1] == UInt8(ascii: "$") && b[keyStart - 2] == quote
        if lastSegmentStart == keyEnd || lastSegmentStart < keyStart { lastSegmentStart = keyStart }
        if lastSegmentStart > keyStart, lastSegmentStart >= floor,
           keyStart < floor || !(ASCII.isLetter(b[keyStart]) || b[keyStart] == UInt8(ascii: "_") || b[keyStart] >= 0xC2) {
            // The dotted path starts inside a finding or with a digit (`2.2.3.2.-password=`):
            // its last segment alone is the key, so the value is not missed — and the same
            // key is found when the finding is a pseudonym on a second pass.
            var k = lastSegmentStart
            while k < keyEnd, b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
            keyStart = k
            lastSegmentStart = k
        }
        guard keyStart < keyEnd, keyStart >= floor, lastSegmentStart < keyEnd,
              ASCII.isLetter(b[keyStart]) || b[keyStart] == UInt8(ascii: "_") || b[keyStart] >= 0xC2 || Self.startsDigitLedName(b, keyStart..<keyEnd) else { return nil }
        // `GET /orders/114-…/address -> 200`: a path's last segment before a response's arrow is no key.
        if arrow, keyStart > 0, b[keyStart - 1] == UInt8(ascii: "/") { return nil }
        if let bracketKey {
            // The brackets were checked by `bracketedFormKey`; a quote opens the whole key.
            if quote != 0 {
                let formStart = bracketKey.formStart
                guard formStart > 0, b[formStart - 1] == quote else { return nil }
                if escapedQuote { guard formStart >= 2, b[formStart - 2] == UInt8(ascii: "\\") else { return nil } }
            }
        } else if keyStart > 0 {
            let before = b[keyStart - 1]
            if ASCII.isAlnum(before), !afterEscape { return nil }  // key longer than the limit
            if printR, before != UInt8(ascii: "[") { return nil }
            if quote != 0, !hexQuote {
                let quoteAt = dollarQuoted ? keyStart - 2 : optionStart < keyStart && optionStart > 0 ? optionStart - 1 : keyStart - 1
                guard b[quoteAt] == quote else { return nil }
                if escapedQuote { guard quoteAt >= escapes, b[(quoteAt - escapes)..<quoteAt].allSatisfy({ $0 == UInt8(ascii: "\\") }) else { return nil } }
            }
        } else if quote != 0 || printR {
            return nil
        }
        // `{"name":"DB_PASSWORD","value":"…"}` inside a text line: a name/value entry.
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == 0, !escapedQuote, bracketKey == nil, b[separator] == UInt8(ascii: ":"),
           let hit = textEntryValue(b, key: keyStart..<keyEnd, separator: separator, floor: floor) {
            return hit
        }
        if quote == 0, bracketKey == nil, b[separator] == UInt8(ascii: ":"), let hit = goEnvVarValue(b, key: keyStart..<keyEnd, separator: separator, floor: floor) {
            return hit
        }
        // Oracle's TNS `(CONNECT_DATA=(SID=ORCL)…)`: the database's system id (`SID` in capitals, at most
        // 30 bytes of `[A-Za-z0-9_$#]` before the `)`), no session.
        if quote == 0, b[separator] == UInt8(ascii: "="), keyEnd - keyStart == 3, keyStart > 0, b[keyStart - 1] == UInt8(ascii: "("),
           ASCII.hasPrefix(b, at: keyStart, exactly: "SID"), Self.isOracleSID(b, from: separator + 1) { return nil }
        var rule = compiled.fieldRule(forTextKey: b, lastSegmentStart..<keyEnd)
        // Apple's unified log, `[com.apple.Authorization:authd]`: a subsystem and its category in
        // brackets, no pair.
        if rule != nil, quote == 0, b[separator] == UInt8(ascii: ":"), lastSegmentStart > keyStart + 1, keyStart > 0, b[keyStart - 1] == UInt8(ascii: "["),
           Self.isBracketedCategory(b, from: separator + 1) { rule = nil }
        // OpenTelemetry's `service.name`, `host.name`, `k8s.pod.name`: a thing's name, not a person's.
        if rule != nil, lastSegmentStart > keyStart + 1, b[lastSegmentStart - 1] == UInt8(ascii: "."), Self.isThingMember(b, key: keyStart..<keyEnd, last: lastSegmentStart) {
            rule = nil
        }
        if rule == nil, lastSegmentStart > keyStart + 1, bracketKey == nil {
            rule = dottedParentRule(b, key: keyStart..<keyEnd, last: lastSegmentStart) ?? dottedSecretRule(b, key: keyStart..<keyEnd)
        }
        // CEF's `cs1=…` under the name its `cs1Label=` gives.
        if rule == nil, quote == 0, bracketKey == nil, b[separator] == UInt8(ascii: "=") {
            rule = cefCustomLabelRule(b, key: keyStart..<keyEnd)
        }
        // Keys that name a person or a secret only beside their siblings: FHIR's `family` with `given`
        // (`?family=Zhang&given=Wei`, `{\"family\":\"Pritchard\",\"given\":…}`); Asterisk's security
        // events (`SecurityEvent="ChallengeResponseFailed",…,AccountID="tbaker",…,Response="e3c1…"`); WordPress's
        // `log=` beside its `pwd=`.
        if rule == nil, bracketKey == nil { rule = siblingContextRule(b, key: keyStart..<keyEnd) }
        if quote == 0, !printR, bracketKey == nil, lastSegmentStart == keyStart, rule == nil || Self.refinesOwnRule(b, keyStart..<keyEnd),
           let spaced = spacedKeyRule(b, lastWord: keyStart..<keyEnd, floor: floor) {
            // `Date of Birth: …`, `User Name: …`: the words read as one key; `Host Name: …` is no person's.
            rule = spaced.rule >= 0 ? spaced.rule : nil
        }
        guard let rule else {
            if abbreviated { return nil }
            // `uid=mjones,ou=people,dc=…`: the entry's own name in an LDAP distinguished name.
            if quote == 0, !spaced, b[separator] == UInt8(ascii: "="),
               let span = distinguishedNameValue(b, key: keyStart..<keyEnd, separator: separator) {
                return KeyValueHit(span: span, valueStart: span.start, valueEnd: span.end)
            }
            // Keys that name a credential or a person only in context: an OAuth authorization
            // code, a Digest response, a user name under a `uid` key.
            if quote == 0, !spaced, b[separator] == UInt8(ascii: "="), let span = contextualKeyValue(b, key: keyStart..<keyEnd, separator: separator) {
                return KeyValueHit(span: span, valueStart: span.start, valueEnd: span.end)
            }
            // `SIGNATURE_KEY: iY_u69…`, `"signingKey": "…"` in text: a random value under a key's name.
            if b[separator] == UInt8(ascii: ":"), !spaced, b[keyEnd - 1] | 0x20 == UInt8(ascii: "y"), let span = randomValueUnderKeyName(b, key: keyStart..<keyEnd, separator: separator) {
                return KeyValueHit(span: span, valueStart: span.start, valueEnd: span.end)
            }
            // `location: 40.7128,-74.0060`: a place's coordinates under a key that names a place.
            var v = separator + 1
            while v < n, v - separator < 16, b[v] == 0x20 || b[v] == 0x09 { v += 1 }
            if Self.mayStartCoordinatePair(b, at: v), let span = placeKeyCoordinates(b, key: keyStart..<keyEnd, valueAt: v) {
                return KeyValueHit(span: span, valueStart: span.start, valueEnd: span.end)
            }
            return nil
        }
        // MessageBird's and Twilio's `recipient=31612873405`, `sender=…`: a person's key holding a phone number.
        if b[separator] == UInt8(ascii: "="), quote == 0, compiled.active[rule].type == "name", separator + 1 < n, ASCII.isDigit(b[separator + 1]) || b[separator + 1] == UInt8(ascii: "+"),
           let span = numberUnderCallKey(b, key: keyStart..<keyEnd, separator: separator) {
            return KeyValueHit(span: span, valueStart: span.start, valueEnd: span.end)
        }
        if b[separator] == UInt8(ascii: ":"), Self.isLabelNotPair(b, key: keyStart..<keyEnd, separator: separator) { return nil }
        // PowerShell's `ParameterBinding(Invoke-RestMethod): name="Uri"; value="…"`: the name of a parameter.
        if b[separator] == UInt8(ascii: "="), rule == compiled.nameRule, keyEnd - keyStart == 4, Self.isParameterName(b, from: separator + 1),
           CredentialScan.contains(b, from: separator, to: min(n, separator + 80), lowercased: "; value=") { return nil }
        // `<Provider Name='Microsoft-Windows-Sysmon'>`: the name an element of a schema carries, no person's.
        if quote == 0, b[separator] == UInt8(ascii: "="), rule == compiled.nameRule, Self.isSchemaElementName(b, keyStart: keyStart) { return nil }
        if b[separator] == UInt8(ascii: ":"), let inner = Self.innerAssignmentKey(b, separator: separator), compiled.fieldRule(forTextKey: b, inner) != nil { return nil }
        // Cyrus's `login: mail-gw.example.net [198.51.100.90] siobhan.kelly plaintext+TLS User logged in`:
        // the client's host, its address, then the account.
        if b[separator] == UInt8(ascii: ":"), keyEnd - keyStart == 5, ASCII.hasPrefix(b, at: keyStart, exactly: "login"),
           let user = Self.cyrusLoginUser(b, separator: separator) {
            // (The host and the address are scanned as text; the account is added when the scan gets
            // there, unless a first pass's pseudonym stands there already.)
            let deferred = Self.isPseudonym(b, user) ? nil : TextSpan(user, rule: rule, kind: .field, precedence: 20)
            return KeyValueHit(span: nil, valueStart: separator + 1, valueEnd: separator + 1, deferred: deferred)
        }
        // sudo's and env dumps' `PWD=/home/erin` is the working directory, not a password: the
        // path is scanned as text (a home directory's user is still found).
        if quote == 0, b[separator] == UInt8(ascii: "="), separator + 1 < n, b[separator + 1] == UInt8(ascii: "/"),
           Self.isWorkingDirectoryKey(b, keyStart..<keyEnd) {
            return KeyValueHit(span: nil, valueStart: separator + 1, valueEnd: separator + 1)
        }

        // --- the value, forwards ---
        var v = separator + 1
        var rocket = false
        if b[separator] == UInt8(ascii: "=") || arrow, v < n, b[v] == UInt8(ascii: ">") {
            // Ruby's hash rocket (`"email"=>"…"` in Rails parameter logs), Scala's `->`.
            v += 1
            rocket = true
        }
        // LDIF's `userPassword:: e1NTSEF9…` (a base64 value): the second colon is no part of it.
        // (Spaced, `metabase.email :: Failed to send email`, the `::` is a logger's separator: no pair.)
        if b[separator] == UInt8(ascii: ":"), !rocket, v + 1 < n, b[v] == UInt8(ascii: ":"), b[v + 1] == 0x20 {
            if spaced { return nil }
            v += 1
        }
        // TeamSpeak's banner (`loginname= "serveradmin", password= "Kx7pQ2vLm"`): spaces after the `=`
        // only, then a quoted value. (Unquoted, `user= ip=…`, the value is empty.)
        if b[separator] == UInt8(ascii: "="), !spaced, !rocket, v + 1 < n, b[v] == 0x20 {
            var w = v
            while w < n, w < separator + 8, b[w] == 0x20 { w += 1 }
            if w + 1 < n, b[w] == UInt8(ascii: "\"") || b[w] == UInt8(ascii: "'") { v = w }
        }
        if b[separator] == UInt8(ascii: ":") || spaced || rocket {
            while v < n, v < separator + 16, b[v] == 0x20 || b[v] == 0x09 { v += 1 }
            // YAML in a JSON string (`"postgresql:\n  auth:\n    username: …"`): a key that opens a
            // block has no value of its own; the escaped line break is no value.
            // (A JSON string's content is read decoded: the break is a real one there.) A scalar on
            // the next, indented line is the key's value (`password:\n    hunter2`).
            if b[separator] == UInt8(ascii: ":"), let next = Self.yamlLineAfterBreak(b, at: v) {
                guard let scalar = next else { return nil }
                v = scalar
            }
        }
        // GraphQL's, PowerShell's and a shell's variables (`login(email: $email, password: $password)`,
        // `reset(token: $resetToken)`): a reference named after its key, no value.
        if v + 2 < n, b[v] == UInt8(ascii: "$"), Self.isVariableNamedAfterKey(b, variable: v + 1, key: lastSegmentStart..<keyEnd) { return nil }
        // Oracle's audit trail writes each value's length first: `DATABASE USER:[9] 'FNAKAMURA'`.
        if v + 4 < n, b[v] == UInt8(ascii: "["), ASCII.isDigit(b[v + 1]) {
            var e = v + 1
            while e < n, e - v <= 5, ASCII.isDigit(b[e]) { e += 1 }
            if e + 2 < n, b[e] == UInt8(ascii: "]"), b[e + 1] == 0x20, b[e + 2] == UInt8(ascii: "'") { v = e + 2 }
        }
        // DynamoDB's attribute values in their type's wrapper (`userId: { S: 'aoife.brennan' }`): the value inside.
        if v + 7 < n, b[v] == UInt8(ascii: "{"), b[v + 1] == 0x20, b[v + 2] == UInt8(ascii: "S") || b[v + 2] == UInt8(ascii: "N"), b[v + 3] == UInt8(ascii: ":"), b[v + 4] == 0x20,
           b[v + 5] == UInt8(ascii: "'") || b[v + 5] == UInt8(ascii: "\"") { v += 5 }
        // An index's direction under an e-mail's key (MongoDB's `IXSCAN { email: 1 }`): no address.
        if compiled.active[rule].type == "email", v + 1 < n, b[v] == UInt8(ascii: "1") || (b[v] == UInt8(ascii: "-") && b[v + 1] == UInt8(ascii: "1")) {
            let e = b[v] == UInt8(ascii: "-") ? v + 2 : v + 1
            if e == n || b[e] == 0x20 || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "}") { return nil }
        }
        // A statement's bind placeholder (`SET "street"=$1,"city"=$2`, PostgreSQL's and Sequelize's): no value.
        if v + 1 < n, b[v] == UInt8(ascii: "$"), ASCII.isDigit(b[v + 1]) {
            var e = v + 1
            while e < n, e - v <= 3, ASCII.isDigit(b[e]) { e += 1 }
            if e == n || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ")") || b[e] == 0x20 || b[e] == UInt8(ascii: ";") { return nil }
        }
        // A transcript's speaker (`CUSTOMER: hi, my card was declined`, an LLM chat's `User: what is …`):
        // a sentence follows the label, not a name.
        if quote == 0, b[separator] == UInt8(ascii: ":"), v < n, ASCII.isLetter(b[v]),
           compiled.active[rule].type == "username" || compiled.active[rule].type == "name", Self.startsSentence(b, at: v) { return nil }
        // An object's dump under a person's or an account's key, unquoted (`user: User { name: "…", email: … }`,
        // Go's `user=main.User{ID:1, Name:"…"}`): its type name is no account; the fields are read by their own
        // keys, as before. (Quoted, `user="&{ID:1 Handle:…}"`, all of it stays one value: a field under a key no
        // rule names would be written raw. Under a secret's or a token's key too.)
        if v + 4 < n, b[v] != UInt8(ascii: "\""), b[v] != UInt8(ascii: "'"),
           compiled.active[rule].type == "username" || compiled.active[rule].type == "name", Self.startsLabelledDump(b, at: v) { return nil }
        // React Native's and the console's `'password:', 'Seoul#Tower88'`, `"password:" "…"`: a label
        // with its colon inside the quotes; the value is the next argument (an object after it,
        // `'user:', { … }`, is scanned as text).
        if quote == 0, b[separator] == UInt8(ascii: ":"), keyEnd == separator, v == separator + 1, v < n, keyStart > 0,
           b[keyStart - 1] == UInt8(ascii: "'") || b[keyStart - 1] == UInt8(ascii: "\""), b[v] == b[keyStart - 1] {
            var w = v + 1
            if w < n, b[w] == UInt8(ascii: ",") { w += 1 }
            while w < n, w < v + 8, b[w] == 0x20 { w += 1 }
            guard w < n, b[w] != UInt8(ascii: "{"), b[w] != UInt8(ascii: "[") else { return nil }
            v = w
        }
        // var_dump's `=> string(12) "value"`: the quoted string is the value — also on the next
        // line of a dump flattened into one (`=>\n  string(…) "…"`, a real or an escaped newline).
        if rocket {
            var w = v
            while w < n, w < v + 16 {
                if b[w] == 0x0A || b[w] == 0x0D || b[w] == 0x20 { w += 1 } else if b[w] == UInt8(ascii: "\\"), w + 1 < n, b[w + 1] == UInt8(ascii: "n") { w += 2 } else { break }
            }
            if ASCII.hasPrefix(b, at: w, exactly: "string(") { v = w }
        }
        if rocket, ASCII.hasPrefix(b, at: v, exactly: "string("), let close = b[(v + 7)..<min(n, v + 20)].firstIndex(of: UInt8(ascii: ")")),
           close + 2 < n, b[close + 1] == 0x20, b[close + 2] == UInt8(ascii: "\"") {
            v = close + 2
        }
        guard v < n else { return nil }
        // Oracle's audit trail in syslog: `USERID:[8] "HMUELLER"`, `SESSIONID:[6] "412345"`: the value's
        // length in brackets, then the value in quotes.
        if b[separator] == UInt8(ascii: ":"), b[v] == UInt8(ascii: "["), let quoted = Self.lengthPrefixedValue(b, open: v) { v = quoted }
        // Oracle's `Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=10.1.2.3)(PORT=50234))`: a TNS descriptor, no
        // postal address; its pairs are read one by one.
        if b[v] == UInt8(ascii: "("), ASCII.hasPrefix(b, at: v, lowercased: "(address=") || ASCII.hasPrefix(b, at: v, lowercased: "(description="),
           compiled.active[rule].type == "address" {
            return KeyValueHit(span: nil, valueStart: v, valueEnd: v)
        }
        // Spring's binding errors: `on field 'password': rejected value [s3cret]; codes […]`: the
        // value is in the brackets.
        if quote == UInt8(ascii: "'"), b[separator] == UInt8(ascii: ":"), ASCII.hasPrefix(b, at: v, exactly: "rejected value [") {
            let start = v + 16
            // (A value longer than the search, or without its `]`, runs to the line's end: fail closed.)
            let close = Self.find(b, "]; codes [", from: start, within: 4096) ?? b[start...].firstIndex(of: UInt8(ascii: "]")) ?? n
            guard close > start else { return KeyValueHit(span: nil, valueStart: v, valueEnd: v) }
            return fieldValue(b, rule: rule, valueStart: start, valueEnd: close, afterPairSeparator: true)
        }
        // Python's string and bytes literals: `u'alice'` (Python 2 reprs), `b'hunter2'`: the
        // quoted text is the value.
        if v + 1 < n, b[v] == UInt8(ascii: "u") || b[v] == UInt8(ascii: "b"), b[v + 1] == UInt8(ascii: "'") || b[v + 1] == UInt8(ascii: "\"") { v += 1 }
        var valueStart = v
        var valueEnd: Int
        if printR {
            // print_r writes values unquoted, spaces included, up to the end of the line — or, in
            // a dump flattened into one line (`Array ( [email] => a@b.c [password] => x )`), up to
            // the next ` [key] =>`, an escaped line break, or the array's closing ` )`.
            valueEnd = v
            let flattened = CredentialScan.contains(b, from: 0, to: v, lowercased: "array (")
            while valueEnd < n, b[valueEnd] != 0x0A, b[valueEnd] != 0x0D {
                if b[valueEnd] == 0x20, Self.startsPrintRKey(b, valueEnd + 1) { break }
                // The array's closing ` )` with more of the line after it (`… ) in /var/www/x.php on line 214`).
                if flattened, b[valueEnd] == 0x20, valueEnd + 2 < n, b[valueEnd + 1] == UInt8(ascii: ")"), b[valueEnd + 2] == 0x20 { break }
                // (Not `ab\ncd`: a backslash and `n` inside the value, with the value going on.)
                if b[valueEnd] == UInt8(ascii: "\\"), valueEnd + 1 < n, b[valueEnd + 1] == UInt8(ascii: "n"),
                   valueEnd + 2 >= n || b[valueEnd + 2] == 0x20 || b[valueEnd + 2] == UInt8(ascii: "[") || b[valueEnd + 2] == UInt8(ascii: ")")
                    || b[valueEnd + 2] == UInt8(ascii: "\\") || b[valueEnd + 2] == UInt8(ascii: "\"") { break }
                valueEnd += 1
            }
            while valueEnd > v, b[valueEnd - 1] == 0x20 || b[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            if valueEnd - v >= 3, b[valueEnd - 1] == UInt8(ascii: ")"), b[valueEnd - 2] == 0x20, CredentialScan.contains(b, from: 0, to: v, lowercased: "array (") {
                valueEnd -= 2
                while valueEnd > v, b[valueEnd - 1] == 0x20 { valueEnd -= 1 }
            }
        } else if b[v] == UInt8(ascii: "S"), b[separator] == UInt8(ascii: ":"), v + 5 < n, ASCII.hasPrefix(b, at: v, exactly: "Str("), b[v + 4] != UInt8(ascii: ")") {
            // The OpenTelemetry Collector's debug exporter: `-> enduser.id: Str(akowalczyk)`: the
            // text inside the type's parentheses, to the `) -> ` of the next attribute, else the
            // first `)` (the line's end without one: fail closed).
            valueStart = v + 4
            valueEnd = Self.find(b, ") -> ", from: valueStart, within: 4096) ?? b[valueStart...].firstIndex(of: UInt8(ascii: ")")) ?? n
        } else if b[v] == UInt8(ascii: "\\"), v + 3 < n, b[v + 1] == UInt8(ascii: "x"), b[v + 2] == UInt8(ascii: "2"), b[v + 3] == UInt8(ascii: "2") {
            // nginx's `\x22value\x22`: to the next `\x22` (the end of the line when there is none: fail closed).
            valueStart = v + 4
            valueEnd = Self.find(b, "\\x22", from: valueStart, within: 16 << 10) ?? n
        } else if b[v] == UInt8(ascii: "\\"), v + 2 < n, b[v + 1] == UInt8(ascii: "\\"), escapes >= 2 {
            // `\\\"value\\\"`: a JSON string inside a JSON string (botocore's `SecretString`): the value
            // runs to the next quote after a backslash, without the backslashes before it.
            var k = v
            while k < n, b[k] == UInt8(ascii: "\\") { k += 1 }
            guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }
            valueStart = k + 1
            var e = valueStart
            while e < n, !(b[e] == UInt8(ascii: "\"") && b[e - 1] == UInt8(ascii: "\\")) { e += 1 }
            if e < n { while e > valueStart, b[e - 1] == UInt8(ascii: "\\") { e -= 1 } }
            valueEnd = e
        } else if b[v] == UInt8(ascii: "["), escapedQuote, v + 3 < n, b[v + 1] == UInt8(ascii: "\\"), b[v + 2] == UInt8(ascii: "\"") {
            // `\"birthdate\":[\"1988-07-14\"]` (Keycloak's attributes) inside an escaped JSON string:
            // the array's strings, up to the `\"]` that closes it (the line's end without one: fail closed).
            valueStart = v + 3
            valueEnd = Self.find(b, "\\\"]", from: valueStart, within: 4096) ?? n
        } else if b[v] == UInt8(ascii: "\\"), v + 1 < n, b[v + 1] == UInt8(ascii: "\"") {
            // \"value\" inside an escaped JSON string
            valueStart = v + 2
            valueEnd = valueStart
            while valueEnd < n, !(b[valueEnd] == UInt8(ascii: "\\") && valueEnd + 1 < n && b[valueEnd + 1] == UInt8(ascii: "\"")) {
                if b[valueEnd] == UInt8(ascii: "\\"), valueEnd + 1 < n, b[valueEnd + 1] == UInt8(ascii: "\\") { valueEnd += 2; continue }
                valueEnd += 1
            }
            valueEnd = min(valueEnd, n)
        } else if b[v] == UInt8(ascii: "<"), v + 2 < n, b[v + 1] == UInt8(ascii: "<"), b[v + 2] == UInt8(ascii: "\"") {
            // An Erlang binary, `<<"value">>`: the string inside (to the end of the line when
            // unterminated: fail closed).
            valueStart = v + 3
            valueEnd = valueStart
            while valueEnd < n, b[valueEnd] != UInt8(ascii: "\""), b[valueEnd] != 0x0A {
                if b[valueEnd] == UInt8(ascii: "\\") { valueEnd += 1 }
                valueEnd += 1
            }
            valueEnd = min(valueEnd, n)
        } else if b[v] == UInt8(ascii: "<"), let close = Self.angleValueEnd(b, v) {
            // `from=<sender@example.net>`, `user=<mary@example.com>` (postfix, dovecot): the
            // brackets are not part of the value.
            valueStart = v + 1
            valueEnd = close
        } else if b[v] == UInt8(ascii: "["), quote == UInt8(ascii: "\""), let hit = bareNumberListValue(b, rule: rule, open: v) {
            // `job {"user_id":[4,5]}` in a text line: each number on its own, written as a JSON
            // string, so the embedded object stays JSON.
            return hit
        } else if b[v] == UInt8(ascii: "["), let list = Self.quotedListValues(b, v) {
            // Django's `'password': ['hunter2']`, Python lists: the strings in the list, each
            // its own value (`"email":["old@x","new@y"]`, an audit log's change).
            if let hit = listElementsValue(b, rule: rule, open: v) { return hit }
            valueStart = list.start
            valueEnd = list.end
        } else if b[v] == UInt8(ascii: "["), Self.placeholderEnd(b, at: v) == nil, let close = Self.bracketValueEnd(b, v) {
            // `user.name=[elastic_admin]` (Elasticsearch audit log): the brackets are not the value.
            valueStart = v + 1
            valueEnd = close
            // `password=[ab]cd`: bytes glued after the `]` make it one value, brackets and all.
            if close + 1 < n, !Self.endsGluedValue(b[close + 1]) {
                valueStart = v
                valueEnd = max(close + 1, Self.unquotedValueEnd(b, from: close + 1))
            }
        } else if b[v] == UInt8(ascii: "("), v + 1 < n, ASCII.isLetter(b[v + 1]) || b[v + 1] == UInt8(ascii: "'") || b[v + 1] == UInt8(ascii: "\"")
                    || Self.startsDecimal(b, v + 1),
                  let close = Self.parenValueEnd(b, v) {
            // A Python tuple or a call as the value (`'current_location': (Decimal('-80.3'), Decimal('-165.2'))`,
            // `coords=(51.5074, -0.1278)`): all of it to the matching `)`. (`(415) 555-2671`
            // starts with digits and no decimal point: a phone.)
            valueStart = v
            valueEnd = close + 1
            // Bytes glued after the `)` belong to the value too: left behind, they would glue to
            // its pseudonym and make a second pass read a new value (`phone: (oo…20)7)` kept `7`;
            // `email: (a.)@example.org` kept `@example.org`, an address once the pseudonym is its
            // local part).
            if valueEnd < n, !Self.endsGluedValue(b[valueEnd]) {
                valueEnd = max(valueEnd, Self.unquotedValueEnd(b, from: valueEnd))
            }
        } else if b[v] == UInt8(ascii: "\""), v + 2 < n, b[v + 1] == UInt8(ascii: "\""), Self.startsDoubledQuoteText(b[v + 2]) {
            // A quoted string inside a quoted string, its quotes doubled (1C's connection string
            // `Ref="Srvr=""app1c"";Usr=""Орлова"";Pwd=""Zup#2023pass"";"`, CSV cells): up to the next `""`.
            valueStart = v + 2
            valueEnd = valueStart
            while valueEnd < n, !(b[valueEnd] == UInt8(ascii: "\"") && valueEnd + 1 < n && b[valueEnd + 1] == UInt8(ascii: "\"")) { valueEnd += 1 }
        } else if b[v] == UInt8(ascii: "\"") || b[v] == UInt8(ascii: "'") {
            let q = b[v]
            valueStart = v + 1
            valueEnd = valueStart
            while valueEnd < n, b[valueEnd] != q
                || (q == UInt8(ascii: "'") && (Self.isApostropheInWord(b, valueEnd, start: valueStart) || (valueEnd > valueStart && valueEnd + 1 < n && b[valueEnd + 1] == q))) {
                // A backslash escapes the next byte; SQL's doubled quote (`'O''Brien'`) is one quote
                // inside the literal. (A backslash at the end of the line ends the loop: `valueEnd` is
                // then `n`, and nothing past the line is read.)
                if b[valueEnd] == UInt8(ascii: "\\") || b[valueEnd] == q { valueEnd += 1 }
                valueEnd += 1
            }
            valueEnd = min(valueEnd, n)  // unterminated: to the end of the line (fail closed)
            // Terraform's plan writes a change as `"old" -> "new"`: both are the value.
            if valueEnd + 5 < n, ASCII.hasPrefix(b, at: valueEnd + 1, exactly: " -> "), b[valueEnd + 5] == q {
                valueEnd += 6
                while valueEnd < n, b[valueEnd] != q {
                    if b[valueEnd] == UInt8(ascii: "\\") { valueEnd += 1 }
                    valueEnd += 1
                }
                valueEnd = min(valueEnd, n)
            }
        } else if b[v] == UInt8(ascii: "{"), b[separator] == UInt8(ascii: "="), let close = Self.odbcBracedValueEnd(b, v) {
            // ODBC connection strings brace a value that holds `;` (`PWD={Br@ces;Pass};`).
            valueStart = v + 1
            valueEnd = close
        } else if b[v] == UInt8(ascii: "{"), let inner = Self.wrappedString(b, open: v) {
            // `{"password":{"value":"…"}}` (Elasticsearch), `{"last_name":{"string":"…"}}` (Avro as
            // Debezium prints it), `{"lastName":{"$eq":"…"}}` (MongoDB): one string in a wrapper.
            valueStart = inner.lowerBound
            valueEnd = inner.upperBound
        } else {
            if b[v] == UInt8(ascii: "{") || b[v] == UInt8(ascii: "[") { return nil }  // structured value: scanned as text
            // Go's `%+v` of a struct pointer (`user=&{ID:17 Name:Peggy …}`): its fields are pairs
            // of their own, scanned as text.
            // Elixir's map, `"user" => %{"email" => …}` (Phoenix's `Parameters:`), the same.
            if b[v] == UInt8(ascii: "&") || b[v] == UInt8(ascii: "%"), v + 1 < n, b[v + 1] == UInt8(ascii: "{") { return nil }
            // `Login: user=<mary@example.com>` (dovecot), `User: name=bob`: a label before a pair
            // whose own key has a rule; that pair is read on its own. Otherwise the value stays
            // whole, whatever it looks like (`password: a=b`).
            if b[separator] == UInt8(ascii: ":"), let inner = Self.pairKey(b, v), compiled.fieldRule(forTextKey: b, Self.lastSegment(b, inner)) != nil {
                return nil
            }
            // Swift's description of a struct: under a person's key whose first argument's label has
            // a rule (`user=User(email: "…", name: "…")`), the arguments are pairs of their own;
            // otherwise all of them are the value (`token=Token(value: "…", expiresAt: …)`,
            // `credentials=Credentials(username: "jdoe", password: "…")`: fail closed).
            if let described = Self.describedArguments(b, at: v) {
                let active = compiled.active[rule]
                if active.action == .pseudonymize, active.type != "token", compiled.fieldRule(forTextKey: b, described.label) != nil {
                    return KeyValueHit(span: nil, valueStart: described.arguments, valueEnd: described.arguments)
                }
                let lineEnd = b[described.arguments...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? n
                let close = Self.parenValueEnd(b, described.arguments - 1) ?? lineEnd
                return fieldValue(b, rule: rule, valueStart: described.arguments, valueEnd: close, afterPairSeparator: true)
            }
            // `password: Optional("s3cret")`, `Some("…")`, `SecretStr('…')`: the wrapped value.
            if let wrapped = Self.wrappedValue(b, at: v) {
                guard !wrapped.isEmpty else { return KeyValueHit(span: nil, valueStart: wrapped.upperBound, valueEnd: wrapped.upperBound) }
                return fieldValue(b, rule: rule, valueStart: wrapped.lowerBound, valueEnd: wrapped.upperBound, afterPairSeparator: true)
            }
            // Java's `toString()` of a nested object (`address=Address{street='…', city='…'}`) and
            // Ruby's `inspect` (`customer: #<Customer id: 3, name: "Ann">`): under a person's key
            // the object's fields are pairs of their own; under any other key all of it up to the
            // closing brace is the value (`token=Token{value='…'}`: fail closed).
            if let fields = Self.nestedObjectFields(b, at: v) {
                let active = compiled.active[rule]
                if active.action == .pseudonymize, active.type != "token", active.type != "cookie" {
                    return KeyValueHit(span: nil, valueStart: fields.fields, valueEnd: fields.fields)
                }
                return fieldValue(b, rule: rule, valueStart: v, valueEnd: fields.end, afterPairSeparator: true)
            }
            // SQL's `"email" = $1 LIMIT $2`, `password = ?`, `= @p0`, `= :email`, `= %(email_1)s`:
            // a bind placeholder, no value; the statement reads on.
            if spaced, b[separator] == UInt8(ascii: "="), b[v - 1] == 0x20, let end = Self.sqlPlaceholderEnd(b, at: v) {
                return KeyValueHit(span: nil, valueStart: end, valueEnd: end)
            }
            valueEnd = Self.unquotedValueEnd(b, from: v)
            // A path parameter (`/cart;jsessionid=9F8E…?lang=nl`): its value ends where the query starts.
            if keyStart > 0, b[keyStart - 1] == UInt8(ascii: ";"), b[separator] == UInt8(ascii: "="),
               let q = b[v..<valueEnd].firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }), q > v { valueEnd = q }
            // `user = authenticate(username="nina", …)` (a traceback's source line): a call whose
            // first argument is a keyword is no person; its arguments are read as pairs. A
            // secret's value stays whole (`password=ab(c=d`).
            if compiled.active[rule].action == .pseudonymize, let arguments = Self.keywordCallArguments(b, v, valueEnd) {
                return KeyValueHit(span: nil, valueStart: arguments, valueEnd: arguments)
            }
            if valueEnd == v, b[v] != 0x20, b[v] != 0x09, b[v] != UInt8(ascii: "\""), b[v] != UInt8(ascii: "'") {
                // A value that starts with a delimiter (`password=&$0UCN^_n`, `secret=)x`) is still
                // the value: up to the next whitespace (fail closed; found by Tests/leakcheck).
                while valueEnd < n, b[valueEnd] != 0x20, b[valueEnd] != 0x09 { valueEnd += 1 }
            }
            // A first pass's phone pseudonym with bytes glued after it is the value alone, and
            // takes no digit group after those bytes (`phone~k~…..$?~ 2`): checked before the
            // value is extended over groups.
            if b[valueStart] == UInt8(ascii: "p"), compiled.active[rule].type == "phone", let end = Self.phonePseudonymEnd(b, valueStart..<valueEnd) {
                valueEnd = end
            } else {
                valueEnd = extendUnquoted(b, from: valueStart, valueEnd, type: compiled.active[rule].type)
            }
            if separator < cookieHeaderEnd, let semicolon = b[valueStart..<valueEnd].firstIndex(of: UInt8(ascii: ";")) {
                valueEnd = semicolon
            }
            if quote == 0, valueEnd < n, b[valueEnd] == 0x20 || b[valueEnd] == UInt8(ascii: ","), compiled.active[rule].type == "secret",
               let end = Self.structFieldSecretEnd(b, keyStart: keyStart, valueEnd: valueEnd) {
                valueEnd = end
            }
            // `password=Pa55)rd`, `secret=ab]cd`: a closing bracket with more of the word glued after it
            // closes nothing around the pair; a secret's value goes on over it (fail closed).
            if quote == 0, Self.isCredentialType(compiled.active[rule].type) {
                while valueEnd + 1 < n, Self.isClosingBracket(b[valueEnd]), Self.continuesWord(b[valueEnd + 1]) {
                    valueEnd = max(valueEnd + 1, Self.unquotedValueEnd(b, from: valueEnd + 1))
                }
            }
            if b[separator] == UInt8(ascii: ":"), quote == 0, valueEnd < n, b[valueEnd] == 0x20, Self.isAuthorizationKey(b, keyStart..<keyEnd),
               !Self.isSingleTokenScheme(b, valueStart) {
                // `Authorization: SharedKey acct:sig`, `Authorization: Hawk id="…", mac="…"`: an HTTP
                // header's value is the rest of the line (or of the quoted `"Authorization: …"`).
                valueEnd = Self.headerValueEnd(b, from: valueEnd, quotedBy: keyStart > 0 ? b[keyStart - 1] : 0)
            }
        }
        guard valueEnd > valueStart else { return nil }
        // auditd's and AppArmor's `name="/home/rita/tax.pdf"`: a path, not a person; scanned as
        // text (a home directory's user is still found).
        if b[valueStart] == UInt8(ascii: "/"), compiled.active[rule].type == "name" {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        if keyEnd - keyStart == 4, ASCII.hasPrefix(b, at: keyStart, lowercased: "auth") {
            // IMAP's `CAPABILITY IMAP4rev1 AUTH=PLAIN`: a SASL mechanism's name, not a secret.
            if SASLCredentialDetector.isMechanism(b, valueStart..<valueEnd) { return nil }
            // Dovecot's `auth: passwd-file(frank,…): …`, Samba's `Auth: [SMB2,(null)] user [x]`:
            // a process or audit label before a message, scanned as text.
            if quote == 0, b[separator] == UInt8(ascii: ":"), b[v] == UInt8(ascii: "[") || b[valueStart..<valueEnd].contains(UInt8(ascii: "(")) { return nil }
        }
        // MySQL's `Access denied for user 'app'@'10.0.0.5' (using password: YES)` says whether a
        // password was sent, not what it was.
        if Self.isMySQLUsingPassword(b, key: keyStart..<keyEnd, value: valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // Postfix's `disconnect from … ehlo=1 mail=1 rcpt=0/1 auth=0/1 quit=1 commands=3/4`: a count of
        // SMTP commands, not an address or a secret.
        if quote == 0, b[separator] == UInt8(ascii: "="), Self.isSMTPCommandCount(b, key: keyStart..<keyEnd, value: valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // `name=checkout-service`, `name: payments-worker`: a service's or logger's name, not a
        // person's; scanned as text.
        // `address=https://hooks.acme.io/…` (a webhook's), `LogName=Security` (a Windows event log's):
        // a URL, not a postal address; a log, not an account. Scanned as text.
        if quote == 0 || quote == UInt8(ascii: "\""), compiled.active[rule].type == "address", Self.startsURL(b, valueStart) || Self.startsNetworkAddress(b, valueStart) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        if keyEnd - keyStart == 7, ASCII.hasPrefix(b, at: keyStart, lowercased: "logname"), Self.isWindowsLogName(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // Helm's `NAME: keycloak` (a release's name, the first line of `helm install`'s summary).
        if keyEnd - keyStart == 4, ASCII.hasPrefix(b, at: keyStart, lowercased: "name"), compiled.active[rule].type == "name",
           Self.readsAsServiceName(b, valueStart..<valueEnd) || (valueStart > 0 && (b[valueStart - 1] == UInt8(ascii: "\"") || b[valueStart - 1] == UInt8(ascii: "'")) && Self.isOperationName(b, valueStart..<valueEnd))
            || (quote == 0 && ASCII.hasPrefix(b, at: keyStart, exactly: "NAME") && (keyStart == 0 || b[keyStart - 1] == 0x0A) && Self.isDNSLabel(b, valueStart..<valueEnd)) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // `whatsapp: message to +44 …`, `phone: call failed`: an unquoted word without a digit
        // is no phone number but the prose after a label; scanned as text (the number in it
        // is still found).
        // `customers.phone: 212 duplicates of …` (a data-quality alert): a count of four digits or fewer
        // before prose is no number; scanned as text.
        if quote == 0, compiled.active[rule].type == "phone", valueEnd - valueStart <= 4, valueEnd + 2 < b.count, b[valueEnd] == 0x20,
           ASCII.isLower(b[valueEnd + 1]), b[valueStart..<valueEnd].allSatisfy(ASCII.isDigit) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        if quote == 0, compiled.active[rule].type == "phone", !NativeDigits.contains(b, valueStart..<valueEnd) {
            // ServiceNow's `caller_id=Priyanka Chopra Nair,`: a caller id that holds the caller's name.
            if compiled.nameRule >= 0, let name = Self.callerIDName(b, key: keyStart..<keyEnd, valueAt: valueStart) {
                return KeyValueHit(span: TextSpan(name, rule: compiled.nameRule, kind: .field, precedence: 20), valueStart: valueStart, valueEnd: name.upperBound)
            }
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // `valid email address: An email address must have an @-sign`, `reset mail: smtp: 535 …`:
        // a short capitalised word or another label after an e-mail key is the sentence, not an address.
        if quote == 0, compiled.active[rule].type == "email", valueStart > 0, b[valueStart - 1] == 0x20,
           (valueEnd - valueStart <= 3 && ASCII.isUpper(b[valueStart]) && b[valueStart..<valueEnd].allSatisfy(ASCII.isLetter)
            && !PersonNameDetector.given.contains(b, valueStart..<valueEnd)) || b[valueEnd - 1] == UInt8(ascii: ":") {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // GraphQL: `query($email: String!)` declares a variable and `user(email: $email)` passes
        // one; neither is a value (a `$…` value under a pseudonymising rule is a variable's name).
        if quote == 0, keyStart > 0, b[keyStart - 1] == UInt8(ascii: "$"), b[separator] == UInt8(ascii: ":"), Self.isGraphQLType(b, valueStart..<valueEnd) { return nil }
        if quote == 0, b[valueStart] == UInt8(ascii: "$"), compiled.active[rule].action == .pseudonymize, valueEnd - valueStart >= 2,
           compiled.active[rule].type != "token", compiled.active[rule].type != "cookie",
           b[(valueStart + 1)..<valueEnd].allSatisfy({ ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") }) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // Kafka's `memberId='consumer-orders-1-4f1a…'`: a consumer group member, a client, not
        // an insurance member; scanned as text.
        if keyEnd - keyStart >= 8, keyEnd - keyStart <= 9, ASCII.hasPrefix(b, at: keyStart, lowercased: "member"),
           Self.isKafkaClientID(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // `$pw = ConvertTo-SecureString 'S3cr3t' -AsPlainText`: the cmdlet's string is the value.
        if quote == 0, b[valueStart] | 0x20 == UInt8(ascii: "c"), let arg = CommandLinePasswordDetector.secureStringArgument(b, at: valueStart) {
            return fieldValue(b, rule: rule, valueStart: arg.lowerBound, valueEnd: arg.upperBound, afterPairSeparator: true)
        }
        // Android's and Java's `toString()` of an object (`token=Token{a64f992 ActivityRecord{…}}`,
        // `wtoken = AppWindowToken{9f4ef63 …}`): a class name and an identity hash, no value;
        // scanned as text.
        if quote == 0, Self.isObjectDescription(b, at: valueStart) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: true)
    }

    /// `ClassName{1a2b3c4 ` at `at`: a capitalised identifier, `{`, 6–8 lower-case hex digits
    /// (an identity hash) and a space or `}` — how Android and Java describe an object.
    static func isObjectDescription(_ b: Bytes, at: Int) -> Bool {
        guard at < b.count, ASCII.isUpper(b[at]) else { return false }
        var k = at + 1
        while k < b.count, k - at < 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "$") { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: "{") else { return false }
        let hash = k + 1
        k = hash
        while k < b.count, k - hash < 9, ASCII.isDigit(b[k]) || (b[k] >= UInt8(ascii: "a") && b[k] <= UInt8(ascii: "f")) { k += 1 }
        return k - hash >= 6 && k - hash <= 8 && k < b.count && (b[k] == 0x20 || b[k] == UInt8(ascii: "}"))
    }

    /// Whether `b[r]` is a GraphQL type in a variable declaration: a capitalised name, maybe
    /// in brackets and with `!` (`String!`, `ID`, `[String!]!`, `UserInput`), up to a `,` or `)`.
    static func isGraphQLType(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, b[k] == UInt8(ascii: "[") { k += 1 }
        guard k < r.upperBound, ASCII.isUpper(b[k]) else { return false }
        while k < r.upperBound, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        while k < r.upperBound, b[k] == UInt8(ascii: "!") || b[k] == UInt8(ascii: "]") { k += 1 }
        while k < r.upperBound, b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ")") || b[k] == UInt8(ascii: "{") { k += 1 }
        return k == r.upperBound
    }

    /// Whether `b[r]` is the id a Kafka client gives itself: `consumer-`, `producer-`,
    /// `connect-`, `rdkafka-` or `sarama-` and more.
    static func isKafkaClientID(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for prefix: StaticString in ["consumer-", "producer-", "connect-", "rdkafka-", "sarama-"]
        where r.count > prefix.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: prefix) { return true }
        return false
    }

    /// What key context does with the value `b[valueStart..<valueEnd]` of a key that field
    /// rule `rule` names (shared by `key=value` pairs and XML elements). nil: nothing to do.
    /// `afterPairSeparator`: the value follows `=`/`:` (so `Digest k=v, …` parameters are pairs).
    func fieldValue(_ b: Bytes, rule: Int, valueStart: Int, valueEnd: Int, afterPairSeparator: Bool) -> KeyValueHit? {
        var valueEnd = valueEnd
        // The closing parenthesis of the record around the pair (`Contact(phone=(541) 555-0142)`) is no part of the value.
        // (Not under a secret's, a token's or a cookie's rule: a password may end in `)`, and none of it is written raw.)
        if valueEnd - valueStart > 1, b[valueEnd - 1] == UInt8(ascii: ")"), compiled.active[rule].action == .pseudonymize,
           compiled.active[rule].type != "token", compiled.active[rule].type != "cookie" {
            var depth = 0
            for x in b[valueStart..<valueEnd] { if x == UInt8(ascii: "(") { depth += 1 } else if x == UInt8(ascii: ")") { depth -= 1 } }
            if depth < 0 { valueEnd -= 1 }
        }
        // A UK registration in its printed form, `WN68 XKT`: both groups.
        if compiled.active[rule].type == "vehicle", valueEnd - valueStart == 4, valueEnd + 4 <= b.count, b[valueEnd] == 0x20,
           ASCII.isUpper(b[valueStart]), ASCII.isUpper(b[valueStart + 1]), ASCII.isDigit(b[valueStart + 2]), ASCII.isDigit(b[valueStart + 3]),
           (valueEnd + 1..<valueEnd + 4).allSatisfy({ ASCII.isUpper(b[$0]) }), valueEnd + 4 == b.count || !ASCII.isAlnum(b[valueEnd + 4]) {
            valueEnd += 4
        }
        // Already scrubbed (idempotence): leave it — only when what this engine wrote is the
        // whole value. A value that merely starts with a placeholder or mask
        // (`"password":"********** jane@example.com x`) is not output of a first pass: the
        // rule replaces all of it (fail closed).
        if Self.isPseudonym(b, valueStart..<valueEnd) || Self.placeholderEnd(b, at: valueStart) == valueEnd
            || (b[valueStart] == UInt8(ascii: "*") && Self.maskedValueEnd(b, at: valueStart) == valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }

        // `sub=0`, `uid=0`, `user_id=0` (Redis's CLIENT LIST, root's uid, no user): a lone zero names no one.
        if valueEnd == valueStart + 1, b[valueStart] == UInt8(ascii: "0"), compiled.active[rule].action == .pseudonymize, compiled.active[rule].type != "token" {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // The JVM's GC log `[Times: user=0.03 sys=0.01, real=0.01 secs]`, `time user=1.52`: CPU seconds, no account.
        if compiled.active[rule].type == "username", Self.isDecimalNumber(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // Terraform's `(known after apply)`; Kubernetes' `system:serviceaccount:…`; a host name under `address`.
        if Self.isTerraformPlaceholder(b, valueStart..<valueEnd)
            || (compiled.active[rule].type == "username" && Self.isKubernetesSystemIdentity(b, valueStart..<valueEnd))
            || (compiled.active[rule].type == "address" && Self.isHostName(b, valueStart..<valueEnd)) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // A thing's name under a name's key (Slurm's `Name=dft_relax_CuO`, `name="Sync HRSD to Workday"`): scanned as text.
        if compiled.active[rule].type == "name", Self.isThingName(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // A file's name under a name's key (CEF's `fname=mimikatz.exe`, `fname=Customer_List_Export.csv`): no person.
        if compiled.active[rule].type == "name", Self.isFileName(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // A closing bracket after a selector's colon (`-[LoginWindowController loginWithUserName:]`): no value.
        if valueEnd == valueStart + 1, b[valueStart] == UInt8(ascii: "]") || b[valueStart] == UInt8(ascii: ")") || b[valueStart] == UInt8(ascii: "}") {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        // A Windows computer account (`DC01$`, `WS-042$`) and an EC2 instance as a session's name
        // (`i-0a1b2c3d4e5f67890`): machines, not people.
        if compiled.active[rule].type == "username", Self.isMachineAccount(b, valueStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // A SIP URI's parameter, `sip:+1312…@carrier.net;user=phone`: the kind of address, no account.
        if compiled.active[rule].type == "username", valueStart >= 6, b[valueStart - 1] == UInt8(ascii: "="), ASCII.hasPrefix(b, at: valueStart - 6, exactly: ";user="),
           valueEnd - valueStart == 5 && ASCII.hasPrefix(b, at: valueStart, exactly: "phone") || valueEnd - valueStart == 2 && ASCII.hasPrefix(b, at: valueStart, exactly: "ip")
            || valueEnd - valueStart == 10 && ASCII.hasPrefix(b, at: valueStart, exactly: "dialstring") {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // Windows' built-in principals, `User Name: NT AUTHORITY\SYSTEM`, `NT AUTHORITY\NETWORK SERVICE`.
        if compiled.active[rule].type == "username", ASCII.hasPrefix(b, at: valueStart, exactly: "NT AUTHORITY\\") {
            var e = valueStart + 13
            while e < b.count, ASCII.isUpper(b[e]) || (b[e] == 0x20 && e + 1 < b.count && ASCII.isUpper(b[e + 1])) { e += 1 }
            return KeyValueHit(span: nil, valueStart: e, valueEnd: e)
        }
        // D-Bus's `system bus name :1.245`, `name: 2.0.1`: digits and dots name no person.
        if compiled.active[rule].type == "name", valueEnd - valueStart <= 16, b[valueStart..<valueEnd].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // `Bearer xyz`, `Basic xyz`: keep the scheme, replace the credential.
        var secretStart = valueStart
        // `Digest username="…", realm=…`: the parameters are key=value pairs of their own.
        if afterPairSeparator, ASCII.hasPrefix(b, at: valueStart, lowercased: "digest ") {
            return KeyValueHit(span: nil, valueStart: valueStart + 7, valueEnd: valueStart + 7)
        }
        if let afterScheme = Self.authSchemeEnd(b, at: valueStart, limit: valueEnd) {
            // The credential detectors know these schemes better than a field rule:
            // `Bearer` gets a fingerprint, `Basic` is redacted, a JWT is summarised.
            if let rule = compiled.rule(for: .bearerToken), let r = BearerTokenDetector.match(b, at: valueStart, floor: valueStart) {
                return KeyValueHit(span: TextSpan(r, rule: rule, kind: .detector, precedence: DetectorKind.bearerToken.precedence), valueStart: valueStart, valueEnd: r.upperBound)
            }
            if let rule = compiled.rule(for: .basicAuth), let r = BasicAuthDetector.match(b, at: valueStart, floor: valueStart) {
                return KeyValueHit(span: TextSpan(r, rule: rule, kind: .detector, precedence: DetectorKind.basicAuth.precedence), valueStart: valueStart, valueEnd: r.upperBound)
            }
            // `Bearer token~k~…'''`: the Bearer detector ended a first pass's credential there and
            // the rest was scanned as text; its pseudonym ends the value the same way.
            if ASCII.hasPrefix(b, at: valueStart, lowercased: "bearer "), let end = Self.pseudonymEnd(b, at: afterScheme), end < valueEnd {
                return KeyValueHit(span: nil, valueStart: end, valueEnd: end)
            }
            secretStart = afterScheme
            // `Authorization: Bearer ` at the end of the line: no credential to look at.
            guard secretStart < b.count else { return nil }
            // Scrubbed on a first pass: left alone only when it is all of the credential, or,
            // after `Basic `/`Bearer `, when what follows it ends an unquoted value (white space,
            // `)`, a quote …): their detectors end the credential there on a first pass
            // (`auth="Basic [REDACTED:credential] more"`, `"Basic [REDACTED:credential])x`), and
            // the rest was scanned as text.
            // Sentence-final dots after it count as that end too: the Basic detector leaves them
            // (`Basic dXNlcjpwYXNz.,.. more` ends at `,`).
            if let end = Self.alreadyScrubbedEnd(b, secretStart..<max(valueEnd, secretStart + 1)),
               valueEnd <= secretStart || end >= valueEnd
                || (end < b.count && Self.unquotedValueEnd(b, from: Self.dotsEnd(b, end)) == Self.dotsEnd(b, end)
                    && (ASCII.hasPrefix(b, at: valueStart, lowercased: "basic ") || ASCII.hasPrefix(b, at: valueStart, lowercased: "bearer "))) {
                return KeyValueHit(span: nil, valueStart: end, valueEnd: end)
            }
            if valueEnd <= secretStart {
                // `Authorization: Bearer abc` unquoted: the credential is the next token.
                valueEnd = Self.unquotedValueEnd(b, from: secretStart)
            }
            guard valueEnd > secretStart else { return nil }
        }

        // `private key: -----BEGIN RSA PRIVATE KEY----- MIIE… -----END RSA PRIVATE KEY-----`: the
        // whole block, spaces and all, is the value (ending at the first space left the key's
        // body after the placeholder). Never kept, whatever the key's rule says.
        if b[secretStart] == UInt8(ascii: "-"), let pem = APIKeyDetector.pem(b, secretStart), pem.upperBound > valueEnd {
            let pemRule = compiled.rule(for: .apiKey)
            return KeyValueHit(span: TextSpan(secretStart..<pem.upperBound, rule: pemRule ?? rule, kind: pemRule == nil ? .field : .detector,
                                              precedence: pemRule == nil ? 20 : DetectorKind.apiKey.precedence),
                               valueStart: valueStart, valueEnd: pem.upperBound)
        }
        let active = compiled.active[rule]
        if active.action == .keep {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueEnd)
        }
        // `userId=null`, `Account Name: -`: no person behind the value (see ``NoValue``).
        if active.action == .pseudonymize, NoValue.matches(b, secretStart..<valueEnd) || (active.type == "token" && NoValue.isFlag(b, secretStart..<valueEnd)) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // `- name: DB_PASSWORD`, `"name": "password"`: under a name key, an identifier that names a
        // field (an environment variable, a form field, a cookie) is no person's.
        if active.type == "name", namesField(b, secretStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // `password = [hidden]`, `"[FILTERED]"`, `(sensitive value)`: the application masked it already.
        if NoValue.isMask(b, secretStart..<valueEnd) {
            return KeyValueHit(span: nil, valueStart: valueEnd, valueEnd: valueEnd)
        }
        // A JWT in the value is summarised rather than treated as a plain field value.
        if let jwtRule = compiled.rule(for: .jwt), secretStart + 3 <= valueEnd, b[secretStart] == UInt8(ascii: "e"),
           let candidate = JWTDetector.match(b, at: secretStart, floor: secretStart), candidate.range.upperBound <= valueEnd {
            if candidate.range.upperBound == valueEnd {
                return KeyValueHit(span: TextSpan(candidate.range, rule: jwtRule, kind: .jwt, precedence: 0), valueStart: valueStart, valueEnd: valueEnd)
            }
        }
        // A detector match that starts the value decides its extent and type, when it
        // covers at least the value: `phone=(415) 555-2671` runs past the first space.
        if let (kind, detectorRule, r) = valueStartDetector(b, secretStart), r.upperBound >= valueEnd {
            // `CallerIDNum: 4915112345678`: a phone key's number that passes a card's checks is the
            // phone's, whole (a card's mask would keep its last digits).
            if kind == .paymentCard, compiled.active[rule].type == "phone" {
                return KeyValueHit(span: TextSpan(r, rule: rule, kind: .field, precedence: 20), valueStart: valueStart, valueEnd: r.upperBound)
            }
            // Bytes glued after the match (`"user":+1 (415) 555-2671:Zm91h2:`) continue the value,
            // which is then the key rule's, whole: a second pass would read the match's pseudonym
            // and the glued rest as one value. (A phone key's glued rest: ``phonePseudonymEnd``.)
            let rest = Self.unquotedValueEnd(b, from: r.upperBound)
            if rest > r.upperBound, !(kind == .phone && compiled.active[rule].type == "phone") {
                return KeyValueHit(span: TextSpan(secretStart..<rest, rule: rule, kind: .field, precedence: 20), valueStart: valueStart, valueEnd: rest)
            }
            return KeyValueHit(span: TextSpan(r, rule: detectorRule, kind: .detector, precedence: kind.precedence), valueStart: valueStart, valueEnd: r.upperBound)
        }
        // `user=CORP\jsmith`: the account's user part, as the detector writes it in free text.
        if let r = windowsAccountUser(b, secretStart..<valueEnd, rule: rule) {
            return KeyValueHit(span: TextSpan(r, rule: compiled.detectors.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence), valueStart: valueStart, valueEnd: valueEnd)
        }
        // A value that is exactly an e-mail, IP, phone… keeps that type, so pseudonyms stay linkable.
        if let (kind, detectorRule) = wholeValueDetector(b, secretStart..<valueEnd) {
            return KeyValueHit(span: TextSpan(secretStart..<valueEnd, rule: detectorRule, kind: .detector, precedence: kind.precedence), valueStart: valueStart, valueEnd: valueEnd)
        }
        return KeyValueHit(span: TextSpan(secretStart..<valueEnd, rule: rule, kind: .field, precedence: 20), valueStart: valueStart, valueEnd: valueEnd)
    }

    /// A phone value ends at its last digit, so a first pass leaves what follows it
    /// (`phone=+1 415 555 0134(mobile)` → `phone=phone~k~…(mobile)`). On a second pass the
    /// value is the pseudonym alone when the glued rest holds no digit: its end, else nil.
    static func phonePseudonymEnd(_ b: Bytes, _ value: Range<Int>) -> Int? {
        var e = value.lowerBound
        while e < value.upperBound, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "~") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e < value.upperBound, e - value.lowerBound >= 20, isPseudonym(b, value.lowerBound..<e),
              !b[e..<value.upperBound].contains(where: ASCII.isDigit) else { return nil }
        return e
    }

    /// Whether `b[r]` is an identifier that names a field: one word of letters, digits, `_` and
    /// `-` (no `.`: a dotted name may hide a token in a part) that a field rule names (`password`, `sessionid`, `DB_PASSWORD`, `first_name`; a
    /// name key's own word only in lowercase), or written in capitals with a `_` (`LOG_LEVEL`: an
    /// environment variable's name).
    func namesField(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 64 else { return false }
        var underscore = false, lower = false
        for x in b[r] {
            guard ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") else { return false }
            underscore = underscore || x == UInt8(ascii: "_")
            lower = lower || ASCII.isLower(x)
        }
        if underscore, !lower, ASCII.isUpper(b[r.lowerBound]) { return true }
        guard let named = compiled.fieldRule(forTextKey: b, r) else { return false }
        // (`Nome`, `Doctor`: names that name-keys share are a person's when capitalised.)
        return compiled.active[named].type != "name" || !b[r].contains(where: ASCII.isUpper)
    }

    /// An OAuth scope written `resource:action` (`user:read`, `user:email`, `profile:write`): the key
    /// glued to the colon, an action word after it that ends at white space, a quote, `,` or the end.
    static func isOAuthScope(_ b: Bytes, key: Range<Int>, separator: Int) -> Bool {
        let v = separator + 1
        guard v + 3 < b.count, ASCII.isLower(b[v]) else { return false }
        var e = v
        while e < b.count, e - v <= 12, ASCII.isLower(b[e]) || b[e] == UInt8(ascii: "_") { e += 1 }
        guard e == b.count || b[e] == 0x20 || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: ",")
            || b[e] == UInt8(ascii: "+") || b[e] == UInt8(ascii: "&") || b[e] == UInt8(ascii: "]") || b[e] == UInt8(ascii: "%") else { return false }
        return oauthScopeActions.contains(b, v..<e)
    }

    /// The actions of `resource:action` scopes.
    static let oauthScopeActions = WordTable("read write email follow admin manage delete create update list all view edit readonly read_only write_only")

    /// `PWD` / `OLDPWD` written in capitals (sudo, shell environments): a directory.
    static func isWorkingDirectoryKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        (key.count == 3 && ASCII.hasPrefix(b, at: key.lowerBound, exactly: "PWD"))
            || (key.count == 6 && ASCII.hasPrefix(b, at: key.lowerBound, exactly: "OLDPWD"))
    }

    /// Colons that look like `key: value` but are not: PAM's `pam_unix(passwd:chauthtok)`
    /// (service `passwd`, management group `chauthtok`) and vsftpd's `OK LOGIN: Client "…"`.
    static func isLabelNotPair(_ b: Bytes, key: Range<Int>, separator: Int) -> Bool {
        let v = separator + 1
        // An empty value (the Kubernetes API server's `Trace[1]: "List" name:,subresource:,namespace:default`).
        if v < b.count, b[v] == UInt8(ascii: ","), v + 1 < b.count, ASCII.isLetter(b[v + 1]) { return true }
        // A Debian package and its architecture (apt's `Install: passwd:amd64 (1:4.13…)`, `login:amd64`).
        if IPv4Detector.isDebianArchitecture(b, v) { return true }
        // An OAuth scope (`"scope":"meeting:read user:read"`, GitHub's `user:email`, `read:user`): a permission, no account.
        if isOAuthScope(b, key: key, separator: separator) { return true }
        // A scope operator (`Login::CanvasController#create`, `Mail::Send()`, `Auth::attempt`, C++'s
        // `User::find`): a namespace, no value.
        if v + 1 < b.count, b[v] == UInt8(ascii: ":"), ASCII.isLetter(b[v + 1]) || b[v + 1] == UInt8(ascii: "_") { return true }
        // A Rust or C++ path before the message (tracing's `INFO myapp::auth: login succeeded`):
        // the module is named `auth`, no value follows.
        if key.lowerBound >= 2, b[key.lowerBound - 1] == UInt8(ascii: ":"), b[key.lowerBound - 2] == UInt8(ascii: ":"),
           v < b.count, b[v] == 0x20 {
            return true
        }
        if key.lowerBound > 0, b[key.lowerBound - 1] == UInt8(ascii: "(") {
            for group: StaticString in ["auth)", "account)", "session)", "chauthtok)", "password)", "setcred)"] where ASCII.hasPrefix(b, at: v, exactly: group) {
                return true
            }
        }
        if isLoginOutcomeLabel(b, key: key, separator: separator) { return true }
        if isAuthMethodLabel(b, key: key, separator: separator) { return true }
        if isLoggerName(b, key: key, separator: separator) { return true }
        // Dovecot's `auth: Debug: client in: …`, `auth: Error: LDAP: …`: the process's name, then
        // the message's level, not a value.
        if v + 1 < b.count, b[v] == 0x20 {
            for level: StaticString in ["Debug:", "Info:", "Warning:", "Error:", "Fatal:", "Panic:", "Notice:"] where ASCII.hasPrefix(b, at: v + 1, exactly: level) {
                return true
            }
        }
        // sshd's `Starting session: shell on pts/3 for …` (also `command`, `subsystem 'sftp'`): the
        // session's kind, no session id.
        if key.count == 7, ASCII.hasPrefix(b, at: key.lowerBound, exactly: "session"), CredentialScan.hasSuffix(b, endingAt: key.lowerBound, exactly: "Starting ") {
            return true
        }
        return ASCII.hasPrefix(b, at: v, exactly: " Client \"") && ASCII.isUpper(b[key.lowerBound]) && ASCII.isUpper(b[key.upperBound - 1])
    }

    /// At `v`: 1–30 bytes of `[A-Za-z0-9_$#]`, then `)`.
    static func isOracleSID(_ b: Bytes, from v: Int) -> Bool {
        var e = v
        while e < b.count, e - v <= 30, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "$") || b[e] == UInt8(ascii: "#") { e += 1 }
        return e > v && e - v <= 30 && e < b.count && b[e] == UInt8(ascii: ")")
    }

    /// Digits, one `.`, digits (`0.03`, `12.5`).
    static func isDecimalNumber(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 12, let dot = b[r].firstIndex(of: UInt8(ascii: ".")), dot > r.lowerBound, dot < r.upperBound - 1 else { return false }
        return b[r.lowerBound..<dot].allSatisfy(ASCII.isDigit) && b[(dot + 1)..<r.upperBound].allSatisfy(ASCII.isDigit)
    }

    /// Under a `caller_id`/`callerid` key, a value of one to four capitalised words (`Priyanka
    /// Chopra Nair`): the caller's name, up to the last of those words.
    static func callerIDName(_ b: Bytes, key: Range<Int>, valueAt v: Int) -> Range<Int>? {
        let normalized = b[key].filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "-") }.map(ASCII.lower)
        guard normalized.elementsEqual("callerid".utf8), v < b.count, ASCII.isUpper(b[v]) else { return nil }
        var end = v
        var k = v
        for _ in 0..<4 {
            guard k < b.count, ASCII.isUpper(b[k]) else { break }
            var e = k + 1
            while e < b.count, e - k <= 24, ASCII.isLetter(b[e]) || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "-") || b[e] >= 0x80 { e += 1 }
            guard e - k >= 2 else { break }
            end = e
            guard e + 1 < b.count, b[e] == 0x20 else { break }
            k = e + 1
        }
        guard end > v else { return nil }
        // (`Unknown`, `Anonymous`, `Private`, `Restricted`, `Unavailable`, `Withheld`: no caller named.)
        for none: StaticString in ["unknown", "anonymous", "private", "restricted", "unavailable", "withheld"]
        where none.utf8CodeUnitCount == end - v && ASCII.hasPrefix(b, at: v, lowercased: none) { return nil }
        return v..<end
    }

    /// At `open`, `[8] "`: 1–5 digits in brackets, a space and a quote; the quote's index.
    static func lengthPrefixedValue(_ b: Bytes, open: Int) -> Int? {
        var k = open + 1
        while k < b.count, k - open <= 5, ASCII.isDigit(b[k]) { k += 1 }
        guard k > open + 1, k + 2 < b.count, b[k] == UInt8(ascii: "]"), b[k + 1] == 0x20, b[k + 2] == UInt8(ascii: "\"") else { return nil }
        return k + 2
    }

    /// rclone's `couldn't decrypt password: pass = "…"`: the word after the colon is the name of
    /// an assignment whose value follows in quotes; that inner key is scanned on its own (a
    /// secret's name is redacted as its value otherwise, and the quoted value stays).
    /// The inner key's range (`pass`), or nil. The caller takes it for a label only when a rule
    /// names that inner key, so its quoted value is replaced (`password: abc="…"` stays one value).
    static func innerAssignmentKey(_ b: Bytes, separator: Int) -> Range<Int>? {
        var v = separator + 1
        while v < b.count, v - separator <= 2, b[v] == 0x20 { v += 1 }
        guard v < b.count, ASCII.isLetter(b[v]) else { return nil }
        var e = v + 1
        while e < b.count, e - v <= 32, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") { e += 1 }
        let key = v..<e
        while e < b.count, e - v <= 34, b[e] == 0x20 { e += 1 }
        if e + 1 < b.count, b[e] == UInt8(ascii: ":"), b[e + 1] == UInt8(ascii: "=") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "=") else { return nil }
        e += 1
        while e < b.count, b[e] == 0x20, e - v <= 40 { e += 1 }
        return e < b.count && (b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "'")) ? key : nil
    }

    /// Moodle's `(auth: ldap)`, `auth: oauth2`: an `auth` key whose value names a sign-in method.
    static func isAuthMethodLabel(_ b: Bytes, key: Range<Int>, separator: Int) -> Bool {
        guard key.count == 4, ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "auth") else { return false }
        var v = separator + 1
        while v < b.count, v - separator <= 4, b[v] == 0x20 { v += 1 }
        var e = v
        while e < b.count, e - v <= 12, ASCII.isAlnum(b[e]) { e += 1 }
        guard e > v, e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "=")) else { return false }
        return authMethods.contains { $0.utf8CodeUnitCount == e - v && ASCII.hasPrefix(b, at: v, lowercased: $0) }
    }

    static let authMethods: [StaticString] = [
        "ldap", "basic", "bearer", "digest", "none", "oauth", "oauth2", "saml", "saml2", "cas", "manual", "kerberos", "ntlm", "negotiate",
        "pam", "local", "token", "apikey", "mtls", "tls", "cert", "jwt", "oidc", "sso", "anonymous", "shibboleth", "radius", "db",
        "nologin", "email", "webservice", "lti", "mnet",
    ]

    /// `Last login: Tue Dec  1 10:00:00 2024 from …` (the login shell's greeting), `failed login:
    /// invalid password`, `user: unknown`: an account key whose value is a date's weekday or a
    /// word of an outcome, not an account.
    static func isLoginOutcomeLabel(_ b: Bytes, key: Range<Int>, separator: Int) -> Bool {
        // Exactly these keys (a `userpass: wrong` stays a password).
        guard ["login", "logon", "user", "username", "account"].contains(where: { (w: StaticString) in
            w.utf8CodeUnitCount == key.count && ASCII.hasPrefix(b, at: key.lowerBound, lowercased: w)
        }) else { return false }
        var v = separator + 1
        while v < b.count, v - separator <= 4, b[v] == 0x20 { v += 1 }
        var e = v
        while e < b.count, e - v <= 12, ASCII.isLetter(b[e]) { e += 1 }
        guard e > v, e == b.count || b[e] == 0x20 || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: ";") else { return false }
        // `Last login: Tue Dec  1 …`: a weekday and a month.
        if e - v == 3, e + 4 < b.count, b[e] == 0x20, weekdays.contains(where: { ASCII.hasPrefix(b, at: v, exactly: $0) }) {
            return months.contains { ASCII.hasPrefix(b, at: e + 1, exactly: $0) }
        }
        return outcomeWords.contains { $0.utf8CodeUnitCount == e - v && ASCII.hasPrefix(b, at: v, lowercased: $0) }
    }

    /// Python's `%(levelname)s:%(name)s:%(message)s` and `%(levelname)s %(name)s: %(message)s`
    /// (`INFO:token:Refreshing access token`, `WARNING auth: Failed login for …`): a logger named
    /// like a key, right after the level, then a sentence. The colon-joined form is taken when
    /// the message starts with a word of letters and another word follows. The spaced form is
    /// also how `%(levelname)s %(message)s` prints a message that starts with a pair
    /// (`ERROR password: Sunshine rejected`), so there the first word must be one that starts
    /// a log message (`Failed`, `Created`, `Refreshing` …); any other value stays a value.
    static func isLoggerName(_ b: Bytes, key: Range<Int>, separator: Int) -> Bool {
        var k = key.lowerBound
        guard k >= 5, b[k - 1] == 0x20 || b[k - 1] == UInt8(ascii: ":") else { return false }
        let colonJoined = b[k - 1] == UInt8(ascii: ":")
        k -= 1
        if b[k] == 0x20, b[k - 1] == UInt8(ascii: "]") { k -= 1 }  // `[ERROR] auth: …`
        var levelStart = k
        while levelStart > 0, k - levelStart < 8, ASCII.isUpper(b[levelStart - 1]) { levelStart -= 1 }
        guard levelStart == 0 || !ASCII.isAlnum(b[levelStart - 1]),
              logLevels.contains(where: { $0.utf8CodeUnitCount == k - levelStart && ASCII.hasPrefix(b, at: levelStart, exactly: $0) }) else { return false }
        var v = separator + 1
        if !colonJoined, v < b.count, b[v] == 0x20 { v += 1 }
        guard v < b.count, ASCII.isLetter(b[v]) else { return false }
        var e = v + 1
        while e < b.count, ASCII.isLower(b[e]) { e += 1 }
        // A module path of three or more lower-case parts (`WARNING django.security.csrf: Forbidden
        // (CSRF token missing.)`) is a logger's name whatever word the message starts with.
        // (Not one that ends in a password's name: `ERROR app.db.password: Sunshine rejected`.)
        if isModulePath(b, key), e < b.count, b[e] == 0x20, !endsInPasswordName(b, key) { return true }
        guard e + 1 < b.count, b[e] == 0x20, ASCII.isLetter(b[e + 1]) else { return false }
        return colonJoined || messageStartWords.containsLowercased(b, v..<e)
    }

    /// The last part of a dotted name holds `pass`, `pwd` or `secret`.
    static func endsInPasswordName(_ b: Bytes, _ key: Range<Int>) -> Bool {
        let last = (b[key].lastIndex(of: UInt8(ascii: ".")) ?? key.lowerBound - 1) + 1
        return CredentialScan.contains(b, from: last, to: key.upperBound, lowercased: "pass")
            || CredentialScan.contains(b, from: last, to: key.upperBound, lowercased: "pwd")
            || CredentialScan.contains(b, from: last, to: key.upperBound, lowercased: "secret")
    }

    /// A category's name that closes its brackets: letters, digits, `_`, `-`, `.` (at most 64), then `]`.
    static func isBracketedCategory(_ b: Bytes, from v: Int) -> Bool {
        var e = v
        while e < b.count, e - v <= 64, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") { e += 1 }
        return e > v && e < b.count && b[e] == UInt8(ascii: "]")
    }

    /// `django.security.csrf`, `app.auth.session`: three or more parts of lower-case letters,
    /// digits and `_`, joined by dots.
    static func isModulePath(_ b: Bytes, _ key: Range<Int>) -> Bool {
        var dots = 0
        var partStart = key.lowerBound
        for k in key {
            let x = b[k]
            if x == UInt8(ascii: ".") {
                guard k > partStart else { return false }
                dots += 1
                partStart = k + 1
            } else if !(ASCII.isLower(x) || ASCII.isDigit(x) || x == UInt8(ascii: "_")) || (k == partStart && !ASCII.isLower(x)) {
                return false
            }
        }
        return dots >= 2 && partStart < key.upperBound
    }

    /// Words a log message starts with (after a logger's name), never a password on their own.
    static let messageStartWords = WordTable("""
        failed failure created creating expired expiring refreshing refreshed login logged logging logout         invalid error started starting stopped stopping updated updating deleted deleting removed removing         added adding loaded loading saved saving sending sent received receiving could cannot unable no not         missing successfully success authenticated authenticating authentication checking validating         validated verified verifying reset resetting rotating rotated generated generating issued issuing         revoked revoking attempt attempting retrying connecting connected disconnected timeout denied granted         access permission new skipping using user session token request requested
        """)

    static let logLevels: [StaticString] = ["TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "CRITICAL", "FATAL"]

    static let weekdays: [StaticString] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let outcomeWords: [StaticString] = [
        "invalid", "incorrect", "wrong", "bad", "unknown", "expired", "locked", "disabled", "failed", "failure", "denied",
        "success", "successful", "succeeded", "ok", "missing", "empty", "timeout", "error", "required", "none", "null",
    ]

    /// The account in Cyrus IMAP's `login: HOST [ADDRESS] USER MECHANISM User logged in`, or nil.
    static func cyrusLoginUser(_ b: Bytes, separator: Int) -> Range<Int>? {
        let n = b.count
        guard separator + 2 < n, b[separator + 1] == 0x20 else { return nil }
        var k = separator + 2
        while k < n, k - separator < 260, b[k] > 0x20 { k += 1 }
        guard k + 2 < n, b[k] == 0x20, b[k + 1] == UInt8(ascii: "[") else { return nil }
        k += 2
        while k < n, k - separator < 320, b[k] != UInt8(ascii: "]") { k += 1 }
        guard k + 2 < n, b[k + 1] == 0x20 else { return nil }
        let start = k + 2
        var e = start
        while e < n, e - start <= 64, b[e] > 0x20 { e += 1 }
        guard e > start, e - start <= 64, CredentialScan.contains(b, from: e, to: min(n, e + 64), lowercased: " user logged in") else { return nil }
        return start..<e
    }

    /// Whether `x`, right after `""`, starts text (an empty string is followed by a separator).
    static func startsDoubledQuoteText(_ x: UInt8) -> Bool {
        !(x == UInt8(ascii: "\"") || x == UInt8(ascii: ";") || x == 0x20 || x == 0x09 || x == UInt8(ascii: ",") || x == UInt8(ascii: "&")
            || x == UInt8(ascii: ")") || x == UInt8(ascii: "}") || x == UInt8(ascii: "]") || x == 0x0A || x == 0x0D)
    }

    /// A listen or memory address under an `addr`/`address` key (`0.0.0.0:8080`, `[::]:3000`,
    /// `10.1.2.3`, `0x18`, `:9090`): hex digits, `.`, `:`, `[`, `]` and `x` up to a delimiter. Scanned
    /// as text (an IP address is found there), no postal address.
    static func startsNetworkAddress(_ b: Bytes, _ i: Int) -> Bool {
        // (After a first pass the address is its pseudonym: `ip~k1~…:443`.)
        if i + 3 < b.count, ASCII.hasPrefix(b, at: i, exactly: "ip~") { return true }
        guard i < b.count, ASCII.isDigit(b[i]) || b[i] == UInt8(ascii: "[") || b[i] == UInt8(ascii: ":") else { return false }
        var e = i
        var separators = 0
        while e < b.count, e - i <= 64 {
            let x = b[e]
            if x == UInt8(ascii: ".") || x == UInt8(ascii: ":") || x == UInt8(ascii: "[") || x == UInt8(ascii: "]") { separators += 1 }
            else if !(ASCII.isHexDigit(x) || x == UInt8(ascii: "x")) { break }
            e += 1
        }
        guard e > i else { return false }
        if e < b.count, !(b[e] == 0x20 || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "}") || b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: ";")) { return false }
        // `0x18`, or an address with its dots or colons (`12 Main St` has neither and no hex run of its own).
        return separators >= 1 || (e - i > 2 && b[i] == UInt8(ascii: "0") && b[i + 1] == UInt8(ascii: "x"))
    }

    /// `http://` or `https://` at `at`.
    static func startsURL(_ b: Bytes, _ at: Int) -> Bool {
        ASCII.hasPrefix(b, at: at, lowercased: "https://") || ASCII.hasPrefix(b, at: at, lowercased: "http://")
    }

    /// The Windows event logs (`Security`, `Application`, `System`, `Setup`, `ForwardedEvents`, or a
    /// channel such as `Microsoft-Windows-Sysmon/Operational`).
    static func isWindowsLogName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for log: StaticString in ["Security", "Application", "System", "Setup", "ForwardedEvents"] where log.utf8CodeUnitCount == r.count && ASCII.hasPrefix(b, at: r.lowerBound, exactly: log) {
            return true
        }
        return ASCII.hasPrefix(b, at: r.lowerBound, exactly: "Microsoft-Windows-")
    }

    /// `"session.id":"…"`, `usr.id=…`, `enduser.id=…`: a dotted key whose last part names no rule
    /// takes the rule of the part before it, as the member of a nested JSON object does
    /// (`{"session":{"id":…}}`), when the last part names what the parent names
    /// (``dottedIdentityParts``: `id`, `name`, `email` …; not `user.agent`, `session.duration_ms`).
    /// A dotted key whose last part is `name` or `address` under a parent that names a thing
    /// (`service.name`, `host.name`, `server.address`; ``thingParents``).
    static func isThingMember(_ b: Bytes, key: Range<Int>, last: Int) -> Bool {
        let lastPart = last..<key.upperBound
        guard (lastPart.count == 4 && ASCII.hasPrefix(b, at: last, lowercased: "name")) || (lastPart.count == 7 && ASCII.hasPrefix(b, at: last, lowercased: "address")) else { return false }
        var start = last - 1
        while start > key.lowerBound, b[start - 1] != UInt8(ascii: ".") { start -= 1 }
        let parent = start..<(last - 1)
        guard parent.count >= 2, parent.count <= 16 else { return false }
        return thingParents.contains { $0.utf8.count == parent.count && zip($0.utf8, b[parent]).allSatisfy { $0 == ASCII.lower($1) } }
    }

    func dottedParentRule(_ b: Bytes, key: Range<Int>, last: Int) -> Int? {
        // (Not a logger's or class's path: `c.e.auth.LoginController : login …`, `com.acme.user.service:`:
        // at most three parts, none of one letter, the last in lower case.)
        guard b[last - 1] == UInt8(ascii: "."), last < key.upperBound,
              b[last..<key.upperBound].allSatisfy({ ASCII.isLower($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "_") }) else { return nil }
        var dots = 0, partStart = key.lowerBound
        for k in key where b[k] == UInt8(ascii: ".") {
            dots += 1
            guard dots <= 2, k - partStart >= 2 else { return nil }
            partStart = k + 1
        }
        var start = last - 1
        while start > key.lowerBound, b[start - 1] != UInt8(ascii: ".") { start -= 1 }
        guard start < last - 1, let parent = compiled.fieldRule(forTextKey: b, start..<(last - 1)),
              compiled.active[parent].action != .keep, compiled.active[parent].action != .drop,
              // (Looked at only when the parent names a rule: the normalised copy allocates.)
              Self.dottedIdentityParts.contains(FieldGlob.normalize(b[last..<key.upperBound])) else { return nil }
        return parent
    }

    /// A configuration property's dotted name whose parts, two or three in a row read as one
    /// word, name a secret's or token's rule: `fs.s3a.secret.key`, `aws.secret.access.key`,
    /// `schema.registry.basic.auth.user.info`, `fs.azure.account.key.acme.blob.core.windows.net`.
    /// Only names in lower case (a class's or logger's path has capitals), at most 12 parts.
    func dottedSecretRule(_ b: Bytes, key: Range<Int>) -> Int? {
        guard key.count <= 128 else { return nil }
        var parts: [Range<Int>] = []
        var start = key.lowerBound
        for k in key.lowerBound...key.upperBound {
            if k == key.upperBound || b[k] == UInt8(ascii: ".") {
                guard k > start, parts.count < 12 else { return nil }
                parts.append(start..<k)
                start = k + 1
            } else if !(ASCII.isLower(b[k]) || ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-")) {
                return nil
            }
        }
        guard parts.count >= 2 else { return nil }
        return joinedSecretRule(parts.count) { b[parts[$0]] }
    }

    /// The secret's or token's rule that two or three of `count` parts in a row name when read
    /// as one word (``dottedSecretRule(_:key:)``; JSON's dotted keys, whose parts are its path's).
    func joinedSecretRule<Part: Collection<UInt8>>(_ count: Int, _ part: (Int) -> Part) -> Int? {
        guard count >= 2, count <= 12 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 192) { buffer -> Int? in
            for width in 2...3 where count >= width {
                for first in 0...(count - width) {
                    var length = 0
                    for k in first..<(first + width) {
                        for x in part(k) where length < 192 { buffer[length] = x; length += 1 }
                    }
                    guard let rule = compiled.fieldRule(forTextKey: UnsafeBufferPointer(buffer), 0..<length) else { continue }
                    let type = compiled.active[rule].type
                    if type == "secret" || type == "token" { return rule }
                }
            }
            return nil
        }
    }

    /// RADIUS's 3GPP attributes, `3GPP-IMSI = "204081234567890"`, `3GPP-IMEISV`: a name that starts
    /// with one digit, then letters (a number, a version or a dotted path is no such name).
    static func startsDigitLedName(_ b: Bytes, _ key: Range<Int>) -> Bool {
        key.count >= 5 && ASCII.isDigit(b[key.lowerBound]) && ASCII.isLetter(b[key.lowerBound + 1]) && ASCII.isLetter(b[key.lowerBound + 2])
            && !b[key].contains(UInt8(ascii: "."))
    }

    /// The field rule of a key written in code (`access_token`, HL7's `dob`), or nil.
    func fieldRule(forLiteralKey literal: StaticString) -> Int? {
        compiled.fieldRule(forTextKey: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount), 0..<literal.utf8CodeUnitCount)
    }

    /// Last words of two-word labels (Windows' events: `Account Name:`, `Logon ID:`, `Security ID:`,
    /// `Account Domain:`, `Network Address:`, `Logon Type:`, `Logon GUID:`).
    static let labelLastWords: [StaticString] = ["Name", "Domain", "ID", "Type", "Address", "Port", "GUID", "Level", "Information", "Identifier", "SID", "Code", "Status", "Reason"]

    /// Windows' event labels of two or three words whose last word a rule names or whose first
    /// word is no common word (`Display Name: Thanh Nguyen User Principal Name: …`, `Home Directory:`):
    /// a name's value ends before them.
    static let windowsEventLabels: [StaticString] = [
        "User Principal Name:", "Home Directory:", "Home Drive:", "Script Path:", "Profile Path:", "User Workstations:",
        "Password Last Set:", "Account Expires:", "Primary Group ID:", "Allowed To Delegate To:", "User Account Control:",
        "User Parameters:", "SID History:", "Logon Hours:", "Logon Account:", "Source Workstation:", "Display Name:",
        "SAM Account Name:", "Caller Computer Name:", "Target Server Name:", "Network Account Name:", "Member Name:",
    ]

    /// True when a Windows event label (``windowsEventLabels``) followed by white space or the
    /// line's end starts at `at`.
    static func startsWindowsEventLabel(_ b: Bytes, at: Int) -> Bool {
        for label in windowsEventLabels where ASCII.hasPrefix(b, at: at, exactly: label) {
            let k = at + label.utf8CodeUnitCount
            return k == b.count || b[k] == 0x20 || b[k] == 0x09
        }
        return false
    }

    /// Unquoted person names and addresses often hold spaces: `name: John Smith, DOB: …`.
    /// A `name` value — or a `username` value that is a capitalised word (`duser=Alice Smith`,
    /// CEF) — takes the following capitalised words (up to 4 in all); an `address` value
    /// runs to the next `,`, `;`, quote or the end of the line; a date of birth or an identity
    /// number takes its following groups (`12 April 1985`, `QQ 12 34 56 C`).
    /// White space, a separator, a closing bracket or a quote: what can follow a value that an
    /// enclosing call, list or string closes.
    static func endsEnclosedValue(_ x: UInt8) -> Bool {
        x == 0x20 || x == 0x09 || x == 0x0D || x == 0x0A || x == UInt8(ascii: ",") || x == UInt8(ascii: ";") || x == UInt8(ascii: ")")
            || x == UInt8(ascii: "]") || x == UInt8(ascii: "}") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "'")
    }

    func extendUnquoted(_ b: Bytes, from start: Int, _ end: Int, type: String) -> Int {
        let n = b.count
        var e = end
        // `password=abc="S3cret"`, `password: k='v w'`: a secret's value glued to a quoted part is one
        // value, to the closing quote (or the line's end: fail closed).
        if type == "secret", end > start, end < n, b[end - 1] == UInt8(ascii: "="), b[end] == UInt8(ascii: "\"") || b[end] == UInt8(ascii: "'") {
            let q = b[end]
            var k = end + 1
            while k < n, b[k] != q, b[k] != 0x0A { k += 1 }
            return k < n && b[k] == q ? k + 1 : k
        }
        // A pseudonym is a whole name a first pass wrote: nothing after it joins it.
        // A URL-encoded value (`?name=Jane%20Doe HTTP/1.1`, `q=John+Smith`) ends at the space.
        let urlEncoded = b[start..<end].contains(UInt8(ascii: "%")) || b[start..<end].contains(UInt8(ascii: "+"))
        if (type == "name" && !Self.isPseudonym(b, start..<end) && !urlEncoded) || (type == "username" && !urlEncoded && Self.isCapitalisedWord(b, start..<end)) {
            var words = 1
            // `الاسم: محمد عبدالله القحطاني`, `שם: דוד כהן`, `नाम: राहुल शर्मा`: in a script without
            // capitals, the following words of the same script (up to 4 in all).
            let script = type == "name" ? Self.caselessScript(b, start) : 0
            while words < 6, e + 1 < n, b[e] == 0x20,
                  Self.startsCapital(b, e + 1) || (script != 0 && words < 4 && Self.caselessScript(b, e + 1) == script)
                    || (type == "name" && PersonNameDetector.startsParticle(b, e + 1)) {  // `Siti Nurhaliza binti Tarudin`
                // `"GET /p?name=Jane HTTP/1.1"`: the request line's protocol.
                if ASCII.hasPrefix(b, at: e + 1, exactly: "HTTP/") { break }
                // `Display Name: Thanh Nguyen User Principal Name: …`: the next label, not the name's.
                if Self.startsWindowsEventLabel(b, at: e + 1) { break }
                var k = e + 1
                while k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: ".") || b[k] >= 0x80 {
                    if b[k] == 0xD8, k + 1 < n, b[k + 1] == 0x8C { break }  // Arabic's comma `،`
                    // Full-width and CJK punctuation (`）`, `，`, `：`, `、`, `。`, `」`) ends the word.
                    if k + 1 < n, (b[k] == 0xEF && b[k + 1] == 0xBC) || (b[k] == 0xE3 && b[k + 1] == 0x80) { break }
                    k += 1
                }
                // A following `key=`/`key:` is the next pair, not part of the name; so is a
                // two-word label (`Account Name: jsmith Account Domain: CORP`, Windows events).
                if k < n, b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":") { break }
                // (`REMITTER_NAME=HARJEET SINGH DHILLON REMITTER_MOB=…`: a key with `_` or digits is the next pair's too.)
                if k < n, b[k] == UInt8(ascii: "_") || ASCII.isDigit(b[k]) {
                    var m = k
                    while m < n, m - k < 40, ASCII.isAlnum(b[m]) || b[m] == UInt8(ascii: "_") || b[m] == UInt8(ascii: "-") { m += 1 }
                    if m < n, b[m] == UInt8(ascii: "=") || b[m] == UInt8(ascii: ":") { break }
                }
                // (A label's colon is followed by white space; `Smith Email:x`, Go's `%+v`, is not a label.)
                // (Not in a script without capitals, where the next word's `:` ends the name anyway.)
                if script == 0, k + 1 < n, b[k] == 0x20, Self.startsCapital(b, k + 1) {
                    var m = k + 1
                    while m < n, ASCII.isLetter(b[m]) || b[m] >= 0x80 { m += 1 }
                    // (A one-word label a rule names, `Tarudin Telefon:`, `Smith Email:`: this word is the name's.)
                    // (`Maria Garcia Room: 4W`: a family name is no label's first word. A two-word label
                    // starts with a common word or ends in a word Windows' labels end in: `Logon ID:`.)
                    if m < n, b[m] == UInt8(ascii: ":"), m + 1 == n || b[m + 1] == 0x20 || b[m + 1] == 0x09,
                       compiled.fieldRule(forTextKey: b, (k + 1)..<m) == nil,
                       PersonNameDetector.isCommonWord(b, (e + 1)..<k) || Self.labelLastWords.contains(where: { $0.utf8CodeUnitCount == m - k - 1 && ASCII.hasPrefix(b, at: k + 1, exactly: $0) }) { break }
                }
                // A word glued to more bytes (`Smith(admin)`, `Smith/ops`, `Failed@@@x`) is taken
                // to where an unquoted value ends, as a second pass reads `name~…(admin`. (Read on
                // from the word's end: `O'Neil@corp` holds a `'`, which would end a value it starts.)
                // (Arabic's comma `،` and CJK punctuation end the name, as `,` does.)
                let closing = k + 1 < n && ((b[k] == 0xD8 && b[k + 1] == 0x8C) || (b[k] == 0xEF && b[k + 1] == 0xBC) || (b[k] == 0xE3 && b[k + 1] == 0x80))
                e = closing ? k : max(k, Self.unquotedValueEnd(b, from: k))
                words += 1
            }
            // `Patient: DOE, JANE A`, `Name: Garcia, Maria Elena`: a family name, a comma and
            // the given names (records and clinical systems write names this way).
            if words == 1, type == "name", let given = Self.invertedNameGivenEnd(b, surname: start..<e) { e = given }
        } else if type == "phone", !Self.isPseudonym(b, start..<end) {
            // `Phone: (555) 123-4567`: digits and the separators between them, as long as a
            // digit follows. (A pseudonym is a whole number a first pass wrote: no group after
            // it joins it.)
            while e < n, e - end < 32 {
                let x = b[e]
                let digit = NativeDigits.length(b, at: e)  // (`٠٥٠ ١٢٣ ٤٥٦٧` too)
                if digit > 0 { e += digit; continue }
                // A URL-encoded number (`?tel=%2B4915112345678 200 512`) ends at the space: the
                // access log's status and sizes follow.
                if x == 0x20, b[start..<end].contains(UInt8(ascii: "%")) { break }
                guard x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "(") || x == UInt8(ascii: ")") || x == UInt8(ascii: "/") else { break }
                var k = e + 1
                while k < n, k - e < 3, b[k] == 0x20 || b[k] == UInt8(ascii: "(") || b[k] == UInt8(ascii: ")") || b[k] == UInt8(ascii: "-") { k += 1 }
                guard k < n, NativeDigits.length(b, at: k) > 0 else {
                    // A closing `)` right after digits belongs to the number: `(555)`.
                    if x == UInt8(ascii: ")") { e += 1 }
                    break
                }
                e = k
            }
            // A separator that does not end an unquoted value (`2671;x`, not `2671; x` or
            // `2671;ext=12`) glues what follows: the value runs on, as a second pass reads it.
            if e < n, e > end, b[e] == UInt8(ascii: ";") || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "&") || b[e] == UInt8(ascii: "|") {
                return Self.unquotedValueEnd(b, from: e)
            }
            // Only to a token boundary: a number glued to other bytes (`2\xff…`) keeps the
            // value's first word, so a second pass reads the same value.
            if e < n, e > end, !(b[e] == 0x20 || b[e] == 0x09 || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "'")
                || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ";") || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: ")")
                || b[e] == UInt8(ascii: "]") || b[e] == UInt8(ascii: "}") || b[e] == UInt8(ascii: ">") || b[e] == UInt8(ascii: "&")
                || b[e] == UInt8(ascii: "|") || b[e] == 0x0D || b[e] == 0x0A) {
                e = end
            }
            // A rest glued to the last digit that holds digits itself (`2..666666`) joins the
            // value: a second pass reads `phone~k~…..666666` as one value and would not take it
            // for the pseudonym alone (see `phonePseudonymEnd`).
            if e > end, e < n, b[e] != 0x20, b[e] != 0x09 {
                let rest = Self.unquotedValueEnd(b, from: e)
                if rest > e, b[e..<rest].contains(where: ASCII.isDigit) { e = rest }
            }
            // `Customer(id=42, phone=+14155550123)` (a data class's toString): a last `)` that
            // closes no `(` of the value closes the enclosing call, not the number.
            if e - start >= 2, b[e - 1] == UInt8(ascii: ")"), ASCII.isDigit(b[e - 2]), !b[start..<(e - 1)].contains(UInt8(ascii: "(")),
               e == n || Self.endsEnclosedValue(b[e]) {
                e -= 1
            }
        } else if (type == "dob" || type == "gov_id" || type == "ssn" || type == "bank_account"), !Self.isPseudonym(b, start..<end), Self.placeholderEnd(b, at: start) == nil,
                  !Self.isQueryParameterValue(b, valueStart: start), !Self.isWholeNumberShape(b, start..<end, type: type) {
            // `birthday: 12 April 1985`, `DOB: April 12, 1985`; `NINO: QQ 12 34 56 C`,
            // `SIN: 046 454 286`, `aadhaar: 2341 2341 2346`; `IBAN: de89 3704 0044 0532 0130 00`
            // (one the IBAN detector, which wants capitals, does not read): the groups after the first word.
            let date = type == "dob"
            // `new Date("1985-12-01")`, `#<Date: 1995-02-11 …>`, `Carbon\Carbon @543196800 {date: …}`,
            // `datetime.date(1985, 12, 1)`, `Tue Mar 14 00:00:00 CET 1987`: a date in its object.
            if date, let wrapped = Self.wrappedDateEnd(b, start, end) { return wrapped }
            var groups = type == "bank_account" ? -3 : 0
            // Groups are separated by a space, or `, ` / `. ` in a date (`April 12, 1985`, `12 Apr. 1985`).
            // (Six after the first: France's NIR, `1 85 05 78 006 084 91`.)
            while groups < (date ? 5 : 6), e + 1 < n, b[e] == 0x20 || (date && (b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ".")) && e + 2 < n && b[e + 1] == 0x20) {
                let w = b[e] == 0x20 ? e + 1 : e + 2
                guard let wordEnd = date ? Self.dateGroupEnd(b, w) : Self.idGroupEnd(b, w) else { break }
                // The next pair's key is no group (`user_dob=1979-11-03 decision=approved`: `dec` is no month here).
                if Self.startsPair(b, w) { break }
                e = wordEnd
                groups += 1
            }
        } else if type == "card", end - start >= 3, end - start <= 6, b[start..<end].allSatisfy(ASCII.isDigit) {
            // A card number in groups, `kaartnummer=3528 0312 4478 9051`: the groups of digits after the space too.
            var groups = 0
            while groups < 4, e + 4 < n, b[e] == 0x20, ASCII.isDigit(b[e + 1]) {
                var k = e + 1
                while k < n, k - e <= 7, ASCII.isDigit(b[k]) { k += 1 }
                guard k - e - 1 >= 3, k - e - 1 <= 6, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_")) else { break }
                e = k
                groups += 1
            }
        } else if type == "vehicle", !Self.isPseudonym(b, start..<end), let plate = Self.plateEnd(b, from: start), plate > e {
            // A plate in groups, `Kennzeichen: M-JW 4821`, `reg=LK19 XWT`: the groups after the space too.
            e = plate
        } else if type == "address" || type == "health" || type == "sensitive" {
            // (Health data and special categories too: `diagnosis: E11.9 Type 2 diabetes
            // mellitus`, `religion=Roman Catholic`.)
            while e < n, e - end < 256 {
                let x = b[e]
                // `г. Москва, ул. Тверская, д. 7, кв. 12`, `12 Main St, Apt 4B`, `강남구 테헤란로 152,
                // 101동 1203호`: a part after the comma that is a house, flat or street part of the
                // same address goes on; a town (`12 Main St, Springfield`) ends it.
                if type == "address", x == UInt8(ascii: ","), e + 2 < n, b[e + 1] == 0x20, Self.startsAddressPart(b, e + 2) { e += 2; continue }
                if x == UInt8(ascii: ",") || x == UInt8(ascii: ";") || x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") || x == 0x0A || x == 0x0D || x == 0x09 { break }
                // (Also the next parameter of a query string: `?address=1600+Amphitheatre&zoom=3`.)
                if x == 0x20 || x == UInt8(ascii: "&"), e + 1 < n, Self.startsPair(b, e + 1) { break }
                // … or a spaced key a rule names (`religion=Roman Catholic member id: …`).
                if x == 0x20, e + 1 < n, ASCII.isLetter(b[e + 1]), spacedKeyAhead(b, e + 1) { break }
                e += 1
            }
        }
        return e
    }

    /// A number plate at `from` written in groups (`LK19 XWT`, `M-JW 4821`, `GE-512-VX`, `7XKM482`):
    /// one to three groups of capitals and digits (1 to 4 each, 4 to 10 in all, with a letter and a
    /// digit), joined by one space or `-`, ending before a byte that is no letter or digit; its end.
    static func plateEnd(_ b: Bytes, from: Int) -> Int? {
        let n = b.count
        var k = from, groups = 0, total = 0, letter = false, digit = false, end = from
        while groups < 3 {
            let g = k
            while k < n, k - g <= 7, ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]) {
                if ASCII.isDigit(b[k]) { digit = true } else { letter = true }
                k += 1
            }
            guard k > g, k - g <= 7, groups == 0 || k - g <= 4 else { break }
            if k < n, ASCII.isLower(b[k]) || b[k] >= 0x80 { break }  // a word, not a group
            groups += 1
            total += k - g
            end = k
            guard k + 1 < n, b[k] == 0x20 || b[k] == UInt8(ascii: "-"), ASCII.isUpper(b[k + 1]) || ASCII.isDigit(b[k + 1]) else { break }
            k += 1
        }
        guard total >= 4, total <= 10, letter, digit, end == n || !(ASCII.isAlnum(b[end]) || b[end] == UInt8(ascii: "_")) else { return nil }
        return end
    }

    /// `mail=1`, `auth=0/1` (digits, or digits `/` digits) in a line that also counts `commands=`:
    /// Postfix's per-session command counts.
    static func isSMTPCommandCount(_ b: Bytes, key: Range<Int>, value: Range<Int>) -> Bool {
        guard key.count == 4, ASCII.hasPrefix(b, at: key.lowerBound, exactly: "mail") || ASCII.hasPrefix(b, at: key.lowerBound, exactly: "auth"),
              value.count <= 9, b[value].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: "/") }), ASCII.isDigit(b[value.lowerBound]) else { return false }
        return CredentialScan.contains(b, from: value.upperBound, to: min(b.count, value.upperBound + 160), lowercased: " commands=")
    }

    /// Whether one to three words at `at`, then `:` or `=`, are a key a field rule names
    /// (`member id:`, `Phone Number:`).
    func spacedKeyAhead(_ b: Bytes, _ at: Int) -> Bool {
        let n = b.count
        var k = at, words = 1
        while k < n, k - at < Self.maximumSpacedKeyLength {
            let x = b[k]
            if ASCII.isLetter(x) { k += 1; continue }
            if x == 0x20, words < 3, k + 1 < n, ASCII.isLetter(b[k + 1]) { words += 1; k += 1; continue }
            break
        }
        guard k < n, b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "=") else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumSpacedKeyLength) { buffer in
            var count = 0
            var firstWordEnd = -1  // in `buffer`
            for x in b[at..<k] {
                if ASCII.isLetter(x) { buffer[count] = ASCII.lower(x); count += 1 } else if firstWordEnd < 0 { firstWordEnd = count }
            }
            let all = UnsafeBufferPointer(rebasing: buffer[0..<count])
            guard compiled.fieldRule(forTextKey: all, 0..<count) != nil else { return false }
            // `Springfield Phone Number:` matches a `*_phone_number` key only by its suffix: when the
            // words after the first are a key on their own, that key starts later, not here.
            if firstWordEnd > 0, compiled.fieldRule(forTextKey: all, firstWordEnd..<count) != nil { return false }
            return true
        }
    }

    /// The end of a date's next group at `at`: 1–4 digits (`12`, `1985`, `12th`) or a month's
    /// name (`April`, `Apr`); nil for anything else.
    static func dateGroupEnd(_ b: Bytes, _ at: Int) -> Int? {
        var k = at
        while k < b.count, k - at < 10, ASCII.isAlnum(b[k]) { k += 1 }
        // (A word that goes on in a non-ASCII letter, `AprilÉlodie`, is no month: taking `April`
        // left `Élodie` glued to the placeholder, a name on a second pass.)
        guard k > at, k - at <= 9, k == b.count || !(ASCII.isAlnum(b[k]) || b[k] >= 0x80) else { return nil }
        var digits = at
        while digits < k, ASCII.isDigit(b[digits]) { digits += 1 }
        if digits > at {
            guard digits - at <= 4 else { return nil }
            if digits < k {
                guard k - digits == 2 else { return nil }
                let suffix = (b[digits] | 0x20, b[digits + 1] | 0x20)
                guard suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68) else { return nil }  // st nd rd th
            }
        } else {
            guard k - at >= 3 else { return nil }
            for k2 in at..<k where !ASCII.isLetter(b[k2]) { return nil }
            guard monthAbbreviations.contains(where: { ASCII.hasPrefix(b, at: at, lowercased: $0) }) else { return nil }
        }
        return k
    }

    static let monthAbbreviations: [StaticString] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The end of an identity number's next group at `at`: 1–4 digits or upper-case letters
    /// (`12`, `286`, `C`), then white space, a delimiter or the end; nil for anything else.
    static func idGroupEnd(_ b: Bytes, _ at: Int) -> Int? {
        var k = at
        while k < b.count, k - at < 7, ASCII.isDigit(b[k]) || ASCII.isUpper(b[k]) { k += 1 }
        // Four letters and digits, or up to six digits (`kontonummer=8601 11 17947`).
        guard k > at, k - at <= 4 || (k - at <= 6 && b[at..<k].allSatisfy(ASCII.isDigit)) else { return nil }
        guard k == b.count || b[k] == 0x20 || b[k] == 0x09 || b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ";")
            || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ")") || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'")
            || b[k] == 0x0A || b[k] == 0x0D else { return nil }
        return k
    }

    /// A capital letter at `at`: ASCII, Latin in UTF-8 (`É`, `Ł`), Cyrillic (`А`–`Я`, `Ё`) or
    /// Greek (`Α`–`Ω`): the next word of a name (`имя: Иван Петров`, `name: Élodie Durand`).
    static func startsCapital(_ b: Bytes, _ at: Int) -> Bool {
        if PersonNameDetector.upperInitialLength(b, at) > 0 { return true }
        guard at + 1 < b.count else { return false }
        let x = b[at], y = b[at + 1]
        return (x == 0xD0 && y >= 0x80 && y <= 0xAF) || (x == 0xCE && y >= 0x91 && y <= 0xA9)
    }

    /// An upper-case letter followed by lower-case letters (`Alice`, not `ADMIN` or `alice`).
    /// Also a Cyrillic or Greek one (`Соколов`, `Γεώργιος`, not `СОКОЛОВ`).
    static func isCapitalisedWord(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        if !ASCII.isUpper(b[r.lowerBound]) {
            guard r.count >= 4, b[r.lowerBound] >= 0x80, startsCapital(b, r.lowerBound) else { return false }
            var k = r.lowerBound + 2
            while k + 1 < r.upperBound {
                if b[k] >= 0x80, startsCapital(b, k) { return false }
                k += b[k] >= 0xC0 ? 2 : 1
            }
            return !ASCII.isUpper(b[r.upperBound - 1])
        }
        for k in (r.lowerBound + 1)..<r.upperBound where !(ASCII.isLower(b[k]) || b[k] >= 0x80) { return false }
        return true
    }

    /// The script of the caseless letter at `at` (Arabic and Persian, Hebrew, the Indic
    /// scripts, Thai), where names have no capitals to tell where they end; 0 for any other byte.
    static func caselessScript(_ b: Bytes, _ at: Int) -> Int {
        guard at + 1 < b.count else { return 0 }
        let x = b[at], y = b[at + 1]
        switch x {
        case 0xD8...0xDB: return NativeDigits.digit(b, at: at) == nil && !(x == 0xD8 && y == 0x8C) ? 1 : 0  // (not a digit or `،`)
        case 0xD7: return y >= 0x90 && y <= 0xAA ? 2 : 0
        case 0xE0:
            guard at + 2 < b.count, NativeDigits.digit(b, at: at) == nil else { return 0 }
            return y >= 0xA4 && y <= 0xB9 ? 3 + Int(y >> 1) : 0  // (one value per block of 128 letters)
        // East Asian names written with spaces (`山田 太郎`, `タカハシ ミサキ`, `ﾔﾏﾀﾞ ﾀﾛｳ`, `남궁 민수`):
        // ideographs, Hangul, kana, half-width kana.
        case 0xE4...0xE9: return 200
        case 0xEA...0xED: return 201
        case 0xE3: return y >= 0x81 && y <= 0x83 ? 202 : 0
        case 0xEF:
            guard at + 2 < b.count else { return 0 }
            return (y == 0xBD && b[at + 2] >= 0xA6) || (y == 0xBE && b[at + 2] <= 0x9F) ? 203 : 0
        default: return 0
        }
    }

    /// Index of a `%40` (URL-encoded `@`), if any.
    static func percent40(_ b: Bytes) -> Int? {
        var k = 0
        while k + 2 < b.count {
            if b[k] == UInt8(ascii: "%"), b[k + 1] == UInt8(ascii: "4"), b[k + 2] == UInt8(ascii: "0") { return k }
            k += 1
        }
        return nil
    }

    /// True when a `key=` or `key:` starts at `at`.
    /// The index of the `)` matching the `(` at `at` (nested parentheses and quoted strings
    /// skipped), on the same line and within 1 KiB, or nil.
    static func parenValueEnd(_ b: Bytes, _ at: Int) -> Int? {
        var depth = 0
        var quote: UInt8 = 0
        var k = at
        while k < b.count, k - at < 1024 {
            let x = b[k]
            if x == 0x0A || x == 0x0D { return nil }
            if quote != 0 {
                if x == UInt8(ascii: "\\") { k += 2; continue }
                if x == quote { quote = 0 }
            } else if x == UInt8(ascii: "'") || x == UInt8(ascii: "\"") {
                quote = x
            } else if x == UInt8(ascii: "(") {
                depth += 1
            } else if x == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }

    /// `-51.5074`, `51.5074` at `at`: digits (after an optional `-`) and a decimal point.
    static func startsDecimal(_ b: Bytes, _ at: Int) -> Bool {
        var k = at
        if k < b.count, b[k] == UInt8(ascii: "-") { k += 1 }
        let e = CredentialScan.runEnd(b, from: k, ASCII.isDigit)
        return e > k && e - k <= 3 && e + 1 < b.count && b[e] == UInt8(ascii: ".") && ASCII.isDigit(b[e + 1])
    }

    /// The index of the `>` closing `<value>` at `at` on the same line, or nil.
    static func angleValueEnd(_ b: Bytes, _ at: Int) -> Int? {
        var k = at + 1
        while k < b.count, k - at < 1024 {
            let x = b[k]
            if x == UInt8(ascii: ">") { return k > at + 1 ? k : nil }
            if x == UInt8(ascii: "<") || x == 0x0A || x == 0x0D { return nil }
            k += 1
        }
        return nil
    }

    /// True when the key ends in `authorization` (`Authorization`, `Proxy-Authorization`, `X-Authorization`).
    static func isAuthorizationKey(_ b: Bytes, _ key: Range<Int>) -> Bool {
        key.count >= 13 && ASCII.hasPrefix(b, at: key.upperBound - 13, lowercased: "authorization")
    }

    /// `Bearer`, `Basic`, `Digest`, `Negotiate`, `NTLM`: schemes whose credential is one token
    /// (or, for Digest, parameters read as pairs) — their detectors decide its extent.
    static func isSingleTokenScheme(_ b: Bytes, _ at: Int) -> Bool {
        for scheme: StaticString in ["bearer ", "basic ", "digest ", "negotiate ", "ntlm "] where ASCII.hasPrefix(b, at: at, lowercased: scheme) {
            return true
        }
        return false
    }

    /// The end of an HTTP header value from `at`: the line's end, or the closing quote when the
    /// header itself is quoted (`curl -H "Authorization: …"`); trailing white space left out.
    static func headerValueEnd(_ b: Bytes, from at: Int, quotedBy before: UInt8) -> Int {
        let quote: UInt8 = before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") ? before : 0
        var e = at
        while e < b.count, e - at < 16 << 10, b[e] != 0x0A, b[e] != 0x0D, quote == 0 || b[e] != quote { e += 1 }
        e = CredentialScan.failClosedEnd(b, start: at, end: e, cap: 16 << 10)
        while e > at, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
        return e
    }

    /// The index of the first `]` after `[value` at `at` (a placeholder inside is skipped): a
    /// plain value (no quotes, braces or line breaks) of 1…256 bytes. nil for anything else
    /// (`[{"a":1}]`, `["x"]`).
    static func bracketValueEnd(_ b: Bytes, _ at: Int) -> Int? {
        var k = at + 1
        while k < b.count, k - at <= 257 {
            switch b[k] {
            case UInt8(ascii: "]"): return k > at + 1 ? k : nil
            case UInt8(ascii: "["):
                // A placeholder inside is skipped; any other `[` is a byte of the value, which ends
                // at the first `]` (`[ab [x] cd]` is `ab [x`). Ending the read at an inner `[` made
                // `[a session=b=[c] d` no value on a first pass and, once the cookie value with its
                // `[` was replaced, a value on the second.
                k = placeholderEnd(b, at: k) ?? k + 1
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x0A, 0x0D: return nil
            default: k += 1
            }
        }
        return nil
    }

    /// `b[at]` is the `n`, `r` or `t` of an escaped line break or tab: one backslash before it
    /// (`\\n` is an escaped backslash and a letter).
    @inline(__always)
    static func followsEscapedControl(_ b: Bytes, _ at: Int) -> Bool {
        guard at >= 1, at < b.count, b[at - 1] == UInt8(ascii: "\\") else { return false }
        let x = b[at]
        return (x == UInt8(ascii: "n") || x == UInt8(ascii: "r") || x == UInt8(ascii: "t")) && (at < 2 || b[at - 2] != UInt8(ascii: "\\"))
    }

    /// The key of a `key=` / `key:` pair starting at `at`, or nil.
    static func pairKey(_ b: Bytes, _ at: Int) -> Range<Int>? {
        var k = at
        while k < b.count, k - at < 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
        return k > at && k < b.count && (b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":")) ? at..<k : nil
    }

    static func startsPair(_ b: Bytes, _ at: Int) -> Bool { pairKey(b, at) != nil }

    /// A pair starts at `at`, and no IPv6 address does (`&0a::.3`, `&fe80:1::2`): the address
    /// detector would replace the key's `:` with the address, and a second pass would see a
    /// pseudonym where the first saw a key.
    static func startsPairNotAddress(_ b: Bytes, _ at: Int) -> Bool {
        guard let key = pairKey(b, at) else { return startsBracketedPair(b, at) }
        return b[key.upperBound] != UInt8(ascii: ":") || IPv6Detector.match(b, at: at, floor: at) == nil
    }

    /// At `at`, Java's `Type{key=…` or Ruby's `#<Type key: …` (a type's name, then a pair): where
    /// the fields start, and the end of the object (after its closing `}` or `>`, quotes and
    /// nesting respected; the end of the line when it is not closed).
    static func nestedObjectFields(_ b: Bytes, at: Int) -> (fields: Int, end: Int)? {
        let n = b.count
        var k = at
        let ruby = k + 2 < n && b[k] == UInt8(ascii: "#") && b[k + 1] == UInt8(ascii: "<")
        if ruby { k += 2 }
        let name = k
        guard k < n, ASCII.isUpper(b[k]) else { return nil }
        while k < n, k - name <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") || (ruby && b[k] == UInt8(ascii: ":")) { k += 1 }
        guard k - name >= 2, k + 1 < n, b[k] == (ruby ? 0x20 : UInt8(ascii: "{")), startsPair(b, k + 1) else { return nil }
        let fields = k + 1
        let open = ruby ? UInt8(ascii: "<") : UInt8(ascii: "{"), close = ruby ? UInt8(ascii: ">") : UInt8(ascii: "}")
        var depth = 0
        var quote: UInt8 = 0
        var e = fields
        while e < n, b[e] != 0x0A, b[e] != 0x0D {
            let x = b[e]
            if quote != 0 {
                if x == UInt8(ascii: "\\") { e += 2; continue }
                if x == quote, !(quote == UInt8(ascii: "'") && isApostropheInWord(b, e, start: fields)) { quote = 0 }
            } else if x == UInt8(ascii: "\"") || x == UInt8(ascii: "'") {
                quote = x
            } else if x == open {
                depth += 1
            } else if x == close {
                if depth == 0 { return (fields, e + 1) }
                depth -= 1
            }
            e += 1
        }
        return (fields, min(e, n))
    }

    /// A `'` at `k` inside a single-quoted value that is an apostrophe in a word (`O'Sullivan`,
    /// `D'Angelo`, `l'utilisateur`): a letter before it (after `start`) and a letter after it.
    @inline(__always)
    static func isApostropheInWord(_ b: Bytes, _ k: Int, start: Int) -> Bool {
        k > start && k + 1 < b.count && ASCII.isLetter(b[k - 1]) && ASCII.isLetter(b[k + 1])
    }

    /// `name(key=…` or `a.b(key: …` in `b[at..<end]`: a function call whose first argument is
    /// a keyword argument. Returns the index after `(`.
    static func keywordCallArguments(_ b: Bytes, _ at: Int, _ end: Int) -> Int? {
        var k = at
        while k < end, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        guard k - at >= 2, ASCII.isLetter(b[at]) || b[at] == UInt8(ascii: "_"), k < end, b[k] == UInt8(ascii: "("), startsPair(b, k + 1) else { return nil }
        return k + 1
    }

    /// A pseudonym at `at` that stands on its own: followed by the end, white space, a
    /// separator, or `:` and a digit or `:` (an address's port or an IPv6 tail; an address's
    /// pseudonym before any `:`). After a
    /// separator it ends a value the way the bytes it replaced did on a first pass
    /// (`token=abc|2001:db8::1` → `token=token~…|ip~…`): the address was found on its own
    /// there. A pseudonym glued to anything else (`…-def`) does not end the value.
    static func separatedPseudonym(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 20 <= b.count, ASCII.isLower(b[at]), let e = pseudonymEnd(b, at: at) else { return false }
        guard e < b.count else { return true }
        switch b[e] {
        case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"): return true
        // An address's pseudonym before any `:`: the address it replaced began like a pair's key
        // (`0a::a:on*`, `1.2.3.4:x` → `0a:`, `1.2.3.4:`), which ended the value on a first pass.
        case UInt8(ascii: ":"): return e + 1 == b.count || ASCII.isDigit(b[e + 1]) || b[e + 1] == UInt8(ascii: ":") || ASCII.hasPrefix(b, at: at, exactly: "ip~")
        default: return false
        }
    }

    /// `_`, `-` or `.` (a short run), then a separated pseudonym: `&_::7` began a pair (`_:`) on a
    /// first pass, which ended the value at `&` and then replaced the address `::7` (`&_ip~…`).
    static func separatedPseudonymAfterPunctuation(_ b: Bytes, _ at: Int) -> Bool {
        var p = at
        while p < b.count, p - at < 8, b[p] == UInt8(ascii: "_") || b[p] == UInt8(ascii: "-") || b[p] == UInt8(ascii: ".") { p += 1 }
        guard p > at else { return false }
        if separatedPseudonym(b, p) { return true }
        // `;______ip~…!p` (after `;______::7!p`): the address ended at a byte no address or key
        // continues into, and `______:` had ended the value on the first pass.
        guard p + 20 <= b.count, ASCII.isLower(b[p]), let e = pseudonymEnd(b, at: p), e < b.count else { return false }
        let x = b[e]
        return !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: "~") || x == UInt8(ascii: ".")
            || x == UInt8(ascii: "@") || x == UInt8(ascii: "%") || x == UInt8(ascii: "=") || x >= 0x80)
    }

    /// True when `b[r]` is one piece of Veil's output — a pseudonym, a placeholder or a mask —
    /// and nothing else. A value that is that up to a separator ended there on a first pass
    /// (which writes one replacement per value): `token=token~k~…,4hdlt__ip~k~…` came from
    /// `token=abc,4hdlt__::7`, where `4hdlt__:` began the next pair and `::7` was an address.
    static func isWholeScrubbedOutput(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        switch b[r.lowerBound] {
        case UInt8(ascii: "["): return placeholderEnd(b, at: r.lowerBound) == r.upperBound
        case UInt8(ascii: "*"): return maskedValueEnd(b, at: r.lowerBound) == r.upperBound
        default: return ASCII.isLower(b[r.lowerBound]) && isPseudonym(b, r)
        }
    }

    /// First-pass output that begins a pair's key (`&ip~k~…=`, `&****-****-****-1111:`): the
    /// bytes it replaced began like a key (`&0a::a=`, `&4111-1111-1111-1111:`), which ended
    /// the value there on a first pass. Key bytes may follow it before the `=` or `:`.
    static func scrubbedPairKey(_ b: Bytes, _ at: Int) -> Bool {
        guard at < b.count else { return false }
        let end: Int?
        switch b[at] {
        case UInt8(ascii: "["): end = placeholderEnd(b, at: at)
        case UInt8(ascii: "*"): end = maskedValueEnd(b, at: at)
        default: end = ASCII.isLower(b[at]) ? pseudonymEnd(b, at: at) : nil
        }
        guard var k = end else { return false }
        while k < b.count, k - at < 128, isEncodedKeyByte(b[k]) { k += 1 }
        // `&************::3`: `::` starts an IPv6 address's tail (replaced on a first pass), not a
        // pair's separator; a second pass sees `************ip~…` there.
        if k + 1 < b.count, b[k] == UInt8(ascii: ":"), b[k + 1] == UInt8(ascii: ":") { return false }
        return k < b.count && (b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":"))
    }

    /// True for `password: YES` or `password: NO` right after `(using ` and before `)`, as MySQL
    /// writes them in `Access denied` errors.
    static func isMySQLUsingPassword(_ b: Bytes, key: Range<Int>, value: Range<Int>) -> Bool {
        guard key.count == 8, key.lowerBound >= 7, value.upperBound < b.count, b[value.upperBound] == UInt8(ascii: ")"),
              ASCII.hasPrefix(b, at: key.lowerBound - 7, lowercased: "(using password") else { return false }
        return (value.count == 3 && ASCII.hasPrefix(b, at: value.lowerBound, lowercased: "yes"))
            || (value.count == 2 && ASCII.hasPrefix(b, at: value.lowerBound, lowercased: "no"))
    }

    /// The end of the run of `.` starting at `at` (`at` itself when there is none).
    static func dotsEnd(_ b: Bytes, _ at: Int) -> Int {
        var k = at
        while k < b.count, b[k] == UInt8(ascii: ".") { k += 1 }
        return k
    }

    /// True for a byte that ends a value glued after a bracketed one: white space, a closing
    /// bracket or quote, or a pair separator.
    static func endsGluedValue(_ x: UInt8) -> Bool {
        switch x {
        case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"),
             UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }

    /// End of an unquoted value: white space, a closing bracket or quote, or a separator
    /// (`&`, `,`, `;`, `|`) that is followed by the next pair, white space or the end.
    @inline(__always)
    /// print_r's next member at `at`: `[key] =>` with a key of letters, digits, `_`, `-` (at most 64).
    static func startsPrintRKey(_ b: Bytes, _ at: Int) -> Bool {
        guard at < b.count, b[at] == UInt8(ascii: "[") else { return false }
        var k = at + 1
        while k < b.count, k - at <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        return k > at + 1 && ASCII.hasPrefix(b, at: k, exactly: "] =>")
    }

    /// A short name of letters, digits and `_` (at most 16), `=`, then a byte that is no `=`
    /// (base64 padding is no pair) and no separator.
    static func startsNestedPair(_ b: Bytes, _ at: Int) -> Bool {
        var k = at
        while k < b.count, k - at <= 16, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        guard k > at, k - at <= 16, k + 1 < b.count, b[k] == UInt8(ascii: "=") else { return false }
        let next = b[k + 1]
        return next != UInt8(ascii: "=") && next > 0x20 && next != UInt8(ascii: ",") && next != UInt8(ascii: ";") && next != UInt8(ascii: "&")
    }

    /// Bytes a POSIX shell escapes with `\` inside a word.
    static let shellEscapedBytes: Set<UInt8> = Set("&!$;()|<> '*?#~{}`".utf8)

    /// One or more backslashes and then `"` at `k`: an escaped quote.
    @inline(__always)
    static func startsEscapedQuote(_ b: Bytes, _ k: Int) -> Bool {
        var j = k
        while j < b.count, j - k < 8, b[j] == UInt8(ascii: "\\") { j += 1 }
        return j > k && j < b.count && b[j] == UInt8(ascii: "\"")
    }

    /// Lower-case letters, digits and inner `-` (a Kubernetes resource's or Helm release's name).
    static func isDNSLabel(_ b: Bytes, _ r: Range<Int>) -> Bool {
        r.count >= 2 && r.count <= 63 && ASCII.isLower(b[r.lowerBound]) && b[r.upperBound - 1] != UInt8(ascii: "-")
            && b[r].allSatisfy { ASCII.isLower($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A type whose values are credentials: none of it may be written raw, so its value is cut generously.
    static func isCredentialType(_ type: String) -> Bool {
        type == "secret" || type == "token" || type == "cookie" || type == "sensitive"
    }

    @inline(__always)
    static func isClosingBracket(_ x: UInt8) -> Bool {
        x == UInt8(ascii: ")") || x == UInt8(ascii: "]") || x == UInt8(ascii: "}") || x == UInt8(ascii: ">")
    }

    /// A byte that, glued after a closing bracket, makes the bracket part of a word (`Pa55)rd`).
    @inline(__always)
    static func continuesWord(_ x: UInt8) -> Bool {
        ASCII.isAlnum(x) || x >= 0x80 || x == UInt8(ascii: "_") || x == UInt8(ascii: "!") || x == UInt8(ascii: "#")
            || x == UInt8(ascii: "$") || x == UInt8(ascii: "%") || x == UInt8(ascii: "*") || x == UInt8(ascii: "+")
            || x == UInt8(ascii: "-") || x == UInt8(ascii: "@") || x == UInt8(ascii: "~") || x == UInt8(ascii: "?")
            || x == UInt8(ascii: "(") || x == UInt8(ascii: "[") || x == UInt8(ascii: "{") || x == UInt8(ascii: "/")
    }

    static func unquotedValueEnd(_ b: Bytes, from start: Int) -> Int {
        var e = start
        // `password_hash: $argon2id$v=19$m=65536,t=3,p=4$…`: the hash's own commas and `=` do
        // not end the value.
        if start < b.count, b[start] == UInt8(ascii: "$"), let hash = PasswordHashDetector.match(b, at: start, floor: start) { e = hash.upperBound }
        let limit = min(b.count, start + 16 << 10)
        // `signature=t=1492774577,v1=5257a8…` (Stripe's signature header), `auth=user=a;pw=b`: a value
        // that is itself a list of pairs goes on over `,` or `;` and the next pair of the list.
        let nestedPairs = startsNestedPair(b, start)
        // `password=Pa55(wo)rd`: a `)` that closes a `(` of the value is part of it (ending there
        // wrote `)rd` raw); one that closes nothing ends it (`Customer(password=x)`).
        var openParentheses = 0
        while e < limit {
            switch b[e] {
            case UInt8(ascii: "("):
                openParentheses += 1
                e += 1
            case UInt8(ascii: ")") where openParentheses > 0:
                openParentheses -= 1
                e += 1
            case UInt8(ascii: ",") where nestedPairs && e + 1 < b.count && startsNestedPair(b, e + 1),
                 UInt8(ascii: ";") where nestedPairs && e + 1 < b.count && startsNestedPair(b, e + 1):
                e += 1
            case UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "^"):
                // A separator ends the value only when the next pair, white space or the end
                // follows (`?password=ab&user=x`, `a=1, b=2`, LEEF 2.0's `usrName=x^realm=y`); otherwise it
                // is part of the value (`password=ab&cd`, `secret=x;y`) — cutting there would write the rest raw.
                if e + 1 >= b.count || b[e + 1] == 0x20 || b[e + 1] == 0x09 || b[e + 1] == 0x0D || b[e + 1] == 0x0A
                    || startsPairNotAddress(b, e + 1) || b[e + 1] == b[e]
                    || (b[e] == UInt8(ascii: "|") && startsSpacedPair(b, e + 1))  // Symantec DLP's `|Endpoint Machine=…`
                    || (b[e] == UInt8(ascii: ",") && b[e + 1] == UInt8(ascii: "\""))  // the next JSON member
                    || (b[e] == UInt8(ascii: ",") && startsEscapedQuote(b, e + 1))  // …of an escaped JSON string (`{\"id\":7,\"plan\":…}`)
                    || separatedPseudonym(b, e + 1) || scrubbedPairKey(b, e + 1) || separatedPseudonymAfterPunctuation(b, e + 1)
                    || isWholeScrubbedOutput(b, start..<e) {
                    return e
                }
                e += 1
            case UInt8(ascii: "\\"):
                // `user=CORP\jsmith` (a Windows account; `CORP\\jsmith` JSON-escaped) is one value;
                // `\"` (an escaped quote) or a backslash before anything else ends it.
                var k = e + 1
                // An escaped line break or tab before another escape or the next pair (`…\r\nHost:`,
                // `jane\nemail: …`, `jane\ttoken=…`) ends it; `CORP\nancy` is one account.
                if followsEscapedControl(b, k), k + 1 < b.count, b[k + 1] == UInt8(ascii: "\\") || startsPairNotAddress(b, k + 1) { return e }
                // A shell's escape inside a word (`POSTGRES_PASSWORD=Tr0ub4dor\&3xyz`, `Abc\ def1`):
                // the escaped byte and what follows are the value too.
                if k + 1 < b.count, shellEscapedBytes.contains(b[k]), b[k + 1] > 0x20 { e = k + 1; continue }
                if k < b.count, b[k] == UInt8(ascii: "\\") { k += 1 }
                guard k < b.count, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") else { return e }
                e = k
            case UInt8(ascii: "["):
                // A placeholder inside the value (`a;b=[REDACTED:secret]`) does not end it at its `]`.
                e = placeholderEnd(b, at: e) ?? e + 1
            case UInt8(ascii: "'"):
                // `name=O'Brien`, `user=d'arcy`, `Dell'Acqua`: an apostrophe after a short word of
                // letters and before a letter is part of the value (ending there wrote `Brien` raw);
                // anywhere else it closes a quote. Not after a pseudonym's tail (`…~k~p2iw6ljf2ick'e`)
                // or a mask's last characters (`****rrrr'rrr`), which a first pass ended there.
                guard e + 1 < b.count, ASCII.isLetter(b[e + 1]) else { return e }
                var w = e
                while w > start, e - w < 5, ASCII.isLetter(b[w - 1]) { w -= 1 }
                guard w < e, e - w <= 4, w == start || !(ASCII.isAlnum(b[w - 1]) || b[w - 1] == UInt8(ascii: "~") || b[w - 1] == UInt8(ascii: "*")) else { return e }
                e += 1
            case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "\""),
                 UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"), UInt8(ascii: "<"):
                return e
            case 0xEF, 0xE3:
                // `张三，手机号：138…`: full-width punctuation ends the value like `,` does — before the
                // next pair, white space or the end.
                let p = WidePunctuation.length(b, e)
                if p > 0, e + p >= b.count || b[e + p] == 0x20 || startsPairNotAddress(b, e + p) || WidePunctuation.startsPair(b, e + p) { return e }
                e += 1
            default:
                e += 1
            }
        }
        // Past the scan limit: everything up to the next delimiter is still the value (fail closed).
        while e < b.count, b[e] != 0x20, b[e] != 0x09 { e += 1 }
        return e
    }

    /// After an authorization scheme (`Bearer `, `Basic `, `Token `, `Digest `, `Negotiate `, `NTLM `,
    /// `ApiKey `, `SharedKey `, `Hawk `, `DPoP `, `Key `, `OAuth `, `AWS4-HMAC-SHA256 ` …): the index of the credential.
    static func authSchemeEnd(_ b: Bytes, at: Int, limit: Int) -> Int? {
        guard at < limit, ASCII.isLetter(b[at]) else { return nil }
        for scheme in authSchemes where ASCII.hasPrefix(b, at: at, lowercased: scheme) {
            let k = at + scheme.utf8CodeUnitCount
            guard k < b.count, b[k] == 0x20 else { continue }
            // The separators the credential detectors accept (`Basic +…`, `Bearer%20…`).
            return CredentialScan.skipSchemeSeparators(b, from: k)
        }
        return nil
    }

    static let authSchemes: [StaticString] = [
        "bearer", "basic", "token", "digest", "negotiate", "ntlm", "apikey",
        // Kept as words before the credential in `Authorization:` headers (the rest of the header is replaced).
        "sharedkeylite", "sharedkey", "hawk", "dpop", "key", "mac", "oauth", "aws4-hmac-sha256", "aws", "googlelogin", "sapisidhash", "splunk", "sso-key",
        // Okta's API tokens, Opsgenie's, Discord's bots, Zoho's OAuth (`Authorization=SSWS 00QCj…`).
        "ssws", "geniekey", "bot", "zoho-oauthtoken",
    ]

    /// The PII detector whose match starts at `at`, if any (numbers, phones, IBANs, IPv6).
    func valueStartDetector(_ b: Bytes, _ at: Int) -> (DetectorKind, Int, Range<Int>)? {
        guard at < b.count else { return nil }
        let d = compiled.detectors
        let x = b[at]
        func hit(_ kind: DetectorKind, _ rule: Int, _ r: Range<Int>?) -> (DetectorKind, Int, Range<Int>)? {
            guard rule >= 0, let r, r.lowerBound == at else { return nil }
            return (kind, rule, r)
        }
        if ASCII.isDigit(x) {
            if let h = hit(.usSSN, d.usSSN, d.usSSN >= 0 ? SSNDetector.match(b, at: at, floor: at) : nil) { return h }
            if let h = hit(.paymentCard, d.paymentCard, d.paymentCard >= 0 ? PaymentCardDetector.match(b, at: at, floor: at) : nil) { return h }
            if let h = hit(.ipv4, d.ipv4, d.ipv4 >= 0 ? IPv4Detector.match(b, at: at, floor: at) : nil) { return h }
        }
        if ASCII.isHexDigit(x), let h = hit(.ipv6, d.ipv6, d.ipv6 >= 0 ? IPv6Detector.match(b, at: at, floor: at) : nil) { return h }
        if ASCII.isDigit(x) || x == UInt8(ascii: "+") || x == UInt8(ascii: "(") {
            if let h = hit(.phone, d.phone, d.phone >= 0 ? PhoneDetector.match(b, at: at, floor: at) : nil) { return h }
        }
        if ASCII.isUpper(x), let h = hit(.iban, d.iban, d.iban >= 0 ? IBANDetector.match(b, at: at, floor: at) : nil) { return h }
        return nil
    }

    /// The PII detector whose match is exactly `range`, if any.
    func wholeValueDetector(_ b: Bytes, _ range: Range<Int>) -> (DetectorKind, Int)? {
        let sub = UnsafeBufferPointer(rebasing: b[range])
        let c = compiled
        let x = sub[0]
        func exact(_ kind: DetectorKind, _ r: Range<Int>?) -> (DetectorKind, Int)? {
            guard let r, r == 0..<sub.count, let rule = c.rule(for: kind) else { return nil }
            return (kind, rule)
        }
        if let at = sub.firstIndex(of: UInt8(ascii: "@")), let hit = exact(.email, EmailDetector.match(sub, at: at, floor: 0)) { return hit }
        if let at = Self.percent40(sub), let hit = exact(.email, EmailDetector.match(sub, at: at, floor: 0)) { return hit }
        if ASCII.isDigit(x) {
            if let hit = exact(.ipv4, IPv4Detector.match(sub, at: 0, floor: 0)) { return hit }
            if let hit = exact(.paymentCard, PaymentCardDetector.match(sub, at: 0, floor: 0)) { return hit }
            if let hit = exact(.usSSN, SSNDetector.match(sub, at: 0, floor: 0)) { return hit }
        }
        if ASCII.isHexDigit(x) || x == UInt8(ascii: ":"), let hit = exact(.ipv6, IPv6Detector.match(sub, at: 0, floor: 0)) { return hit }
        // `Calling-Station-Id = "AA-BB-CC-11-22-33"`: a device's address under a phone's key.
        if ASCII.isHexDigit(x), sub.count == 17, let hit = exact(.macAddress, MACAddressDetector.match(sub, at: 0, floor: 0)) { return hit }
        if ASCII.isDigit(x) || x == UInt8(ascii: "+") || x == UInt8(ascii: "("), let hit = exact(.phone, PhoneDetector.match(sub, at: 0, floor: 0)) { return hit }
        if ASCII.isUpper(x), let hit = exact(.iban, IBANDetector.match(sub, at: 0, floor: 0)) { return hit }
        return nil
    }

    /// True when the key at `keyStart` is the first attribute of an XML element that names a part
    /// of a schema or a program (`<Provider Name=`, `<Param name=`, `<Property Name=`), not a person.
    static func isSchemaElementName(_ b: Bytes, keyStart: Int) -> Bool {
        var k = keyStart - 1
        guard k > 1, b[k] == 0x20 else { return false }
        while k > 0, b[k] == 0x20 { k -= 1 }
        let end = k + 1
        while k >= 0, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "_") { k -= 1 }
        let start = k + 1
        // (`<evt:Provider`: the local name.)
        if k >= 1, b[k] == UInt8(ascii: ":") {
            k -= 1
            while k >= 0, ASCII.isAlnum(b[k]) { k -= 1 }
        }
        guard k >= 0, b[k] == UInt8(ascii: "<"), end > start else { return false }
        return schemaElements.contains { $0.utf8CodeUnitCount == end - start && ASCII.hasPrefix(b, at: start, lowercased: $0) }
    }

    static let schemaElements: [StaticString] = [
        "provider", "param", "parameter", "property", "attribute", "field", "column", "setting", "option", "variable",
        "channel", "class", "method", "module", "package", "assembly", "component", "feature", "plugin", "target", "project",
        "dependency", "header", "task", "job", "step", "queue", "topic", "table", "index", "service", "application", "source",
        "logger", "appender", "filter", "handler", "bean", "servlet", "artifact", "metric", "counter", "event", "testcase", "testsuite",
    ]

    /// True when an identifier of letters starts at `variable`, ends at a delimiter (`,` `)` `}`
    /// white space, a quote or the end) and holds the key's name (`$password`, `$newPassword`
    /// for `password`; `$resetToken` for `token`): a variable, not a value.
    static func isVariableNamedAfterKey(_ b: Bytes, variable: Int, key: Range<Int>) -> Bool {
        let n = b.count
        var e = variable
        while e < n, e - variable <= 40, ASCII.isLetter(b[e]) || b[e] == UInt8(ascii: "_") { e += 1 }
        guard e - variable >= key.count, key.count >= 3 else { return false }
        guard e == n || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: "}") || b[e] == 0x20
                || b[e] == UInt8(ascii: "\"") || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "\\") else { return false }
        guard b[key].allSatisfy(ASCII.isLetter) else { return false }
        // The key's letters anywhere in the variable's name, either case.
        var i = variable
        while i + key.count <= e {
            if zip(b[i..<(i + key.count)], b[key]).allSatisfy({ ASCII.lower($0) == ASCII.lower($1) }) { return true }
            i += 1
        }
        return false
    }

    /// At a line break right after a YAML key's colon (real, or escaped as `\n`/`\r\n`): the
    /// start of the next line's scalar when that line holds one (`password:\n    hunter2`), or
    /// `.some(nil)` when it opens a block (`auth:\n    username: …`, a list's `- `) or is empty;
    /// nil when no line break stands at `at`.
    static func yamlLineAfterBreak(_ b: Bytes, at: Int) -> Int?? {
        let n = b.count
        var k = at
        var breaks = 0
        while k < n {
            if b[k] == 0x0A || b[k] == 0x0D { k += 1; breaks += 1; continue }
            if b[k] == UInt8(ascii: "\\"), k + 1 < n, b[k + 1] == UInt8(ascii: "n") || b[k + 1] == UInt8(ascii: "r") { k += 2; breaks += 1; continue }
            break
        }
        guard breaks > 0 else { return nil }
        let indent = k
        while k < n, b[k] == 0x20 { k += 1 }
        guard k > indent, k < n, b[k] != UInt8(ascii: "-"), b[k] != UInt8(ascii: "\""), b[k] != UInt8(ascii: "\\") else { return .some(nil) }
        // The line's end: a key (`word:` then a space or the end) on it makes it a mapping.
        var e = k
        while e < n, b[e] != 0x0A, b[e] != 0x0D, !(b[e] == UInt8(ascii: "\\") && e + 1 < n && (b[e + 1] == UInt8(ascii: "n") || b[e + 1] == UInt8(ascii: "r"))) {
            if b[e] == UInt8(ascii: ":"), e + 1 == n || b[e + 1] == 0x20 || b[e + 1] == 0x0A || b[e + 1] == UInt8(ascii: "\\") { return .some(nil) }
            e += 1
        }
        return e > k ? .some(k) : .some(nil)
    }

    /// The rule for a key that names a person or a secret only beside a sibling key (see the
    /// call): nil for any other key.
    func siblingContextRule(_ b: Bytes, key: Range<Int>) -> Int? {
        switch key.count {
        case 6 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "family"):
            guard CredentialScan.contains(b, from: key.lowerBound - 160, to: key.upperBound + 160, lowercased: "given") else { return nil }
            return compiled.nameRule >= 0 ? compiled.nameRule : nil
        case 4 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "line"):
            // FHIR's XML address, `<address><line value="534 Erewhon St"/>`: a street line.
            guard key.lowerBound >= 1, b[key.lowerBound - 1] == UInt8(ascii: "<"),
                  CredentialScan.contains(b, from: key.lowerBound - 80, to: key.lowerBound, lowercased: "<address") else { return nil }
            return fieldRule(forLiteralKey: "address")
        case 3 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "log"):
            // WordPress's log-in form: `log=mkowalski&pwd=…&wp-submit=Log+In`.
            guard key.upperBound < b.count, b[key.upperBound] == UInt8(ascii: "="), CredentialScan.contains(b, from: key.upperBound, to: key.upperBound + 200, lowercased: "&pwd=") else { return nil }
            return compiled.userRule >= 0 ? compiled.userRule : nil
        case 5 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "value"):
            // HMRC's GovTalk envelope, `<Authentication><Method>clear</Method><Role>principal</Role><Value>…</Value>`:
            // the sender's password in clear.
            guard key.lowerBound >= 1, b[key.lowerBound - 1] == UInt8(ascii: "<"),
                  CredentialScan.contains(b, from: key.lowerBound - 120, to: key.lowerBound, lowercased: "<method>clear</method>") else { return nil }
            return fieldRule(forLiteralKey: "password")
        case 6 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "number"):
            // OpenTravel's `<Phone countryCode="1" cityAreaCode="312" number="7734190"/>`: the number attribute of a phone's tag.
            guard let tag = Self.enclosingTagName(b, before: key.lowerBound),
                  Self.phoneTags.contains(where: { $0.utf8CodeUnitCount == tag.count && ASCII.hasPrefix(b, at: tag.lowerBound, lowercased: $0) }) else { return nil }
            return fieldRule(forLiteralKey: "phone")
        case 9 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "accountid"):
            guard CredentialScan.contains(b, from: 0, to: key.lowerBound, lowercased: "securityevent=\"") else { return nil }
            return compiled.userRule >= 0 ? compiled.userRule : nil
        case 8 where ASCII.hasPrefix(b, at: key.lowerBound, lowercased: "response"):
            guard CredentialScan.contains(b, from: 0, to: key.lowerBound, lowercased: "securityevent=\"") else { return nil }
            return fieldRule(forLiteralKey: "password")
        default:
            return nil
        }
    }

    /// Tags whose `number` attribute is a phone number.
    static let phoneTags: [StaticString] = ["phone", "telephone", "tel", "fax", "mobile", "phonenumber", "telephonenumber", "contactnumber"]

    /// The local name of the tag whose attributes `at` is among (`<ota:Phone countryCode="1" number=…`):
    /// the nearest `<` within 160 bytes before, with no `>` between; nil otherwise.
    static func enclosingTagName(_ b: Bytes, before at: Int) -> Range<Int>? {
        var k = at - 1
        while k >= 0, at - k <= 160, b[k] != UInt8(ascii: "<") {
            if b[k] == UInt8(ascii: ">") { return nil }
            k -= 1
        }
        guard k >= 0, b[k] == UInt8(ascii: "<"), let (local, end) = xmlTagName(b, from: k + 1) else { return nil }
        return local..<end
    }

    /// True when an object's dump with labelled fields starts at `at`: `User {`, `main.User{`,
    /// `&{`, `#<User ` or Swift's `▿ User`, then a field's label (`name:`, `ID:`, `Name =`)
    /// within 48 bytes. An unlabelled dump (`&{1093 jdoe …}`) is no such dump: it stays one value.
    static func startsLabelledDump(_ b: Bytes, at: Int) -> Bool {
        let n = b.count
        var k = at
        var rubyInspect = false
        if k + 1 < n, b[k] == UInt8(ascii: "&") { k += 1 } else if k + 1 < n, b[k] == UInt8(ascii: "#"), b[k + 1] == UInt8(ascii: "<") { k += 2; rubyInspect = true }
        else if k + 3 < n, b[k] == 0xE2, b[k + 1] == 0x96, b[k + 2] == 0xBF { return true }  // `▿ User #1`: Swift's dump, its fields on the lines after
        let typeStart = k
        while k < n, k - typeStart <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        let type = typeStart..<k
        if type.isEmpty {
            guard k > at, b[at] == UInt8(ascii: "&") else { return false }  // only Go's `&{…}` has no type name
        } else {
            // A type's name: capitalised, or a package's path before one (`main.User`).
            guard let last = b[type].lastIndex(of: UInt8(ascii: ".")).map({ $0 + 1 }) ?? Optional(type.lowerBound), last < k, ASCII.isUpper(b[last]) else { return false }
        }
        if rubyInspect {
            guard k < n, b[k] == 0x20 else { return false }
        } else {
            if k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] == UInt8(ascii: "{") else { return false }
        }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        let label = k
        while k < n, k - label <= 32, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") { k += 1 }
        guard k > label, ASCII.isLetter(b[label]) || b[label] == UInt8(ascii: "_"), k < n else { return false }
        if b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "=") { return true }
        return k + 1 < n && b[k] == 0x20 && b[k + 1] == UInt8(ascii: "=")
    }

    /// True when a word of conversation (`hi`, `what`, `sorry`, `my`, `it's`) starts at `at`,
    /// lower-case (or capitalised) and followed by more words or punctuation: a sentence.
    static func startsSentence(_ b: Bytes, at: Int) -> Bool {
        let n = b.count
        var e = at
        while e < n, e - at <= 12, ASCII.isLetter(b[e]) || b[e] == UInt8(ascii: "'") { e += 1 }
        guard e < n, e > at, b[e] == 0x20 || b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "?") || b[e] == UInt8(ascii: "!") || b[e] == UInt8(ascii: ".") else { return false }
        // A capital elsewhere than first (`JDoe`) makes an account, not a word.
        guard b[(at + 1)..<e].allSatisfy({ !ASCII.isUpper($0) }) else { return false }
        return conversationWords.containsLowercased(b, at..<e)
    }

    static let conversationWords = WordTable("""
        hi hello hey yes no ok okay sure thanks thank please sorry what why how when where who which can could would should \
        will is are am was i i'm i've i'd it it's its my me we you you're your the a an and but so well um uh oh yeah yep \
        nope hmm do does did don't have has had not this that there here just also good great fine right let let's tell \
        give show find help need want book check cancel hold wait actually then now still maybe of in on at to for with \
        from about if because as alright absolutely perfect hang one
        """)

    /// Whether the value at `valueStart` belongs to a query string's parameter (`…&ssn=536-22-8174 443`
    /// in IIS's W3C log): its key follows `?` or `&`, so the value ends at the space.
    static func isQueryParameterValue(_ b: Bytes, valueStart: Int) -> Bool {
        guard valueStart >= 2, b[valueStart - 1] == UInt8(ascii: "=") else { return false }
        var k = valueStart - 2
        while k >= 0, valueStart - k <= 66, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k -= 1 }
        return k >= 0 && (b[k] == UInt8(ascii: "&") || b[k] == UInt8(ascii: "?"))
    }

    /// Whether `b[r]` is already a whole number of its kind, so no group after it joins it: a US
    /// SSN written `536-22-8174`, an IBAN written without spaces (15 letters and digits or more).
    static func isWholeNumberShape(_ b: Bytes, _ r: Range<Int>, type: String) -> Bool {
        if type == "ssn", r.count == 11 {
            return b[r.lowerBound + 3] == UInt8(ascii: "-") && b[r.lowerBound + 6] == UInt8(ascii: "-")
                && b[r].enumerated().allSatisfy { $0.offset == 3 || $0.offset == 6 || ASCII.isDigit($0.element) }
        }
        if type == "bank_account", r.count >= 15, ASCII.isUpper(b[r.lowerBound]), ASCII.isUpper(b[r.lowerBound + 1]) {
            return b[r].allSatisfy(ASCII.isAlnum)
        }
        return false
    }

    /// A file's name: no white space, a name part and a 2–4 letter extension of a kind files
    /// carry (`mimikatz.exe`, `Customer_List_Export.csv`, `report.pdf`) — not a name's initial
    /// (`J.Smith`) or a domain (`jane.dev`).
    static func isFileName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 5, r.count <= 128, let dot = b[r].lastIndex(of: UInt8(ascii: ".")), dot > r.lowerBound + 1, r.upperBound - dot - 1 >= 2,
              r.upperBound - dot - 1 <= 4, !b[r].contains(where: { $0 == 0x20 || $0 == 0x09 }) else { return false }
        let extensionRange = (dot + 1)..<r.upperBound
        return fileExtensions.containsLowercased(b, extensionRange)
    }

    static let fileExtensions = WordTable("""
        exe dll bat cmd ps1 sh py js jar msi zip rar 7z gz tgz tar csv xlsx xls docx doc pdf txt log json xml yaml yml \
        png jpg jpeg gif bmp tiff heic mp4 mov mp3 wav ppt pptx odt ods rtf eml msg pst iso img dmg apk ipa sql bak db
        """)

    /// A key of capitalised words (`Endpoint Machine=`, `Policy Name=`) starting at `at`: up to
    /// four words of letters, one space apart, then `=`.
    static func startsSpacedPair(_ b: Bytes, _ at: Int) -> Bool {
        var k = at
        var words = 0
        while words < 4, k < b.count, ASCII.isUpper(b[k]) {
            k += 1
            while k < b.count, k - at <= 48, ASCII.isLetter(b[k]) { k += 1 }
            words += 1
            guard k < b.count else { return false }
            if b[k] == UInt8(ascii: "=") { return words >= 2 }
            guard b[k] == 0x20 else { return false }
            k += 1
        }
        return false
    }

    /// At the `:` of `{Name:`: the pair's value under the rule its name gives (`DB_PASSWORD`, a
    /// secret's; `customer-id`, an account's), and the scan resumed after it; with no rule for
    /// the name, the scan resumes at the value (the name names a field, not a person).
    func goNameValuePair(_ b: Bytes, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        let nameStart = separator + 1
        var k = nameStart
        while k < n, k - nameStart <= 128, b[k] > 0x20, b[k] != UInt8(ascii: "}") { k += 1 }
        let name = nameStart..<k
        guard !name.isEmpty, nameStart >= floor, k + 7 < n, ASCII.hasPrefix(b, at: k, exactly: " Value:") else { return nil }
        let valueStart = k + 7
        var e = valueStart
        // The value runs to ` ValueFrom:`, the next field (` Xyz:`) or the closing `}`.
        while e < n, b[e] != UInt8(ascii: "}") {
            if b[e] == 0x20, e + 2 < n, ASCII.isUpper(b[e + 1]) {
                var f = e + 1
                while f < n, f - e <= 32, ASCII.isAlnum(b[f]) { f += 1 }
                if f < n, b[f] == UInt8(ascii: ":") { break }
            }
            e += 1
        }
        var rule = compiled.fieldRule(forTextKey: b, name)
        if rule == nil, compiled.passwordRule >= 0, CompiledRules.isPassVariableName(b, name) { rule = compiled.passwordRule }
        guard let rule, e > valueStart, let hit = fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: e, afterPairSeparator: true) else {
            return KeyValueHit(span: nil, valueStart: valueStart, valueEnd: valueStart)
        }
        return hit
    }

    /// A parameter's name at `from`, maybe quoted (`"Uri"`, `\"Method\"`, `Body`): one word of
    /// letters, digits, `_` and `-`, closed by its quote or `;` — no space, so no person's full name.
    static func isParameterName(_ b: Bytes, from: Int) -> Bool {
        var k = from
        while k < b.count, k - from < 3, b[k] == UInt8(ascii: "\\") || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
        let start = k
        while k < b.count, k - start <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k > start, k < b.count else { return false }
        return b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "\\") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: ";")
    }
}
