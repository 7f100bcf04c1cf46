/// Structural scrubbing of a JSON line: field rules by path, strings and numbers
/// scanned by the detectors, key order and white space kept, output valid JSON.
///
/// Arrays are transparent in paths (`users[3].email` has the path `users.email`).
/// A `redact` rule that matches an object or array replaces it whole
/// (`"[REDACTED:type]"`); `pseudonymize` and `mask` apply to each leaf below it
/// (more specific rules still win); `drop` removes the member.
/// A value that becomes a placeholder is written as a JSON string.
extension Scrubber {
    enum JSONFailure: Error { case syntax, depth }

    /// Returns false (and writes nothing) when the line is not valid JSON.
    func scrubJSONLine(_ b: Bytes, into out: inout [UInt8], report: inout ScrubReport) -> Bool {
        let mark = out.count
        let findingsMark = report.findings.count
        var reader = JSONReader(b: b, i: 0)
        var path = report.jsonPath
        report.jsonPath = []
        path.removeAll(keepingCapacity: true)
        swap(&reader.segmentPool, &report.jsonSegmentPool)
        defer {
            // Segments of a path left by a syntax error go back to the pool too.
            while let segment = path.popLast() { reader.segmentPool.append(segment) }
            report.jsonPath = path
            swap(&reader.segmentPool, &report.jsonSegmentPool)
        }
        do throws(JSONFailure) {
            reader.copyWhitespace(into: &out)
            guard reader.i < b.count, b[reader.i] == UInt8(ascii: "{") || b[reader.i] == UInt8(ascii: "[") else { throw .syntax }
            try jsonValue(&reader, depth: 0, path: &path, rule: nil, credentialsOnly: false, emit: true, into: &out, report: &report)
            reader.copyWhitespace(into: &out)
            guard reader.i == b.count else { throw .syntax }
            return true
        } catch .depth {
            out.removeSubrange(mark...)
            report.findings.removeSubrange(findingsMark...)
            writeFailClosed("json_too_deep", into: &out, report: &report)
            return true
        } catch {
            out.removeSubrange(mark...)
            report.findings.removeSubrange(findingsMark...)
            return false
        }
    }

    /// Processes one value at `reader.i`. `rule` is the field rule that matched this
    /// value's path (nil: none). When `emit` is false the value is parsed and discarded.
    private func jsonValue(_ r: inout JSONReader, depth: Int, path: inout [[UInt8]], rule: Int?, credentialsOnly: Bool, emit: Bool, into out: inout [UInt8], report: inout ScrubReport) throws(JSONFailure) {
        guard r.i < r.b.count else { throw .syntax }
        let b = r.b
        let first = b[r.i]
        let replacing = emit && rule.map { compiled.active[$0].action != .keep } ?? false
        let keepRule = rule.map { compiled.active[$0].action == .keep } ?? false
        let unnamedDefault = rule == nil && !credentialsOnly ? compiled.defaults.fields : .scan

        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // Containers count towards the depth limit; scalars inside them do not.
            guard depth < limits.maximumJSONDepth else { throw .depth }
            let isObject = first == UInt8(ascii: "{")
            if replacing, let rule, compiled.active[rule].action == .redact {
                // Whole container redacted. (Pseudonymise and mask apply to each leaf
                // below, where more specific rules such as `**.email` still win.)
                try jsonValue(&r, depth: depth, path: &path, rule: nil, credentialsOnly: credentialsOnly, emit: false, into: &out, report: &report)
                writeJSONReplacement(rule, value: [], into: &out, report: &report)
                return
            }
            let objectStart = r.i
            r.i += 1
            if emit { out.append(first) }
            var wrote = false
            var entryRule: Int?  // the rule an entry's label names (`{"name":"DB_PASSWORD","value":…}`)
            var labelNamesField = false  // the member being read is such a label
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var whitespace = r.whitespace()
            if r.i < b.count, b[r.i] == close {
                if emit { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[whitespace])); out.append(close) }
                r.i += 1
                return
            }
            while true {
                if isObject {
                    guard r.i < b.count, b[r.i] == UInt8(ascii: "\"") else { throw .syntax }
                    let key = try r.string()
                    let keyBytes = UnsafeBufferPointer(rebasing: b[key.content])
                    var normalized = r.segmentPool.popLast() ?? []
                    normalized.removeAll(keepingCapacity: true)
                    if key.escaped {
                        var raw: [UInt8] = []
                        guard JSONText.unescape(keyBytes, into: &raw) else { throw .syntax }
                        FieldGlob.normalize(raw, into: &normalized)
                    } else {
                        FieldGlob.normalize(keyBytes, into: &normalized)
                    }
                    // `{"$user_id":…,"$name":…}` (Mixpanel, Segment, PostHog, Sift): the `$` marks a reserved property.
                    if normalized.count > 1, normalized[0] == UInt8(ascii: "$") { normalized.removeFirst() }
                    // `"user[password]"` (a form body parsed without nesting): the path user.password.
                    if normalized.last == UInt8(ascii: "]") { Self.formBracketsAsDots(&normalized) }
                    // A dotted key (`"user.name"`, Elastic Common Schema) names a nested path,
                    // as it does in text and in swift-log metadata: one segment per part.
                    // At most the last 64 parts are split (a key of a million dots would
                    // otherwise cost a segment each); leading ones stay in the first segment.
                    var segments = 1
                    let first = path.count
                    if let dot = Self.firstSplitDot(normalized, keepingLast: 63) {
                        // The parts after the first are copied into pooled buffers; the key's
                        // own buffer keeps the first part (no copy-on-write of it).
                        var start = dot + 1
                        while true {
                            var end = start
                            while end < normalized.count, normalized[end] != UInt8(ascii: ".") { end += 1 }
                            var part = r.segmentPool.popLast() ?? []
                            part.removeAll(keepingCapacity: true)
                            part.append(contentsOf: normalized[start..<end])
                            path.append(part)
                            segments += 1
                            if end == normalized.count { break }
                            start = end + 1
                        }
                        normalized.removeSubrange(dot...)
                    }
                    path.insert(normalized, at: first)
                    normalized = []  // the path holds the only reference: reusable later
                    let ws1 = r.whitespace()
                    guard r.i < b.count, b[r.i] == UInt8(ascii: ":") else { throw .syntax }
                    r.i += 1
                    let ws2 = r.whitespace()
                    var memberRule = rule
                    if !keepRule, !compiled.fieldRules.isEmpty, let found = compiled.fieldRule(forPath: path) { memberRule = found }
                    // `{"RCLONE_CONFIG_PASS":"…"}`: an environment variable's password (its case is lost in the path).
                    else if !keepRule, segments == 1, compiled.passwordRule >= 0, CompiledRules.isPassVariableName(keyBytes, 0..<keyBytes.count) {
                        memberRule = compiled.passwordRule
                    }
                    else if segments == 1, isInheritedAccountAttribute(path[path.count - 1], inherited: rule) { memberRule = nil }
                    else if segments > 1, !keepRule, !compiled.fieldRules.isEmpty {
                        // `{"usr.id":"…"}`, `{"enduser.id":"…"}`, `{"session.id":"…"}` (Datadog,
                        // OpenTelemetry): a dotted key's last part under a part a rule names takes
                        // that rule, as a member of the nested object `{"usr":{"id":"…"}}` would.
                        let last = path.removeLast()
                        if Self.dottedIdentityParts.contains(last), let parent = compiled.fieldRule(forPath: path), parent != rule,
                           compiled.active[parent].action != .keep {
                            memberRule = parent
                        }
                        path.append(last)
                        // `{"aws.secret.access.key":"…"}`, `{"basic.auth.user.info":"…"}`: parts that name a secret together.
                        if memberRule == rule, let joined = joinedSecretRule(segments, { path[path.count - segments + $0] }) { memberRule = joined }
                    }
                    if memberRule == nil, !keepRule, !credentialsOnly, segments == 1, let person = nestedPersonRule(b, path: path, valueAt: r.i) { memberRule = person }
                    // `{"location":"40.7128,-74.0060"}`, `{"position":[48.85,2.35]}`: a place's coordinates.
                    if memberRule == nil, !keepRule, !credentialsOnly, r.i < b.count, b[r.i] == UInt8(ascii: "\"") || b[r.i] == UInt8(ascii: "["),
                       Self.mayStartCoordinatePair(b, at: r.i), Self.coordinatePair(b, at: r.i) != nil, Self.isPlaceKey(path[path.count - 1]) {
                        memberRule = fieldRule(forLiteralKey: "coords")
                    }
                    // `{"name":"payments-service","hostname":…}`: a logger's name (Bunyan, pino, Python).
                    if memberRule != nil, memberRule != rule, path.count == 1, Self.isNameKey(path[0]),
                       Self.isLoggerName(b, valueAt: r.i) || Self.isOperationName(b, quotedAt: r.i) || namesField(b, quotedAt: r.i) || Self.isZipkinSpan(b) { memberRule = nil }
                    // `"displayName":"App\\Jobs\\SyncCrmContact"` (Laravel's queue): a class's name.
                    if let m = memberRule, m != rule, compiled.active[m].type == "name", Self.isCodeIdentifier(b, quotedAt: r.i) || Self.isFileName(b, quotedAt: r.i) { memberRule = nil }
                    // Okta's and Entra's targets: `{"type":"AppInstance","displayName":"Okta Admin Console"}` names
                    // an application, a group or a policy, not a person (only a thing's type: any other keeps the rule).
                    if isObject, let m = memberRule, compiled.active[m].type == "name" || compiled.active[m].type == "username",
                       path.count >= 1, Self.isDisplayNameKey(path[path.count - 1]), Self.objectHasThingType(b, objectStart: objectStart) { memberRule = nil }
                    // Splunk's `"signature":"A user account was created"` (an event's description) and Wazuh's
                    // `"pwd":"/home/kpetrov"` (a working directory): no secret; scanned as text.
                    if let m = memberRule, m != rule, compiled.active[m].type == "secret", path.count >= 1,
                       (path[path.count - 1].elementsEqual("signature".utf8) && Self.quotedHasSpace(b, quotedAt: r.i))
                        || (path[path.count - 1].elementsEqual("pwd".utf8) && Self.isWorkingDirectory(b, quotedAt: r.i)) { memberRule = nil }
                    // `{"logName":"projects/p/logs/cloudaudit…"}` (Google Cloud): a resource path under
                    // an account key names no account; scanned as text.
                    if let m = memberRule, m != rule, compiled.active[m].type == "username", Self.isResourcePath(b, valueAt: r.i) { memberRule = nil }
                    // Suricata's EVE: `"alert":{"signature":"ET POLICY curl User-Agent Outbound"}` names a detection rule.
                    if memberRule != nil, path.count >= 2, path[path.count - 1].elementsEqual("signature".utf8), path[path.count - 2].elementsEqual("alert".utf8) { memberRule = nil }
                    // Kubernetes' audit events: `"user":{"username":"system:serviceaccount:argocd:…"}` is a workload's identity.
                    if let m = memberRule, compiled.active[m].type == "username", Self.isKubernetesSystemIdentity(b, quotedAt: r.i) || Self.isMachineAccount(b, quotedAt: r.i) { memberRule = nil }
                    // `"user_id":""`: an empty string holds no one to pseudonymise (an empty secret is still redacted).
                    if let m = memberRule, compiled.active[m].action == .pseudonymize, r.i + 1 < b.count, b[r.i] == UInt8(ascii: "\""), b[r.i + 1] == UInt8(ascii: "\"") { memberRule = nil }
                    // `{"address":"https://hooks.acme.io/…"}`: a webhook's address, not a postal one.
                    if let m = memberRule, m != rule, compiled.active[m].type == "address", r.i + 1 < b.count, b[r.i] == UInt8(ascii: "\""), Self.startsURL(b, r.i + 1) || Self.startsNetworkAddress(b, r.i + 1) { memberRule = nil }
                    // Docker's events (`"Actor":{"ID":"4e5f…","Attributes":{…}}`) and Kubernetes' object references
                    // (`"Secret":{"name":"aws-creds","namespace":"crossplane"}`): an object that names a container or
                    // a resource, no account or secret; its members are read under their own keys.
                    if let m = memberRule, m != rule, r.i < b.count, b[r.i] == UInt8(ascii: "{"), Self.isObjectReference(b, at: r.i, key: keyBytes) { memberRule = nil }
                    // `{"document":{"type":"PASSPORT","number":"F7KR2N4T9"}}`, `"IdentityCard":{"Number":…}`: an identity
                    // document's number. (Only in JSON, where the parent is known: `number` alone names nothing.)
                    if memberRule == nil, !keepRule, !credentialsOnly, path.count >= 2, path[path.count - 1].elementsEqual("number".utf8),
                       Self.identityDocumentParents.contains(path[path.count - 2]) { memberRule = fieldRule(forLiteralKey: "document_number") }
                    // `{"rider":{"id":"rdr_448120"}}`, `"member":{"number":"2148773904"}`: a person's record id by its parent.
                    if memberRule == nil, !keepRule, !credentialsOnly, Self.isPersonRecordIDMember(b, path: path, valueAt: r.i) {
                        memberRule = fieldRule(forLiteralKey: path[path.count - 2].starts(with: "patient".utf8) ? "patient_id" : "user_id")
                    }
                    // `[{"id":10533,"username":"…"}]`, LaunchDarkly's `{"kind":"user","key":"usr_6612093"}`: a person's record's id.
                    // (Braze's and Klaviyo's profiles: `{"external_id":"DE-CUST-004817","email":…,"first_name":…}`.)
                    if memberRule == nil, !keepRule, !credentialsOnly, isObject, segments == 1,
                       path[path.count - 1].elementsEqual("id".utf8) || path[path.count - 1].elementsEqual("key".utf8) || path[path.count - 1].elementsEqual("externalid".utf8),
                       Self.isRecordIDValue(b, valueAt: r.i), Self.objectIsPersonRecord(b, objectStart: objectStart) {
                        memberRule = fieldRule(forLiteralKey: "user_id")
                    }
                    // `{"method":"personal_unlockAccount","params":["0x71C7…","Kr@k3n-H0dl!2024",300]}`: a passphrase among the params.
                    if memberRule == nil, !keepRule, isObject, segments == 1, path[path.count - 1].elementsEqual("params".utf8), compiled.passwordRule >= 0,
                       Self.isPersonalRPCCall(b, objectStart: objectStart, paramsAt: r.i) {
                        memberRule = compiled.passwordRule
                    }
                    // Meta's Conversions API: `"user_data":{"em":["<sha256>"],"ph":[…]}` (hashed, still the person's).
                    if memberRule == nil, !keepRule, !credentialsOnly, path.count >= 2, path[path.count - 2].elementsEqual("userdata".utf8),
                       let literal = Self.conversionsAPIUserDataKey(path[path.count - 1]) {
                        memberRule = fieldRule(forLiteralKey: literal)
                    }
                    // SMS APIs' `{"to":"34655281904"}`, MessageBird's `"recipients":[31629384756]`: a number without its `+`.
                    if memberRule == nil, !keepRule, !credentialsOnly, segments == 1, Self.isMessageRecipientKey(path[path.count - 1]),
                       Self.isBareInternationalNumber(b, valueAt: r.i) { memberRule = fieldRule(forLiteralKey: "phone") }
                    // `{"type":"bank_account","routing":"026009593","account":"4471093826"}`: digits under `account` beside a routing number.
                    if memberRule == nil, !keepRule, !credentialsOnly, path[path.count - 1].elementsEqual("account".utf8), Self.quotedDigits(b, at: r.i, 4...17),
                       CredentialScan.contains(b, from: r.i - 200, to: r.i + 200, lowercased: "\"routing") { memberRule = fieldRule(forLiteralKey: "account_number") }
                    // `{"ephemeralKey":"ek_live_…"}`, `{"signatureKey":"iY_u69…"}`: a random value under a key's name.
                    if memberRule == nil, !keepRule, keyBytes.count >= 3, keyBytes[keyBytes.count - 1] | 0x20 == UInt8(ascii: "y"),
                       let secret = randomValueUnderJSONKey(b, key: keyBytes, quotedAt: r.i) { memberRule = secret }
                    // An OAuth token request's body, `{"grant_type":"authorization_code","code":"UZwK_…"}`: the code is a credential.
                    if memberRule == nil, !credentialsOnly, !keepRule, keyBytes.count == 4, ASCII.hasPrefix(keyBytes, at: 0, lowercased: "code"), r.i < b.count, b[r.i] == UInt8(ascii: "\""),
                       CredentialScan.contains(b, from: 0, to: b.count, lowercased: "authorization_code") || CredentialScan.contains(b, from: 0, to: b.count, lowercased: "redirect_uri") {
                        memberRule = fieldRule(forLiteralKey: "access_token")
                    }
                    // Amazon SES's `"mail":{"timestamp":…,"source":…,"commonHeaders":{…}}`: an object under an
                    // e-mail or phone key is a message's record, not one address; its members are read under their own keys.
                    if let m = memberRule, m != rule, r.i < b.count, b[r.i] == UInt8(ascii: "{"), compiled.active[m].type == "email" || compiled.active[m].type == "phone" { memberRule = nil }
                    // `"driver":{"name":"PyMongo"}`, `"os":{"name":"Linux"}`: a thing's name, no person's (scanned as text).
                    if let m = memberRule, m != rule, path.count >= 2, Self.isNameKey(path[path.count - 1]), Self.isThingKey(path[path.count - 2]) { memberRule = nil }
                    if !keepRule, segments == 1, !compiled.fieldRules.isEmpty {
                        let k = path[path.count - 1]
                        if let entryRule, memberRule == rule, Self.isEntryValueKey(k) {
                            memberRule = entryRule
                        } else if entryRule == nil, memberRule == rule, Self.isEntryValueKey(k), let later = laterEntryLabelRule(b, valueAt: r.i) {
                            // Onfido's `{"value":"19AF28374","type":"document_number"}`: the label after the value.
                            memberRule = later
                        } else if entryRule == nil, Self.isEntryLabelKey(k), !k.elementsEqual("path".utf8) || Self.isPatchOperationPath(b, keyAt: key.content.lowerBound) {
                            entryRule = entryLabelRule(b, at: r.i)
                            // (A label that names a field is the field's name, no person's: `"path":"urn:…:User:employeeNumber"`;
                            // a number in it is still read: `"4111111111111111/password"`.)
                            labelNamesField = entryRule != nil && !Self.quotedHasDigitRun(b, at: r.i)
                            // `{"question":"What is your mother's maiden name?","answer":"…"}`: the
                            // answer to a security question is a credential.
                            if entryRule == nil, k.count == 8, k.elementsEqual("question".utf8), Self.isSecurityQuestion(b, at: r.i) {
                                entryRule = fieldRule(forLiteralKey: "security_answer")
                            }
                        }
                    }
                    let memberCredentialsOnly = credentialsOnly || keepRule || labelNamesField || (memberRule.map { compiled.active[$0].action == .keep } ?? false)
                    labelNamesField = false
                    let isLeafDefaultDrop = memberRule == nil && !memberCredentialsOnly && compiled.defaults.fields == .drop && r.i < b.count && b[r.i] != UInt8(ascii: "{") && b[r.i] != UInt8(ascii: "[")
                    let drop = emit && ((memberRule.map { compiled.active[$0].action == .drop } ?? false) || isLeafDefaultDrop)
                    if drop {
                        if let memberRule { report.count(memberRule) }
                        try jsonValue(&r, depth: depth + 1, path: &path, rule: nil, credentialsOnly: true, emit: false, into: &out, report: &report)
                    } else {
                        if emit {
                            if wrote { out.append(UInt8(ascii: ",")) }
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[whitespace]))
                            out.append(UInt8(ascii: "\""))
                            if !key.escaped, compiled.patterns.isEmpty, Self.isPlainKey(keyBytes) {
                                out.append(contentsOf: keyBytes)
                            } else {
                                scrubJSONStringContent(keyBytes, escaped: key.escaped, credentialsOnly: false, into: &out, report: &report)
                            }
                            out.append(UInt8(ascii: "\""))
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[ws1]))
                            out.append(UInt8(ascii: ":"))
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[ws2]))
                        }
                        try jsonValue(&r, depth: depth + 1, path: &path, rule: memberRule, credentialsOnly: memberCredentialsOnly, emit: emit, into: &out, report: &report)
                        wrote = true
                    }
                    for _ in 0..<segments { r.segmentPool.append(path.removeLast()) }
                } else {
                    if emit {
                        if wrote { out.append(UInt8(ascii: ",")) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[whitespace]))
                    }
                    // Headers as name/value lists (`[["Cookie","a=b"]]`, Node's `rawHeaders`):
                    // the string after a credential header's name takes that header's rule.
                    var elementRule = rule
                    if !keepRule, r.i < b.count, b[r.i] == UInt8(ascii: "\"") {
                        if let headerRule = entryRule { elementRule = headerRule; entryRule = nil }
                        else if Self.isCredentialHeaderName(b, at: r.i) { entryRule = entryLabelRule(b, at: r.i) }
                        else if r.i + 3 < b.count, b[r.i + 1] == UInt8(ascii: "-"), b[r.i + 2] == UInt8(ascii: "-") { entryRule = commandOptionRule(b, at: r.i) }
                    } else {
                        entryRule = nil
                    }
                    try jsonValue(&r, depth: depth + 1, path: &path, rule: elementRule, credentialsOnly: credentialsOnly || keepRule, emit: emit, into: &out, report: &report)
                    wrote = true
                }
                let trailing = r.whitespace()
                guard r.i < b.count else { throw .syntax }
                if b[r.i] == UInt8(ascii: ",") {
                    if emit { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[trailing])) }
                    r.i += 1
                    whitespace = r.whitespace()
                    continue
                }
                guard b[r.i] == close else { throw .syntax }
                if emit { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[trailing])); out.append(close) }
                r.i += 1
                return
            }

        case UInt8(ascii: "\""):
            let s = try r.string()
            guard emit else { return }
            let content = UnsafeBufferPointer(rebasing: b[s.content])
            if replacing || (unnamedDefault == .redact && rule == nil) {
                var raw: [UInt8] = []
                if s.escaped, !JSONText.unescape(content, into: &raw) {
                    // An invalid escape under a rule: the placeholder an unnamed string gets, so
                    // the line stays structural (a text fallback would read it differently on a
                    // second pass, where the placeholder is a valid string).
                    out.append(UInt8(ascii: "\"")); writeRedacted("invalid_json_string", into: &out); out.append(UInt8(ascii: "\""))
                    report.failClosed += 1
                    return
                }
                if !s.escaped { raw = Array(content) }
                if let rule { writeJSONReplacement(rule, value: raw, into: &out, report: &report) } else {
                    out.append(UInt8(ascii: "\"")); writeRedacted("field", into: &out); out.append(UInt8(ascii: "\"")); report.replacements += 1
                }
                return
            }
            if keepRule, !s.escaped { report.echoes.protect(content) }
            out.append(UInt8(ascii: "\""))
            scrubJSONStringContent(content, escaped: s.escaped, credentialsOnly: credentialsOnly, versionValue: Self.isVersionKey(path.last), into: &out, report: &report)
            out.append(UInt8(ascii: "\""))

        default:
            // number, true, false, null
            let start = r.i
            while r.i < b.count {
                let x = b[r.i]
                if ASCII.isAlnum(x) || x == UInt8(ascii: "-") || x == UInt8(ascii: "+") || x == UInt8(ascii: ".") { r.i += 1 } else { break }
            }
            guard r.i > start else { throw .syntax }
            let literal = UnsafeBufferPointer(rebasing: b[start..<r.i])
            guard Self.isJSONLiteral(literal) else { throw .syntax }
            guard emit else { return }
            if replacing || (unnamedDefault == .redact && rule == nil) {
                // `"userId": null`, `"customer": false`: no person behind a literal; stays a literal.
                if let rule, compiled.active[rule].action == .pseudonymize, !ASCII.isDigit(literal[0]), literal[0] != UInt8(ascii: "-") {
                    out.append(contentsOf: literal)
                    return
                }
                if let rule { writeJSONReplacement(rule, value: Array(literal), into: &out, report: &report) } else {
                    out.append(UInt8(ascii: "\"")); writeRedacted("field", into: &out); out.append(UInt8(ascii: "\"")); report.replacements += 1
                }
                return
            }
            if ASCII.isDigit(literal[0]) || literal[0] == UInt8(ascii: "-"), literal.count >= 7 {
                // Long numbers can be cards, phones, SSNs: scan them; a finding turns the number into a string.
                let before = report.replacements
                var scratch = report.scratch
                report.scratch = []
                scratch.removeAll(keepingCapacity: true)
                scrubText(literal, credentialsOnly: credentialsOnly, versionValue: Self.isVersionKey(path.last), into: &scratch, report: &report)
                if report.replacements != before {
                    out.append(UInt8(ascii: "\"")); JSONText.escape(scratch, into: &out); out.append(UInt8(ascii: "\""))
                } else {
                    out.append(contentsOf: literal)
                }
                report.scratch = scratch
            } else {
                out.append(contentsOf: literal)
            }
        }
    }

    /// A value replaced under its field rule, written as a JSON string (drop was handled by the caller).
    /// An empty `value` stands for a whole container.
    private func writeJSONReplacement(_ rule: Int, value: [UInt8], into out: inout [UInt8], report: inout ScrubReport) {
        var replaced: [UInt8] = []
        if value.isEmpty {
            record(rule, report: &report)
            writeRedacted(compiled.active[rule].type, into: &replaced)
        } else {
            writeFieldReplacement(rule, value: value, into: &replaced, report: &report)
        }
        out.append(UInt8(ascii: "\""))
        JSONText.escape(replaced, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Scans the content of a JSON string (between the quotes) and writes it back escaped.
    func scrubJSONStringContent(_ content: Bytes, escaped: Bool, credentialsOnly: Bool, versionValue: Bool = false, into out: inout [UInt8], report: inout ScrubReport) {
        if !escaped {
            // Replacements are JSON-safe and the gaps are copied: no re-escaping needed.
            scrubText(content, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &out, report: &report)
            return
        }
        var raw = report.scratch2
        report.scratch2 = []
        raw.removeAll(keepingCapacity: true)
        guard JSONText.unescape(content, into: &raw) else {
            // Invalid escape: cannot be scanned with certainty.
            writeRedacted("invalid_json_string", into: &out)
            report.failClosed += 1
            report.scratch2 = raw
            return
        }
        let before = report.replacements
        var scrubbed: [UInt8] = []
        raw.withUnsafeBufferPointer { scrubText($0, credentialsOnly: credentialsOnly, versionValue: versionValue, into: &scrubbed, report: &report) }
        if report.replacements == before {
            out.append(contentsOf: content)
        } else {
            // Written again in the escapes its writer used (Go's `\u0026`, PHP's `\/`, Python's `\u00e9`).
            scrubbed.withUnsafeBufferPointer { JSONText.escape($0, into: &out, style: JSONText.EscapeStyle(of: content)) }
        }
        report.scratch2 = raw
    }

    /// A member name no built-in detector can match: at most 24 bytes of `a–z`, `_`, `-`
    /// (`request_id`, `user-agent`). Every detector needs a digit, an upper-case letter,
    /// punctuation, a space or a longer run (the shortest API key prefix plus body is
    /// longer), so the key is copied without a scan. `pattern:` rules still see every key.
    @inline(__always)
    /// SCIM's and JSON Patch's `{"op":"replace","path":…}`: `"op":` within 40 bytes before the
    /// `path` key (at `keyAt`, its first byte). (Vault's `{"path":"auth/…/users/jmorrison"}` is a
    /// request's path.)
    static func isPatchOperationPath(_ b: Bytes, keyAt: Int) -> Bool {
        CredentialScan.contains(b, from: keyAt - 40, to: keyAt, lowercased: "\"op\":")
    }

    /// Whether the JSON string at `q` (its opening quote) holds six digits in a row.
    static func quotedHasDigitRun(_ b: Bytes, at q: Int) -> Bool {
        var k = q + 1, run = 0
        while k < b.count, k - q <= 130, b[k] != UInt8(ascii: "\"") {
            run = ASCII.isDigit(b[k]) ? run + 1 : 0
            if run >= 6 { return true }
            k += 1
        }
        return false
    }

    /// A JSON string at `q` (its opening quote) of only digits, as many as `count` allows.
    static func quotedDigits(_ b: Bytes, at q: Int, _ count: ClosedRange<Int>) -> Bool {
        guard q < b.count, b[q] == UInt8(ascii: "\"") else { return false }
        var e = q + 1
        while e < b.count, e - q <= count.upperBound, ASCII.isDigit(b[e]) { e += 1 }
        return count.contains(e - q - 1) && e < b.count && b[e] == UInt8(ascii: "\"")
    }

    /// Normalised names of objects that are an identity document (``scrubJSONLine``'s `number` under them).
    static let identityDocumentParents: Set<[UInt8]> = Set(["document", "identitycard", "idcard", "passport", "iddocument", "identitydocument",
                                                             "identification", "drivinglicence", "driverslicense", "driverlicense", "nationalid",
                                                             "residencepermit", "visa", "kycdocument", "iddocs", "iddoc", "identitydocuments", "kycdocuments"].map { Array($0.utf8) })

    static func isPlainKey(_ key: Bytes) -> Bool {
        guard key.count <= 24 else { return false }
        for x in key where !((x >= UInt8(ascii: "a") && x <= UInt8(ascii: "z")) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-")) {
            return false
        }
        return true
    }

    /// A normalised key of an object that names software or an organisation, whose `name` is
    /// no person's (MongoDB's client metadata: `"driver":{"name":"PyMongo"}`, `"os":{"name":"Linux"}`).
    /// (Not FHIR's `resource`, a device, or an `item`: those may be, or be named after, people.)
    static func isThingKey(_ k: [UInt8]) -> Bool {
        k.withUnsafeBufferPointer { key in softwareParents.contains { $0.utf8CodeUnitCount == key.count && ASCII.hasPrefix(key, at: 0, exactly: $0) } }
    }

    static let softwareParents: [StaticString] = [
        "driver", "os", "application", "app", "service", "platform", "library", "sdk", "browser", "engine", "runtime", "framework",
        "company", "organization", "organisation", "project", "repository", "repo", "product", "database", "db", "table", "queue",
        "topic", "bucket", "cluster", "pod", "container", "image", "plugin", "package", "module", "region", "zone", "branch",
        "metric", "feature", "vendor", "brand", "network", "namespace", "deployment", "workflow", "pipeline", "step",
        "merchant", "cardacceptor", "merchantdata", "store", "shop", "bank", "institution", "issuer", "acquirer",
    ]

    /// ``isFileName(_:_:)`` for a JSON string at `i` (its opening quote, no escapes).
    static func isFileName(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\""), let close = b[(i + 1)..<min(b.count, i + 130)].firstIndex(of: UInt8(ascii: "\"")) else { return false }
        return isFileName(b, (i + 1)..<close)
    }

    /// A JSON string at `i` (its opening quote) that is an absolute path under a file system's
    /// usual roots (`/home/kpetrov`, `/root`, `/var/www`): a working directory, not a password.
    static func isWorkingDirectory(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i + 2 < b.count, b[i] == UInt8(ascii: "\""), b[i + 1] == UInt8(ascii: "/") else { return false }
        for root: StaticString in ["/home/", "/root\"", "/root/", "/var/", "/tmp", "/usr/", "/opt/", "/srv/", "/etc/", "/Users/", "/data/", "/app\"", "/app/"]
        where ASCII.hasPrefix(b, at: i + 1, exactly: root) { return true }
        return false
    }

    /// `displayname`, `alternateid`, `name`: the keys an audit target's name stands under.
    static func isDisplayNameKey(_ k: [UInt8]) -> Bool {
        k.elementsEqual("displayname".utf8) || k.elementsEqual("alternateid".utf8) || k.elementsEqual("name".utf8)
    }

    /// Whether the object opening at `objectStart` has a member `"type"` whose value names a
    /// kind of thing (`AppInstance`, `UserGroup`, `ServicePrincipal` …): read to the object's
    /// close, strings skipped, nested objects not looked into; at most 8 KiB.
    static func objectHasThingType(_ b: Bytes, objectStart: Int) -> Bool {
        let n = b.count, limit = min(n, objectStart + 8192)
        var k = objectStart + 1
        var depth = 0
        while k < limit {
            let x = b[k]
            if x == UInt8(ascii: "\"") {
                let start = k + 1
                var e = start
                while e < limit, b[e] != UInt8(ascii: "\"") { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
                guard e < limit else { return false }
                // A member `"type"` of this object and its string value.
                if depth == 0, e - start == 4, ASCII.hasPrefix(b, at: start, exactly: "type") {
                    var v = e + 1
                    while v < limit, b[v] == 0x20 || b[v] == UInt8(ascii: ":") { v += 1 }
                    guard v < limit, b[v] == UInt8(ascii: "\"") else { return false }
                    var ve = v + 1
                    while ve < limit, ve - v <= 48, ASCII.isAlnum(b[ve]) || b[ve] == UInt8(ascii: "_") || b[ve] == UInt8(ascii: ".") { ve += 1 }
                    guard ve < limit, b[ve] == UInt8(ascii: "\"") else { return false }
                    return thingTypes.containsLowercased(b, (v + 1)..<ve)
                }
                k = e + 1
                continue
            }
            if x == UInt8(ascii: "{") || x == UInt8(ascii: "[") { depth += 1 } else if x == UInt8(ascii: "}") || x == UInt8(ascii: "]") {
                if depth == 0 { return false }
                depth -= 1
            }
            k += 1
        }
        return false
    }

    /// Audit targets' and actors' types that name no person (Okta, Entra ID, Sentry, GitHub).
    static let thingTypes = WordTable("""
        appinstance app application publicclientapp authenticatorenrollment authenticator usergroup group policy \
        policyrule device serviceprincipal role team channel bot service organization tenant resource project \
        repository integration webhook directoryrole administrativeunit
        """)

    /// Whether the JSON string at `i` (its opening quote) holds a space before its close.
    static func quotedHasSpace(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var k = i + 1
        while k < b.count, k - i < 512, b[k] != UInt8(ascii: "\"") { if b[k] == 0x20 { return true }; k += 1 }
        return false
    }

    static func isNameKey(_ k: [UInt8]) -> Bool {
        k.count == 4 && k[0] == UInt8(ascii: "n") && k[1] == UInt8(ascii: "a") && k[2] == UInt8(ascii: "m") && k[3] == UInt8(ascii: "e")
    }

    static func isJSONLiteral(_ s: Bytes) -> Bool {
        if ASCII.hasPrefix(s, at: 0, exactly: "true") { return s.count == 4 }
        if ASCII.hasPrefix(s, at: 0, exactly: "false") { return s.count == 5 }
        if ASCII.hasPrefix(s, at: 0, exactly: "null") { return s.count == 4 }
        // number: -?digits(.digits)?([eE][+-]?digits)?
        var i = 0
        if s[i] == UInt8(ascii: "-") { i += 1 }
        guard i < s.count, ASCII.isDigit(s[i]) else { return false }
        while i < s.count, ASCII.isDigit(s[i]) { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            guard i < s.count, ASCII.isDigit(s[i]) else { return false }
            while i < s.count, ASCII.isDigit(s[i]) { i += 1 }
        }
        if i < s.count, s[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            guard i < s.count, ASCII.isDigit(s[i]) else { return false }
            while i < s.count, ASCII.isDigit(s[i]) { i += 1 }
        }
        return i == s.count
    }

    /// The dot where a dotted key starts to be split so that at most `keepingLast` dots
    /// split it; nil without a dot.
    static func firstSplitDot(_ key: [UInt8], keepingLast limit: Int) -> Int? {
        var dots = 0
        var k = key.count
        var first: Int?
        while k > 0, dots < limit {
            k -= 1
            if key[k] == UInt8(ascii: ".") { dots += 1; first = k }
        }
        return first
    }
}

/// A cursor over JSON bytes.
struct JSONReader {
    let b: Bytes
    var i: Int
    /// Spare key-path segment buffers (see ``ScrubReport``).
    var segmentPool: [[UInt8]] = []

    mutating func whitespace() -> Range<Int> {
        let start = i
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        return start..<i
    }

    mutating func copyWhitespace(into out: inout [UInt8]) {
        let ws = whitespace()
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[ws]))
    }

    /// A string at `i` (on its opening quote): the content range and whether it has escapes.
    mutating func string() throws(Scrubber.JSONFailure) -> (content: Range<Int>, escaped: Bool) {
        i += 1
        let start = i
        var escaped = false
        while i < b.count {
            let x = b[i]
            if x == UInt8(ascii: "\"") {
                i += 1
                return (start..<(i - 1), escaped)
            }
            if x == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            // A raw control byte (a tab from a sloppy logger, a NUL) is invalid JSON but does
            // not change the structure: the string is scanned like any other, the byte copied.
            // (Falling back to text here made a line scrub differently once a finding next
            // to the byte was replaced and the line had become valid JSON.)
            i += 1
        }
        throw .syntax
    }
}

extension Scrubber {
    /// A pseudonymised field whose whole value is an e-mail, IP, phone… takes that
    /// detector's rule, so the pseudonym matches the one free text gets.
    func effectiveFieldRule(_ rule: Int, value: [UInt8]) -> Int {
        guard compiled.active[rule].action == .pseudonymize, !value.isEmpty else { return rule }
        guard let (kind, detectorRule) = value.withUnsafeBufferPointer({ wholeValueDetector($0, 0..<$0.count) }) else { return rule }
        // `"CallerIDNum":"4915112345678"`: a phone key's number that passes a card's checks is the phone's.
        return kind == .paymentCard && compiled.active[rule].type == "phone" ? rule : detectorRule
    }
}
