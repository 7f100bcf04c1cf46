/// The single pass over a line's bytes: word starts dispatch to the validating
/// detectors by their first byte (digit runs by their shape: length and the byte
/// after); `@`, `%40`, `=`, `:`, `+`, `(`, `-`, `[`, `$` dispatch to the detectors anchored
/// there. Nothing allocates unless a match is found.
extension Scrubber {
    /// Collects the spans of `b` into `spans` (sorted, non-overlapping).
    /// `credentialsOnly` restricts the scan to credential detectors (values of `keep` fields).
    package func collectSpans(_ b: Bytes, credentialsOnly: Bool = false, versionValue: Bool = false, into spans: inout [TextSpan], ranges: inout [Range<Int>]) {
        let c = compiled
        var d = c.detectors
        if versionValue { d.ipv4 = -1 }  // `"version": "1.2.3.4"` is not an address
        let n = b.count
        var i = 0
        var floor = 0
        var credentialsOnlyUntil = credentialsOnly ? n : 0
        let keyContext = !(c.keyNames.isEmpty && c.wildcardKeyRules.isEmpty)

        var unsorted = false
        // The end of a `Cookie:` header on this line: key values before it end at `;`.
        var cookieHeaderEnd = 0
        // The tag whose `name` and `value` attributes make a pair, found at its `<`.
        var tagPair: TagAttributePair?
        var tagParsedUntil = 0  // a `<` before this index is inside a tag already parsed
        var signIn = SignInContext()
        // Out-of-order spans (cookies, findings ahead of their trigger word) are sorted and
        // merged; so are spans that touch: two replacements written back to back
        // (`token=abc______::7` → a token's pseudonym glued to an address's) would read as one
        // value on a second pass.
        defer { if unsorted || TextSpan.touch(spans) { TextSpan.normalize(&spans, reveals: c.reveals) } }
        let tables = ScanTables.tables  // one lazy-global access per line, not per byte
        let classes = tables
        // Access-log user (`host - frank [date] …`, Squid's `… GET URL frank DIRECT/…`): found
        // once, added when the scan gets there.
        // journald's bare sudo message (`X : TTY=…`) starts at the first word (after at most
        // 16 spaces): the one place where any word may start a finding.
        var sudoAnchor = 0
        while sudoAnchor < n, sudoAnchor <= 16, b[sudoAnchor] == 0x20 { sudoAnchor += 1 }
        if sudoAnchor > 16 { sudoAnchor = -1 }
        // `| keychain_password | Kc!9vR2#tLw |`: a two-column table's row (fastlane's summaries).
        if keyContext, !credentialsOnly, sudoAnchor >= 0, sudoAnchor + 6 < n, b[sudoAnchor] == UInt8(ascii: "|"),
           let (value, rule) = tableRowPair(b, at: sudoAnchor) {
            Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field)
        }
        // pwdump's `Administrator:500:<LM>:<NT>:::`, mimikatz's `* NTLM : …`: a credential dump's hashes.
        // (Cheap first: a pwdump line is 73 bytes or more; mimikatz's field starts with `* ` after its indent.)
        if d.commandLinePassword >= 0, n > 10, n >= 73 || b[0] == 0x09 || b[0] == 0x20 || b[0] == UInt8(ascii: "*"),
           let dump = CredentialDumpDetector.match(b, lineStart: 0) {
            for secret in dump.secrets { Self.appendUnlessScrubbed(b, secret, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, spans: &spans) }
            if let account = dump.account, d.authLogUser >= 0, !credentialsOnly {
                Self.appendUnlessScrubbed(b, account, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
            }
            unsorted = true
        }
        // ` birthdate   | 1995-02-17`: a record printed one field per line (Spark's `show(vertical=True)`, psql's `\x`).
        if keyContext, !credentialsOnly, sudoAnchor >= 0, sudoAnchor + 6 < n, ASCII.isLetter(b[sudoAnchor]),
           let (value, rule) = verticalRecordPair(b, at: sudoAnchor) {
            Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field)
        }
        // `8=FIX.4.4|35=A|553=user|554=pw|`: a FIX message's credential and account tags.
        if keyContext, !credentialsOnly, n > 16 {
            for (value, rule) in fixMessageFields(b) { Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field) }
            for (value, rule) in sip2MessageFields(b) { Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field) }
            for (value, rule) in ncicMessageFields(b) { Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field) }
            unsorted = unsorted || !spans.isEmpty
        }
        // `  2.018:PENA-VILLALOBOS,XIOMARA`: an ANSI/NIST-ITL type-2 field (short lines too: `  2.022:19960819`).
        if keyContext, !credentialsOnly, n > 7 {
            for (value, rule) in ebtsType2Fields(b) { Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field) }
            unsorted = unsorted || !spans.isEmpty
        }
        var accessLogUser = -1..<(-1)
        if d.authLogUser >= 0, !credentialsOnly, n > 20, let r = AccessLogUserDetector.match(b) ?? SquidUserDetector.match(b) ?? DatabaseAuditUserDetector.match(b) ?? IISUserDetector.match(b) { accessLogUser = r }
        // An XML element's text, added when the scan has read the tag's attributes.
        var deferredText = TextSpan(0..<0, rule: 0, kind: .field, precedence: 0)
        var deferredTextStart = Int.max
        var accessLogUserStart = accessLogUser.lowerBound >= 0 ? accessLogUser.lowerBound : Int.max
        // The first of those two positions: one compare per step while there is none.
        var nextEvent = accessLogUserStart
        while i < n {
            if i >= nextEvent {
                if i >= accessLogUserStart {
                    let reached = i == accessLogUserStart && i >= floor
                    accessLogUserStart = Int.max
                    nextEvent = deferredTextStart
                    if reached {
                        Self.emit(b, &spans, &i, &floor, accessLogUser, d.authLogUser, .detector, DetectorKind.authLogUser.precedence)
                        continue
                    }
                }
                if i >= deferredTextStart {
                    deferredTextStart = Int.max
                    nextEvent = accessLogUserStart
                    let text = deferredText
                    if i < text.end, i >= floor {
                        Self.emit(b, &spans, &i, &floor, i..<text.end, text.rule, text.kind, text.precedence)
                        continue
                    }
                }
            }
            let x = b[i]
            let cls = classes[Int(x)]
            if cls == ScanTables.plain { i += 1; continue }
            if cls == ScanTables.alnum {
                if i >= floor {
                    let onlyCredentials = i < credentialsOnlyUntil
                    if ASCII.isDigit(x) {
                        // The kept tail of a masked value (`************1111`) is already scrubbed.
                        if i > 0, b[i - 1] == UInt8(ascii: "*"), let end = Self.alreadyScrubbedEnd(b, Self.maskRunStart(b, before: i)..<i) {
                            i = max(end, i + 1); floor = max(floor, i)
                            while i < n, classes[Int(b[i])] == ScanTables.alnum { i += 1 }
                            floor = i
                            continue
                        }
                        // `…,Adeyemi,1988-12-01,…`: a date from before 2010 standing alone is a date of birth.
                        if !onlyCredentials, !versionValue,
                           let r = BirthDateShapeDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "dob") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // A whole timestamp at once: no detector can match inside one.
                        if let end = TimestampSkip.end(b, i) { i = end; continue }
                        // `at 53.349805,-6.26031`: a place's coordinates in free text.
                        if !onlyCredentials, i + 12 < n, b[i + 1] == UInt8(ascii: ".") || b[i + 2] == UInt8(ascii: ".") || b[i + 3] == UInt8(ascii: "."),
                           let r = Self.proseCoordinatePair(b, at: i), let rule = fieldRule(forLiteralKey: "coords") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // `5HueCGU8rMjx…` (WIF): a wallet's private key.
                        if (x == UInt8(ascii: "5") || x == UInt8(ascii: "9")), i + 51 <= n, d.commandLinePassword >= 0, let r = WalletPrivateKeyDetector.match(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                        }
                        // `0x742d35Cc…`, `1BvBMSEY…`, `3J98t1Wp…`: a wallet address.
                        if !onlyCredentials, x == UInt8(ascii: "0") || x == UInt8(ascii: "1") || x == UInt8(ascii: "3"), i + 26 <= n,
                           let r = CryptoAddressDetector.match(b, at: i), let rule = cryptoAddressRule() {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // `551908 is your Google verification code`: a one-time code before its name.
                        if !onlyCredentials, let r = Self.codeBeforeItsName(b, at: i), let rule = oneTimeCodeRule() {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // `Uw verificatiecode is 482913`, `Ihr Bestätigungscode lautet 482913`, `Twój kod weryfikacyjny to 482913`.
                        if !onlyCredentials, i >= 10, b[i - 1] == 0x20 || b[i - 1] == UInt8(ascii: "+"), let r = Self.codeAfterCompoundName(b, at: i) ?? Self.slavicOneTimeCode(b, at: i), let rule = oneTimeCodeRule() {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // Okta's user id in prose: `Updating Okta profile 00u4m8n2p6q0r3s5t7v9`.
                        if !onlyCredentials, x == UInt8(ascii: "0"), d.authLogUser >= 0, let r = IdentityProviderUserID.okta(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                        }
                        // A caller id's number after its quoted name (SIP, Asterisk): `"Jean Dupont" <0612345678>`.
                        // (Under the `phone` key's rule: a copy of the number elsewhere on the line, an Asterisk CDR's
                        // `src` column, is its echo.)
                        if !onlyCredentials, i >= 3, b[i - 1] == UInt8(ascii: "<"), let r = Self.callerIDNumber(b, at: i), let rule = fieldRule(forLiteralKey: "phone") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // FreeSWITCH's `Processing Jan <1007>->015901234567 in context default`: the number dialled.
                        if !onlyCredentials, i >= 3, b[i - 1] == UInt8(ascii: ">"), let r = Self.dialplanDestination(b, at: i), let rule = fieldRule(forLiteralKey: "phone") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // Salesforce's `matched contact 0035g00000Qw3ErAAJ`: a person's record id, checked by its checksum.
                        if !onlyCredentials, x == UInt8(ascii: "0"), i + 18 <= n, b[i + 1] == UInt8(ascii: "0"), d.authLogUser >= 0, let r = IdentityProviderUserID.salesforcePerson(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                        }
                        // A Steam account's 64-bit id, `76561198012345678`.
                        if !onlyCredentials, x == UInt8(ascii: "7"), d.authLogUser >= 0, let r = SteamIDDetector.steamID64(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                        }
                        // A FHIR server's `…/Patient/4010232137` (NHS PDS): the patient's id.
                        if !onlyCredentials, i >= 8, b[i - 1] == UInt8(ascii: "/"), let r = Self.fhirPatientID(b, at: i), let rule = fieldRule(forLiteralKey: "patient_id") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // A BitLocker recovery password, `566478-416658-…`; a five-by-five key, `19056-TYH6X-…`.
                        if i + 29 <= n, b[i + 5] == UInt8(ascii: "-") || b[i + 6] == UInt8(ascii: "-"), let r = RecoveryKeyDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "secret") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // APNs' `/3/device/0bfa2f2f…`, gorush's `[ios] c74a01cb…`: a phone's push token.
                        if !onlyCredentials, i >= 6, i + 64 <= n, PushDeviceToken.mayFollowContext(b, i), let r = PushDeviceToken.match(b, at: i),
                           let rule = fieldRule(forLiteralKey: "device_token") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // Discourse's `/u/activate-account/c560b21b…`: a one-time link's token.
                        if i >= 8, b[i - 1] == UInt8(ascii: "/"), let r = Self.tokenPathSegment(b, at: i), let rule = fieldRule(forLiteralKey: "token") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // Infura's `https://mainnet.infura.io/v3/2d1d6f89…`: a provider's key in the URL's path.
                        if i >= 14, b[i - 1] == UInt8(ascii: "/"), d.apiKey >= 0, let r = ProviderURLKey.match(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r, d.apiKey, .detector, DetectorKind.apiKey.precedence); continue
                        }
                        // `User 4c1a9e7d-2b3f-… is not active`: a person's UUID after the word that names them.
                        if !onlyCredentials, i >= 5, i + 36 <= n, b[i - 1] == 0x20, b[i + 8] == UInt8(ascii: "-"), let r = Self.personUUIDAfterWord(b, at: i),
                           let rule = fieldRule(forLiteralKey: r.patient ? "patient_id" : "user_id") {
                            Self.emit(b, &spans, &i, &floor, r.range, rule, .field, 20); continue
                        }
                        // `/api/patient/274196359/dossier`, `/customers/6620194837442`: a person's record id in a REST path.
                        if !onlyCredentials, i >= 5, b[i - 1] == UInt8(ascii: "/"), let r = Self.personRecordPathID(b, at: i),
                           let rule = fieldRule(forLiteralKey: r.patient ? "patient_id" : "user_id") {
                            Self.emit(b, &spans, &i, &floor, r.range, rule, .field, 20); continue
                        }
                        // ENUM (RFC 6116): `8.7.6.5.4.3.2.1.6.4.3.e164.arpa`, a phone number's digits reversed.
                        if !onlyCredentials, i + 12 < n, b[i + 1] == UInt8(ascii: "."), let r = Self.enumDomainDigits(b, at: i), let rule = fieldRule(forLiteralKey: "phone") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // New Zealand's `to account 06-0501-0768341-00`: a bank account by its printed shape.
                        if !onlyCredentials, i + 17 <= n, b[i + 2] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-"), let r = Self.newZealandBankAccount(b, at: i),
                           let rule = fieldRule(forLiteralKey: "account_number") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // A passenger name list's `1MUELLER/HANSJUERGEN MR-A2`: a name glued to its count at a line's start;
                        // a reservation display's ` 1.1NAKAMURA/YUKI MS  2.1NAKAMURA/KENJI MR` (Sabre) after a (escaped) line
                        // break or two spaces.
                        if !onlyCredentials, i == 0 || b[i - 1] == 0x0A || Self.startsDisplayColumn(b, i), i + 6 < n, let r = pnlNameAfterCount(b, at: i) {
                            Self.emit(b, &spans, &i, &floor, r.range, r.rule, .field, 20); continue
                        }
                        // `390.533.447-05`, `310104199202176325`, `4983 1275 6043`: a national id by its shape and check.
                        if !onlyCredentials, let r = NationalIDDetector.matchDigitFirst(b, at: i), let rule = nationalIDRule() {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        // An ASTM analyser frame's `<STX>2P|1|||100234|…`: the record after its frame number.
                        if !onlyCredentials, i + 4 < n, b[i + 2] == UInt8(ascii: "|"), b[i + 1] == UInt8(ascii: "P") || b[i + 1] == UInt8(ascii: "R"),
                           i > 0, b[i - 1] == UInt8(ascii: ">") || b[i - 1] == 0x02, astmRecordFields(b, at: i + 1, floor: floor, spans: &spans) {
                            unsorted = true
                            i += 3; floor = i; continue
                        }
                        // `1HGCM82633A004352`: a vehicle identification number by its check digit.
                        if !onlyCredentials, i + 17 <= n, let r = VehicleIdentificationNumberDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "vin") {
                            Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                        }
                        if !onlyCredentials, let (r, rule, kind) = digitRun(b, i, floor, d) {
                            // OpenVPN's `greg/203.0.113.9:51234 …`: the client before the address.
                            // Dovecot's `passwd-file(frank,198.51.100.8)`: the user before the address.
                            if kind == .ipv4, d.authLogUser >= 0,
                               let peer = AuthLogDetector.openVPNPeer(b, address: r, floor: floor) ?? AuthLogDetector.dovecotPassdbUser(b, address: r, floor: floor) {
                                spans.append(TextSpan(peer, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                                unsorted = true
                            }
                            Self.emit(b, &spans, &i, &floor, r, rule, .detector, kind.precedence); continue
                        }
                    } else if tables[256 + Int(x)] != 0 || i == sudoAnchor || x == UInt8(ascii: "e") || x == UInt8(ascii: "m") || (i > 0 && b[i - 1] == UInt8(ascii: "/")) || (x == UInt8(ascii: "p") && i + 2 < n && ((b[i + 1] | 0x20 == UInt8(ascii: "a") && b[i + 2] | 0x20 == UInt8(ascii: "s")) || (b[i + 1] == UInt8(ascii: "o") && b[i + 2] == UInt8(ascii: "d"))))
                        || (x | 0x20 == UInt8(ascii: "p") && i + 6 < n && b[i + 1] | 0x20 == UInt8(ascii: "h") && b[i + 5] == 0x20 && (b[i + 6] == UInt8(ascii: "'") || b[i + 6] == UInt8(ascii: "\"")))
                        || (x == UInt8(ascii: "v") && i + 9 < n && b[i + 1] == UInt8(ascii: "e") && b[i + 2] == UInt8(ascii: "h")),  // `vehicle LK19 XWT`
                              let (r, kind, rule, prec) = letterWord(b, i, floor, d, tables, lineStart: i == sudoAnchor, credentialsOnly: onlyCredentials, ranges: &ranges, spans: &spans, signIn: &signIn) {
                        if rule < 0 {
                            // Multi-range detector (cookies) already appended its spans.
                            if rule == -2 { unsorted = true; cookieHeaderEnd = max(cookieHeaderEnd, prec) }
                            i = r.upperBound; floor = r.upperBound
                        } else {
                            Self.emit(b, &spans, &i, &floor, r, rule, kind, prec)
                        }
                        continue
                    }
                    // `/reset-password/<token>`: a capability link's token.
                    if i > 0, b[i - 1] == UInt8(ascii: "/"), d.bearerToken >= 0, ASCII.isLetter(x), let r = BearerTokenDetector.linkPathToken(b, at: i) {
                        Self.emit(b, &spans, &i, &floor, r, d.bearerToken, .detector, DetectorKind.bearerToken.precedence); continue
                    }
                }
                // `body="Regards,\nDaniel Okonkwo"`, `\n221B Baker Street`: after an escaped line break or
                // tab the next word starts at its capital or digit, not at the escape's letter.
                if x == UInt8(ascii: "n") || x == UInt8(ascii: "r") || x == UInt8(ascii: "t"), i > 0, b[i - 1] == UInt8(ascii: "\\"),
                   i < 2 || b[i - 2] != UInt8(ascii: "\\"), i + 1 < n, ASCII.isUpper(b[i + 1]) || ASCII.isDigit(b[i + 1]) {
                    i += 1
                    continue
                }
                i += 1
                while i < n, classes[Int(b[i])] == ScanTables.alnum { i += 1 }
                continue
            }
            switch x {
            case UInt8(ascii: "#"):
                // SharePoint's Windows claim, `i:0#.w|contoso\dvanderberg`: the account after the domain.
                if d.authLogUser >= 0, !credentialsOnly, i >= credentialsOnlyUntil, i >= 1, i + 6 < n, b[i - 1] == UInt8(ascii: "0"), b[i + 1] == UInt8(ascii: "."),
                   b[i + 2] | 0x20 == UInt8(ascii: "w"), b[i + 3] == UInt8(ascii: "|"), let r = AuthLogDetector.windowsClaimAccount(b, from: i + 4), r.lowerBound >= floor {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // A Discord tag, `kaito.watanabe#4821` (and the user's id after it: ` (258193746102938475)`).
                if d.authLogUser >= 0, !credentialsOnly, i >= credentialsOnlyUntil, i + 5 <= n, i > floor, ASCII.isDigit(b[i + 1]), ASCII.isDigit(b[i + 4]) {
                    var start = i
                    while start > floor, i - start <= 32, ASCII.isAlnum(b[start - 1]) || b[start - 1] == UInt8(ascii: ".") || b[start - 1] == UInt8(ascii: "_") { start -= 1 }
                    // (Only on a line that speaks of Discord, its guilds or members: `-p 'Stockholm#1987'` is a password.)
                    if start < i, start == 0 || b[start - 1] == 0x20 || b[start - 1] == UInt8(ascii: "(") || b[start - 1] == UInt8(ascii: "["),
                       CredentialScan.contains(b, from: start - 400, to: start, lowercased: "guild") || CredentialScan.contains(b, from: start - 400, to: start, lowercased: "discord")
                        || CredentialScan.contains(b, from: start - 400, to: start, lowercased: "member"),
                       let r = SocialHandleDetector.discordTag(b, at: start), r.upperBound == i + 5 {
                        if let id = SocialHandleDetector.snowflakeAfter(b, end: r.upperBound) {
                            spans.append(TextSpan(id, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                            unsorted = true
                        }
                        Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                    }
                }
            case UInt8(ascii: "@"):
                // Go's MySQL DSN, `app:S3cret@tcp(db:3306)/orders`: the account and the password.
                if d.commandLinePassword >= 0, i + 5 < n, b[i + 1] == UInt8(ascii: "t") || b[i + 1] == UInt8(ascii: "u"), b[i + 2] != UInt8(ascii: "."),
                   let dsn = GoDSNDetector.match(b, at: i, floor: floor) {
                    if let user = dsn.user, d.authLogUser >= 0, i >= credentialsOnlyUntil, !Self.isPseudonym(b, user) {
                        spans.append(TextSpan(user, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                        floor = user.upperBound
                    }
                    if let password = dsn.password {
                        Self.emit(b, &spans, &i, &floor, password, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                    }
                }
                if d.email >= 0, i >= credentialsOnlyUntil, !Self.pseudonymEnds(b, at: i, floor: floor), let r = EmailDetector.match(b, at: i, floor: floor),
                   !Self.isMessageID(b, r) {
                    // SIP's `sip:+13125550187@sip.carrier.net`: a number at a server — the number is the person's, the host stays.
                    if d.phone >= 0, Self.isSIPTelephoneUser(b, r.lowerBound..<i) {
                        Self.emit(b, &spans, &i, &floor, r.lowerBound..<i, d.phone, .detector, DetectorKind.phone.precedence); continue
                    }
                    // `"Hans Müller" <hans@example.de>`: the display name is the person too.
                    if r.lowerBound > 0, b[r.lowerBound - 1] == UInt8(ascii: "<"), c.nameRule >= 0,
                       let name = Self.displayName(b, before: r.lowerBound - 1, floor: floor),
                       spans.last.map({ $0.end <= name.lowerBound }) ?? true {
                        spans.append(TextSpan(name, rule: c.nameRule, kind: .field, precedence: 20))
                    }
                    // Exim's `=> kerstin.schulz <kerstin.schulz@acme.de> R=local_user`: the local user.
                    if r.lowerBound > 5, b[r.lowerBound - 1] == UInt8(ascii: "<"), d.authLogUser >= 0,
                       let user = AuthLogDetector.eximDeliveryUser(b, angle: r.lowerBound - 1, floor: floor), !Self.isPseudonym(b, user),
                       spans.last.map({ $0.end <= user.lowerBound }) ?? true {
                        spans.append(TextSpan(user, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                    }
                    // `Email sent to Priya (priya@example.com)`: a capitalised word that the address's
                    // local part spells is the person's name.
                    if r.lowerBound > 1, b[r.lowerBound - 1] == UInt8(ascii: "("), c.nameRule >= 0,
                       let name = Self.nameSpelledByAddress(b, open: r.lowerBound - 1, local: r.lowerBound..<i, floor: floor),
                       spans.last.map({ $0.end <= name.lowerBound }) ?? true {
                        spans.append(TextSpan(name, rule: c.nameRule, kind: .field, precedence: 20))
                    }
                    Self.emit(b, &spans, &i, &floor, r, d.email, .detector, DetectorKind.email.precedence); continue
                }
                // MySQL's slow log `# User@Host: hschmidt[hschmidt] @ localhost []`: both users.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 6, b[i - 1] == UInt8(ascii: "r"), let users = MySQLAccountDetector.slowLogUsers(b, at: i) {
                    if let effective = users.effective, !Self.isPseudonym(b, effective) {
                        spans.append(TextSpan(effective, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                        unsorted = true
                    }
                    i += 1; floor = i
                    if !Self.isPseudonym(b, users.user) { Self.emit(b, &spans, &i, &floor, users.user, d.authLogUser, .detector, DetectorKind.authLogUser.precedence) }
                    continue
                }
                // PostgreSQL's `%u@%d` prefix: `[3004] kpatel@hr FATAL:  …`.
                if d.authLogUser >= 0, i >= credentialsOnlyUntil, let r = PostgreSQLLogPrefix.user(b, at: i, floor: floor), !Self.isPseudonym(b, r) {
                    spans.append(TextSpan(r, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                    unsorted = true
                    i += 1; floor = max(floor, i)
                    continue
                }
                // `'carol'@'%'`, `Connect	root@localhost on db` (MySQL accounts), `ssh deploy@10.0.0.5`: the user part.
                if d.authLogUser >= 0, i >= credentialsOnlyUntil, let r = MySQLAccountDetector.match(b, at: i, floor: floor) ?? UserAtAddressDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // UPI's `9812345670@ybl`, `priya.nair@okhdfcbank`: a payment address.
                if d.authLogUser >= 0, i >= 2, i >= credentialsOnlyUntil, ASCII.isAlnum(b[i - 1]), let r = UPIAddressDetector.match(b, at: i, floor: floor), !Self.isPseudonym(b, r) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // `opened #42 by @yuki-tanaka`, `cc @kwame-mensah`: a mentioned account.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, let r = AuthLogDetector.mention(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // Matrix's `@giuseppe.rossi:matrix.example.org`: the user id's local part.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, let r = AuthLogDetector.matrixUser(b, at: i), !Self.isPseudonym(b, r) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
            case UInt8(ascii: "%"):
                // OData's filter in a URL, `ListAgentMlsId%20eq%20%27CAR-448120%27`: the value under its field's rule.
                if keyContext, !credentialsOnly, i >= floor, i + 10 < n, b[i + 3] == UInt8(ascii: "e"), b[i + 4] == UInt8(ascii: "q"), ASCII.hasPrefix(b, at: i, exactly: "%20"),
                   let hit = odataFilterValue(b, at: i + 3) {
                    Self.appendUnlessScrubbed(b, hit.value, rule: hit.rule, precedence: 20, spans: &spans, kind: .field)
                    unsorted = true
                }
                // A magnetic stripe's track 1: `%B4111111111111111^DOE/JANE^2712101…?`.
                if d.paymentCard >= 0, i >= floor, i + 16 < n, b[i + 1] == UInt8(ascii: "B"), ASCII.isDigit(b[i + 2]), let r = PaymentCardDetector.trackOne(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.paymentCard, .detector, DetectorKind.paymentCard.precedence); continue
                }
                if d.email >= 0, i >= credentialsOnlyUntil, i + 2 < n, (b[i + 1] == UInt8(ascii: "4") && b[i + 2] == UInt8(ascii: "0")) || (b[i + 1] == UInt8(ascii: "2") && b[i + 2] == UInt8(ascii: "5")),
                   !Self.pseudonymEnds(b, at: i, floor: floor), let r = EmailDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.email, .detector, DetectorKind.email.precedence); continue
                }
                if d.phone >= 0, i >= floor, i >= credentialsOnlyUntil, i + 4 < n, b[i + 1] == UInt8(ascii: "2"), let r = PhoneDetector.percentEncoded(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.phone, .detector, DetectorKind.phone.precedence); continue
                }
                if keyContext, i >= credentialsOnlyUntil, let kv = percentEncodedPair(b, at: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case UInt8(ascii: ":"):
                // A cache key's secret, `"SETEX" "pwreset:uAjyJZHG…"`, `GET session:8f3a9c…`.
                if i >= 3, i >= floor, i + 17 < n, ASCII.isLower(b[i - 1]), let r = Self.cacheKeyToken(b, colon: i), let rule = fieldRule(forLiteralKey: "session_id") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // A NetNTLM response (`user::DOMAIN:challenge:response:blob`, Responder, hashcat).
                if d.commandLinePassword >= 0, i > floor, i + 40 < n, b[i + 1] == UInt8(ascii: ":"), let r = PasswordHashDetector.netNTLM(b, colons: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                // SWIFT MT103's ordering customer and beneficiary (`:50K:/DE89…\nHANS BAUMGARTNER\nKOENIGSALLEE 14`):
                // account, name and address lines, all of it under the name rule.
                if c.nameRule >= 0, i >= floor, i >= credentialsOnlyUntil, i + 5 < n, b[i + 1] == UInt8(ascii: "5"), let field = Self.swiftPartyField(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, field, c.nameRule, .field, 20); continue
                }
                // GitHub Actions' `::add-mask::VALUE`: the value is a secret by the command's own word.
                if d.commandLinePassword >= 0, i >= floor, i + 12 < n, b[i + 1] == UInt8(ascii: ":"), b[i + 2] == UInt8(ascii: "a"), ASCII.hasPrefix(b, at: i, exactly: "::add-mask::") {
                    var end = n
                    while end > i + 12, b[end - 1] == 0x20 || b[end - 1] == 0x0D || b[end - 1] == 0x0A || b[end - 1] == 0x09 { end -= 1 }
                    if end > i + 12 { Self.emit(b, &spans, &i, &floor, (i + 12)..<end, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue }
                }
                // `&quot;password&quot;:&quot;…&quot;`: HTML-escaped JSON.
                if keyContext, i >= credentialsOnlyUntil, i >= 7, b[i - 1] == UInt8(ascii: ";"), let kv = htmlQuotedPair(b, separator: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
                // `jdbc:oracle:thin:scott/tiger@//db:1521/ORCL`: Oracle's `user/password@`.
                if d.urlPassword >= 0, i >= 11, b[i - 1] == UInt8(ascii: "n"), let r = URLUserInfoDetector.oracleThin(b, colon: i, floor: floor) {
                    // The account too, as in a URL's user info.
                    if d.authLogUser >= 0, i >= credentialsOnlyUntil, i + 1 >= floor, r.lowerBound - 1 > i + 1,
                       let user = Self.urlUser(b, (i + 1)..<(r.lowerBound - 1)) {
                        spans.append(TextSpan(user, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                    }
                    Self.emit(b, &spans, &i, &floor, r, d.urlPassword, .detector, DetectorKind.urlPassword.precedence); continue
                }
                if i + 2 < n, (b[i + 1] == UInt8(ascii: "/") && b[i + 2] == UInt8(ascii: "/")) || ASCII.hasPrefix(b, at: i + 1, exactly: "\\/\\/") {
                    // User info this engine already replaced (`://[REDACTED:password]@host`) is skipped.
                    let userInfo = b[i + 1] == UInt8(ascii: "/") ? i + 3 : i + 5
                    if userInfo < n, b[userInfo] == UInt8(ascii: "["), let end = Self.placeholderEnd(b, at: userInfo) {
                        i = end; floor = max(floor, end); continue
                    }
                    if d.urlPassword >= 0, let r = URLUserInfoDetector.match(b, at: i, floor: floor) {
                        // `postgres://yolanda:…@db`: the account too (one pseudonym with `for user "yolanda"`).
                        if d.authLogUser >= 0, i >= credentialsOnlyUntil, userInfo >= floor, r.lowerBound - 1 > userInfo,
                           let user = Self.urlUser(b, userInfo..<(r.lowerBound - 1)) {
                            spans.append(TextSpan(user, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                        }
                        Self.emit(b, &spans, &i, &floor, r, d.urlPassword, .detector, DetectorKind.urlPassword.precedence); continue
                    }
                    break
                }
                if keyContext, i >= credentialsOnlyUntil, let kv = keyValue(b, separator: i, floor: floor, cookieHeaderEnd: cookieHeaderEnd) {
                    // A value further on, after text that is scanned (Cyrus's `login: HOST [ADDRESS] USER`).
                    if let text = kv.deferred, kv.span == nil {
                        deferredText = text
                        deferredTextStart = text.start
                        nextEvent = min(nextEvent, text.start)
                        i = kv.valueStart
                        continue
                    }
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
                // Not right after a placeholder (`[REDACTED:ssn]::4`): the first pass saw the
                // finding's last digit glued to `::4` there, which is no address.
                if d.ipv6 >= 0, i >= floor, i >= credentialsOnlyUntil, i + 1 < n, ASCII.isHexDigit(b[i + 1]) || b[i + 1] == UInt8(ascii: ":"),
                   i == 0 || !ASCII.isAlnum(b[i - 1]) && !(i == floor && b[i - 1] == UInt8(ascii: "]")),
                   let r = IPv6Detector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.ipv6, .detector, DetectorKind.ipv6.precedence); continue
                }
            case UInt8(ascii: "="):
                if let pair = tagPair, i < pair.end, i == pair.nameSeparator || i == pair.valueSeparator {
                    if i == pair.nameSeparator {
                        // `name="password"`: the field's name, kept.
                        i = pair.name.upperBound; floor = max(floor, i); continue
                    }
                    if keyContext, let rule = pair.rule, i >= credentialsOnlyUntil, pair.value.lowerBound >= floor,
                       let kv = fieldValue(b, rule: rule, valueStart: pair.value.lowerBound, valueEnd: pair.value.upperBound, afterPairSeparator: true) {
                        Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                        continue
                    }
                }
                if keyContext, i >= credentialsOnlyUntil, let kv = keyValue(b, separator: i, floor: floor, cookieHeaderEnd: cookieHeaderEnd) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case UInt8(ascii: "("):
                // `AWS_SECRET_ACCESS_KEY loaded from environment (hP1iZkzf…)`: a secret's value after its name.
                if i >= floor, i >= credentialsOnlyUntil, i >= 8, let r = Self.secretInParentheses(b, open: i), let rule = fieldRule(forLiteralKey: "secret") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // A DICOM dump's `(0010,0010) PN [DOE^JANE]`: a person's name, a patient's id or birth date.
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i + 14 < n, b[i + 1] == UInt8(ascii: "0"), let (value, rule) = dicomElement(b, open: i) {
                    Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field)
                    unsorted = true
                }
                // Scala's `Person(Aarav Sharma,1992-11-04,Some(…))`: a person's record's bare dates.
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i >= 4, i + 11 < n, ASCII.isAlnum(b[i - 1]), let dob = fieldRule(forLiteralKey: "dob") {
                    for date in Self.personRecordDates(b, open: i) {
                        Self.appendUnlessScrubbed(b, date, rule: dob, precedence: 20, spans: &spans, kind: .field)
                        unsorted = true
                    }
                }
                // coredumpctl's `UID: 1001 (lpetrov)`, uWSGI's `198.51.100.44 (mkowalski) {40 vars in …}`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 2, i + 3 < n, b[i - 1] == 0x20,
                   let r = AuthLogDetector.parenthesisedAccount(b, at: i + 1) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // BeyondTrust's `who=Ólafur Ragnarsson (oragnarsson) using password`: the account after
                // a full name that a key's rule replaces (one that carries a word of the name).
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 2, i + 3 < n, b[i - 1] == 0x20, let last = spans.last, last.end == i - 1,
                   last.rule >= 0, last.rule == c.nameRule || last.rule == c.userRule, let r = AuthLogDetector.accountAfterName(b, name: last.range), !Self.isPseudonym(b, r) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // YSoft SafeQ's `User 'gdalmeida' (Gonçalo d'Almeida)`, `jane@example.com (Jane Doe)`: the
                // owner's name after an account or an address that is replaced.
                if d.personName >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 3, i + 4 < n, b[i - 1] == 0x20, let last = spans.last,
                   last.end == i - 1 || (last.end == i - 2 && (b[i - 2] == UInt8(ascii: "'") || b[i - 2] == UInt8(ascii: "\""))),
                   last.rule >= 0, last.rule == c.userRule || last.rule == d.authLogUser || last.rule == d.email,
                   let r = PersonNameDetector.nameAfterAccount(b, open: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.personName, .detector, DetectorKind.personName.precedence); continue
                }
                // rsyncd's `recv host [198.51.100.4] homes (nikos.papadopoulos) nikos/a.pdf 1048576`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 16, b[i - 1] == 0x20, b[i - 2] != UInt8(ascii: "]"),
                   let r = AuthLogDetector.rsyncTransferUser(b, open: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // cron's `(paul) CMD (…)`: the user.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i + 1 < n, ASCII.isAlnum(b[i + 1]), let r = AuthLogDetector.cronUser(b, i) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // A stack trace's sign-in call: `Auth->attempt('marek@seznam.cz', 'Praha*2024*h...')`.
                if d.commandLinePassword >= 0, i >= floor, i >= 4, i + 4 < n,
                   b[i - 1] == UInt8(ascii: "t") || b[i - 1] == UInt8(ascii: "n") || b[i - 1] == UInt8(ascii: "e") || b[i - 1] == UInt8(ascii: "s") || b[i - 1] == UInt8(ascii: "d"),
                   let r = CommandLinePasswordDetector.callArgument(b, open: i) {
                    Self.appendUnlessScrubbed(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, spans: &spans)
                    unsorted = true
                }
                // MikroTik's hotspot `ana.souza (10.5.50.23): logged in`, rsyncd's `from ksato@laptop (192.0.2.144)`:
                // the user before the scan's position.
                if d.authLogUser >= 0, i >= credentialsOnlyUntil, i >= 2, i + 8 < n, b[i - 1] == 0x20,
                   let r = AuthLogDetector.hotspotUser(b, open: i, floor: floor) ?? AuthLogDetector.rsyncdUser(b, open: i, floor: floor) {
                    Self.appendUnlessScrubbed(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                    unsorted = true
                }
                // Ivanti Connect Secure's session prefix, `[198.51.100.61] gkarlsson(Employees)[Users] - …`.
                if d.authLogUser >= 0, i >= credentialsOnlyUntil, i >= 4, i + 6 < n, ASCII.isAlnum(b[i - 1]),
                   let r = AuthLogDetector.ivantiSessionUser(b, open: i, floor: floor) {
                    Self.appendUnlessScrubbed(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                    unsorted = true
                }
                // Dovecot's `imap(takeshi.yamamoto)<30122><…>: Disconnected`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 3, i + 2 < n, let r = AuthLogDetector.dovecotSessionUser(b, open: i), !Self.isPseudonym(b, r) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                if d.phone >= 0, i >= floor, i >= credentialsOnlyUntil, i + 1 < n, ASCII.isDigit(b[i + 1]) || b[i + 1] == UInt8(ascii: "+"),
                   let r = PhoneDetector.match(b, at: i, floor: floor) ?? (PhoneDetector.hasSpokenContext(b, at: i, floor: floor) ? PhoneDetector.matchInSpokenContext(b, at: i) : nil) {
                    Self.emit(b, &spans, &i, &floor, r, d.phone, .detector, DetectorKind.phone.precedence); continue
                }
            case UInt8(ascii: "+"):
                if d.phone >= 0, i >= floor, i >= credentialsOnlyUntil, i + 1 < n, ASCII.isDigit(b[i + 1]),
                   let r = PhoneDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.phone, .detector, DetectorKind.phone.precedence); continue
                }
            case UInt8(ascii: "-"):
                // `at -23.557220,-46.661190`: a place's coordinates in free text (a negative latitude).
                if i >= floor, i >= credentialsOnlyUntil, i + 13 < n, ASCII.isDigit(b[i + 1]), b[i + 2] == UInt8(ascii: ".") || b[i + 3] == UInt8(ascii: "."),
                   let r = Self.proseCoordinatePair(b, at: i), let rule = fieldRule(forLiteralKey: "coords") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // `Map(user -> alice, token -> abc…)`: a Scala or Kotlin map's pair.
                if keyContext, i >= credentialsOnlyUntil, i >= 2, i + 3 < n, b[i + 1] == UInt8(ascii: ">"), b[i - 1] == 0x20, b[i + 2] == 0x20,
                   ASCII.isAlnum(b[i - 2]) || b[i - 2] == UInt8(ascii: "_") || b[i - 2] == UInt8(ascii: "\""),
                   let kv = keyValue(b, separator: i, floor: floor, cookieHeaderEnd: cookieHeaderEnd) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
                // `johns-macbook-pro`, `JOHNS-LAPTOP`, `Emma-Watsons-iPad`, `Galaxy-S21-di-Giulia`: a device named after its owner.
                if d.personName >= 0, i >= floor, i >= credentialsOnlyUntil, i > 0, ASCII.isAlnum(b[i - 1]), i + 3 < n, ASCII.isLetter(b[i + 1]),
                   let r = DeviceNameDetector.match(b, separator: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.personName, .detector, DetectorKind.personName.precedence); continue
                }
                if d.apiKey >= 0, i >= floor, i + 10 < n, b[i + 1] == UInt8(ascii: "-"), i == 0 || b[i - 1] != UInt8(ascii: "-"),
                   let r = APIKeyDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.apiKey, .detector, DetectorKind.apiKey.precedence); continue
                }
                if d.commandLinePassword >= 0, i >= floor, i + 4 < n, b[i + 1] == UInt8(ascii: "-"),
                   let r = CommandLinePasswordDetector.longOption(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                if d.commandLinePassword >= 0, i + 10 < n, b[i + 1] == UInt8(ascii: "s") || b[i + 1] == UInt8(ascii: "k") || b[i + 1] == UInt8(ascii: "d"),
                   let r = CommandLinePasswordDetector.javaKeystoreOption(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                if d.commandLinePassword >= 0, i + 3 < n, b[i + 1] == UInt8(ascii: "w"), let r = CommandLinePasswordDetector.ldapBindPassword(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i + 6 < n, b[i + 1] == UInt8(ascii: "-"),
                   b[i + 2] == UInt8(ascii: "u") || b[i + 2] == UInt8(ascii: "r") || b[i + 2] == UInt8(ascii: "a"),
                   let r = CommandLineUserDetector.longOption(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // PowerShell's `Get-ADUser -Identity jmeyer`, `Add-ADGroupMember … -Members jmeyer`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i + 10 < n, b[i + 1] | 0x20 == UInt8(ascii: "i") || b[i + 1] | 0x20 == UInt8(ascii: "m") || b[i + 1] | 0x20 == UInt8(ascii: "s") || b[i + 1] | 0x20 == UInt8(ascii: "n"),
                   let r = CommandLineUserDetector.activeDirectoryParameter(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
            case UInt8(ascii: "["):
                // Steam's `[U:1:24691356]`: a player's account.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i + 6 < n, b[i + 1] == UInt8(ascii: "U"), let r = SteamIDDetector.steamID3(b, open: i) {
                    if let name = GamePlayerDetector.sourceEngineName(b, steamIDAt: i) {
                        Self.appendUnlessScrubbed(b, name, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                    }
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                if let end = Self.placeholderEnd(b, at: i) { i = end; floor = end; continue }
                // Minecraft's command feedback, `[Server thread/INFO]: [Lefevre_Renee: Gave 64 [Diamond] to Kaito_Nakamura]`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 8, b[i - 1] == 0x20, b[i - 2] == UInt8(ascii: ":"),
                   let feedback = GamePlayerDetector.commandFeedback(b, open: i), !Self.isPseudonym(b, feedback.operator) {
                    if let target = feedback.target, !Self.isPseudonym(b, target) {
                        spans.append(TextSpan(target, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence))
                        unsorted = true
                    }
                    Self.emit(b, &spans, &i, &floor, feedback.operator, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // Ecto's `… VALUES ($1,$2) RETURNING "id" ["Håkon", ~D[1985-03-17]]`: the values by their
                // columns (appended ahead; the list is still scanned as text).
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i >= 8, b[i - 1] == 0x20, ectoParameters(b, open: i, floor: floor, spans: &spans) {
                    unsorted = true
                }
                // Neo4j's security log: `[rsingh]: failed to log in`; Chef's `user[ahmed] action create`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i + 12 < n,
                   let r = AuthLogDetector.neo4jSecurityUser(b, open: i) ?? AuthLogDetector.chefUserResource(b, open: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // Rails' binds: `[["last_name", "Bhriain"], ["LIMIT", 1]]`.
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i + 6 < n, b[i + 1] == UInt8(ascii: "\""), let kv = railsBindValue(b, open: i) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case 0xC3, 0xC4, 0xC5:
                // `Élodie Gauthier`, `Łukasz Nowak`, `"Öztürk, Mehmet"`: a name whose first letter is not ASCII.
                if d.personName >= 0, i >= floor, i >= credentialsOnlyUntil, i == 0 || (b[i - 1] < 0x80 && !ASCII.isAlnum(b[i - 1])),
                   PersonNameDetector.upperInitialLength(b, i) == 2, let r = PersonNameDetector.match(b, at: i, floor: floor) ?? PersonNameDetector.familyCommaGiven(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.personName, .detector, DetectorKind.personName.precedence); continue
                }
            case UInt8(ascii: "~"):
                // InspIRCd's connect notice, `aditi_r!~aditi@203.0.113.5 (203.0.113.5) [Aditi Ramaswamy]`.
                if d.authLogUser >= 0, i >= 2, b[i - 1] == UInt8(ascii: "!"), i >= credentialsOnlyUntil, let hit = SocialHandleDetector.ircClientMask(b, tilde: i, floor: floor),
                   spans.last.map({ $0.end <= hit.mask.lowerBound }) ?? true {
                    if let name = hit.realName, d.personName >= 0, !Self.isPseudonym(b, name) {
                        Self.appendUnlessScrubbed(b, name, rule: d.personName, precedence: DetectorKind.personName.precedence, spans: &spans)
                        unsorted = true
                    }
                    var at = hit.mask.lowerBound
                    Self.emit(b, &spans, &at, &floor, hit.mask, d.authLogUser, .detector, DetectorKind.authLogUser.precedence)
                    i = max(at, i + 1); continue
                }
                // An Azure AD client secret (`xyz8Q~…`): found from its `~`, the word before it skipped.
                if d.apiKey >= 0, i >= 5, b[i - 1] == UInt8(ascii: "Q"), let r = APIKeyDetector.azureClientSecret(b, tilde: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.apiKey, .detector, DetectorKind.apiKey.precedence); continue
                }
                // `echo ~olga.petrova && sleep 0`: a user's home in a shell command.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, let r = HomeDirectoryDetector.tildeUser(b, tilde: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
            case UInt8(ascii: "$"):
                // `$2b$12$…`, `$argon2id$v=19$…`: a password hash (a credential, also in `keep` values).
                if d.commandLinePassword >= 0, let r = PasswordHashDetector.match(b, at: i, floor: floor) {
                    // `.htpasswd`'s and `/etc/shadow`'s `ewa.nowak:$apr1$…`: the account the hash is for.
                    if d.authLogUser >= 0, !credentialsOnly, let user = PasswordHashDetector.accountBefore(b, hashAt: i, floor: floor), !Self.isPseudonym(b, user) {
                        Self.appendUnlessScrubbed(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                    }
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                // Werkzeug's `pbkdf2:sha256:600000$…$…`, Django's `pbkdf2_sha256$870000$…$…`: the algorithm before the `$`.
                if d.commandLinePassword >= 0, i > 0, i >= floor, ASCII.isAlnum(b[i - 1]), let r = PasswordHashDetector.wordPrefixed(b, dollar: i, floor: floor) {
                    unsorted = true
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
            case UInt8(ascii: "\\"):
                // `lukas.huber\u0040aon.at`: an address with its `@` as a JSON escape.
                if d.email >= 0, i >= credentialsOnlyUntil, i + 6 < n, b[i + 1] == UInt8(ascii: "u") || b[i + 1] == UInt8(ascii: "\\"),
                   EmailDetector.atSign(b, i) != nil, !Self.pseudonymEnds(b, at: i, floor: floor), let r = EmailDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.email, .detector, DetectorKind.email.precedence); continue
                }
                // `…^USA\rNK1|1|KOWALSKI^TOMASZ|…`: an HL7 segment after an escaped carriage return or newline.
                if i >= floor, i >= credentialsOnlyUntil, i + 6 < n, b[i + 1] == UInt8(ascii: "r") || b[i + 1] == UInt8(ascii: "n"), ASCII.isUpper(b[i + 2]),
                   Self.isHL7SegmentStart(b, i + 2), hl7PersonFields(b, at: i + 2, floor: floor, spans: &spans) {
                    unsorted = true
                    i += 5
                    floor = i
                    continue
                }
                // `CORP\jsmith` (IIS, SQL Server, Windows messages): found from the backslash, the
                // user part replaced. (Rare in logs, unlike the upper-case words a domain starts with.)
                if d.authLogUser >= 0, i >= credentialsOnlyUntil, i + 1 < n, ASCII.isAlnum(b[i + 1]) || b[i + 1] == UInt8(ascii: "\\"),
                   let r = WindowsAccountDetector.domainStart(b, backslash: i, floor: floor).flatMap({ WindowsAccountDetector.match(b, at: $0, floor: floor) })
                    ?? WindowsAccountDetector.csvCell(b, backslash: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // `password\u003dhunter2`, `password\x3dhunter2`: Gson's or JavaScript's escaped `=`
                // inside a string in a text line.
                if keyContext, i >= credentialsOnlyUntil, i + 3 < n, b[i + 1] == UInt8(ascii: "u") || b[i + 1] == UInt8(ascii: "x"), let kv = unicodeEscapedPair(b, at: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case UInt8(ascii: "{"):
                // `{SSHA}W6ph5…=`, `{PLAIN}hunter2`: a password with its LDAP or Dovecot scheme.
                if d.commandLinePassword >= 0, i + 6 < n, ASCII.isUpper(b[i + 1]), let r = PasswordHashDetector.schemePrefixed(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.commandLinePassword, .detector, DetectorKind.commandLinePassword.precedence); continue
                }
                // Erlang's `{password,"…"}`, `{<<"user">>,<<"…">>}` (proplists, crash reports).
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i + 4 < n, ASCII.isLetter(b[i + 1]) || b[i + 1] == UInt8(ascii: "<") || b[i + 1] == UInt8(ascii: "\"") || b[i + 1] == UInt8(ascii: "'"),
                   let kv = erlangTupleValue(b, at: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case UInt8(ascii: "<"):
                // A passport's or identity card's machine-readable line, `P<FRADUPONT<<MARIE<<<…`.
                if !credentialsOnly, i >= credentialsOnlyUntil, i >= 1, i + 2 < n, ASCII.isUpper(b[i - 1]) || ASCII.isDigit(b[i - 1]) || b[i + 1] == UInt8(ascii: "<"),
                   let r = Self.machineReadableZoneLine(b, at: i), r.upperBound > floor, let rule = fieldRule(forLiteralKey: "passport") {
                    Self.emit(b, &spans, &i, &floor, max(r.lowerBound, floor)..<r.upperBound, rule, .field, 20); unsorted = true; continue
                }
                // iOS before 13 printed an APNs device token as `<9c4e1f7a 3b8d2c60 … 9b2d4f6a>`.
                if i >= floor, i >= credentialsOnlyUntil, i + 72 < n, b[i + 9] == 0x20, let r = Self.spacedDeviceToken(b, open: i), let rule = fieldRule(forLiteralKey: "device_token") {
                    spans.append(TextSpan(r, rule: rule, kind: .field, precedence: 20)); unsorted = true
                    i = r.upperBound; floor = i; continue
                }
                // IRC-style transcripts: `[08:15:32] <mwright> …`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 6, i + 4 < n, b[i - 1] == 0x20, ASCII.isLetter(b[i + 1]),
                   let r = ChatNickDetector.match(b, at: i + 1) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // Minecraft's chat line, `[Server thread/INFO]: <Steve_99> hello`.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, i >= 3, b[i - 2] == UInt8(ascii: ":"), let r = GamePlayerDetector.match(b, at: i), !Self.isPseudonym(b, r) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // WordPress's XML-RPC: `<methodName>wp.getUsersBlogs</methodName>…<string>user</string>…<string>password</string>`.
                if i >= floor, i >= credentialsOnlyUntil, i + 16 < n, b[i + 1] == UInt8(ascii: "m"), b[i + 7] == UInt8(ascii: "N"),
                   let (user, password) = Self.xmlRPCCredentials(b, at: i) {
                    if let user, d.authLogUser >= 0, !credentialsOnly {
                        spans.append(TextSpan(user, rule: d.authLogUser, kind: .detector, precedence: DetectorKind.authLogUser.precedence)); unsorted = true
                    }
                    if let password, let rule = fieldRule(forLiteralKey: "password") {
                        spans.append(TextSpan(password, rule: rule, kind: .field, precedence: 20)); unsorted = true
                    }
                }
                // `<password>…</password>`, `<Data Name="TargetUserName">…</Data>` (XML bodies, Windows events).
                if keyContext, i >= floor, i >= credentialsOnlyUntil, let kv = xmlElementValue(b, at: i, floor: floor) {
                    if let text = kv.deferred {
                        deferredText = text
                        deferredTextStart = text.start
                        nextEvent = min(nextEvent, text.start)
                        i = kv.valueStart
                        continue
                    }
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
                // `<input name="password" value="…">`: read when the scan gets to the attributes.
                if keyContext, i >= tagParsedUntil {
                    let (found, parsedEnd) = Self.tagAttributePair(b, at: i)
                    tagParsedUntil = parsedEnd
                    if var pair = found {
                        pair.rule = compiled.fieldRule(forTextKey: b, pair.field)
                        tagPair = pair
                        // A detector's match added ahead of the scan that swallowed the tag's `<` (a
                        // prose password token, `password forpe<input name="password" …>`) ends
                        // before it: a second pass reads the tag after that match's placeholder.
                        var k = spans.count - 1
                        while k >= 0, k >= spans.count - 4 {
                            if spans[k].kind == .detector, spans[k].start < i, spans[k].end > i { spans[k].end = i }
                            k -= 1
                        }
                    }
                }
            case 0xCE, 0xCF, 0xD0, 0xD7, 0xD8, 0xD9, 0xDA, 0xE0, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED:
                // `서울 강남구 테헤란로 152`, `경기도 성남시 분당구 판교역로 166, B동 4층`: a Korean postal address.
                if x >= 0xEA, x <= 0xED, !credentialsOnly, i >= floor, i >= credentialsOnlyUntil,
                   let r = KoreanAddressDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "address") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // `北京市朝阳区建国路88号`, `東京都渋谷区神南1-2-3`: a Chinese or Japanese postal address.
                if x >= 0xE4, x <= 0xE9, !credentialsOnly, i >= floor, i >= credentialsOnlyUntil,
                   let r = CJKAddressDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "address") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // `〒154-0015`: a Japanese postal code after its mark (the address follows it).
                if x == 0xE3, !credentialsOnly, i + 11 <= n, b[i + 1] == 0x80, b[i + 2] == 0x92, i >= floor, i >= credentialsOnlyUntil,
                   let r = Self.japanesePostalCode(b, mark: i), let rule = fieldRule(forLiteralKey: "address") {
                    Self.emit(b, &spans, &i, &floor, r, rule, .field, 20); continue
                }
                // `Пользователь ivan.petrov вошёл`, `用户 zhangsan 登录成功`: the account after a word for a user.
                if d.authLogUser >= 0, i >= floor, i >= credentialsOnlyUntil, let r = AuthLogDetector.localizedUser(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.authLogUser, .detector, DetectorKind.authLogUser.precedence); continue
                }
                // `Кузнецов Сергей Петрович`, `Иванов И.И.`: a name by its patronymic or initials.
                if x == 0xD0, d.personName >= 0, i >= floor, i >= credentialsOnlyUntil, let r = CyrillicNameDetector.match(b, at: i) {
                    Self.emit(b, &spans, &i, &floor, r, d.personName, .detector, DetectorKind.personName.precedence); continue
                }
                // `ИНН 7707083893`, `身份证号 110101199003074514`, `주민등록번호 900101-1234567`.
                if x == 0xD0 || x == 0xE8 || x == 0xEC || x == 0xD8 || x == 0xD7 || x == 0xE0, keyContext, i >= floor, i >= credentialsOnlyUntil,
                   let (key, value) = Self.otherScriptIdentityNumber(b, at: i), let rule = fieldRule(forLiteralKey: key) {
                    Self.emit(b, &spans, &i, &floor, value, rule, .field, 20); continue
                }
            case 0xEF:
                // `用户名：张三`: a full-width colon separates a key from its value.
                if keyContext, i >= credentialsOnlyUntil, i >= floor, WidePunctuation.isColon(b, i), let kv = wideColonPair(b, colon: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            case UInt8(ascii: "&"):
                // `jane&#64;example.com`: an address with its `@` as an HTML character reference.
                if d.email >= 0, i >= credentialsOnlyUntil, i + 5 < n, b[i + 1] == UInt8(ascii: "#"),
                   !Self.pseudonymEnds(b, at: i, floor: floor), let r = EmailDetector.match(b, at: i, floor: floor) {
                    Self.emit(b, &spans, &i, &floor, r, d.email, .detector, DetectorKind.email.precedence); continue
                }
                // `&lt;password&gt;…&lt;/password&gt;`: HTML-escaped XML.
                if keyContext, i >= floor, i >= credentialsOnlyUntil, i + 8 < n, b[i + 1] == UInt8(ascii: "l"), let kv = htmlEscapedElement(b, at: i, floor: floor) {
                    Self.apply(b, kv, &spans, &i, &floor, &credentialsOnlyUntil)
                    continue
                }
            default:
                break
            }
            i += 1
        }
    }

    /// A key's value found by key context: its span emitted, or — when the rule keeps the value
    /// or it is already scrubbed — only credential detectors look inside it.
    @inline(__always)
    static func apply(_ b: Bytes, _ kv: KeyValueHit, _ spans: inout [TextSpan], _ i: inout Int, _ floor: inout Int, _ credentialsOnlyUntil: inout Int) {
        if let s = kv.span {
            emit(b, &spans, &i, &floor, s.range, s.rule, s.kind, s.precedence)
        } else {
            i = kv.valueStart
            floor = kv.valueStart
            credentialsOnlyUntil = max(credentialsOnlyUntil, kv.valueEnd)
        }
        for s in kv.elements { emit(b, &spans, &i, &floor, s.range, s.rule, s.kind, s.precedence) }
    }

    /// Appends a span and moves the scan past it. Output this engine already wrote (a
    /// pseudonym or placeholder) is skipped instead, so scrubbing twice changes nothing.
    @inline(__always)
    static func emit(_ b: Bytes, _ spans: inout [TextSpan], _ i: inout Int, _ floor: inout Int, _ r: Range<Int>, _ rule: Int, _ kind: TextSpan.Kind, _ precedence: Int) {
        // A key's value (`.field`) counts as scrubbed only when all of it is: one that merely
        // starts with a placeholder or mask (`"password":"[REDACTED:x] hunter2"`) is replaced whole.
        if kind != .jwt, let end = alreadyScrubbedEnd(b, r), kind != .field || end >= r.upperBound {
            i = end
            floor = end
            return
        }
        if kind == .field, isScrubbedSequence(b, r) {
            // A key's value that a first pass replaced piece by piece (cookie segments).
            i = r.upperBound
            floor = r.upperBound
            return
        }
        spans.append(TextSpan(r, rule: rule, kind: kind, precedence: precedence))
        i = r.upperBound
        floor = r.upperBound
    }

    /// The user of `scheme://user:password@host` when it names an account: user-name bytes
    /// (and `%`), not already a pseudonym, not a fixed word that token-based Git and registry
    /// URLs put there (`oauth2`, `x-access-token`, `gitlab-ci-token` …).
    static func urlUser(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        guard r.count <= AuthLogDetector.maxUser, b[r.upperBound] == UInt8(ascii: ":") || b[r.upperBound] == UInt8(ascii: "/") else { return nil }  // `user:pass@`, Oracle's `user/pass@`
        for k in r where !(AuthLogDetector.isUserByte(b[k]) || b[k] == UInt8(ascii: "%")) { return nil }
        if isPseudonym(b, r) { return nil }
        for word in technicalURLUsers where word.utf8CodeUnitCount == r.count && ASCII.hasPrefix(b, at: r.lowerBound, lowercased: word) { return nil }
        return r
    }

    static let technicalURLUsers: [StaticString] = ["oauth2", "x-access-token", "x-token-auth", "gitlab-ci-token", "token", "git", "aws", "api", "apikey", "default"]

    /// A word starting with a digit: the run's length and the byte after it decide
    /// which detectors can possibly match, so timestamps and ids cost a few compares.
    @inline(__always)
    /// A FHIR REST path's patient id at `at` (right after `Patient/`): letters, digits, `-` and `.` up to the
    /// path's end (`Patient/$match`, `Patient/_search` are operations; a pseudonym ends at its `~`).
    static func fhirPatientID(_ b: Bytes, at: Int) -> Range<Int>? {
        // (`/fhir/Patient/884120`, HAPI's `Operation[read  Patient/884120]`, a reference's `"Patient/884120"`.)
        guard at >= 8, CredentialScan.hasSuffix(b, endingAt: at, exactly: "Patient/"), ASCII.isAlnum(b[at]),
              at == 8 || !(ASCII.isAlnum(b[at - 9]) || b[at - 9] == UInt8(ascii: "_") || b[at - 9] == UInt8(ascii: "-")) else { return nil }
        var e = at
        while e < b.count, e - at <= 64, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: ".") { e += 1 }
        guard e == b.count || b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: "?") || b[e] == UInt8(ascii: "#") || b[e] == UInt8(ascii: "\"")
            || b[e] == 0x20 || b[e] == UInt8(ascii: "'") || b[e] == UInt8(ascii: "]") || b[e] == UInt8(ascii: ")") || b[e] == UInt8(ascii: ",") else { return nil }
        return at..<e
    }

    /// The reversed digits of an ENUM domain at `at` (at least six, each followed by `.`), before `e164.arpa`.
    static func enumDomainDigits(_ b: Bytes, at: Int) -> Range<Int>? {
        var k = at, digits = 0
        while k + 1 < b.count, ASCII.isDigit(b[k]), b[k + 1] == UInt8(ascii: ".") { digits += 1; k += 2 }
        guard digits >= 6, ASCII.hasPrefix(b, at: k, lowercased: "e164.arpa") else { return nil }
        return at..<(k - 1)
    }

    /// `〒154-0015` (the mark at `mark`, an optional space, three digits, `-`, four digits): the code's range.
    static func japanesePostalCode(_ b: Bytes, mark: Int) -> Range<Int>? {
        var k = mark + 3
        if k < b.count, b[k] == 0x20 { k += 1 }
        guard k + 8 <= b.count, b[k..<(k + 3)].allSatisfy(ASCII.isDigit), b[k + 3] == UInt8(ascii: "-"), b[(k + 4)..<(k + 8)].allSatisfy(ASCII.isDigit),
              k + 8 == b.count || !ASCII.isDigit(b[k + 8]) else { return nil }
        return k..<(k + 8)
    }

    /// Whether a word starting with these (lower-cased) bytes may be a social network's name
    /// (`in`sta, `ig`, `sn`ap, `ti`ktok, `tw`itter, `te`legram, `tg`, `di`scord, `th`reads, `bl`uesky, `bs`ky).
    @inline(__always)
    static func mayStartNetworkWord(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (0x69, 0x6E), (0x69, 0x67), (0x73, 0x6E), (0x74, 0x69), (0x74, 0x77), (0x74, 0x65), (0x74, 0x67), (0x64, 0x69), (0x74, 0x68), (0x62, 0x6C), (0x62, 0x73): return true
        default: return false
        }
    }

    /// A LINE user id at `at`: `U`, 32 lower-case hex digits with at least one letter and one digit, not glued to more.
    static func lineUserID(_ b: Bytes, at: Int) -> Range<Int>? {
        let e = at + 33
        guard e <= b.count, e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_")), at == 0 || !ASCII.isAlnum(b[at - 1]) else { return nil }
        var letters = 0, digits = 0
        for k in (at + 1)..<e {
            let x = b[k]
            if ASCII.isDigit(x) { digits += 1 } else if x >= UInt8(ascii: "a") && x <= UInt8(ascii: "f") { letters += 1 } else { return nil }
        }
        return letters > 0 && digits > 0 ? at..<e : nil
    }

    /// A PNL's or ADL's name element after the passenger count at `at` (`1MUELLER/HANS MR-A2`).
    private func pnlNameAfterCount(_ b: Bytes, at: Int) -> (range: Range<Int>, rule: Int)? {
        var k = at
        while k < b.count, k - at < 3, ASCII.isDigit(b[k]) { k += 1 }
        // (Sabre's `1.1` passenger and name numbers.)
        if k + 2 < b.count, k > at, b[k] == UInt8(ascii: "."), ASCII.isDigit(b[k + 1]), ASCII.isUpper(b[k + 2]) { k += 2 }
        guard k < b.count, ASCII.isUpper(b[k]), let (r, field) = AirlineReservationDetector.match(b, at: k).first, field == .name else { return nil }
        guard let rule = compiled.detectors.personName >= 0 ? compiled.detectors.personName : fieldRule(forLiteralKey: "full_name") else { return nil }
        return (r, rule)
    }

    /// Whether `i` starts a column of a terminal display dumped into one line: after a space that
    /// follows another space or an escaped line break (`\n 1.1NAKAMURA/YUKI MS  2.1…`).
    @inline(__always)
    static func startsDisplayColumn(_ b: Bytes, _ i: Int) -> Bool {
        guard i >= 3, b[i - 1] == 0x20 else { return false }
        return b[i - 2] == 0x20 || (b[i - 2] == UInt8(ascii: "n") && b[i - 3] == UInt8(ascii: "\\"))
    }

    private func digitRun(_ b: Bytes, _ i: Int, _ floor: Int, _ d: DetectorRules) -> (Range<Int>, Int, DetectorKind)? {
        let n = b.count
        var e = i + 1
        while e < n, e - i < 20, ASCII.isDigit(b[e]) { e += 1 }
        let length = e - i
        let next: UInt8 = e < n ? b[e] : 0
        let separator = next == 0x20 || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")
        if next == UInt8(ascii: "-") || next == 0x20, length == 3, d.usSSN >= 0, let r = SSNDetector.match(b, at: i, floor: floor) { return (r, d.usSSN, .usSSN) }
        if d.paymentCard >= 0, (length >= 12 && length <= 19) || ((next == 0x20 || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")) && length == 4),
           let r = PaymentCardDetector.match(b, at: i, floor: floor) { return (r, d.paymentCard, .paymentCard) }
        if next == UInt8(ascii: "."), length <= 3, d.ipv4 >= 0, let r = IPv4Detector.match(b, at: i, floor: floor) { return (r, d.ipv4, .ipv4) }
        if next == UInt8(ascii: "-"), length <= 3, d.ipv4 >= 0, let r = IPv4Detector.matchDashed(b, at: i, floor: floor) { return (r, d.ipv4, .ipv4) }
        // A bare Telegram bot token: `123456789:AAHdqTcv…`.
        if next == UInt8(ascii: ":"), length >= 6, length <= 12, d.apiKey >= 0, let r = APIKeyDetector.telegramBare(b, at: i) { return (r, d.apiKey, .apiKey) }
        if d.macAddress >= 0, length <= 4, next == UInt8(ascii: ":") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") || ASCII.isHexDigit(next),
           let r = MACAddressDetector.match(b, at: i, floor: floor) { return (r, d.macAddress, .macAddress) }
        if d.ipv6 >= 0, length <= 4, next == UInt8(ascii: ":") || ASCII.isHexDigit(next), Self.colonSoon(b, i), let r = IPv6Detector.match(b, at: i, floor: floor) { return (r, d.ipv6, .ipv6) }
        if d.phone >= 0, separator, length <= 5, let r = PhoneDetector.match(b, at: i, floor: floor) { return (r, d.phone, .phone) }
        // `https://wa.me/447700900123`: a WhatsApp chat link's number.
        if d.phone >= 0, length >= 8, i >= 6, b[i - 1] == UInt8(ascii: "/"), let r = PhoneDetector.whatsAppLink(b, at: i, end: e) { return (r, d.phone, .phone) }
        // Korea's `01077032291`, China's `18612093357` in a line with Chinese text: a mobile without separators.
        if d.phone >= 0, length == 11, b[i] == UInt8(ascii: "0") || b[i] == UInt8(ascii: "1"), let r = PhoneDetector.bareEastAsianMobile(b, at: i, end: e) { return (r, d.phone, .phone) }
        // `sms to 5569169187`, `callback 465.900.6969`: shapes a phone has only when the words say so.
        if d.phone >= 0, (length <= 6 && separator) || length == 1 || (length >= 8 && length <= 13) || (length <= 5 && next == UInt8(ascii: "/") && b[i] == UInt8(ascii: "0")),
           i > floor, PhoneDetector.hasSpokenContext(b, at: i, floor: floor), let r = PhoneDetector.matchInSpokenContext(b, at: i) {
            return (r, d.phone, .phone)
        }
        // `742 Evergreen Terrace`, `221B Baker Street`, `12 rue de la Paix`.
        // (`91, rue de Valentin`: a comma after the number, then a French street word.)
        if d.streetAddress >= 0, length <= 6,
           next == 0x20 || (ASCII.isUpper(next) && e + 1 < n && b[e + 1] == 0x20) || (next == UInt8(ascii: ",") && e + 2 < n && b[e + 1] == 0x20 && (ASCII.isLower(b[e + 2]) || ASCII.isDigit(b[e + 2]))),
           Self.streetWordMayFollow(b, next == 0x20 ? e + 1 : e + 2),
           let r = StreetAddressDetector.matchNumberFirst(b, at: i, floor: floor) {
            return (r, d.streetAddress, .streetAddress)
        }
        return nil
    }

    /// A word starting with a letter. Returns (range, kind, rule, precedence); rule −1
    /// means the detector appended several spans itself.
    @inline(__always)
    private func letterWord(_ b: Bytes, _ i: Int, _ floor: Int, _ d: DetectorRules, _ tables: UnsafePointer<UInt8>, lineStart: Bool, credentialsOnly: Bool, ranges: inout [Range<Int>], spans: inout [TextSpan], signIn: inout SignInContext) -> (Range<Int>, TextSpan.Kind, Int, Int)? {
        let x = b[i]
        let n = b.count
        if x == UInt8(ascii: "e"), i + 2 < n, b[i + 1] == UInt8(ascii: "y"), b[i + 2] == UInt8(ascii: "J") {
            if d.jwt >= 0, let candidate = JWTDetector.match(b, at: i, floor: floor) {
                return (candidate.range, .jwt, d.jwt, DetectorKind.jwt.precedence)
            }
            // `state=eyJlbWFpbCI6…`: a JSON object in base64 that holds personal data.
            if !credentialsOnly, let r = encodedJSON(b, at: i), let rule = encodedJSONRule() {
                return (r, .field, rule, 20)
            }
        }
        // `"method":"personal_unlockAccount","params":["0x71C7…","Kr@k3n-H0dl!2024",300]`: an account's passphrase.
        if x == UInt8(ascii: "p"), i + 20 < n, b[i + 8] == UInt8(ascii: "_"), d.commandLinePassword >= 0, i >= floor, let hit = EthereumPersonalParams.match(b, at: i) {
            for r in hit.secrets { Self.appendUnlessScrubbed(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, spans: &spans) }
            return (i..<(i + 9), .detector, -2, 0)
        }
        // A wallet's recovery phrase, twelve or more BIP-39 words: `… phrase orbit lecture fossil warrior …`.
        if ASCII.isLower(x), i + 47 < n, d.commandLinePassword >= 0, i >= floor, let r = SeedPhraseDetector.match(b, at: i) {
            return (r, .detector, d.commandLinePassword, DetectorKind.commandLinePassword.precedence)
        }
        // `DATABASE_URL: cG9zdGdyZXM6Ly9…` (a Kubernetes Secret's data): a connection string in base64.
        if Self.startsEncodedScheme(b, i), let r = encodedText(b, at: i, credentialsOnly: credentialsOnly), let rule = encodedTextRule() {
            return (r, .field, rule, 20)
        }
        // Cowrie's `login attempt [root/123456] succeeded`: the user and the password tried.
        if x == UInt8(ascii: "l"), i + 20 < n, b[i + 5] == 0x20, b[i + 6] == UInt8(ascii: "a"), i >= floor, let hit = AuthLogDetector.honeypotLoginAttempt(b, at: i) {
            if d.authLogUser >= 0, !credentialsOnly, !hit.user.isEmpty { Self.appendUnlessScrubbed(b, hit.user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans) }
            if d.commandLinePassword >= 0 {
                return appendAhead(b, hit.password, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
        }
        // GEDCOM's `1 NAME Renée /Lefèvre-Dubois/`, `2 GIVN Renée`, `2 SURN Lefèvre-Dubois`.
        if x == UInt8(ascii: "N") || x == UInt8(ascii: "G") || x == UInt8(ascii: "S"), i >= 2, b[i - 1] == 0x20, ASCII.isDigit(b[i - 2]),
           d.personName >= 0, !credentialsOnly, i >= floor, let r = PersonNameDetector.gedcomName(b, at: i) {
            return appendAhead(b, r, rule: d.personName, precedence: DetectorKind.personName.precedence, after: i, spans: &spans)
        }
        // Windows' print service: `Document 57, a.pdf owned by oadebayo on \\WS-0188 was printed on …`.
        if x == UInt8(ascii: "o"), i + 12 < n, b[i + 5] == 0x20, b[i + 6] == UInt8(ascii: "b"), d.authLogUser >= 0, !credentialsOnly, i >= floor,
           let r = AuthLogDetector.printJobOwner(b, at: i), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // IRC services: `PRIVMSG NickServ :IDENTIFY aditi_r Mysore#Filter88`, `/msg NickServ IDENTIFY hunter2`.
        if i >= 4, b[i - 1] == UInt8(ascii: ":") || b[i - 1] == 0x20, b[i - 2] == UInt8(ascii: "v") || b[i - 2] == UInt8(ascii: "V") || b[i - 2] == 0x20 || b[i - 2] == UInt8(ascii: "S") || b[i - 2] == UInt8(ascii: "s"),
           d.commandLinePassword >= 0, i >= floor, let hit = IRCServicesDetector.match(b, at: i) {
            if let account = hit.account, d.authLogUser >= 0, !credentialsOnly, !Self.isPseudonym(b, account) {
                Self.appendUnlessScrubbed(b, account, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
            }
            return appendAhead(b, hit.password, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
        }
        // Minecraft's `issued server command: /login Hunter2!`, Source's `rcon 1462375923 "pw" status`.
        // (Also the secret console variables set by a command: `sv_password "Kn1ght$Fall"`, `rcon_password x`.)
        if (x == UInt8(ascii: "i") && i + 26 < n && b[i + 1] == UInt8(ascii: "s") && b[i + 6] == 0x20) || (x == UInt8(ascii: "r") && i + 8 < n && b[i + 1] == UInt8(ascii: "c") && (b[i + 4] == 0x20 || b[i + 4] == UInt8(ascii: "_")))
            || (x == UInt8(ascii: "s") && i + 12 < n && b[i + 1] == UInt8(ascii: "v") && b[i + 2] == UInt8(ascii: "_")),
           d.commandLinePassword >= 0, i >= floor, let r = GameServerCommandDetector.match(b, at: i) {
            return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
        }
        // xferlog's `… /home/kfischer/a.pdf b _ i r kfischer ftp 0 * c`: the real user before the service.
        if x == UInt8(ascii: "f"), i >= 12, i + 6 < n, b[i - 1] == 0x20, b[i + 1] == UInt8(ascii: "t"), b[i + 2] == UInt8(ascii: "p"), b[i + 3] == 0x20,
           !credentialsOnly, d.authLogUser >= 0, let r = AuthLogDetector.xferlogUser(b, service: i),
           r.lowerBound >= (spans.last?.range.upperBound ?? 0), !Self.isPseudonym(b, r) {
            Self.appendUnlessScrubbed(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
            return (i..<(i + 3), .detector, -2, 0)
        }
        // Postfix's `from=<yusuf.demir>`, Sendmail's `from=yusuf.demir, size=…`; spamd's `for vikram.patel:1004`.
        if (x == UInt8(ascii: "f") || x == UInt8(ascii: "s")), i + 8 < n, !credentialsOnly, d.authLogUser >= 0, i >= floor,
           (b[i + 4] == UInt8(ascii: "=") || b[i + 3] == 0x20 || b[i + 6] == 0x20),
           let r = AuthLogDetector.localSender(b, at: i) ?? AuthLogDetector.spamdUser(b, at: i), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // Minecraft's `[Server thread/INFO]: Steve_99 joined the game`, `UUID of player Steve_99 is …`.
        if i >= 3, b[i - 2] == UInt8(ascii: ":"), b[i - 3] == UInt8(ascii: "]"), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = GamePlayerDetector.match(b, at: i), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // pure-ftpd's `sigrid is now logged in`; Plesk's `login name "…"`, Wordfence's `username tried: "…"`, Shibboleth's `Login by '…'`.
        if !credentialsOnly, d.authLogUser >= 0, i >= floor, i + 12 < n,
           (x == UInt8(ascii: "i") && b[i + 1] == UInt8(ascii: "s") && b[i + 2] == 0x20 && b[i + 3] == UInt8(ascii: "n"))
            || (x | 0x20 == UInt8(ascii: "l") && b[i + 5] == 0x20 && (b[i + 6] == UInt8(ascii: "n") || b[i + 6] == UInt8(ascii: "b")))
            || (x | 0x20 == UInt8(ascii: "u") && ((b[i + 4] == 0x20 && b[i + 5] == UInt8(ascii: "n")) || (b[i + 8] == 0x20 && b[i + 9] == UInt8(ascii: "t")))),
           let r = x == UInt8(ascii: "i") ? AuthLogDetector.nowLoggedIn(b, at: i, floor: floor) : AuthLogDetector.quotedAfterPanelPhrase(b, at: i),
           !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // Home Assistant's `person.amara_okafor`.
        if x == UInt8(ascii: "p"), i + 12 < n, b[i + 6] == UInt8(ascii: "."), d.personName >= 0, !credentialsOnly, i >= floor,
           let r = PersonNameDetector.homeAssistantPerson(b, at: i) {
            return appendAhead(b, r, rule: d.personName, precedence: DetectorKind.personName.precedence, after: i, spans: &spans)
        }
        // CAS: `… for service [https://…] and principal [k.oconnor]`.
        if x == UInt8(ascii: "p"), i + 12 < n, b[i + 9] == 0x20, b[i + 10] == UInt8(ascii: "["), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = AuthLogDetector.casPrincipal(b, at: i), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // `my name is Daniel`, `mein Name ist Sabine`, `me llamo Lucía`: a person introducing themselves.
        if x | 0x20 == UInt8(ascii: "m"), i + 10 < n, b[i + 2] == 0x20 || b[i + 3] == 0x20 || b[i + 4] == 0x20, d.personName >= 0, !credentialsOnly, i >= floor,
           let r = PersonNameDetector.selfIntroduction(b, at: i) {
            return appendAhead(b, r, rule: d.personName, precedence: DetectorKind.personName.precedence, after: i, spans: &spans)
        }
        // ClickHouse's `DB::Exception: kpopov: Authentication failed`.
        if x == UInt8(ascii: "D"), i + 20 < n, b[i + 1] == UInt8(ascii: "B"), b[i + 2] == UInt8(ascii: ":"), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = AuthLogDetector.clickHouseUser(b, at: i), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // OwnTracks' `owntracks/jkowalski/iphone`: the user in the topic.
        if x == UInt8(ascii: "o"), i + 12 < n, b[i + 1] == UInt8(ascii: "w"), b[i + 9] == UInt8(ascii: "/"), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = AuthLogDetector.ownTracksUser(b, at: i) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // A FHIR server's `…/Patient/example-123`: the patient's id.
        if i >= 8, b[i - 1] == UInt8(ascii: "/"), !credentialsOnly, i >= floor, let r = Self.fhirPatientID(b, at: i), let rule = fieldRule(forLiteralKey: "patient_id") {
            return (r, .field, rule, 20)
        }
        // An MT940 statement's `/NAME/GIULIA ESPOSITO/REMI/…`: the counterparty's name.
        if x == UInt8(ascii: "N"), i >= 1, b[i - 1] == UInt8(ascii: "/"), !credentialsOnly, i >= floor,
           let r = Self.statementCounterpartyName(b, at: i), let rule = fieldRule(forLiteralKey: "name") {
            return (r, .field, rule, 20)
        }
        // Stripe's customer id, `"external_id":"cus_P8x2LmQ4vT9w"`.
        if x == UInt8(ascii: "c"), i + 14 <= n, b[i + 3] == UInt8(ascii: "_"), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = IdentityProviderUserID.stripeCustomer(b, at: i) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // A FHIR search's `?identifier=https://fhir.nhs.uk/Id/nhs-number|6018423758`: the person's identifier after the system.
        if x == UInt8(ascii: "i"), i >= 1, b[i - 1] == UInt8(ascii: "?") || b[i - 1] == UInt8(ascii: "&"), !credentialsOnly, i >= floor,
           let r = Self.fhirIdentifierSearchValue(b, at: i), let rule = fieldRule(forLiteralKey: "patient_id") {
            Self.appendUnlessScrubbed(b, r, rule: rule, precedence: 20, spans: &spans, kind: .field)
            return (i..<r.upperBound, .detector, -2, 0)
        }
        // `S21.G00.30.002,'MARCHAND'`: a French payroll declaration's rubric.
        if x == UInt8(ascii: "S"), i + 17 < n, b[i + 1] == UInt8(ascii: "2"), b[i + 3] == UInt8(ascii: "."), !credentialsOnly, i >= floor,
           let (value, rule) = dsnRubricField(b, at: i) {
            Self.appendUnlessScrubbed(b, value, rule: rule, precedence: 20, spans: &spans, kind: .field)
            return (i..<value.upperBound, .detector, -2, 0)
        }
        // Temenos T24's OFS request, `CUSTOMER,INPUT/I/PROCESS,INPUTTER1/Welcome2024!,,…`: the sign-on's user and password.
        if x == UInt8(ascii: "P") || x == UInt8(ascii: "V"), i >= 3, b[i - 1] == UInt8(ascii: "/"), i + 10 < n, i >= floor, let (user, password) = Self.ofsSignOn(b, at: i) {
            if d.authLogUser >= 0, !credentialsOnly { Self.appendUnlessScrubbed(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans) }
            if let rule = fieldRule(forLiteralKey: "password") { Self.appendUnlessScrubbed(b, password, rule: rule, precedence: 20, spans: &spans, kind: .field) }
            return (i..<password.upperBound, .detector, -2, 0)
        }
        // OData's `$filter=employeeId eq 'BW-DE-004417'`: the value under its field's rule.
        if x == UInt8(ascii: "e"), i + 5 < n, b[i + 1] == UInt8(ascii: "q"), !credentialsOnly, i >= floor, let hit = odataFilterValue(b, at: i) {
            Self.appendUnlessScrubbed(b, hit.value, rule: hit.rule, precedence: 20, spans: &spans, kind: .field)
            return (i..<hit.value.upperBound, .detector, -2, 0)
        }
        // Apple's Activation Lock bypass code, a product key: `TYH6X-TJHJW-C1Y42-19056-D5UA6`.
        if ASCII.isUpper(x), i + 29 <= n, b[i + 5] == UInt8(ascii: "-"), i >= floor, let r = RecoveryKeyDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "secret") {
            return (r, .field, rule, 20)
        }
        // APNs' `/3/device/bfa2f2f0…`, gorush's `[ios] c74a01cb…`: a phone's push token.
        if i >= 6, i + 64 <= n, PushDeviceToken.mayFollowContext(b, i), ASCII.isHexDigit(x), !credentialsOnly, i >= floor,
           let r = PushDeviceToken.match(b, at: i), let rule = fieldRule(forLiteralKey: "device_token") {
            return (r, .field, rule, 20)
        }
        // `/password-reset/Xk2…`: a one-time link's token.
        if i >= 8, b[i - 1] == UInt8(ascii: "/"), i >= floor, let r = Self.tokenPathSegment(b, at: i), let rule = fieldRule(forLiteralKey: "token") {
            return (r, .field, rule, 20)
        }
        // Alchemy's `https://eth-mainnet.g.alchemy.com/v2/o4QzqVO6…`: a provider's key in the URL's path.
        if i >= 14, b[i - 1] == UInt8(ascii: "/"), d.apiKey >= 0, i >= floor, let r = ProviderURLKey.match(b, at: i) {
            return (r, .detector, d.apiKey, DetectorKind.apiKey.precedence)
        }
        // `for customer 3f5b2e1c-…`: a person's UUID after the word that names them.
        if i >= 5, i + 36 <= n, b[i - 1] == 0x20, b[i + 8] == UInt8(ascii: "-"), ASCII.isHexDigit(x), !credentialsOnly, i >= floor,
           let r = Self.personUUIDAfterWord(b, at: i), let rule = fieldRule(forLiteralKey: r.patient ? "patient_id" : "user_id") {
            return (r.range, .field, rule, 20)
        }
        // `/members/GK428819/activity`, `/v1/profiles/prf_2xK91mQ/traits`: a person's record id in a REST path.
        if i >= 5, b[i - 1] == UInt8(ascii: "/"), !credentialsOnly, i >= floor, let r = Self.personRecordPathID(b, at: i),
           let rule = fieldRule(forLiteralKey: r.patient ? "patient_id" : "user_id") {
            return (r.range, .field, rule, 20)
        }
        let classes = tables[256 + Int(x)]
        // The line's first word is an anchor for sudo messages; `m` starts `mysql` / `mariadb`,
        // `p` a statement's `password '…'`, `v` a `vehicle` before its plate (the caller lets only `veh…` through).
        guard classes != 0 || lineStart || x == UInt8(ascii: "m") || x == UInt8(ascii: "p") || x == UInt8(ascii: "v") else {
            // `/users/jdoe42`: a path segment's account, whatever its first letter.
            if i >= 3, b[i - 1] == UInt8(ascii: "/"), d.authLogUser >= 0, !credentialsOnly, i >= floor, let r = AuthLogDetector.pathAccount(b, at: i) {
                return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
            }
            return nil
        }
        if classes & ScanTables.apiKey != 0, d.apiKey >= 0, let r = APIKeyDetector.match(b, at: i, floor: floor) { return (r, .detector, d.apiKey, DetectorKind.apiKey.precedence) }
        // Django's and Flask's signed, compressed sessions (`.eJxVjEEOgjAQ…`).
        if x == UInt8(ascii: "e"), i > 0, i + 20 < n, b[i + 1] == UInt8(ascii: "J"), b[i - 1] == UInt8(ascii: "."), d.bearerToken >= 0, let r = BearerTokenDetector.signedSession(b, at: i) {
            return (r, .detector, d.bearerToken, DetectorKind.bearerToken.precedence)
        }
        // A Windows account's security identifier, `S-1-5-21-3623811015-3361044348-30300820-1013`.
        if x == UInt8(ascii: "S"), i + 20 < n, b[i + 1] == UInt8(ascii: "-"), b[i + 8] == UInt8(ascii: "-"), !credentialsOnly, d.authLogUser >= 0,
           let r = WindowsAccountDetector.userSID(b, at: i) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // SIP2 (library systems): `|AA<patron>|AE<name>|BD<address>|…`.
        if i >= 3, b[i - 1] == UInt8(ascii: "|"), !credentialsOnly, i >= floor, let (key, value) = Self.sip2Field(b, at: i), let rule = fieldRule(forLiteralKey: key) {
            return (value, .field, rule, 20)
        }
        // Chat and social accounts: an IRC prefix (`:nick!user@host PRIVMSG`), a Slack mention (`<@U05RTYX9K1L>`),
        // a Reddit user (`u/lena_vogt_`), a YouTube channel id (`UC7mXhR2pQ9vLzK4tN8wB3yJ`).
        if i + 2 < n, !credentialsOnly, d.authLogUser >= 0, i >= floor,
           let r = (i >= 1 && b[i - 1] == UInt8(ascii: ":") ? SocialHandleDetector.ircPrefix(b, at: i) : nil)
            ?? (i >= 2 && b[i - 1] == UInt8(ascii: "@") ? SocialHandleDetector.slackMention(b, at: i) : nil)
            ?? (x == UInt8(ascii: "u") ? SocialHandleDetector.redditUser(b, at: i) : nil)
            ?? (x == UInt8(ascii: "U") && b[i + 1] == UInt8(ascii: "C") ? SocialHandleDetector.youTubeChannel(b, at: i) : nil)
            ?? (Self.mayStartNetworkWord(x | 0x20, b[i + 1] | 0x20) ? SocialHandleDetector.proseHandle(b, at: i) : nil),
           !Self.isPseudonym(b, r) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // LINE's user ids, `Uc2e01a84063e65cfa2e2ed54ce678ff3` (`U` and 32 lower-case hex digits).
        if x == UInt8(ascii: "U"), i + 33 <= n, !credentialsOnly, d.authLogUser >= 0, ASCII.isHexDigit(b[i + 1]), !ASCII.isUpper(b[i + 1]),
           let r = Self.lineUserID(b, at: i) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // Steam's `STEAM_1:0:12345678`: a player's account.
        if x == UInt8(ascii: "S"), i + 10 < n, b[i + 5] == UInt8(ascii: "_"), !credentialsOnly, d.authLogUser >= 0, let r = SteamIDDetector.steamID2(b, at: i) {
            // Source engine's `"Name<12><STEAM_1:0:…><CT>"`: the player's name too.
            if let name = GamePlayerDetector.sourceEngineName(b, steamIDAt: i) {
                Self.appendUnlessScrubbed(b, name, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
            }
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // `KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617` (WIF, compressed): a wallet's private key.
        if x == UInt8(ascii: "K") || x == UInt8(ascii: "L") || x == UInt8(ascii: "c"), i + 52 <= n, d.commandLinePassword >= 0, ASCII.isAlnum(b[i + 51]),
           let r = WalletPrivateKeyDetector.match(b, at: i) {
            return (r, .detector, d.commandLinePassword, DetectorKind.commandLinePassword.precedence)
        }
        // `TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL` (TRON), `LM2WMpR1Rp6j3Sa59cMXMyMwXYUHbH1m4N` (Litecoin), Dogecoin's `D…`.
        if x == UInt8(ascii: "T") || x == UInt8(ascii: "L") || x == UInt8(ascii: "M") || x == UInt8(ascii: "D"), !credentialsOnly, i + 26 <= n,
           let r = CryptoAddressDetector.match(b, at: i), let rule = cryptoAddressRule() {
            return (r, .field, rule, 20)
        }
        // `bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh`: a Bitcoin SegWit wallet address.
        if x | 0x20 == UInt8(ascii: "b"), !credentialsOnly, i + 14 < n, b[i + 2] == UInt8(ascii: "1"),
           let r = CryptoAddressDetector.match(b, at: i), let rule = cryptoAddressRule() {
            return (r, .field, rule, 20)
        }
        // `RSSMRA85T10A562S`, `GOMA850312MDFRRN09`, `PZ451289D`: a national id by its shape and check.
        if classes & ScanTables.upper != 0, !credentialsOnly, i + 8 < n, ASCII.isUpper(x),
           let r = NationalIDDetector.matchLetterFirst(b, at: i), let rule = nationalIDRule() {
            return (r, .field, rule, 20)
        }
        // `LRW3E7EK4NC481732`: a vehicle identification number by its check digit.
        if classes & ScanTables.upper != 0, !credentialsOnly, i + 17 <= n, ASCII.isUpper(x),
           let r = VehicleIdentificationNumberDetector.match(b, at: i), let rule = fieldRule(forLiteralKey: "vin") {
            return (r, .field, rule, 20)
        }
        // Sample and file names' `MRN4471290`, `DOB19850611`: the label glued to its value.
        if x == UInt8(ascii: "M") || x == UInt8(ascii: "D"), !credentialsOnly, i + 9 < n, ASCII.isDigit(b[i + 3]), let (r, key) = Self.gluedLabelValue(b, at: i),
           let rule = fieldRule(forLiteralKey: key) {
            return (r, .field, rule, 20)
        }
        // Asterisk's `User entered '7720194836'`: digits a caller keyed into an IVR.
        if x == UInt8(ascii: "U"), i >= floor, i + 18 < n, b[i + 4] == 0x20, b[i + 5] == UInt8(ascii: "e"), let (value, rule) = ivrDigitsEntered(b, at: i) {
            return appendAhead(b, value, rule: rule, precedence: 20, after: i, spans: &spans)
        }
        // `generated hourly PIN 482019637`: a PIN in prose.
        if x == UInt8(ascii: "P"), i >= floor, i + 8 < n, b[i + 1] == UInt8(ascii: "I"), b[i + 3] == 0x20, let (value, rule) = pinPhrase(b, at: i) {
            return appendAhead(b, value, rule: rule, precedence: 20, after: i, spans: &spans)
        }
        // `Door code 7412`, `gate code 1234#`, `Türcode 7412`: an access code in a note.
        if !credentialsOnly, i + 12 < n, Self.mayStartAccessCodeWord(x | 0x20, b[i + 1] | 0x20), i >= floor,
           Self.mayStartAccessCodePhrase(b, i), let (value, rule) = accessCodePhrase(b, at: i) {
            return (value, .field, rule, 20)
        }
        // `FP CCVI4539578763621486/0828`, `FOP: VI4539…`: a card number after its issuer's code.
        if d.paymentCard >= 0, x == UInt8(ascii: "C") || x == UInt8(ascii: "V") || x == UInt8(ascii: "M") || x == UInt8(ascii: "A") || x == UInt8(ascii: "D") || x == UInt8(ascii: "J") || x == UInt8(ascii: "T"),
           i + 15 < n, ASCII.isDigit(b[i + 2]) || ASCII.isDigit(b[i + 4]), let r = PaymentCardDetector.issuerPrefixed(b, at: i, floor: floor) {
            return appendAhead(b, r, rule: d.paymentCard, precedence: DetectorKind.paymentCard.precedence, after: i, spans: &spans)
        }
        // A magnetic stripe's track 1 without its `%`: `track1=B4917610000000000^NAKAMURA/HIROSHI^2805…`.
        if x == UInt8(ascii: "B"), d.paymentCard >= 0, i + 16 < n, ASCII.isDigit(b[i + 1]), let r = PaymentCardDetector.trackOne(b, at: i) {
            return (r, .detector, d.paymentCard, DetectorKind.paymentCard.precedence)
        }
        // HL7 v2: `PID|1||…|DOE^JOHN^A||19800101|…`, each person field under its key's rule.
        if classes & ScanTables.upper != 0, !credentialsOnly, i + 4 < n, b[i + 3] == UInt8(ascii: "|"), Self.isHL7SegmentStart(b, i),
           hl7PersonFields(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 3), .detector, -2, 0)
        }
        // A carrier's proof of delivery: `Delivered - Signed for by: J. MÜLLER`, `Signed by: KOWALCZYK`.
        if x | 0x20 == UInt8(ascii: "s"), !credentialsOnly, i + 12 < n, b[i + 6] == 0x20, b[i + 1] | 0x20 == UInt8(ascii: "i"), let (r, rule) = signedForName(b, at: i) {
            return appendAhead(b, r, rule: rule, precedence: 20, after: i, spans: &spans)
        }
        // SQL's `FIRST_NAME ILIKE 'Thandiwe%'`, `email LIKE '%@example.com'`: the literal under the column's rule.
        // OData's `$filter=LastName eq 'Schäfer'` likewise.
        if x | 0x20 == UInt8(ascii: "l") || x | 0x20 == UInt8(ascii: "i") || x == UInt8(ascii: "e"), !credentialsOnly, i >= 3, i + 7 < n, b[i - 1] == 0x20,
           b[i + 2] == 0x20 || b[i + 4] == 0x20 || b[i + 5] == 0x20, let (r, rule) = sqlLikeValue(b, at: i) {
            return appendAhead(b, r, rule: rule, precedence: 20, after: i, spans: &spans)
        }
        // Hibernate's `binding parameter [2] as [VARCHAR] - [Sara]`: a bound value that is a name.
        if x == UInt8(ascii: "b"), !credentialsOnly, i + 24 < n, b[i + 1] == UInt8(ascii: "i"), b[i + 7] == 0x20, let (r, rule) = sqlBindingName(b, at: i) {
            spans.append(TextSpan(r, rule: rule, kind: .field, precedence: 20))
            var resume = i + 1
            while resume < n, ASCII.isAlnum(b[resume]) { resume += 1 }
            return (i..<resume, .detector, -2, 0)
        }
        // X12 EDI: `NM1*IL*1*NGUYEN*THI MAI****MI*JHK402918836~N3*…~DMG*D8*19880214*F~`.
        if classes & ScanTables.upper != 0, !credentialsOnly, i + 4 < n, b[i + 2] == UInt8(ascii: "*") || b[i + 3] == UInt8(ascii: "*"),
           x12PersonFields(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 2), .detector, -2, 0)
        }
        // PostgreSQL's `DETAIL:  parameters: $1 = 'ewa.nowak', …`: values by their shape.
        if x == UInt8(ascii: "p"), !credentialsOnly, i + 16 < n, b[i + 10] == UInt8(ascii: ":"), b[i + 12] == UInt8(ascii: "$"), postgresParameters(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 10), .detector, -2, 0)
        }
        // TypeORM's `… VALUES ($1, $2) -- PARAMETERS: ["Mateo","Gonzalez Reyes"]`: values by their columns.
        if x == UInt8(ascii: "P"), !credentialsOnly, i + 16 < n, b[i + 10] == UInt8(ascii: ":"), b[i + 12] == UInt8(ascii: "["), i >= 3, b[i - 1] == 0x20,
           boundParameters(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 10), .detector, -2, 0)
        }
        // SQLAlchemy's `[parameters: ('dmitri.volkov88', '1988-11-02')]`: values by their shape.
        if x == UInt8(ascii: "p"), !credentialsOnly, i + 16 < n, i > 0, b[i - 1] == UInt8(ascii: "["), b[i + 10] == UInt8(ascii: ":"),
           sqlAlchemyParameters(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 10), .detector, -2, 0)
        }
        // PostgreSQL's `Failing row contains (1042, Amara, null, 1988-04-23, …)`: values by their shape.
        if x == UInt8(ascii: "F"), !credentialsOnly, i + 24 < n, b[i + 1] == UInt8(ascii: "a"), b[i + 7] == 0x20, failingRowValues(b, at: i, floor: floor, spans: &spans) {
            return (i..<(i + 7), .detector, -2, 0)
        }
        // `setUserId("dang.vanlam")`, `mixpanel.identify('…')`, `Setting user identifier: …`: an SDK's user.
        if !credentialsOnly, (x == UInt8(ascii: "s") && i + 12 < n && b[i + 1] == UInt8(ascii: "e") && b[i + 3] == UInt8(ascii: "U"))
            || (x == UInt8(ascii: "i") && i + 10 < n && b[i + 1] == UInt8(ascii: "d") && b[i + 8] == UInt8(ascii: "("))
            || (x == UInt8(ascii: "S") && i + 26 < n && b[i + 1] == UInt8(ascii: "e") && b[i + 8] == UInt8(ascii: "u")),
           let (value, rule) = userIdentifierCall(b, at: i) {
            return (value, .field, rule, 20)
        }
        // WordPress' `define( 'DB_PASSWORD', '…' );`, `ini_set('mysql.default_password', '…')`.
        if (x == UInt8(ascii: "d") && i + 12 < n && b[i + 6] == UInt8(ascii: "(")) || (x == UInt8(ascii: "i") && i + 12 < n && b[i + 7] == UInt8(ascii: "(")),
           !credentialsOnly, i >= floor, let (value, rule) = phpDefine(b, at: i) {
            return (value, .field, rule, 20)
        }
        // Redis MONITOR's `"HSET" "key" "user" "noah.w" …`, `"CONFIG" "SET" "requirepass" "x"`, `"ACL" "SETUSER" "u" ">pw"`.
        if x | 0x20 == UInt8(ascii: "h") || x | 0x20 == UInt8(ascii: "c") || x | 0x20 == UInt8(ascii: "a"), !credentialsOnly, i > 0, b[i - 1] == UInt8(ascii: "\""), i + 10 < n, redisHashFields(b, at: i, floor: floor, spans: &spans) {
            var resume = i + 1
            while resume < n, ASCII.isAlnum(b[resume]) { resume += 1 }
            return (i..<resume, .detector, -2, 0)
        }
        // `form-data; name="password"\r\n\r\ns3cret`: a multipart part dumped into one line.
        if x == UInt8(ascii: "f"), !credentialsOnly, i + 16 < n, b[i + 1] == UInt8(ascii: "o"), b[i + 4] == UInt8(ascii: "-"), let hit = formDataPart(b, at: i) {
            return hit
        }
        // Moodle's `The user with id '10482' viewed the course …`: the user's id.
        if x | 0x20 == UInt8(ascii: "u"), i + 16 < n, b[i + 4] == 0x20, !credentialsOnly, i >= floor, let r = Self.moodleUserID(b, at: i),
           let rule = fieldRule(forLiteralKey: "user_id") {
            return (r, .field, rule, 20)
        }
        // `cvv 123`, `DOB 03/14/1975`, `MRN 00123456`, `ssn 123456789`, `born 1985-04-12`: a short key before a value of its shape.
        if i + 4 < n {
            let lower = x | 0x20, second = b[i + 1] | 0x20
            switch (lower, second) {
            case (UInt8(ascii: "c"), UInt8(ascii: "v")), (UInt8(ascii: "c"), UInt8(ascii: "s")), (UInt8(ascii: "d"), UInt8(ascii: "o")), (UInt8(ascii: "m"), UInt8(ascii: "r")),
                 (UInt8(ascii: "s"), UInt8(ascii: "s")), (UInt8(ascii: "s"), UInt8(ascii: "i")), (UInt8(ascii: "i"), UInt8(ascii: "m")), (UInt8(ascii: "p"), UInt8(ascii: "i")),
                 (UInt8(ascii: "b"), UInt8(ascii: "o")), (UInt8(ascii: "b"), UInt8(ascii: "i")),
                 // "born" in other languages: `geb.`/`geboren`, `nacido`, `nato`, `nascido`, `urodzony`, `né`/`née` (0xC3 | 0x20).
                 (UInt8(ascii: "g"), UInt8(ascii: "e")), (UInt8(ascii: "n"), UInt8(ascii: "a")), (UInt8(ascii: "u"), UInt8(ascii: "r")), (UInt8(ascii: "n"), 0xE3):
                // (`name`, `general`, `url`: the third byte rules most words out.)
                if lower == UInt8(ascii: "n") || lower == UInt8(ascii: "g") || lower == UInt8(ascii: "u") {
                    let third = b[i + 2] | 0x20
                    guard third == UInt8(ascii: "t") || third == UInt8(ascii: "c") || third == UInt8(ascii: "s") || third == UInt8(ascii: "b") || third == UInt8(ascii: "o") || second == 0xE3 else { break }
                }
                if !credentialsOnly, let (key, value) = Self.proseKeyValue(b, at: i), let rule = proseKeyRule(b, key) {
                    return (value, .field, rule, 20)
                }
            default: break
            }
            // `passport X12345678`, `driver license D1234567`, `NI number AB123456C`, `tax id 12-3456789`.
            if Self.mayStartIdentityPhrase(lower, second, b[i + 2] | 0x20), !credentialsOnly, let (key, value) = Self.proseIdentityNumber(b, at: i),
               let rule = fieldRule(forLiteralKey: key) {
                return (value, .field, rule, 20)
            }
            // `vehicle LK19 XWT`, `Kennzeichen M-JW 4821`, `immat. GE-512-VX`.
            if Self.mayStartPlatePhrase(lower, second), !credentialsOnly, let value = Self.prosePlate(b, at: i), let rule = fieldRule(forLiteralKey: "license_plate") {
                return (value, .field, rule, 20)
            }
            // 5G core's subscriber identities (3GPP TS 23.003): `imsi-310260987654321` (a SUPI),
            // `msisdn-12025550147` (a GPSI), `suci-0-310-260-0000-0-0-987654321`.
            if (lower == UInt8(ascii: "i") && second == UInt8(ascii: "m")) || (lower == UInt8(ascii: "m") && second == UInt8(ascii: "s")) || (lower == UInt8(ascii: "s") && second == UInt8(ascii: "u")),
               !credentialsOnly, let (key, value) = Self.subscriberIdentity(b, at: i), let rule = fieldRule(forLiteralKey: key) {
                return (value, .field, rule, 20)
            }
            // `api key ak_live_51Hq…`, `client secret Xy7_kP9…`, `webhook 1ab872e5…`: a secret named in prose.
            if (lower == UInt8(ascii: "a") && second == UInt8(ascii: "p")) || (lower == UInt8(ascii: "s") && second == UInt8(ascii: "e"))
                || (lower == UInt8(ascii: "k") && second == UInt8(ascii: "e")) || (lower == UInt8(ascii: "p") && second == UInt8(ascii: "a"))
                || (lower == UInt8(ascii: "w") && second == UInt8(ascii: "e")),
               let (value, key) = Self.proseSecret(b, at: i), let rule = fieldRule(forLiteralKey: key) {
                return (value, .field, rule, 20)
            }
            // Vault's `Unseal Key 1: …`, `Recovery Key 2: …` (`operator init`'s output).
            if (x == UInt8(ascii: "U") && second == UInt8(ascii: "n")) || (x == UInt8(ascii: "R") && second == UInt8(ascii: "e")),
               let value = Self.vaultKeyShare(b, at: i), let rule = fieldRule(forLiteralKey: "secret") {
                return (value, .field, rule, 20)
            }
            // `Benutzer hans.mueller hat sich angemeldet`, `El usuario juan.perez`: a word for a user in another language.
            if d.authLogUser >= 0, !credentialsOnly, AuthLogDetector.mayStartLatinUserWord(lower, second, b[i + 2] | 0x20), let r = AuthLogDetector.localizedUser(b, at: i) {
                return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
            }
            // IMAP's `a001 LOGIN user password`: the account and the password (before `login "jdoe"`
            // below takes the account alone).
            if x == UInt8(ascii: "L"), second == UInt8(ascii: "o"), i >= floor, d.commandLinePassword >= 0,
               let hit = IMAPLoginDetector.arguments(b, at: i), hit.password != nil || (d.authLogUser >= 0 && !credentialsOnly) {
                guard let password = hit.password else {
                    // A masked password (`****`): the account alone.
                    return appendAhead(b, hit.user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
                }
                if d.authLogUser >= 0, !credentialsOnly {
                    Self.appendUnlessScrubbed(b, hit.user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                }
                return appendAhead(b, password, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
            // BlueZ's `/org/bluez/hci0/dev_F4_7D_EF_12_34_56`: a device's MAC address in a D-Bus path.
            if x == UInt8(ascii: "d"), second == UInt8(ascii: "e"), i + 21 <= n, b[i + 3] == UInt8(ascii: "_"), b[i + 2] == UInt8(ascii: "v"), d.macAddress >= 0,
               !credentialsOnly, let r = MACAddressDetector.match(b, at: i + 4, floor: floor) {
                return appendAhead(b, r, rule: d.macAddress, precedence: DetectorKind.macAddress.precedence, after: i, spans: &spans)
            }
            // IRC-style transcripts: `* kpatel has joined #support` (`<mwright>` at its `<`).
            if i >= 2, b[i - 1] == 0x20, b[i - 2] == UInt8(ascii: "*"), d.authLogUser >= 0, !credentialsOnly,
               let r = ChatNickDetector.match(b, at: i) {
                return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
            }
            // Mosquitto's `… u'marek', p'Tr0ub4dor&3')`: a CONNECT's password.
            if x == UInt8(ascii: "p"), second == UInt8(ascii: "'"), i >= floor, d.commandLinePassword >= 0, let r = AuthLogDetector.mosquittoPassword(b, at: i) {
                return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
            // `invalid national id '850101-1234567'`: an identity number quoted after its label.
            if !credentialsOnly, let (value, rule) = quotedIdentityNumber(b, at: i) {
                return (value, .field, rule, 20)
            }
            // `"password" with value "…"` (Joi), `with username 'ghost_user'`, `login "jdoe" failed`.
            // (Cheap tests first: `with v`, `us?r?ame `, `lo?i? ` — most words stop here.)
            if !credentialsOnly, (x == UInt8(ascii: "w") && b[i + 4] == 0x20 && i + 5 < n && b[i + 5] == UInt8(ascii: "v"))
                || (lower == UInt8(ascii: "u") && second == UInt8(ascii: "s") && i + 8 < n && b[i + 8] == 0x20 && b[i + 4] | 0x20 == UInt8(ascii: "n"))
                || (lower == UInt8(ascii: "l") && second == UInt8(ascii: "o") && i + 5 < n && b[i + 5] == 0x20 && b[i + 2] | 0x20 == UInt8(ascii: "g"))
                || (lower == UInt8(ascii: "p") && second == UInt8(ascii: "h") && i + 6 < n && b[i + 5] == 0x20),
               let (value, rule) = quotedValueAfterKeyWord(b, at: i) {
                return (value, .field, rule, 20)
            }
            // auditd's `EXECVE … a0="mysql" a1="-uroot" a2="-pS3cret"`: an argument that is a password.
            if x == UInt8(ascii: "a"), ASCII.isDigit(second) {
                if d.commandLinePassword >= 0, let r = CommandLinePasswordDetector.execveArgument(b, at: i) {
                    // curl's `a2="user:pass"`: the account too.
                    if d.authLogUser >= 0, !credentialsOnly, let user = CommandLinePasswordDetector.execveUser(b, at: i), user.upperBound <= r.lowerBound {
                        Self.appendUnlessScrubbed(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                    }
                    return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
                }
                if d.authLogUser >= 0, !credentialsOnly, let r = CommandLinePasswordDetector.execveUser(b, at: i) {
                    return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
                }
            }
            // `Duplicate entry 'jdoe42' for key 'users.username'`, `The duplicate key value is (…)`.
            if (lower == UInt8(ascii: "d") && second == UInt8(ascii: "u")) || (x == UInt8(ascii: "T") && second == UInt8(ascii: "h")),
               !credentialsOnly, i + 20 < n, b[i + 3] | 0x20 == UInt8(ascii: "l") || b[i + 3] == 0x20, let (value, rule) = duplicateKeyValue(b, at: i) {
                return (value, .field, rule, 20)
            }
            // `machine api.example.com login jane` (.netrc).
            if lower == UInt8(ascii: "l"), second == UInt8(ascii: "o"), !credentialsOnly, let (value, rule) = netrcLogin(b, at: i) {
                return (value, .field, rule, 20)
            }
            switch (lower, second) {
            case (UInt8(ascii: "c"), UInt8(ascii: "o")), (UInt8(ascii: "o"), UInt8(ascii: "t")), (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "c"), 0xC3 | 0x20):  // (`có`digo)
                if let (r, ahead) = Self.oneTimeCode(b, at: i), let rule = oneTimeCodeRule() {
                    guard ahead else { return (r, .field, rule, 20) }
                    // Past a `for …` clause: added ahead, the clause still scanned.
                    spans.append(TextSpan(r, rule: rule, kind: .field, precedence: 20))
                    let wordEnd = CredentialScan.runEnd(b, from: i, ASCII.isLetter)
                    return (i..<wordEnd, .detector, -2, 0)
                }
            default: break
            }
        }
        // Auth0's user ids in paths and prose: `/api/v2/users/auth0%7C65a3f8e1…`, `google-oauth2|1098…`.
        if x == UInt8(ascii: "a") || x == UInt8(ascii: "g") || x == UInt8(ascii: "f") || x == UInt8(ascii: "w") || x == UInt8(ascii: "l") || x == UInt8(ascii: "s") || x == UInt8(ascii: "o") || x == UInt8(ascii: "t"),
           !credentialsOnly, d.authLogUser >= 0, i + 8 < n, i >= floor, let r = IdentityProviderUserID.auth0(b, at: i), !Self.isPseudonym(b, r) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // Apereo CAS: `…cannot find authentication handler that supports [chen.jiahui] of type [UsernamePasswordCredential]`.
        if x == UInt8(ascii: "s"), i + 24 < n, b[i + 8] == 0x20, b[i + 9] == UInt8(ascii: "["), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           ASCII.hasPrefix(b, at: i, exactly: "supports [") {
            let start = i + 10
            var e = start
            while e < n, e - start <= 128, b[e] != UInt8(ascii: "]"), b[e] != 0x0A { e += 1 }
            if e > start, ASCII.hasPrefix(b, at: e, exactly: "] of type ["), !Self.isPseudonym(b, start..<e), Self.alreadyScrubbedEnd(b, start..<e) == nil {
                return appendAhead(b, start..<e, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
            }
        }
        // Dovecot's `auth_debug_passwords`: `SHA512-CRYPT(Vesuvio!1987) != '$6$…'`.
        if classes & ScanTables.upper != 0, d.commandLinePassword >= 0, i + 8 < n, ASCII.isUpper(b[i + 1]), let r = DovecotDebugPassword.match(b, at: i) {
            return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
        }
        // Firebase Auth on Android: `Notifying id token listeners about user ( Hk3Qz8vNpXeT0bWm2aYcLr4sUu71 ).` — the user's uid.
        if x == UInt8(ascii: "a"), i + 16 < n, b[i + 1] == UInt8(ascii: "b"), !credentialsOnly, d.authLogUser >= 0, i >= floor,
           ASCII.hasPrefix(b, at: i, exactly: "about user ( ") {
            let start = i + 13
            var e = start
            while e < n, e - start <= 128, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
            if e - start >= 6, e + 1 < n, b[e] == 0x20, b[e + 1] == UInt8(ascii: ")"), !Self.isPseudonym(b, start..<e) {
                return appendAhead(b, start..<e, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
            }
        }
        // Mews' `Invalid AccessToken 'E24E43B9…'`, `RefreshToken 1//0gX…`: a token type's name in one word, then the token.
        if classes & ScanTables.upper != 0, d.bearerToken >= 0, i + 24 < n, let r = BearerTokenDetector.afterCamelTokenName(b, at: i, floor: floor) {
            return (r, .detector, d.bearerToken, DetectorKind.bearerToken.precedence)
        }
        if classes & ScanTables.scheme != 0 {
            if d.bearerToken >= 0, let r = BearerTokenDetector.match(b, at: i, floor: floor) { return (r, .detector, d.bearerToken, DetectorKind.bearerToken.precedence) }
            if d.basicAuth >= 0, let r = BasicAuthDetector.match(b, at: i, floor: floor) { return (r, .detector, d.basicAuth, DetectorKind.basicAuth.precedence) }
        }
        // PowerShell's `ConvertTo-SecureString 'S3cr3t' -AsPlainText`.
        if x | 0x20 == UInt8(ascii: "c"), i + 23 < n, b[i + 9] == UInt8(ascii: "-"), d.commandLinePassword >= 0,
           let r = CommandLinePasswordDetector.secureStringArgument(b, at: i) {
            return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
        }
        // Network devices' configuration: `snmp-server community …`, `password 7 …`, `key-string …`.
        // (The keyword's first two bytes first: `pa`, `pl`, `pr`, `se`, `sn`, `ke`, `au`, `wp`.)
        if i + 8 < n, NetworkConfigSecretDetector.mayStart(x, b[i + 1]),
           d.commandLinePassword >= 0, let r = NetworkConfigSecretDetector.match(b, at: i) {
            return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
        }
        if x == UInt8(ascii: "m") || x == UInt8(ascii: "s") || x == UInt8(ascii: "c") || x == UInt8(ascii: "d") || x == UInt8(ascii: "p") || x == UInt8(ascii: "r")
            || (x == UInt8(ascii: "P") && i + 1 < n && b[i + 1] == UInt8(ascii: "s"))  // `PsExec`
            || x == UInt8(ascii: "o") || x == UInt8(ascii: "h") || x == UInt8(ascii: "a")
            || (x == UInt8(ascii: "e") && i + 4 < n && (b[i + 1] == UInt8(ascii: "t") || (b[i + 1] == UInt8(ascii: "c") && b[i + 4] == 0x20)))  // `echo `, `etcdctl`
            || (x == UInt8(ascii: "z") && i + 4 < n && b[i + 1] == UInt8(ascii: "i")) || (x == UInt8(ascii: "u") && i + 6 < n && (b[i + 1] == UInt8(ascii: "n") && b[i + 2] == UInt8(ascii: "z") || b[i + 1] == UInt8(ascii: "s") && b[i + 3] == UInt8(ascii: "r") && (b[i + 4] == UInt8(ascii: "a") || b[i + 4] == UInt8(ascii: "m") || b[i + 4] == UInt8(ascii: "d"))))  // `zip`, `unzip`, `usermod`
            || (x | 0x20 == UInt8(ascii: "x") && i + 4 < n && (b[i + 1] | 0x20 == UInt8(ascii: "f") || b[i + 1] == UInt8(ascii: "c"))) || (x | 0x20 == UInt8(ascii: "w") && i + 4 < n && b[i + 1] | 0x20 == UInt8(ascii: "f"))  // `xfreerdp`, `xcrun`
            || (x == UInt8(ascii: "w") && i + 8 < n && b[i + 1] == UInt8(ascii: "p") && b[i + 2] == 0x20)  // WP-CLI
            || (x == UInt8(ascii: "e") && i + 4 < n && b[i + 1] == UInt8(ascii: "v")) || (x == UInt8(ascii: "n") && i + 4 < n && (b[i + 1] == UInt8(ascii: "x") || b[i + 1] == UInt8(ascii: "m")))  // `evil-winrm`, `nxc`, `nmcli`
            || ((x | 0x20) == UInt8(ascii: "n") && i + 4 < n && (b[i + 3] == 0x20 || b[i + 3] == UInt8(ascii: "1")) && (b[i + 1] | 0x20) == UInt8(ascii: "e"))  // `net `, `net1 `
            || (x == UInt8(ascii: "i") && i + 9 < n && b[i + 8] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "m")) {  // `impacket-`
            // A command line: its password, and the account it names (`mysql -u root -pS3cr3t`).
            let password = d.commandLinePassword >= 0 ? CommandLinePasswordDetector.match(b, at: i, floor: floor) : nil
            let user = d.authLogUser >= 0 && !credentialsOnly ? CommandLineUserDetector.match(b, at: i, floor: floor) : nil
            if let user {
                if password == nil { return appendAhead(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans) }
                Self.appendUnlessScrubbed(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
            }
            if let password {
                return appendAhead(b, password, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
        }
        // `WITH PASSWORD '…'`, `IDENTIFIED BY '…'` (query logs), Redis `"AUTH" "…"`, SMTP `AUTH PLAIN …`;
        // a SASL response line (`CLIENT -> SERVER: …`, `send: b'…'`).
        // (Second letters first: `pa`ssword, `id`entified, `au`th, `cl`ient, `se`nd — most words stop here.)
        let second = i + 1 < n ? b[i + 1] | 0x20 : 0
        switch (x | 0x20, second) {
        case (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "i"), UInt8(ascii: "d")), (UInt8(ascii: "a"), UInt8(ascii: "u")):
            if d.commandLinePassword >= 0, let r = StatementPasswordDetector.match(b, at: i, floor: floor) {
                return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
            // FTP's `"PASS s3cret"`, `> PASS s3cret`.
            if x == UInt8(ascii: "P"), d.commandLinePassword >= 0, i >= floor, let hit = FTPCommandDetector.argument(b, at: i) {
                return appendAhead(b, hit.value, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
            // `with user telnyx_user_88 pass Tz7!mQ2pR9`.
            if d.commandLinePassword >= 0, i >= floor, let r = Self.passAfterUser(b, at: i) {
                return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
        case (UInt8(ascii: "i"), UInt8(ascii: "n")):
            // `INSERT INTO users (email, name, password) VALUES (…)`: each value under its column's rule.
            if !credentialsOnly, i >= floor, i >= signIn.sqlStatementEnd,
               sqlInsertValues(b, at: i, floor: floor, spans: &spans, parsedEnd: &signIn.sqlStatementEnd) {
                var resume = i + 1
                while resume < n, ASCII.isAlnum(b[resume]) { resume += 1 }
                return (i..<resume, .detector, -2, 0)
            }
        case (UInt8(ascii: "u"), UInt8(ascii: "s")) where x == UInt8(ascii: "U"), (UInt8(ascii: "c"), UInt8(ascii: "o")) where x == UInt8(ascii: "C"):
            // FTP's `"USER anna"`, Pure-FTPd's `Command [user] [anna]` and `Command [pass] [s3cret]`.
            if i >= floor, !credentialsOnly, let hit = x == UInt8(ascii: "C") ? FTPCommandDetector.pureFTPdArgument(b, at: i) : FTPCommandDetector.argument(b, at: i) {
                let rule = hit.password ? d.commandLinePassword : d.authLogUser
                let kind: DetectorKind = hit.password ? .commandLinePassword : .authLogUser
                if rule >= 0 { return appendAhead(b, hit.value, rule: rule, precedence: kind.precedence, after: i, spans: &spans) }
            }
        case (UInt8(ascii: "c"), UInt8(ascii: "l")), (UInt8(ascii: "s"), UInt8(ascii: "e")):
            // Only `CLIENT -> SERVER: ` and `send: ` (exact case) go on.
            if x == UInt8(ascii: "C") || (x == UInt8(ascii: "s") && i + 4 < n && b[i + 4] == UInt8(ascii: ":")),
               d.commandLinePassword >= 0, i >= floor, let r = SASLCredentialDetector.saslResponseLine(b, at: i) {
                return appendAhead(b, r, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, after: i, spans: &spans)
            }
        default:
            break
        }
        if classes & ScanTables.cookie != 0, d.cookie >= 0, !isQuotedFieldKey(b, i) {
            ranges.removeAll(keepingCapacity: true)
            if let headerEnd = CookieDetector.detect(b, at: i, floor: floor, into: &ranges) {
                // Summaries and placeholders already in the header (`[jwt;alg=…;…]` holds
                // `;` and `=`) are not cookies: skip values inside them.
                var scrubbedRegions: [Range<Int>] = []
                var k = i
                while k < min(headerEnd, b.count) {
                    if b[k] == UInt8(ascii: "["), let e = Self.placeholderEnd(b, at: k) { scrubbedRegions.append(k..<e); k = e } else { k += 1 }
                }
                // A value that only partly overlaps one (`session=ab=[REDACTED:…] rest`) keeps
                // its parts outside it: dropping the whole value left them to key context, which
                // ends at a different byte than the second pass's cookie value (found by fuzz-json).
                for r in Self.outside(scrubbedRegions, of: ranges, in: b) where !Self.isScrubbedSequence(b, r) {
                    // A JWT cookie is summarised like any other JWT.
                    if d.jwt >= 0, r.count > 10, b[r.lowerBound] == UInt8(ascii: "e"),
                       let token = JWTDetector.match(b, at: r.lowerBound, floor: r.lowerBound), token.range == r {
                        spans.append(TextSpan(r, rule: d.jwt, kind: .jwt, precedence: DetectorKind.jwt.precedence))
                    } else {
                        spans.append(TextSpan(r, rule: d.cookie, kind: .detector, precedence: DetectorKind.cookie.precedence))
                    }
                }
                // Resume right after the keyword, not at the header's end: every byte of the
                // header that is not a cookie value (names too) is still scanned (fail closed).
                // The spans are re-sorted and merged at the end of the line. The header's end
                // rides in the precedence slot: key values inside it end at `;`.
                var resume = i + 1
                while resume < b.count, ASCII.isAlnum(b[resume]) { resume += 1 }
                return (i..<resume, .detector, -2, headerEnd)
            }
        }
        if credentialsOnly { return nil }
        // `/home/alice/.ssh`, `C:\Users\jsmith\AppData`, `\\fs01\users$\tnguyen`: the user name.
        if x == UInt8(ascii: "h") || x == UInt8(ascii: "U") || x == UInt8(ascii: "u"), d.authLogUser >= 0, let r = HomeDirectoryDetector.match(b, at: i, floor: floor) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // `/remote.php/dav/files/ines.carvalho/…`, `auth/userpass/login/marta.nowak`, Puppet's `/User[ingrid]/…`.
        if x == UInt8(ascii: "d") || x == UInt8(ascii: "c") || x == UInt8(ascii: "a") || x == UInt8(ascii: "U"), i > 0, b[i - 1] == UInt8(ascii: "/") || b[i - 1] == UInt8(ascii: "\""), d.authLogUser >= 0,
           let r = HomeDirectoryDetector.servicePathUser(b, at: i, floor: floor), !Self.isPseudonym(b, r) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // `arn:aws:iam::123456789012:user/Alice`: the user (or STS session) name.
        // `/users/lisa.hoffmann/settings`, `/profile/markus.weber`: an account in a URL's path.
        if i >= 3, b[i - 1] == UInt8(ascii: "/"), d.authLogUser >= 0, !credentialsOnly, i >= floor, let r = AuthLogDetector.pathAccount(b, at: i) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        // Vault's `"path":"auth/userpass/login/jmorrison"`: the account in a request path.
        if x == UInt8(ascii: "a"), d.authLogUser >= 0, !credentialsOnly, i + 12 < n, b[i + 4] == UInt8(ascii: "/"), b[i + 1] == UInt8(ascii: "u"), i >= floor,
           let r = AuthLogDetector.vaultAuthPath(b, at: i) {
            return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        if x == UInt8(ascii: "a"), d.authLogUser >= 0, i + 3 < n, b[i + 1] == UInt8(ascii: "r"), b[i + 2] == UInt8(ascii: "n"),
           b[i + 3] == UInt8(ascii: ":"), let r = ARNUserDetector.match(b, at: i, floor: floor) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        if classes & ScanTables.upper != 0, d.iban >= 0, i + 3 < n, ASCII.isUpper(b[i + 1]), ASCII.isDigit(b[i + 2]),
           let r = IBANDetector.match(b, at: i, floor: floor) {
            return (r, .detector, d.iban, DetectorKind.iban.precedence)
        }
        // `Victor Hugo`, `Dr. Jane Roe`; `Hauptstraße 5`, `Via Roma 10`.
        if classes & ScanTables.upper != 0, Self.capitalisedWordBeforeNameOrNumber(b, i) {
            // `Rua Augusta 215`, `Calle Mayor 5`: a street's word first, before a name could take its words.
            if d.streetAddress >= 0, i + 4 < n, StreetAddressDetector.startsNameFirstStreet(b, at: i), let r = StreetAddressDetector.matchNameFirst(b, at: i, floor: floor) {
                return (r, .detector, d.streetAddress, DetectorKind.streetAddress.precedence)
            }
            if d.personName >= 0, let r = PersonNameDetector.match(b, at: i, floor: floor) {
                // `Karen Whitfield (kwhitfield)`: the account after its owner's name.
                if d.authLogUser >= 0, !credentialsOnly, r.upperBound + 4 < n, b[r.upperBound] == 0x20, let account = AuthLogDetector.accountAfterName(b, name: r) {
                    Self.appendUnlessScrubbed(b, account, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans)
                }
                return (r, .detector, d.personName, DetectorKind.personName.precedence)
            }
            if d.streetAddress >= 0, let r = StreetAddressDetector.matchNameFirst(b, at: i, floor: floor) {
                return (r, .detector, d.streetAddress, DetectorKind.streetAddress.precedence)
            }
            // `(Wojcik, Agnieszka)`, `driver="Schneider, Lukas"`: family name, comma, given name.
            if d.personName >= 0, !credentialsOnly, i >= floor, let r = PersonNameDetector.familyCommaGiven(b, at: i) {
                return (r, .detector, d.personName, DetectorKind.personName.precedence)
            }
        }
        // `Jane_Doe_CV.pdf`, `Mei-Ling_Chen_Resume_2024.docx`: a CV's owner in its file name.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i + 8 < n, ASCII.isLower(b[i + 1]),
           let r = PersonNameDetector.resumeFileOwner(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // Airline reservations: `SSR DOCS BA HK1 P/GBR/123456789/GBR/12JAN80/F/15MAR30/DOE/JANE`, `1.DOE/JANE MRS`, `FQTV BA 71234567`,
        // a PNL's `1MUELLER/HANS MR-A2` and `.R/DOCS …`, a boarding pass's `M1DOE/JANE …`.
        if classes & ScanTables.upper != 0, !credentialsOnly, i + 8 < n,
           (x == UInt8(ascii: "S") && b[i + 1] == UInt8(ascii: "S") && b[i + 3] == 0x20) || (x == UInt8(ascii: "F") && b[i + 1] == UInt8(ascii: "Q"))
            || (i >= 2 && b[i - 1] == UInt8(ascii: ".") && ASCII.isDigit(b[i - 2])) || (i >= 1 && ASCII.isDigit(b[i - 1]))
            || (x == UInt8(ascii: "D") && i >= 3 && b[i - 1] == UInt8(ascii: "/") && b[i - 3] == UInt8(ascii: "."))
            || (x == UInt8(ascii: "M") && ASCII.isDigit(b[i + 1])) || ((x == UInt8(ascii: "N") || x == UInt8(ascii: "D") || x == UInt8(ascii: "C")) && b[i + 3] == UInt8(ascii: "+")) {
            let found = AirlineReservationDetector.match(b, at: i)
            if !found.isEmpty {
                for (r, field) in found {
                    let rule: Int?
                    switch field {
                    case .passport: rule = fieldRule(forLiteralKey: "passport_number")
                    case .dateOfBirth: rule = fieldRule(forLiteralKey: "dob")
                    case .name: rule = d.personName >= 0 ? d.personName : fieldRule(forLiteralKey: "full_name")
                    case .phone: rule = fieldRule(forLiteralKey: "phone")
                    case .email: rule = fieldRule(forLiteralKey: "email")
                    case .frequentFlyer: rule = fieldRule(forLiteralKey: "frequent_flyer")
                    }
                    if let rule { Self.appendUnlessScrubbed(b, r, rule: rule, precedence: 20, spans: &spans, kind: .field) }
                }
                var resume = i + 1
                while resume < n, ASCII.isAlnum(b[resume]) { resume += 1 }
                return (i..<resume, .detector, -2, 0)
            }
        }
        // `MRN-00482913`, `MRN00482913`: a medical record number that names itself.
        if x == UInt8(ascii: "M"), !credentialsOnly, i >= floor, i + 8 < n, b[i + 1] == UInt8(ascii: "R"), b[i + 2] == UInt8(ascii: "N"),
           let r = Self.selfNamedRecordNumber(b, at: i), let rule = fieldRule(forLiteralKey: "mrn") {
            return (r, .field, rule, 20)
        }
        // A driver's licence barcode's elements: `DCSGARCIA-MARQUEZ`, `DAQ33414819`, `DBB07211990`.
        if x == UInt8(ascii: "D") || x == UInt8(ascii: "A"), !credentialsOnly, i >= floor, i + 4 < n,
           let (r, key) = x == UInt8(ascii: "D") ? DriverLicenseBarcodeDetector.element(b, at: i) : DriverLicenseBarcodeDetector.elementInHeader(b, at: i),
           let rule = fieldRule(forLiteralKey: key) {
            Self.appendUnlessScrubbed(b, r, rule: rule, precedence: 20, spans: &spans, kind: .field)
            return (i..<r.upperBound, .detector, -2, 0)
        }
        // `Coverage active for GONZÁLEZ, MARÍA JOSÉ`: family, given, in capitals in free text.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i >= floor, i + 6 < n, ASCII.isUpper(b[i + 1]) || b[i + 1] == 0xC3,
           let r = PersonNameDetector.capitalsFamilyCommaGiven(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // `for patient 'MÜLLER^JOHANNES'`: an HL7 name echoed outside its segment.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i >= floor, i + 5 < n, ASCII.isUpper(b[i + 1]) || b[i + 1] == 0xC3,
           let r = PersonNameDetector.caretFamilyGiven(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // `name mismatch 'LIU Yuxuan'`: a quoted East Asian name, the family name in capitals first.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i >= 1, b[i - 1] == UInt8(ascii: "'") || b[i - 1] == UInt8(ascii: "\""), i >= floor,
           i + 5 < n, ASCII.isUpper(b[i + 1]), let r = PersonNameDetector.quotedCapitalFamilyFirst(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // Epic's access-log CSV: `"PATEL, JAYESH"` (family, given, in capitals).
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i >= 1, b[i - 1] == UInt8(ascii: "\""), i >= floor,
           let r = PersonNameDetector.quotedCapitalsFamilyCommaGiven(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // A CSV row's `17,"Jane","Whitaker","jane@…"`: the names in two neighbouring cells.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i >= 1, b[i - 1] == UInt8(ascii: ",") || b[i - 1] == UInt8(ascii: "\"") || b[i - 1] == UInt8(ascii: ";") {
            if let (given, family) = PersonNameDetector.csvNamePair(b, at: i) {
                Self.appendUnlessScrubbed(b, family, rule: d.personName, precedence: DetectorKind.personName.precedence, spans: &spans)
                return (given, .detector, d.personName, DetectorKind.personName.precedence)
            }
            // `CL241118;Haugland;Ingrid;F;…`: family name first.
            if i >= floor, let (family, given) = PersonNameDetector.csvFamilyGivenPair(b, at: i) {
                Self.appendUnlessScrubbed(b, given, rule: d.personName, precedence: DetectorKind.personName.precedence, spans: &spans)
                return (family, .detector, d.personName, DetectorKind.personName.precedence)
            }
        }
        // `Janes-iPhone`, `Bobs-MacBook-Pro` (DHCP, NetworkManager): a device named after its owner.
        if classes & ScanTables.upper != 0, d.personName >= 0, i + 5 < n, let r = DeviceNameDetector.match(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // `iPhone de Lucía`, `Apple Watch de Inês`: the owner after a preposition.
        if classes & ScanTables.upper != 0, d.personName >= 0, i >= 8, b[i - 1] == 0x20, i - 4 >= floor, let r = DeviceNameDetector.ownerAfterSpacedPreposition(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // Entra's and Authenticator's `iPhone 15 (Freja)`, `Galaxy S23 (Mehmet)`: the owner in parentheses.
        if classes & ScanTables.upper != 0, d.personName >= 0, i >= 8, b[i - 1] == UInt8(ascii: "("), i - 4 >= floor, let r = DeviceNameDetector.ownerInParentheses(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // `DUPONT Jean`, `N'DIAYE Éloïse`, `LE GOFF Maëlle`: the family name in capitals, then the given name.
        if classes & ScanTables.upper != 0, d.personName >= 0, !credentialsOnly, i + 6 < n, ASCII.isUpper(b[i + 1]) || b[i + 1] == UInt8(ascii: "'"), i >= floor,
           let r = PersonNameDetector.familyCapitalsGiven(b, at: i) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // `ANDREW WILSON` (card and travel systems print names in capitals).
        if classes & ScanTables.upper != 0, d.personName >= 0, i + 6 < n, ASCII.isUpper(b[i + 1]), ASCII.isUpper(b[i + 2]),
           let r = PersonNameDetector.matchUpperCase(b, at: i, floor: floor) {
            return (r, .detector, d.personName, DetectorKind.personName.precedence)
        }
        // Samba: `user [harper] -> [harper] FAILED`, `user [CORP]\[jlee] at [`, `became [CORP]\[jlee]`.
        if i + 7 < n, (x == UInt8(ascii: "u") && b[i + 5] == UInt8(ascii: "[")) || (x == UInt8(ascii: "b") && b[i + 7] == UInt8(ascii: "[")), d.authLogUser >= 0,
           let (user, mapped) = AuthLogDetector.samba(b, i) {
            if let mapped { Self.appendUnlessScrubbed(b, mapped, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans) }
            return appendAhead(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        // `Login failed: 'bob'` (Nextcloud); FreeRADIUS `Login OK: [leo/…]`, `Login incorrect …: [mia/PASSWORD]`.
        if x == UInt8(ascii: "L") || x == UInt8(ascii: "l"), i + 6 < n, b[i + 1] == UInt8(ascii: "o"), b[i + 5] == 0x20, d.authLogUser >= 0 {
            if let r = AuthLogDetector.loginFailedQuoted(b, i) {
                return appendAhead(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
            }
            if let (user, password) = AuthLogDetector.radius(b, i) {
                if let password, d.commandLinePassword >= 0 {
                    Self.appendUnlessScrubbed(b, password, rule: d.commandLinePassword, precedence: DetectorKind.commandLinePassword.precedence, spans: &spans)
                }
                return appendAhead(b, user, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
            }
        }
        // vsftpd's `[frank] OK LOGIN: Client "…"`: found from the `OK` / `FAIL` after the `] `;
        // OpenVPN's `[greg] Peer Connection Initiated`, from the `Peer`.
        if (x == UInt8(ascii: "O") || x == UInt8(ascii: "F") || x == UInt8(ascii: "P")), i >= 3, b[i - 1] == 0x20, b[i - 2] == UInt8(ascii: "]"), d.authLogUser >= 0,
           let open = AuthLogDetector.vsftpdBracket(b, closing: i - 2, floor: floor),
           let r = x == UInt8(ascii: "P") ? AuthLogDetector.openVPNPeerInitiated(b, at: open) : AuthLogDetector.vsftpd(b, at: open) {
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        if classes & ScanTables.hex != 0, d.macAddress >= 0, i + 14 <= n,
           b[i + 2] == UInt8(ascii: ":") || b[i + 2] == UInt8(ascii: "-") || b[i + 4] == UInt8(ascii: "."),
           let r = MACAddressDetector.match(b, at: i, floor: floor) {
            return (r, .detector, d.macAddress, DetectorKind.macAddress.precedence)
        }
        if classes & ScanTables.hex != 0, d.ipv6 >= 0, Self.colonSoon(b, i), let r = IPv6Detector.match(b, at: i, floor: floor) {
            return (r, .detector, d.ipv6, DetectorKind.ipv6.precedence)
        }
        // OpenVPN's `SENT CONTROL [x]`, `CLIENT_LIST,x,…`; strongSwan's peer identity; pfSense's
        // portal `ACCEPT: x,`; Samba's `smbd_audit: x|…`.
        if x == UInt8(ascii: "S") || x == UInt8(ascii: "C") || x == UInt8(ascii: "e") || x == UInt8(ascii: "p") || x == UInt8(ascii: "A") || x == UInt8(ascii: "s") || x == UInt8(ascii: "F") || x == UInt8(ascii: "D"),
           d.authLogUser >= 0, !credentialsOnly, i + 12 < n, b[i + 4] == 0x20 || b[i + 4] == UInt8(ascii: "'") || b[i + 4] == UInt8(ascii: "_") || b[i + 6] == 0x20 || b[i + 6] == UInt8(ascii: ":") || b[i + 6] == UInt8(ascii: "_") || b[i + 7] == UInt8(ascii: ":") || b[i + 11] == 0x20,
           let users = AuthLogDetector.vpnOrPortalUsers(b, at: i), let first = users.first {
            for r in users.dropFirst() { Self.appendUnlessScrubbed(b, r, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, spans: &spans) }
            return appendAhead(b, first, rule: d.authLogUser, precedence: DetectorKind.authLogUser.precedence, after: i, spans: &spans)
        }
        if classes & ScanTables.authLog != 0 || lineStart, d.authLogUser >= 0, var r = AuthLogDetector.match(b, at: i, floor: floor, signIn: &signIn) {
            // `for user 'CORP\jsmith'`: the account's user part, as everywhere else.
            if ASCII.isUpper(b[r.lowerBound]), let u = WindowsAccountDetector.match(b, at: r.lowerBound, floor: r.lowerBound), u.upperBound == r.upperBound { r = u }
            return (r, .detector, d.authLogUser, DetectorKind.authLogUser.precedence)
        }
        return nil
    }

    /// `Xxxx` followed by ` ` and a capital or digit, by `.` (`Dr.`, `…str.`) or by `, ` and a
    /// capital (`Hello, Jane`): the only words
    /// where a name or a name-first street address can start (most capitalised words stop here).
    @inline(__always)
    static func capitalisedWordBeforeNameOrNumber(_ b: Bytes, _ i: Int) -> Bool {
        let n = b.count
        guard i + 3 < n else { return false }
        if b[i + 1] == UInt8(ascii: "'"), ASCII.isUpper(b[i + 2]) { return true }  // `O'Sullivan, Siobhan`
        guard ASCII.isLower(b[i + 1]) || b[i + 1] >= 0x80 else { return false }
        var e = i + 2
        while e < n, e - i < 48, ASCII.isLower(b[e]) || b[e] >= 0x80 { e += 1 }
        guard e + 1 < n else { return false }
        return b[e] == UInt8(ascii: ".") || (b[e] == 0x20 && (ASCII.isUpper(b[e + 1]) || ASCII.isDigit(b[e + 1]) || (b[e + 1] >= 0xC3 && b[e + 1] <= 0xC5)
            || PersonNameDetector.startsParticle(b, e + 1)))
            || (b[e] == UInt8(ascii: ",") && e + 2 < n && b[e + 1] == 0x20 && PersonNameDetector.upperInitialLength(b, e + 2) > 0)  // `Hello, Jane`, `Dubois, Élodie`
            || (b[e] == UInt8(ascii: "-") && PersonNameDetector.upperInitialLength(b, e + 1) > 0)  // `Jean-Luc Picard`, `Marie-Ève`
            || (b[e] == UInt8(ascii: "-") && e - i <= 4 && ASCII.isLower(b[e + 1]))  // `Ji-woo Park`
            || (b[e] == UInt8(ascii: "_") && ASCII.isUpper(b[e + 1]))  // `Resume_Jane_Doe.pdf`
            || (b[e] == UInt8(ascii: "+") && ASCII.isUpper(b[e + 1]) && i > 0 && (b[i - 1] == UInt8(ascii: "=") || b[i - 1] == UInt8(ascii: "+")))  // `?q=John+Smith`
            || (b[e] == UInt8(ascii: "%") && e + 3 < n && b[e + 1] == UInt8(ascii: "2") && b[e + 2] == UInt8(ascii: "0") && ASCII.isUpper(b[e + 3]) && i > 0 && b[i - 1] == UInt8(ascii: "="))  // `?emp=Dmitri%20Volkov`
            || (b[e] == 0x20 && e - i <= 15 && PersonNameDetector.isGreeting(b, i..<e))  // `Welcome back, Aisha`
            || (i >= 11 && b[i - 1] == 0x20 && ASCII.isLower(b[i - 2]) && PersonNameDetector.afterYourServiceRole(b, at: i) != nil)  // `Your courier Kwame is`
    }

    /// After a house number and its space: a capital (`Evergreen`), an ordinal (`5th`) or the
    /// first letter of a French street word or `bis`/`ter` (`rue`, `avenue` …).
    @inline(__always)
    static func streetWordMayFollow(_ b: Bytes, _ k: Int) -> Bool {
        guard k + 2 < b.count else { return false }
        let c = b[k]
        if ASCII.isUpper(c) { return true }
        if ASCII.isDigit(c) {
            var e = k + 1
            while e < b.count, e - k < 4, ASCII.isDigit(b[e]) { e += 1 }
            return e < b.count && (b[e] == UInt8(ascii: "s") || b[e] == UInt8(ascii: "n") || b[e] == UInt8(ascii: "r") || b[e] == UInt8(ascii: "t"))
        }
        switch c {
        case UInt8(ascii: "r"), UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: "p"), UInt8(ascii: "q"), UInt8(ascii: "t"): return true
        default: return false
        }
    }

    /// A finding that can lie well after its trigger word (`redis-cli -h 10.0.0.5 -a PASS`,
    /// `PASSWORD FOR 'dave'@'10.0.0.5' = '…'`): its span is added here (unless a first pass
    /// already wrote it) and the scan resumes right after the word, so the bytes in between
    /// are still scanned; spans are re-sorted and merged at the end of the line (`-2`).
    private func appendAhead(_ b: Bytes, _ r: Range<Int>, rule: Int, precedence: Int, after i: Int, spans: inout [TextSpan]) -> (Range<Int>, TextSpan.Kind, Int, Int) {
        Self.appendUnlessScrubbed(b, r, rule: rule, precedence: precedence, spans: &spans)
        var resume = i + 1
        while resume < b.count, ASCII.isAlnum(b[resume]) { resume += 1 }
        return (i..<resume, .detector, -2, 0)
    }

    /// Adds a detector span out of scan order (re-sorted at the end of the line), unless all of
    /// `r` is output of a first pass (one pseudonym or placeholder, or several with separators:
    /// `PASSWORD("cookie~k~…=jwt~k~…`).
    private static func appendUnlessScrubbed(_ b: Bytes, _ r: Range<Int>, rule: Int, precedence: Int, spans: inout [TextSpan], kind: TextSpan.Kind = .detector) {
        if alreadyScrubbedEnd(b, r) != r.upperBound, !isScrubbedSequence(b, r) {
            spans.append(TextSpan(r, rule: rule, kind: kind, precedence: precedence))
        }
    }

    /// A row of a two-column table at `at` (its first `|`): `| KEY | VALUE |`, where a field rule
    /// names KEY; the value (trimmed) and that rule. A row with more cells, or a value with a
    /// `|` of its own, is no such pair.
    /// `<9c4e1f7a 3b8d2c60 5e9f1a4b 7c2d8e03 6f1a9b4c 2e7d5f80 1a3c5e7f 9b2d4f6a>` at `open`: eight
    /// groups of eight hex digits (an `NSData` description of a 32-byte APNs device token); the
    /// inside of the brackets.
    static func spacedDeviceToken(_ b: Bytes, open: Int) -> Range<Int>? {
        let start = open + 1
        guard start + 71 < b.count, b[start + 71] == UInt8(ascii: ">") else { return nil }
        for group in 0..<8 {
            let g = start + group * 9
            for k in g..<(g + 8) where !ASCII.isHexDigit(b[k]) { return nil }
            if group < 7, b[g + 8] != 0x20 { return nil }
        }
        return start..<(start + 71)
    }

    /// A field of a record printed one per line, `KEY  | VALUE` (Spark's `show(vertical=True)`,
    /// psql's expanded display): KEY of letters, digits, `_` and `-` at `at`, padding, the line's
    /// only `|`, and the value to the line's end (trimmed), under KEY's rule.
    func verticalRecordPair(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var k = at
        while k < n, k - at <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        let key = at..<k
        guard k < n, b[k] == 0x20 else { return nil }
        while k < n, b[k] == 0x20 { k += 1 }
        guard k + 2 < n, b[k] == UInt8(ascii: "|"), b[k + 1] == 0x20 else { return nil }
        var v = k + 2
        while v < n, b[v] == 0x20 { v += 1 }
        var e = n
        while e > v, b[e - 1] == 0x20 || b[e - 1] == 0x0D || b[e - 1] == 0x09 { e -= 1 }
        guard e > v, !b[v..<e].contains(UInt8(ascii: "|")),
              let rule = compiled.fieldRule(forTextKey: b, key), compiled.active[rule].action != .keep else { return nil }
        return (v..<e, rule)
    }

    func tableRowPair(_ b: Bytes, at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var cells: [Range<Int>] = []
        var k = at + 1
        while k < n, cells.count < 3 {
            var s = k
            while s < n, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            var e = s
            while e < n, b[e] != UInt8(ascii: "|") { e += 1 }
            guard e < n else { break }  // no closing `|`: the last cell is not one
            var t = e
            while t > s, b[t - 1] == 0x20 || b[t - 1] == 0x09 { t -= 1 }
            cells.append(s..<t)
            k = e + 1
        }
        guard cells.count == 2, !cells[0].isEmpty, !cells[1].isEmpty, cells[0].count <= 64 else { return nil }
        var end = k
        while end < n, b[end] == 0x20 || b[end] == 0x09 || b[end] == 0x0D { end += 1 }
        guard end == n, let rule = compiled.fieldRule(forTextKey: b, cells[0]), compiled.active[rule].action != .keep else { return nil }
        return (cells[1], rule)
    }

    /// `"cookie"` as a quoted key that a `fields:` rule names: the key-context path applies
    /// that rule to the whole value, as the structured JSON path does — so a line that is
    /// scrubbed as text now and parses as JSON after scrubbing gets the same result.
    private func isQuotedFieldKey(_ b: Bytes, _ i: Int) -> Bool {
        guard i > 0, b[i - 1] == UInt8(ascii: "\"") else { return false }
        var e = i
        while e < b.count, e - i < 32, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\"") else { return false }
        return compiled.keyNames.lookup(b, i..<e) != nil
    }

    @inline(__always)
    static func colonSoon(_ b: Bytes, _ i: Int) -> Bool {
        var k = i + 1
        let end = min(b.count, i + 6)
        while k < end {
            if b[k] == UInt8(ascii: ":") { return true }
            if !ASCII.isHexDigit(b[k]) { return false }
            k += 1
        }
        return false
    }

    /// If `b[at...]` is a placeholder or JWT summary this engine wrote
    /// (`[REDACTED:…]`, `[jwt;…]`, `[jwe;…]`, `[token]`), the index after its `]`.
    static func placeholderEnd(_ b: Bytes, at: Int) -> Int? {
        guard ASCII.hasPrefix(b, at: at, exactly: "[REDACTED:") || ASCII.hasPrefix(b, at: at, exactly: "[jwt;")
            || ASCII.hasPrefix(b, at: at, exactly: "[jwe;") || ASCII.hasPrefix(b, at: at, exactly: "[token]") else { return nil }
        var k = at + 1
        let end = min(b.count, at + 8192)
        while k < end {
            let x = b[k]
            if x == UInt8(ascii: "]") { return k + 1 }
            // Summaries and placeholders never hold these; anything else is not ours.
            if x == 0x20 || x == UInt8(ascii: "\"") || x == UInt8(ascii: "\\") || x < 0x20 || x == UInt8(ascii: "[") { return nil }
            k += 1
        }
        return nil
    }

    /// The display name before `<address>`: a quoted string (`"Müller, Hans" <…>`) or
    /// one to four capitalised words (`Hans Müller <…>`), ending in one space before `<`.
    static func displayName(_ b: Bytes, before angle: Int, floor: Int) -> Range<Int>? {
        var end = angle
        while end > floor, b[end - 1] == 0x20 { end -= 1 }
        guard end > floor, end < angle else { return nil }
        if b[end - 1] == UInt8(ascii: "\"") {
            var start = end - 2
            while start >= floor, start > end - 130, b[start] != UInt8(ascii: "\"") { start -= 1 }
            guard start >= floor, b[start] == UInt8(ascii: "\""), start + 1 < end - 1 else { return nil }
            return (start + 1)..<(end - 1)
        }
        // `'Fischer, Katharina' <k@…>`: single quotes, the opening one after no letter (`O'Brien` inside).
        if b[end - 1] == UInt8(ascii: "'") {
            var start = end - 2
            while start >= floor, start > end - 130, !(b[start] == UInt8(ascii: "'") && (start == floor || !ASCII.isLetter(b[start - 1]))) { start -= 1 }
            guard start >= floor, b[start] == UInt8(ascii: "'"), start + 1 < end - 1 else { return nil }
            return (start + 1)..<(end - 1)
        }
        // `To: chidi okeke <jk@…>`: after a mail header's colon, the words are the name whatever their case.
        if let name = headerDisplayName(b, end: end, floor: floor) { return name }
        // A MIME encoded word (`=?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <…>`, RFC 2047), one or more.
        if let first = encodedWordsStart(b, end: end, floor: floor) { return first..<end }
        var start = end
        var words = 0
        while words < 4, start > floor {
            var k = start
            while k > floor, ASCII.isLetter(b[k - 1]) || b[k - 1] >= 0x80 || b[k - 1] == UInt8(ascii: "-") || b[k - 1] == UInt8(ascii: "'") { k -= 1 }
            // A quote that opens a string is no part of the word (`to='Olusegun Bello <…>'`, a Python repr).
            if b[k] == UInt8(ascii: "'"), k + 1 < start, ASCII.isUpper(b[k + 1]) { k += 1 }
            guard k < start, ASCII.isUpper(b[k]) || b[k] >= 0x80 else { break }
            start = k
            words += 1
            guard start > floor + 1, b[start - 1] == 0x20, ASCII.isUpper(b[start - 2]) || ASCII.isLetter(b[start - 2]) || b[start - 2] >= 0x80 else { break }
            // Continue only into another capitalised word.
            var w = start - 1
            while w > floor, ASCII.isLetter(b[w - 1]) || b[w - 1] >= 0x80 { w -= 1 }
            guard w < start - 1, ASCII.isUpper(b[w]) else { break }
            start -= 1
        }
        // (A word that did not continue the name leaves no space at its start.)
        while start < end, b[start] == 0x20 { start += 1 }
        // Exim's `rejected RCPT <…>`, `MAIL FROM <…>`: an SMTP command, no name.
        if words == 1, smtpCommands.contains(where: { $0.utf8CodeUnitCount == end - start && ASCII.hasPrefix(b, at: start, exactly: $0) }) { return nil }
        return words > 0 && start < end ? start..<end : nil
    }

    /// SMTP's commands and keywords, as mail servers log them before an address.
    static let smtpCommands: [StaticString] = ["RCPT", "MAIL", "FROM", "TO", "HELO", "EHLO", "VRFY", "EXPN", "SENDER", "RECIPIENT", "SIZE", "AUTH"]

    /// The start of the MIME encoded words (`=?charset?B|Q?text?=`, separated by spaces) that
    /// end at `end`; nil when none does.
    static func encodedWordsStart(_ b: Bytes, end: Int, floor: Int) -> Int? {
        var first: Int?
        var e = end
        while e - floor >= 8, b[e - 1] == UInt8(ascii: "="), b[e - 2] == UInt8(ascii: "?") {
            // Back over the text, then `?B?`/`?Q?`, the charset and `=?`.
            var k = e - 2
            while k > floor, e - k < 256, b[k - 1] != UInt8(ascii: "?"), b[k - 1] > 0x20 { k -= 1 }
            guard k - floor >= 5, b[k - 1] == UInt8(ascii: "?"), b[k - 2] | 0x20 == UInt8(ascii: "b") || b[k - 2] | 0x20 == UInt8(ascii: "q"),
                  b[k - 3] == UInt8(ascii: "?") else { break }
            var c = k - 3
            while c > floor, k - c < 40, ASCII.isAlnum(b[c - 1]) || b[c - 1] == UInt8(ascii: "-") || b[c - 1] == UInt8(ascii: "_") { c -= 1 }
            guard c < k - 3, c - floor >= 2, b[c - 1] == UInt8(ascii: "?"), b[c - 2] == UInt8(ascii: "=") else { break }
            first = c - 2
            e = c - 2
            guard e - floor > 1, b[e - 1] == 0x20 else { break }
            e -= 1
        }
        return first
    }

    /// `Email sent to Priya (priya@example.com)`, `placed by Olusegun Adeyemi (o.adeyemi@…)`: the
    /// one to three capitalised words right before the `(` (one space apart, no common words), when
    /// one of them is spelt by a part of the address's local part; nil otherwise.
    static func nameSpelledByAddress(_ b: Bytes, open: Int, local: Range<Int>, floor: Int) -> Range<Int>? {
        var end = open
        if end > floor, b[end - 1] == 0x20 { end -= 1 }
        var words: [Range<Int>] = []
        var e = end
        while words.count < 3 {
            var s = e
            while s > floor, e - s < 30, ASCII.isLetter(b[s - 1]) || b[s - 1] >= 0x80 || (b[s - 1] == UInt8(ascii: "-") && s - 1 > floor && ASCII.isLetter(b[s - 2])) { s -= 1 }
            guard e - s >= 2, PersonNameDetector.upperInitialLength(b, s) > 0, !PersonNameDetector.isCommonWord(b, s..<e),
                  s == floor || b[s - 1] == 0x20 || !(ASCII.isAlnum(b[s - 1]) || b[s - 1] >= 0x80) else { break }
            words.append(s..<e)
            guard s - 1 > floor, b[s - 1] == 0x20 else { break }
            e = s - 1
        }
        guard let first = words.last,
              let spelled = words.first(where: { spellsLocalPart(b, $0, local) }) else { return nil }
        // A role word is no person (`Support (support@…)`, `Billing (billing@…)`).
        if roleMailboxes.contains(b[spelled].map(ASCII.lower)) { return nil }
        return first.lowerBound..<end
    }

    /// Whether a part of the local part `local` (between its non-letters) spells `b[word]` (ASCII
    /// case ignored).
    static func spellsLocalPart(_ b: Bytes, _ word: Range<Int>, _ local: Range<Int>) -> Bool {
        var k = local.lowerBound
        while k < local.upperBound {
            while k < local.upperBound, !ASCII.isLetter(b[k]) { k += 1 }
            let part = k
            while k < local.upperBound, ASCII.isLetter(b[k]) { k += 1 }
            if k - part == word.count, k > part, (0..<word.count).allSatisfy({ ASCII.lower(b[part + $0]) == ASCII.lower(b[word.lowerBound + $0]) }) { return true }
        }
        return false
    }

    /// The one to four words (letters, `-`, `'`, `.`) between a mail header's `From: `, `To: `,
    /// `Cc: `, `Bcc: `, `Reply-To: ` or `Sender: ` and `end`, or nil.
    static func headerDisplayName(_ b: Bytes, end: Int, floor: Int) -> Range<Int>? {
        var start = end
        var words = 1
        while start > floor, end - start < 64 {
            let x = b[start - 1]
            if ASCII.isLetter(x) || x >= 0x80 || x == UInt8(ascii: "-") || x == UInt8(ascii: "'") || x == UInt8(ascii: ".") { start -= 1; continue }
            if x == 0x20, start - 1 > floor, b[start - 2] != 0x20, b[start - 2] != UInt8(ascii: ":") { words += 1; start -= 1; continue }
            break
        }
        guard start < end, words <= 4, start >= floor + 3, b[start - 1] == 0x20, b[start - 2] == UInt8(ascii: ":") else { return nil }
        var h = start - 2
        while h > floor, start - 2 - h < 8, ASCII.isLetter(b[h - 1]) || b[h - 1] == UInt8(ascii: "-") { h -= 1 }
        guard h == floor || !ASCII.isAlnum(b[h - 1]) else { return nil }
        let header = b[h..<(start - 2)].map(ASCII.lower)
        guard mailHeaders.contains(header), ASCII.isLetter(b[start]) || b[start] >= 0x80 else { return nil }
        return start..<end
    }

    static let mailHeaders: Set<[UInt8]> = Set(["from", "to", "cc", "bcc", "reply-to", "sender"].map { Array($0.utf8) })

    /// At the `:` of a SWIFT MT party tag (`:50K:`, `:50F:`, `:50A:`, `:59:`, `:59F:`, `:59A:`) at a
    /// line's start or after white space or an escaped line break: the field's value, up to the
    /// next `:NN` tag (after a real or escaped line break) or the end of the line.
    static func swiftPartyField(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x0A || b[i - 1] == 0x09 || b[i - 1] == UInt8(ascii: "\"") || (i >= 2 && b[i - 1] == UInt8(ascii: "n") && b[i - 2] == UInt8(ascii: "\\")) else { return nil }
        var k = i + 1
        guard b[k] == UInt8(ascii: "5"), b[k + 1] == UInt8(ascii: "0") || b[k + 1] == UInt8(ascii: "9") else { return nil }
        k += 2
        if k < n, b[k] == UInt8(ascii: "K") || b[k] == UInt8(ascii: "F") || b[k] == UInt8(ascii: "A") { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ":"), b[i + 2] == UInt8(ascii: "9") || k == i + 4 else { return nil }
        let start = k + 1
        // A field's value follows its tag directly; `field :59: beneficiary …` is prose about one.
        guard start < n, b[start] != 0x20 else { return nil }
        var e = start
        while e < n, b[e] != 0x0A, b[e] != 0x0D {
            // The next field: `\n:70:` or `\r\n:71A:`.
            if b[e] == UInt8(ascii: ":"), e + 3 < n, ASCII.isDigit(b[e + 1]), ASCII.isDigit(b[e + 2]), e >= 2, b[e - 1] == UInt8(ascii: "n"), b[e - 2] == UInt8(ascii: "\\") {
                e -= 2
                break
            }
            // A message logged on one line: ` :59:/NL91…`, ` :71A:OUR`, and the text block's end ` -}`.
            if b[e] == 0x20, e + 4 < n, (b[e + 1] == UInt8(ascii: "-") && b[e + 2] == UInt8(ascii: "}")) || Self.isSwiftTag(b, at: e + 1) { break }
            if b[e] == UInt8(ascii: "\""), e > start { break }
            e += 1
        }
        while e > start, b[e - 1] == 0x20 { e -= 1 }
        return e > start ? start..<e : nil
    }

    /// True when a SWIFT MT field tag (`:59:`, `:71A:`) starts at `b[i]`.
    static func isSwiftTag(_ b: Bytes, at i: Int) -> Bool {
        guard i + 3 < b.count, b[i] == UInt8(ascii: ":"), ASCII.isDigit(b[i + 1]), ASCII.isDigit(b[i + 2]) else { return false }
        if b[i + 3] == UInt8(ascii: ":") { return true }
        return i + 4 < b.count && ASCII.isUpper(b[i + 3]) && b[i + 4] == UInt8(ascii: ":")
    }

    /// Mailboxes of a role, not a person (RFC 2142 and common practice).
    static let roleMailboxes: Set<[UInt8]> = Set([
        "support", "admin", "billing", "sales", "info", "security", "team", "help", "contact", "noreply", "office",
        "jobs", "hello", "service", "services", "marketing", "news", "newsletter", "accounts", "finance", "legal",
        "privacy", "abuse", "postmaster", "webmaster", "root", "ops", "devops", "notifications", "alerts", "feedback",
        "careers", "press", "orders", "shop", "store", "mail", "system", "bot", "hostmaster", "compliance",
    ].map { Array($0.utf8) })

    /// When `b[range]` starts with a pseudonym or placeholder this engine writes, the
    /// index where it ends; nil otherwise.
    @inline(__always)
    static func alreadyScrubbedEnd(_ b: Bytes, _ range: Range<Int>) -> Int? {
        guard range.lowerBound < range.upperBound, range.upperBound <= b.count else { return nil }
        let first = b[range.lowerBound]
        if first == UInt8(ascii: "[") { return placeholderEnd(b, at: range.lowerBound) }
        if first == UInt8(ascii: "*") { return maskedValueEnd(b, at: range.lowerBound) }
        if ASCII.isLower(first), range.count >= 20 {
            if isPseudonym(b, range) { return range.upperBound }
            // A pseudonym and trailing punctuation (`for email~k~….` at a sentence's end).
            var e = range.lowerBound
            while e < range.upperBound, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "~") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
            if e < range.upperBound, isPseudonym(b, range.lowerBound..<e),
               b[e..<range.upperBound].allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) {
                return range.upperBound
            }
        }
        return nil
    }

    /// The parts of `ranges` outside `regions` (sorted, disjoint), trimmed of blanks; empty
    /// parts are dropped. Ranges that touch no region come back unchanged.
    static func outside(_ regions: [Range<Int>], of ranges: [Range<Int>], in b: Bytes) -> [Range<Int>] {
        guard !regions.isEmpty else { return ranges }
        var parts: [Range<Int>] = []
        for r in ranges {
            var lo = r.lowerBound
            for region in regions where region.overlaps(r) {
                if region.lowerBound > lo { parts.append(lo..<region.lowerBound) }
                lo = max(lo, region.upperBound)
            }
            if lo < r.upperBound { parts.append(lo..<r.upperBound) }
        }
        return parts.compactMap { part in
            var lo = part.lowerBound, hi = part.upperBound
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            return lo < hi ? lo..<hi : nil
        }
    }

    /// True when `b[range]` holds only pseudonyms and placeholders this engine wrote, with
    /// separators between them (`cookie~k~… cookie~k~…`, `cookie~k~…=cookie~k~…`): cookie
    /// segments replaced one by one on the first pass, read as one value on the second.
    static func isScrubbedSequence(_ b: Bytes, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        var tokens = 0
        while k < range.upperBound {
            let x = b[k]
            if x == UInt8(ascii: "[") {
                guard let e = placeholderEnd(b, at: k), e <= range.upperBound else { return false }
                k = e
                tokens += 1
            } else if ASCII.isAlnum(x) {
                var e = k
                while e < range.upperBound, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "~") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
                if isPseudonym(b, k..<e) {
                    tokens += 1
                } else {
                    // A cookie's name (`;!td=cookie~k~…`): only right before a pseudonym or placeholder.
                    guard e + 1 < range.upperBound, b[e] == UInt8(ascii: "="), scrubbedTokenEnd(b, at: e + 1, limit: range.upperBound) != nil else { return false }
                    e += 1
                }
                k = e
            } else {
                k += 1
            }
        }
        return tokens > 0
    }

    /// The end of the pseudonym or placeholder starting at `at` (within `limit`), or nil.
    private static func scrubbedTokenEnd(_ b: Bytes, at: Int, limit: Int) -> Int? {
        if b[at] == UInt8(ascii: "[") { return placeholderEnd(b, at: at).flatMap { $0 <= limit ? $0 : nil } }
        var e = at
        while e < limit, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "~") || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        return isPseudonym(b, at..<e) ? e : nil
    }

    /// Output of the `mask` action: at least four `*` (separators ` `/`-`/`.` between
    /// groups allowed) followed by at most four kept characters. Returns its end.
    static func maskedValueEnd(_ b: Bytes, at start: Int) -> Int? {
        var k = start
        var stars = 0
        while k < b.count, k - start < 64 {
            let x = b[k]
            if x == UInt8(ascii: "*") { stars += 1 } else if (x == 0x20 || x == UInt8(ascii: "-") || x == UInt8(ascii: ".")) && k + 1 < b.count && b[k + 1] == UInt8(ascii: "*") {
            } else { break }
            k += 1
        }
        guard stars >= 4 else { return nil }
        // A grouped card keeps its separator before the last group: `**** **** **** 1111`.
        if k + 1 < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "."), let end = keptDigits(b, from: k + 1), end - (k + 1) == 4 {
            return end
        }
        var kept = 0
        while k < b.count, kept < 4, ASCII.isAlnum(b[k]) { k += 1; kept += 1 }
        // A card whose last group is shorter than four digits keeps digits on both sides of a
        // separator (`3705 0044 0531 003` → `**** **** ***1 003`): the group after it is kept too.
        if kept > 0, kept < 4, k + 1 < b.count, b[k] == 0x20 || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "."),
           let end = keptDigits(b, from: k + 1), kept + end - (k + 1) == 4 {
            return end
        }
        guard k == b.count || !ASCII.isAlnum(b[k]) else { return nil }
        return k
    }

    /// The end of the kept characters of a mask (at most four alphanumerics, then no more), or nil.
    private static func keptDigits(_ b: Bytes, from start: Int) -> Int? {
        var k = start
        while k < b.count, k - start < 4, ASCII.isDigit(b[k]) { k += 1 }
        guard k > start, k == b.count || !ASCII.isAlnum(b[k]) else { return nil }
        return k
    }

    /// Start of the run of mask characters (and separators) that ends right before `i`.
    static func maskRunStart(_ b: Bytes, before i: Int) -> Int {
        var k = i
        while k > 0, i - k < 64, b[k - 1] == UInt8(ascii: "*") || ((b[k - 1] == 0x20 || b[k - 1] == UInt8(ascii: "-")) && k >= 2 && b[k - 2] == UInt8(ascii: "*")) { k -= 1 }
        return k
    }

    /// True when a pseudonym this engine wrote ends right before `at` (an `@` or `%40`): a
    /// second pass must not read its base32 tail as an e-mail's local part
    /// (`email~k~…%40host`, where the first pass had found two e-mails back to back).
    /// Local-part punctuation between the two (`email~k~….@host`) is skipped.
    static func pseudonymEnds(_ b: Bytes, at sign: Int, floor: Int) -> Bool {
        var at = sign
        while at > floor, sign - at < 8, b[at - 1] == UInt8(ascii: ".") || b[at - 1] == UInt8(ascii: "-") || b[at - 1] == UInt8(ascii: "_") || b[at - 1] == UInt8(ascii: "+") { at -= 1 }
        guard at >= floor + 20, at - 17 >= 0, b[at - 17] == UInt8(ascii: "~") else { return false }
        var start = at
        while start > floor, at - start < 100,
              ASCII.isAlnum(b[start - 1]) || b[start - 1] == UInt8(ascii: "~") || b[start - 1] == UInt8(ascii: "_") || b[start - 1] == UInt8(ascii: "-") { start -= 1 }
        return isPseudonym(b, start..<at)
    }

    /// True when a pseudonym this engine writes (`type~keyid~16 base32`) starts at `at` and
    /// is not continued by a letter or digit.
    static func pseudonymStarts(_ b: Bytes, at: Int) -> Bool { pseudonymEnd(b, at: at) != nil }

    /// The end of the pseudonym starting at `at` (see ``pseudonymStarts(_:at:)``), or nil.
    static func pseudonymEnd(_ b: Bytes, at: Int) -> Int? {
        let n = b.count
        var k = at
        var tildes = 0
        while k < n, k - at < 84 {
            let x = b[k]
            if x == UInt8(ascii: "~") {
                tildes += 1
                if tildes == 2 { break }
            } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-")) {
                return nil
            }
            k += 1
        }
        let end = k + 17
        guard tildes == 2, end <= n, isPseudonym(b, at..<end), end == n || !ASCII.isAlnum(b[end]) else { return nil }
        return end
    }

    /// True when `b[range]` is exactly a pseudonym this engine writes (`type~keyid~16 base32`).
    static func isPseudonym(_ b: Bytes, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 20, count <= 100, b[range.upperBound - 17] == UInt8(ascii: "~") else { return false }
        for k in (range.upperBound - 16)..<range.upperBound {
            let x = b[k]
            guard ASCII.isLower(x) || (x >= UInt8(ascii: "2") && x <= UInt8(ascii: "7")) else { return false }
        }
        var tildes = 0
        for k in range.lowerBound..<(range.upperBound - 17) {
            let x = b[k]
            if x == UInt8(ascii: "~") { tildes += 1 } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-")) { return false }
        }
        return tildes == 1
    }
}

/// Byte tables for the scanner, in one never-freed 512-byte block: `[0, 256)` byte
/// classes, `[256, 512)` letter classes. The scanner reads the pointer once per line.
enum ScanTables {
    nonisolated(unsafe) static let tables: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
        for k in 0..<256 { p[k] = byteClass[k]; p[256 + k] = letterClass[k] }
        return UnsafePointer(p)
    }()

    static let plain: UInt8 = 0, alnum: UInt8 = 1, special: UInt8 = 2

    /// 1 for `A–Z a–z 0–9`; 2 for bytes some detector is anchored on; 0 otherwise.
    static let byteClass: [UInt8] = {
        var t = [UInt8](repeating: plain, count: 256)
        for x in 0..<256 where ASCII.isAlnum(UInt8(x)) { t[x] = alnum }
        for x in Array("@%:=+(-[<\\$&~{#".utf8) { t[Int(x)] = special }
        for x in 0xC3...0xC5 { t[x] = special }  // a capital Latin letter in UTF-8 may start a name (`Élodie`)
        t[0xEF] = special  // `：`, the full-width colon of CJK text
        // `Пользователь ivan.petrov`, `Χρήστης …`, `用户 zhangsan`, `ユーザー tanaka`, `사용자 kim`: a word for a user.
        // `المستخدم ahmed`, `کاربر rezaei.m`, `המשתמש cohen.d`, `उपयोगकर्ता sharma.rahul`, `ผู้ใช้ somchai.s` too.
        // `身份证号 …` (E8) and `ИНН …` name identity numbers.
        // `北京市…`, `東京都…` (E4–E9): a Chinese or Japanese address.
        // `서울 강남구 테헤란로 152` (EA–ED): a Korean address.
        for x in [0xCE, 0xCF, 0xD0, 0xD7, 0xD8, 0xD9, 0xDA, 0xE0, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED] { t[x] = special }
        return t
    }()

    static let upper: UInt8 = 1, hex: UInt8 = 2, apiKey: UInt8 = 4, scheme: UInt8 = 8, cookie: UInt8 = 16, authLog: UInt8 = 32

    /// Which detector families a word starting with this letter can belong to.
    static let letterClass: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for x in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(x)] |= upper }
        for x in Array("AaBbCcDdEeFf".utf8) { t[Int(x)] |= hex }
        for x in Array("AaghsrxnSodbypHGMNOPfwklLEtT".utf8) { t[Int(x)] |= apiKey }
        for x in Array("BbTt".utf8) { t[Int(x)] |= scheme }
        for x in Array("CcSs".utf8) { t[Int(x)] |= cookie }
        for x in Array("FfIiUuSsTtBbAaRrp".utf8) { t[Int(x)] |= authLog }
        return t
    }()
}
