/// Name/value entry objects in JSON: a list of `{"name": KEY, "value": VALUE}` pairs stands for
/// an object `{KEY: VALUE}`, and VALUE takes the rule KEY would get as a key. Kubernetes and ECS
/// environment variables (`"env":[{"name":"DB_PASSWORD","value":"…"}]`), HAR headers
/// (`{"name":"Cookie","value":"…"}`), Cognito user attributes (`{"Name":"email","Value":"…"}`),
/// FHIR contact points (`{"system":"phone","value":"…"}`) and CRM properties
/// (`{"property":"firstname","value":"…"}`) are written this way; so are the changes audit
/// records list (`{"attribute":"givenName","oldValue":"Ann","newValue":"Anne"}`).
///
/// The label must come before the value in the object (the usual order; a value written
/// first is scanned like any other string). Labels that are URIs count by their last segment
/// (`http://hl7.org/fhir/sid/us-ssn` → `us-ssn`). A label whose rule keeps its value changes
/// nothing.
extension Scrubber {
    /// Normalised keys that name the entry (`name`, `Name`, `key`, `type`, `system` …).
    static func isEntryLabelKey(_ k: [UInt8]) -> Bool {
        switch k.count {
        case 3: return k.elementsEqual("key".utf8) || k.elementsEqual("var".utf8)
        // (SCIM's and JSON Patch's operations: `{"op":"replace","path":"name.familyName","value":"…"}`, `"path":"/email"`.)
        case 4: return k.elementsEqual("name".utf8) || k.elementsEqual("type".utf8) || k.elementsEqual("attr".utf8) || k.elementsEqual("path".utf8)
        // (`{"question":"Date of birth","answer":"…"}`, `{"title":"Phone","value":"…"}`: form tools.)
        case 5: return k.elementsEqual("field".utf8) || k.elementsEqual("label".utf8) || k.elementsEqual("param".utf8) || k.elementsEqual("title".utf8)
        case 6: return k.elementsEqual("system".utf8) || k.elementsEqual("header".utf8)
        // (Greenhouse's custom fields: `{"name_key":"steuer_id","value":"…"}`.)
        case 7: return k.elementsEqual("namekey".utf8)
        case 8: return k.elementsEqual("property".utf8) || k.elementsEqual("variable".utf8) || k.elementsEqual("question".utf8) || k.elementsEqual("name_key".utf8)
        case 9: return k.elementsEqual("attribute".utf8) || k.elementsEqual("parameter".utf8)
        // UK Open Banking's `{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"…"}`.
        case 10: return k.elementsEqual("schemename".utf8)
        // Entra ID's audit `modifiedProperties`: `{"displayName":"TemporaryPassword","newValue":"…"}`.
        case 11: return k.elementsEqual("displayname".utf8)
        default: return false
        }
    }

    /// Whether the JSON string at `at` (on its opening quote) is the name of a header that carries
    /// a credential: `Cookie`, `Set-Cookie`, `Authorization`, `Proxy-Authorization`, `X-Api-Key`,
    /// `Api-Key`, `X-Auth-Token`, `X-Access-Token`, `X-CSRF-Token`, `X-XSRF-Token` (any case).
    static func isCredentialHeaderName(_ b: Bytes, at: Int) -> Bool {
        // Every array string passes here: reject on the first letter (c, s, a, p, x).
        guard at + 1 < b.count else { return false }
        switch b[at + 1] | 0x20 {
        case UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "a"), UInt8(ascii: "p"), UInt8(ascii: "x"): break
        default: return false
        }
        for name: StaticString in ["cookie", "set-cookie", "authorization", "proxy-authorization", "x-api-key", "api-key", "x-auth-token",
                                   "x-access-token", "x-csrf-token", "x-xsrf-token"]
        where ASCII.hasPrefix(b, at: at + 1, lowercased: name) {
            let end = at + 1 + name.utf8CodeUnitCount
            if end < b.count, b[end] == UInt8(ascii: "\"") { return true }
        }
        return false
    }

    /// An argument list (`"args":["--password","S3cr3t"]`, a container's `command`): at the
    /// opening quote of a string that is a long option naming a password, token or secret
    /// (as ``CommandLinePasswordDetector/longOption(_:at:floor:)`` reads them) or `--username`,
    /// the rule the next string takes. Nil for any other string.
    func commandOptionRule(_ b: Bytes, at: Int) -> Int? {
        let start = at + 3
        var e = start
        while e < b.count, e - start < 40, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\""), e > start else { return nil }
        let name = start..<e
        let d = compiled.detectors
        if name.count == 8, ASCII.hasPrefix(b, at: start, exactly: "username") { return d.authLogUser >= 0 ? d.authLogUser : nil }
        guard CommandLinePasswordDetector.namesSecret(b, name) else { return nil }
        return d.commandLinePassword >= 0 ? d.commandLinePassword : nil
    }

    /// Whether the JSON string at `at` asks a security question: it names a maiden name, a
    /// pet, a birthplace, a first school, car or street, a childhood friend or nickname
    /// (`What is your mother's maiden name?`, `Name of your first pet`).
    static func isSecurityQuestion(_ b: Bytes, at: Int) -> Bool {
        guard at < b.count, b[at] == UInt8(ascii: "\"") else { return false }
        var e = at + 1
        while e < b.count, e - at <= 200, b[e] != UInt8(ascii: "\"") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\"") else { return false }
        for word: StaticString in ["maiden", "pet", "born", "birthplace", "first school", "elementary school", "first car", "childhood",
                                   "nickname", "best friend", "favorite", "favourite", "street you grew", "first job", "security question"]
        where CredentialScan.contains(b, from: at + 1, to: e, lowercased: word) { return true }
        return false
    }

    /// An entry written value first (Onfido's `{"value":"19AF28374","type":"document_number"}`): at
    /// the value's opening quote (or a number's first digit), the rule of a label member (`type`, `name`, `label` …) that
    /// follows it in the same object, within 512 bytes and past scalar members only; nil otherwise.
    func laterEntryLabelRule(_ b: Bytes, valueAt v: Int) -> Int? {
        let n = b.count
        guard v < n, b[v] == UInt8(ascii: "\"") || ASCII.isDigit(b[v]) else { return nil }
        /// The end of the JSON string opening at `q` (after its closing quote), or nil.
        func stringEnd(_ q: Int) -> Int? {
            var e = q + 1
            while e < n, e - q <= 512, b[e] != UInt8(ascii: "\"") { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
            return e < n && b[e] == UInt8(ascii: "\"") ? e + 1 : nil
        }
        func skipSpaces(_ k: inout Int) { while k < n, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { k += 1 } }
        var k: Int
        if b[v] == UInt8(ascii: "\"") {
            guard let e = stringEnd(v) else { return nil }
            k = e
        } else {
            k = v
            while k < n, k - v <= 32, ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "e") { k += 1 }
        }
        let limit = min(n, v + 512)
        while k < limit {
            skipSpaces(&k)
            guard k < limit, b[k] == UInt8(ascii: ",") else { return nil }
            k += 1
            skipSpaces(&k)
            guard k < limit, b[k] == UInt8(ascii: "\""), let keyEnd = stringEnd(k) else { return nil }
            let key = (k + 1)..<(keyEnd - 1)
            k = keyEnd
            skipSpaces(&k)
            guard k < limit, b[k] == UInt8(ascii: ":") else { return nil }
            k += 1
            skipSpaces(&k)
            guard k < limit else { return nil }
            if b[k] == UInt8(ascii: "\"") {
                if key.count >= 3, key.count <= 16, Self.isEntryLabelKey(FieldGlob.normalize(b[key])) { return entryLabelRule(b, at: k) }
                guard let e = stringEnd(k) else { return nil }
                k = e
            } else {
                // A number, `true`, `null`; an object or a list ends the look.
                guard b[k] != UInt8(ascii: "{"), b[k] != UInt8(ascii: "[") else { return nil }
                while k < limit, b[k] != UInt8(ascii: ","), b[k] != UInt8(ascii: "}") { k += 1 }
            }
        }
        return nil
    }

    /// Normalised keys that hold the entry's value — also the two values of a change in an
    /// audit record (`{"attribute":"givenName","oldValue":"Ann","newValue":"Anne"}`,
    /// `{"field":"phone","from":"…","to":"…"}`).
    static func isEntryValueKey(_ k: [UInt8]) -> Bool {
        entryValueKeys.contains(k)
    }

    private static let entryValueKeys: Set<[UInt8]> = Set([
        "value", "values", "val", "answer", "oldvalue", "newvalue", "old", "new", "from", "to", "before", "after",
        "previous", "previousvalue", "current", "currentvalue", "originalvalue", "updatedvalue", "oldval", "newval", "identification",
    ].map { Array($0.utf8) })

    /// The rule the JSON string at `at` (on its opening quote) names when read as a key, if that
    /// rule replaces values; nil for anything else (an escaped or long label, no rule, `keep`).
    func entryLabelRule(_ b: Bytes, at: Int) -> Int? {
        guard at < b.count, b[at] == UInt8(ascii: "\"") || b[at] == UInt8(ascii: "'") else { return nil }
        let q = b[at]
        let start = at + 1
        var e = start
        // (`"https:\/\/fhir.nhs.uk\/Id\/nhs-number"`: PHP's and Jackson's escaped `/` is a `/`.)
        while e < b.count, e - start <= 128, b[e] != q, b[e] >= 0x20 {
            if b[e] == UInt8(ascii: "\\") {
                guard e + 1 < b.count, b[e + 1] == UInt8(ascii: "/") else { break }
                e += 1
            }
            e += 1
        }
        guard e < b.count, b[e] == q, e > start, e - start <= 128 else { return nil }
        // A form's note after the label, `PESEL (wymagany do umowy)`, `Passport number (visa sponsorship)`.
        if b[e - 1] == UInt8(ascii: ")"), let open = b[start..<e].lastIndex(of: UInt8(ascii: "(")), open > start + 2, b[open - 1] == 0x20 { e = open - 1 }
        // A URI names the entry by its last segment.
        var s = e
        while s > start, b[s - 1] != UInt8(ascii: "/"), b[s - 1] != UInt8(ascii: ":"), b[s - 1] != UInt8(ascii: "#") { s -= 1 }
        guard e - s >= 2, e - s <= 64 else { return nil }
        let key = FieldGlob.normalize(UnsafeBufferPointer(rebasing: b[s..<e]))
        guard !key.isEmpty, let rule = key.withUnsafeBufferPointer({ dottedLabelRule($0) }),
              compiled.active[rule].action != .keep else { return nil }
        // Plex's `{"title":"Kenji's iPhone","uuid":…}`: a device's name, no label (`iPhone` is no phone field).
        if s == start, let device = DeviceNameDetector.match(b, at: s), device.upperBound == e { return nil }
        return rule
    }

    /// The rule a normalised entry label names: the whole label, else a dotted label's last part
    /// (`http.request.header.authorization`, `user.email`), else the part before it
    /// (OpenTelemetry's `enduser.id`, as `{"enduser":{"id":…}}` would be read).
    private func dottedLabelRule(_ key: Bytes) -> Int? {
        if let rule = compiled.fieldRule(forTextKey: key, 0..<key.count) { return rule }
        guard let dot = key.lastIndex(of: UInt8(ascii: ".")), dot + 1 < key.count else { return nil }
        // OpenTelemetry's `{"key":"service.name","value":{"stringValue":"checkout-api"}}`: a thing's name.
        if Self.isThingMember(key, key: 0..<key.count, last: dot + 1) { return nil }
        if let rule = compiled.fieldRule(forTextKey: key, (dot + 1)..<key.count) { return rule }
        guard Self.dottedIdentityParts.contains(Array(key[(dot + 1)...])) else { return nil }
        var start = dot
        while start > 0, key[start - 1] != UInt8(ascii: ".") { start -= 1 }
        guard start < dot, let parent = compiled.fieldRule(forTextKey: key, start..<dot), compiled.active[parent].action != .drop else { return nil }
        return parent
    }

    /// A name/value entry inside a text line (`env: [{"name":"DB_PASSWORD","value":"…"}]`,
    /// `Tags: [{"Key":"db_password","Value":"…"}]`): at the `:` of a quoted label key, the value
    /// of the `"value"` member right after the label, read under the rule the label names. The
    /// label names a field and is kept — also a label that names no rule but is written like a
    /// variable (`LOG_LEVEL`, `spring.profiles.active`): its value is scanned as text. Nil when
    /// the entry has another shape or the label reads like a person's name (the pair is then
    /// read as usual). In text the label must be a field name (``fieldNameSegment(_:_:)``): a
    /// URI label is read as in JSON input only. Python's and JavaScript's quoting counts too
    /// (`{'key': 'DB_PASSWORD', 'value': '…'}`, `{field: 'password', value: '…'}`).
    func textEntryValue(_ b: Bytes, key: Range<Int>, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        @inline(__always) func skipSpaces(_ k: inout Int) { while k < n, b[k] == 0x20 { k += 1 } }
        var k = separator + 1
        skipSpaces(&k)
        // (Python's dicts and JavaScript's objects quote with `'`: `{'key': 'DB_PASSWORD', 'value': …}`.)
        // (The quote first: most keys are followed by no quoted label, and the key's normalised copy allocates.)
        guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'"), key.count >= 3, key.count <= 16,
              Self.isEntryLabelKey(FieldGlob.normalize(b[key])) else { return nil }
        let q = b[k]
        let labelQuote = k
        // The label: no escape, no control byte, at most 128 bytes.
        k += 1
        while k < n, k - labelQuote <= 129, b[k] != q, b[k] != UInt8(ascii: "\\"), b[k] >= 0x20 { k += 1 }
        guard k < n, b[k] == q, k > labelQuote + 1 else { return nil }
        let label = (labelQuote + 1)..<k
        // (A label is kept raw: it must be a field name, which holds no address, card or token.)
        guard Self.fieldNameSegment(b, label) != nil else { return nil }
        // Then `,"value":`.
        k += 1
        skipSpaces(&k)
        guard k < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        skipSpaces(&k)
        // The value's key: quoted as the label is, or bare (`{field: 'password', value: '…'}`).
        guard k < n, b[k] == q || ASCII.isLetter(b[k]) else { return nil }
        let valueKeyQuoted = b[k] == q
        let valueKeyStart = valueKeyQuoted ? k + 1 : k
        var valueKeyEnd = valueKeyStart
        while valueKeyEnd < n, valueKeyEnd - valueKeyStart < 16, ASCII.isAlnum(b[valueKeyEnd]) || b[valueKeyEnd] == UInt8(ascii: "_") { valueKeyEnd += 1 }
        guard valueKeyEnd < n, !valueKeyQuoted || b[valueKeyEnd] == q, Self.isEntryValueKey(FieldGlob.normalize(b[valueKeyStart..<valueKeyEnd])) else { return nil }
        var v = valueKeyQuoted ? valueKeyEnd + 1 : valueKeyEnd
        skipSpaces(&v)
        guard v < n, b[v] == UInt8(ascii: ":") else { return nil }
        v += 1
        skipSpaces(&v)
        // (A value that is an object or a list is left to the scan; a placeholder is a value.)
        guard v < n, v >= floor, b[v] != UInt8(ascii: "{"), b[v] != UInt8(ascii: "[") || Self.placeholderEnd(b, at: v) != nil else { return nil }
        let value: Range<Int>
        if b[v] == UInt8(ascii: "\"") || b[v] == UInt8(ascii: "'") {
            // To the closing quote; a line that ends first ends the value (fail closed).
            let close = b[v]
            var e = v + 1
            while e < n, b[e] != close, b[e] != 0x0A, b[e] != 0x0D { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
            value = (v + 1)..<min(e, n)
        } else {
            value = v..<Self.unquotedValueEnd(b, from: v)
        }
        guard let rule = entryLabelRule(b, at: labelQuote) else {
            // No rule: a label written like a variable is kept and its value scanned as text.
            guard Self.isVariableLike(b, label) else { return nil }
            return KeyValueHit(span: nil, valueStart: value.lowerBound, valueEnd: value.lowerBound)
        }
        // An empty value, or one the rule leaves alone: the scan goes on at the value, past the label.
        guard !value.isEmpty, var hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: true) else {
            return KeyValueHit(span: nil, valueStart: value.lowerBound, valueEnd: value.lowerBound)
        }
        // A change's second value (`{"key":"username","old":"ann","new":"bob"}`) under the same
        // rule, when both are quoted and each is replaced within its quotes; else the scan reads
        // the second member as before.
        if b[v] == UInt8(ascii: "\""), Self.isWithin(hit, value), let second = Self.secondEntryValue(b, after: value.upperBound),
           let secondHit = fieldValue(b, rule: rule, valueStart: second.lowerBound, valueEnd: second.upperBound, afterPairSeparator: true),
           let span = secondHit.span, secondHit.elements.isEmpty, span.range.lowerBound >= second.lowerBound, span.range.upperBound == second.upperBound {
            if hit.span == nil {
                hit = KeyValueHit(span: span, valueStart: second.lowerBound, valueEnd: second.upperBound)
            } else {
                hit.elements.append(span)
                hit.valueEnd = second.upperBound
            }
        }
        return hit
    }

    /// Kubernetes' Go dumps of a container (`EnvVar{Name:FLYWAY_PASSWORD,Value:Gx7!pL3#,ValueFrom:nil,}`,
    /// the kubelet's `Unhandled Error`): an environment variable's value under the rule its name
    /// takes. The value runs to `,ValueFrom:` (it may hold commas); without one, to the struct's
    /// `,}` or the line's end (fail closed). `key` is `Name`, in that case.
    func goEnvVarValue(_ b: Bytes, key: Range<Int>, separator: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard key.count == 4, ASCII.hasPrefix(b, at: key.lowerBound, exactly: "Name"), key.lowerBound > 0, b[key.lowerBound - 1] == UInt8(ascii: "{"),
              separator + 1 < n, ASCII.isLetter(b[separator + 1]) || b[separator + 1] == UInt8(ascii: "_") else { return nil }
        let label = (separator + 1)..<CredentialScan.runEnd(b, from: separator + 1) { ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        guard label.count <= 128, ASCII.hasPrefix(b, at: label.upperBound, exactly: ",Value:") else {
            // `&Container{Name:migrate,Image:…}`, `VolumeMount{Name:certs,…}`: an object's name (a
            // DNS label), no person's; it is scanned as text.
            return Self.isKubernetesStructName(b, endingAt: key.lowerBound - 1) ? KeyValueHit(span: nil, valueStart: separator + 1, valueEnd: separator + 1) : nil
        }
        let v = label.upperBound + 7
        guard v >= floor, let rule = compiled.fieldRule(forTextKey: b, label), compiled.active[rule].action != .keep else { return nil }
        let end = Self.find(b, ",ValueFrom:", from: v, within: 65_536) ?? Self.find(b, ",}", from: v, within: 65_536) ?? n
        guard end > v, let hit = fieldValue(b, rule: rule, valueStart: v, valueEnd: end, afterPairSeparator: true) else {
            return KeyValueHit(span: nil, valueStart: v, valueEnd: v)
        }
        return hit
    }

    /// The Go type before `{` at `brace` is one of Kubernetes' core objects whose `Name` is a
    /// resource's name.
    static func isKubernetesStructName(_ b: Bytes, endingAt brace: Int) -> Bool {
        for type: StaticString in ["Container", "EnvVar", "VolumeMount", "Volume", "ContainerPort", "ServicePort", "ObjectMeta", "ConfigMapKeySelector",
                                   "SecretKeySelector", "LocalObjectReference", "VolumeDevice", "ResourceClaim", "ContainerStatus"]
            where CredentialScan.hasSuffix(b, endingAt: brace, exactly: type) {
            let start = brace - type.utf8CodeUnitCount
            if start == 0 || !ASCII.isAlnum(b[start - 1]) { return true }
        }
        return false
    }

    /// Whether `hit` replaces all of its quoted `value`, or leaves nothing of it to scan.
    private static func isWithin(_ hit: KeyValueHit, _ value: Range<Int>) -> Bool {
        guard hit.elements.isEmpty, hit.deferred == nil else { return false }
        if let span = hit.span { return span.range.lowerBound >= value.lowerBound && span.range.upperBound == value.upperBound }
        return hit.valueStart >= value.upperBound
    }

    /// After a first value's closing quote at `close`: `, "new": "…"` (another value key, a
    /// quoted value on the same line); the second value's range.
    private static func secondEntryValue(_ b: Bytes, after close: Int) -> Range<Int>? {
        let n = b.count
        var k = close + 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k + 1 < n, b[k] == UInt8(ascii: ","), close < n, b[close] == UInt8(ascii: "\"") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }
        let keyStart = k + 1
        var keyEnd = keyStart
        while keyEnd < n, keyEnd - keyStart < 16, ASCII.isAlnum(b[keyEnd]) || b[keyEnd] == UInt8(ascii: "_") { keyEnd += 1 }
        guard keyEnd < n, b[keyEnd] == UInt8(ascii: "\""), isEntryValueKey(FieldGlob.normalize(b[keyStart..<keyEnd])) else { return nil }
        k = keyEnd + 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ":") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "\"") else { return nil }
        var q = k + 1
        while q < n, b[q] != UInt8(ascii: "\""), b[q] != 0x0A, b[q] != 0x0D { q += b[q] == UInt8(ascii: "\\") ? 2 : 1 }
        guard q < n, b[q] == UInt8(ascii: "\""), q > k + 1 else { return nil }
        return (k + 1)..<q
    }

    /// A label (a field name) written like a variable, not a person's name: with a `_` or `.`
    /// in it, or in capitals and digits (`LOG_LEVEL`, `spring.profiles.active`, `PATH`).
    static func isVariableLike(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        return b[r].contains(UInt8(ascii: "_")) || b[r].contains(UInt8(ascii: "."))
            || b[r].allSatisfy { ASCII.isUpper($0) || ASCII.isDigit($0) }
    }
}
