/// XML elements in free text — SOAP and XML request bodies (`<password>hunter2</password>`,
/// `<ns:Username>alice</ns:Username>`) and Windows event XML (`<Data Name="TargetUserName">
/// jsmith</Data>`): the element's text is the value of a key, and the key is the tag's local
/// name (after any `ns:` prefix) or, for an element whose only attribute is `Name="…"`, that
/// attribute's value. Field rules apply as they do to `key=value` pairs.
///
/// Only an element's own text up to the next `<` — or the end of the line when the line is
/// cut after it — is a value (child elements are read on their own, except one that only holds
/// its parent's value: `<nc:PersonBirthDate><nc:Date>…</nc:Date>`); empty and
/// white-space-only text is no value. A `<![CDATA[…]]>` value is read inside the CDATA
/// brackets (to the end of the line when unterminated). Attribute quotes may be JSON-escaped (`Name=\"X\"`, XML inside
/// a JSON string scanned as text).
extension Scrubber {
    /// The key-context hit for an element opening at `b[lt]` (`<`), or nil. A hit without a
    /// span and with `valueStart == valueEnd` past the tag: a `Name="Identifier"` element whose
    /// key has no rule (its attribute value names a field, not a person: skipped).
    /// A tag name starting at `start` (a letter or `_`, then up to 64 bytes of
    /// `[A-Za-z0-9_.:-]`): where its local part (after the last `:`) starts, and its end.
    static func xmlTagName(_ b: Bytes, from start: Int) -> (localStart: Int, end: Int)? {
        let n = b.count
        var k = start
        guard k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "_") else { return nil }
        var localStart = k
        while k < n, k - start <= 64 {
            let x = b[k]
            if x == UInt8(ascii: ":") { localStart = k + 1 } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "-") || x == UInt8(ascii: ".")) { break }
            k += 1
        }
        return localStart < k ? (localStart, k) : nil
    }

    func xmlElementValue(_ b: Bytes, at lt: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        // Tag name: the local part after the last `:` is the key.
        guard let (localStart, tagEnd) = Self.xmlTagName(b, from: lt + 1) else { return nil }
        // `<tr><td>DB_PASSWORD</td><td><pre …>"…"</pre></td></tr>`: an error page's environment table.
        if tagEnd == lt + 3, let cell = htmlTableRowValue(b, at: lt, floor: floor) { return cell }
        // `<Name>custom:ssn</Name><Value>…</Value>`: an entry's label and its value.
        if tagEnd < b.count, b[tagEnd] == UInt8(ascii: ">"), let entry = xmlEntryValue(b, lt: lt, localStart: localStart, tagEnd: tagEnd, floor: floor) { return entry }
        var k = tagEnd
        guard k < n else { return nil }
        var key = localStart..<k
        var nameAttribute = false
        var otherAttributes = false
        var literalRule: Int?  // a SAML attribute named by a well-known OID alone
        var typeKey: Range<Int>?  // a generic holder's `type="Employee_ID"`
        if b[k] != UInt8(ascii: ">") {
            // Attributes: only the one-attribute `Name="Identifier"` form makes a key.
            guard b[k] == 0x20 || b[k] == 0x09 else { return nil }
            // FHIR's XML and HL7 v3 (`<family value="Chalmers"/>`, `<birthTime value="19510417"/>`): the
            // tag names the value its only attribute holds.
            if let value = Self.onlyValueAttribute(b, from: k) {
                guard value.lowerBound >= floor, let rule = compiled.fieldRule(forTextKey: b, key) ?? siblingContextRule(b, key: key) else { return nil }
                return fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false)
            }
            if let (value, end) = Self.onlyNameAttribute(b, from: k) {
                key = value
                k = end
                nameAttribute = true
            } else if b[localStart] == UInt8(ascii: "A"), let saml = Self.samlAttributeKey(b, tag: localStart..<tagEnd, from: k) {
                // SAML's `<Attribute Name="urn:oid:2.5.4.42" NameFormat="…" FriendlyName="givenName">`.
                switch saml.key {
                case .range(let r): key = r
                case .literal(let literal): literalRule = fieldRule(forLiteralKey: literal)
                }
                k = saml.end
                nameAttribute = true
            } else {
                // Other attributes (`<wsse:Password Type="PasswordText">`, `<user id="5">`): the
                // tag's name is the key.
                // (A `name` or `value` attribute among others makes an HTML form field: the tag's
                // attribute pair, read where the scan gets to it.)
                guard let end = Self.attributesEnd(b, from: k) else { return nil }
                // Workday's `<wd:ID wd:type="Employee_ID">21004871</wd:ID>`: a generic holder whose
                // only attribute, `type`, names the field.
                if Self.genericValueTags.contains(b, localStart..<tagEnd), let typed = Self.onlyTypeAttribute(b, from: k, end: end) { typeKey = typed }
                k = end
                otherAttributes = true
            }
        }
        // k is at `>`.
        let textStart = k + 1
        // (HL7 v3's and FHIR's `<family>` beside `<given>`: a person's family name.)
        guard let rule = literalRule ?? compiled.fieldRule(forTextKey: b, key) ?? typeKey.flatMap({ compiled.fieldRule(forTextKey: b, $0) })
                ?? (nameAttribute ? nil : siblingContextRule(b, key: key)) else {
            // `<Data Name="IpAddress">`: the attribute is a field name, not a person's name — the
            // `name` key must not take it; the element's text is scanned as usual.
            return nameAttribute && !otherAttributes ? KeyValueHit(span: nil, valueStart: textStart, valueEnd: textStart) : nil
        }
        var valueStart = textStart
        var valueEnd = textStart
        if ASCII.hasPrefix(b, at: valueStart, exactly: "<![CDATA[") {
            // Up to `]]>`; unterminated, to the end of the line (fail closed).
            valueStart += 9
            valueEnd = valueStart
            while valueEnd < n, !ASCII.hasPrefix(b, at: valueEnd, exactly: "]]>") { valueEnd += 1 }
        } else {
            // Up to the next tag; a line cut after the text (`<password>hunter2`) ends the value too
            // (fail closed). A child element (`<user><name>…`) is read on its own.
            while valueEnd < n, b[valueEnd] != UInt8(ascii: "<"), b[valueEnd] != 0x0A, b[valueEnd] != 0x0D { valueEnd += 1 }
            if valueEnd < n, b[valueEnd] == UInt8(ascii: "<"), !(valueEnd + 1 < n && b[valueEnd + 1] == UInt8(ascii: "/")) {
                // NIEM's and MISMO's `<nc:PersonBirthDate><nc:Date>1958-02-27</nc:Date>`: a child that only
                // holds its parent's value (`Date`, `Value`, `Text`, `Number`, `ID`, `IdentificationID`).
                // (Not after other attributes: they are scanned before the text, and a hit this far
                // ahead would step over them.)
                // (Text before the next tag, `<ACCTID>6214409873<ACCTTYPE>` in OFX's SGML or mixed
                // content, is the value up to that tag: fail closed.)
                if !nameAttribute, b[textStart..<valueEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    guard !otherAttributes, let (childLocal, childEnd) = Self.xmlTagName(b, from: valueEnd + 1),
                          childEnd < n, b[childEnd] == UInt8(ascii: ">"), Self.valueHolderTags.contains(b, childLocal..<childEnd) else { return nil }
                    valueStart = childEnd + 1
                    valueEnd = valueStart
                    while valueEnd < n, b[valueEnd] != UInt8(ascii: "<"), b[valueEnd] != 0x0A, b[valueEnd] != 0x0D { valueEnd += 1 }
                    guard valueEnd + 1 < n, b[valueEnd] == UInt8(ascii: "<"), b[valueEnd + 1] == UInt8(ascii: "/"), valueEnd > valueStart, valueStart >= floor else { return nil }
                    return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false)
                }
                // Without a name attribute, the text before the child tag is the value (below), when
                // it holds a letter or digit and the tag is no URL's placeholder (`postgres://<user>:<password>@db`).
                if !nameAttribute, !b[textStart..<valueEnd].contains(where: ASCII.isAlnum)
                    || (lt >= 2 && (b[lt - 1] == UInt8(ascii: ":") || (b[lt - 1] == UInt8(ascii: "/") && b[lt - 2] == UInt8(ascii: "/")))) {
                    return nil
                }
                if nameAttribute {
                    // SAML's `<Attribute Name="givenName"><AttributeValue>Kevin</AttributeValue>`: the
                    // named field's value is its first child's text. Otherwise the attribute still
                    // names a field, not a person: stepped over.
                    let skip = KeyValueHit(span: nil, valueStart: textStart, valueEnd: textStart)
                    guard b[textStart..<valueEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
                          let (_, childNameEnd) = Self.xmlTagName(b, from: valueEnd + 1), childNameEnd < n else { return skip }
                    var childOpenEnd = childNameEnd
                    if b[childOpenEnd] != UInt8(ascii: ">") {
                        // Type attributes only (`xsi:type="xs:string"`): the step over them scans nothing.
                        guard b[childOpenEnd] == 0x20, let end = Self.attributesEnd(b, from: childOpenEnd),
                              b[childOpenEnd..<end].allSatisfy({ ASCII.isLetter($0) || $0 == 0x20 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=")
                                  || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else { return skip }
                        childOpenEnd = end
                    }
                    valueStart = childOpenEnd + 1
                    valueEnd = valueStart
                    while valueEnd < n, b[valueEnd] != UInt8(ascii: "<"), b[valueEnd] != 0x0A, b[valueEnd] != 0x0D { valueEnd += 1 }
                    if valueEnd < n, b[valueEnd] == UInt8(ascii: "<"), !(valueEnd + 1 < n && b[valueEnd + 1] == UInt8(ascii: "/")) { return skip }
                }
            }
            while valueStart < valueEnd, b[valueStart] == 0x20 || b[valueStart] == 0x09 { valueStart += 1 }
            while valueEnd > valueStart, b[valueEnd - 1] == 0x20 || b[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        }
        guard valueEnd > valueStart, valueStart >= floor else { return nil }
        // A URL's userinfo placeholder (mongosh's `mongodb+srv://<credentials>@cluster0…`,
        // `postgres://<user>:<password>@db`): right after `//` or `:`, text that starts with `@` and
        // is not closed by an end tag is the URL's host, not the element's value.
        if b[valueStart] == UInt8(ascii: "@"), lt >= 2, b[lt - 1] == UInt8(ascii: ":") || (b[lt - 1] == UInt8(ascii: "/") && b[lt - 2] == UInt8(ascii: "/")),
           !(valueEnd + 1 < n && b[valueEnd] == UInt8(ascii: "<") && b[valueEnd + 1] == UInt8(ascii: "/")) { return nil }
        // `"PASS <password>"` (vsftpd's mask): the quote that closes the string around a tag is no text.
        if b[valueStart..<valueEnd].allSatisfy({ $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "]") }) {
            return nil
        }
        guard otherAttributes else { return fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false) }
        // The attributes are scanned first (`<user email="a@b.c" id="5">`), from the tag name's
        // end (`Password` is no prose password's key); the text is added when the scan gets there.
        // (Text that needs no replacing, a first pass's placeholder: the same step past the name.)
        let text = fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false)?.span
        return KeyValueHit(span: nil, valueStart: tagEnd, valueEnd: tagEnd, deferred: text)
    }

    /// Child elements that only hold their parent's value (NIEM, MISMO, UBL).
    static let valueHolderTags = WordTable("Date DateTime Value Text Number ID IdentificationID FullText date dateTime value text number id identificationId fullText")

    /// What names a SAML attribute's field: its `FriendlyName`, or a well-known OID's name.
    enum SAMLAttributeKey {
        case range(Range<Int>)
        case literal(StaticString)
    }

    /// SAML's `<Attribute Name="…" NameFormat="…" FriendlyName="…">` (any order, `Name` required,
    /// nothing else) from the white space after the tag name `tag` (`Attribute`, any prefix): the
    /// field's key — the `FriendlyName` when there is one (`givenName`), else a well-known
    /// `urn:oid:` name (LDAP's inetOrgPerson and eduPerson attributes), else the OID itself (a key
    /// no rule names) — and the index of `>`.
    static func samlAttributeKey(_ b: Bytes, tag: Range<Int>, from at: Int) -> (key: SAMLAttributeKey, end: Int)? {
        guard tag.count == 9, ASCII.hasPrefix(b, at: tag.lowerBound, exactly: "Attribute") else { return nil }
        let n = b.count
        var k = at
        var name: Range<Int>?
        var friendly: Range<Int>?
        for _ in 0..<3 {
            while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            guard k < n else { return nil }
            if b[k] == UInt8(ascii: ">") { break }
            let attribute: Int  // 0 Name, 1 NameFormat, 2 FriendlyName
            if ASCII.hasPrefix(b, at: k, exactly: "Name=") { attribute = 0; k += 5 }
            else if ASCII.hasPrefix(b, at: k, exactly: "NameFormat=") { attribute = 1; k += 11 }
            else if ASCII.hasPrefix(b, at: k, exactly: "FriendlyName=") { attribute = 2; k += 13 }
            else { return nil }
            guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
            let q = b[k]
            let start = k + 1
            var e = start
            while e < n, e - start <= 256, b[e] != q, b[e] != UInt8(ascii: "<"), b[e] != UInt8(ascii: ">") { e += 1 }
            guard e < n, b[e] == q else { return nil }
            if attribute == 0 { name = start..<e } else if attribute == 2 { friendly = start..<e }
            k = e + 1
        }
        guard k < n, b[k] == UInt8(ascii: ">"), let name else { return nil }
        if let friendly, !friendly.isEmpty, friendly.count <= 64, b[friendly].allSatisfy({ ASCII.isAlnum($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) {
            return (.range(friendly), k)
        }
        // ADFS names a claim by its URI (`…/identity/claims/emailaddress`): its last segment is the key.
        if let segment = uriLastSegment(b, name) { return (.range(segment), k) }
        guard ASCII.hasPrefix(b, at: name.lowerBound, exactly: "urn:oid:") else { return nil }
        let oid = (name.lowerBound + 8)..<name.upperBound
        func oidIs(_ s: StaticString) -> Bool { oid.count == s.utf8CodeUnitCount && ASCII.hasPrefix(b, at: oid.lowerBound, exactly: s) }
        if oidIs("2.5.4.42") { return (.literal("given_name"), k) }
        if oidIs("2.5.4.4") { return (.literal("family_name"), k) }
        if oidIs("2.5.4.3") || oidIs("2.16.840.1.113730.3.1.241") { return (.literal("full_name"), k) }  // cn, displayName
        if oidIs("0.9.2342.19200300.100.1.3") { return (.literal("email"), k) }  // mail
        if oidIs("0.9.2342.19200300.100.1.1") || oidIs("1.3.6.1.4.1.5923.1.1.1.6") { return (.literal("username"), k) }  // uid, eduPersonPrincipalName
        if oidIs("2.5.4.20") || oidIs("0.9.2342.19200300.100.1.41") { return (.literal("phone"), k) }  // telephoneNumber, mobile
        // Another OID names a field no rule knows (`urn:oid:2.5.4.11`, ou): still no person's name.
        return (.range(name), k)
    }

    /// ` Name="Identifier">` (any case, optional `\` before the quotes) from `at`, the
    /// attribute being the element's only one: the identifier's range and the index of `>`.
    static func onlyNameAttribute(_ b: Bytes, from at: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var k = at
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard ASCII.hasPrefix(b, at: k, lowercased: "name="), k + 5 < n else { return nil }
        k += 5
        let escaped = b[k] == UInt8(ascii: "\\")
        if escaped { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
        let quote = b[k]
        k += 1
        let start = k
        guard k < n, ASCII.isLetter(b[k]) || b[k] == UInt8(ascii: "_") else { return nil }
        while k < n, k - start < 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
        let end = k
        if escaped {
            guard k < n, b[k] == UInt8(ascii: "\\") else { return nil }
            k += 1
        }
        guard k < n, b[k] == quote else { return nil }
        k += 1
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ">") else { return nil }
        return (start..<end, k)
    }

    /// Tags that hold a value some attribute names: `ID`, `Id`, `Identifier`, `Number`, `Value`.
    static let genericValueTags = WordTable("ID Id id Identifier identifier Number number Value value")

    /// The value of the only attribute between `at` and the tag's `>` (`end`), when that attribute
    /// is `type` (any namespace prefix: `wd:type`) and its value a field's name
    /// (`Employee_ID`, `National_ID`).
    static func onlyTypeAttribute(_ b: Bytes, from at: Int, end: Int) -> Range<Int>? {
        var k = at
        while k < end, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard let (local, nameEnd) = xmlTagName(b, from: k), nameEnd - local == 4, ASCII.hasPrefix(b, at: local, lowercased: "type"),
              nameEnd + 2 < end, b[nameEnd] == UInt8(ascii: "="), b[nameEnd + 1] == UInt8(ascii: "\"") || b[nameEnd + 1] == UInt8(ascii: "'") else { return nil }
        let quote = b[nameEnd + 1]
        let start = nameEnd + 2
        var e = start
        while e < end, ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") { e += 1 }
        guard e > start, e < end, b[e] == quote, b[(e + 1)..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        return start..<e
    }

    /// From white space after a tag's name: the content of a `value="…"` attribute that is the
    /// tag's only one (then `>` or `/>`), when it is not empty.
    static func onlyValueAttribute(_ b: Bytes, from at: Int) -> Range<Int>? {
        let n = b.count
        var k = at
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k + 8 < n, ASCII.hasPrefix(b, at: k, exactly: "value="), b[k + 6] == UInt8(ascii: "\"") || b[k + 6] == UInt8(ascii: "'") else { return nil }
        let quote = b[k + 6]
        let start = k + 7
        k = start
        while k < n, k - start < 256, b[k] != quote, b[k] != UInt8(ascii: "<"), b[k] != 0x0A { k += 1 }
        guard k < n, b[k] == quote, k > start else { return nil }
        let end = k
        k += 1
        while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ">") || (b[k] == UInt8(ascii: "/") && k + 1 < n && b[k + 1] == UInt8(ascii: ">")) else { return nil }
        return start..<end
    }

    /// From white space after a tag's name: ` attr="…"` pairs (single or double quotes, a `\`
    /// before each allowed, at most 16) up to the tag's `>`: its index; nil when something else
    /// is there, an attribute is `name` or `value` (any case), or the tag closes itself (`/>`).
    static func attributesEnd(_ b: Bytes, from at: Int) -> Int? {
        let n = b.count
        var k = at
        for _ in 0..<16 {
            while k < n, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            guard k < n else { return nil }
            if b[k] == UInt8(ascii: ">") { return k > at ? k : nil }
            guard let (_, nameEnd) = xmlTagName(b, from: k), nameEnd < n, b[nameEnd] == UInt8(ascii: "=") else { return nil }
            if nameEnd - k == 4, ASCII.hasPrefix(b, at: k, lowercased: "name") { return nil }
            if nameEnd - k == 5, ASCII.hasPrefix(b, at: k, lowercased: "value") { return nil }
            k = nameEnd + 1
            let escaped = k < n && b[k] == UInt8(ascii: "\\")
            if escaped { k += 1 }
            guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
            let quote = b[k]
            k += 1
            while k < n, k - at < 1024, b[k] != quote, b[k] != UInt8(ascii: "<") { k += 1 }
            guard k < n, b[k] == quote else { return nil }
            k += 1
        }
        return nil
    }

    /// The last path segment of a URI (`http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name`
    /// → `name`) when it is a word; nil for a value with no `/` or a URI without that shape.
    static func uriLastSegment(_ b: Bytes, _ r: Range<Int>) -> Range<Int>? {
        guard r.count > 8, ASCII.hasPrefix(b, at: r.lowerBound, exactly: "http"),
              let slash = b[r].lastIndex(of: UInt8(ascii: "/")), slash + 1 < r.upperBound,
              b[(slash + 1)..<r.upperBound].allSatisfy({ ASCII.isLetter($0) || $0 == UInt8(ascii: "_") }) else { return nil }
        return (slash + 1)..<r.upperBound
    }
}
