/// Name/value entries in XML, the counterpart of JSON's `{"name": KEY, "value": VALUE}`: SOAP and
/// query APIs list attributes as `<Attribute><Name>email</Name><Value>…</Value></Attribute>`
/// (Cognito, SimpleDB, IAM), DocuSign's tabs as `<TabLabel>pesel</TabLabel><TabName>Text</TabName>
/// <TabValue>…</TabValue>`. The label's text names the field (kept, and not read as a person's
/// name); the next `…Value` element's text takes the rule the label gets as a key.
///
/// Only a label element without attributes whose text is a field name (letters, digits, `_`,
/// `-`, `.`, `:`; a namespaced label counts by its last part: `custom:ssn` → `ssn`), closed on
/// the same line, with a `…Value` element within 256 bytes after it (its attributes, TR-069's
/// `<Value xsi:type="xsd:string">`, skipped). A dotted label (`…WLANConfiguration.1.KeyPassphrase`)
/// that names no rule whole names one by its last part.
extension Scrubber {
    /// Label elements: `Name`, `Key`, `Label`, `FieldName`, `AttributeName`, `TabLabel`, `Field` (any case of the first letter).
    static let xmlEntryLabelTags = WordTable("Name name Key key Label label FieldName fieldName AttributeName attributeName TabLabel tabLabel Field field")

    /// A property list's value elements (Apple's MDM check-ins, `defaults read`, `.mobileconfig`).
    static let plistValueTags = WordTable("string data integer date real")

    /// At an entry label's `<` (`<Name>custom:ssn</Name>…<Value>…`): the hit that keeps the label
    /// and defers the value under the label's rule; nil for any other element.
    func xmlEntryValue(_ b: Bytes, lt: Int, localStart: Int, tagEnd: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        guard tagEnd < n, b[tagEnd] == UInt8(ascii: ">"), Self.xmlEntryLabelTags.contains(b, localStart..<tagEnd) else { return nil }
        let labelStart = tagEnd + 1
        var labelEnd = labelStart
        while labelEnd < n, labelEnd - labelStart <= 128, ASCII.isAlnum(b[labelEnd]) || b[labelEnd] == UInt8(ascii: "_") || b[labelEnd] == UInt8(ascii: "-")
            || b[labelEnd] == UInt8(ascii: ".") || b[labelEnd] == UInt8(ascii: ":") { labelEnd += 1 }
        guard labelEnd > labelStart, labelEnd + 1 < n, b[labelEnd] == UInt8(ascii: "<"), b[labelEnd + 1] == UInt8(ascii: "/"),
              ASCII.isLetter(b[labelStart]) || b[labelStart] == UInt8(ascii: "_") else { return nil }
        // The `…Value` element after the label's end tag.
        let plistKey = tagEnd - localStart == 3 && ASCII.hasPrefix(b, at: localStart, exactly: "key")
        var k = labelEnd + 2
        let limit = min(n, labelEnd + 256)
        var value: Range<Int>?
        while k < limit, b[k] != 0x0A {
            guard b[k] == UInt8(ascii: "<"), k + 1 < limit, ASCII.isLetter(b[k + 1]), let (childLocal, childEnd) = Self.xmlTagName(b, from: k + 1) else { k += 1; continue }
            // Another label first: this entry has no value.
            if Self.xmlEntryLabelTags.contains(b, childLocal..<childEnd) { return nil }
            // (TR-069's `<Value xsi:type="xsd:string">…`: attributes before the `>`.)
            var open = childEnd
            if open < n, b[open] == 0x20 {
                while open < limit, b[open] != UInt8(ascii: ">"), b[open] != UInt8(ascii: "<"), b[open] != 0x0A { open += 1 }
            }
            // (A property list's `<key>PushMagic</key><string>…</string>`: the next `string`, `data`,
            // `integer` or `date` element is the key's value.)
            let plistValue = plistKey && Self.plistValueTags.contains(b, childLocal..<childEnd)
            if open < n, b[open] == UInt8(ascii: ">"), plistValue || (childEnd - childLocal >= 5 && ASCII.hasPrefix(b, at: childEnd - 5, lowercased: "value")) {
                let start = open + 1
                var e = start
                while e < n, b[e] != UInt8(ascii: "<"), b[e] != 0x0A, b[e] != 0x0D { e += 1 }
                value = start..<e
                break
            }
            // (In a property list, the element right after the key is its value, whatever it is.)
            if plistKey { return nil }
            k = childEnd
        }
        guard let value else { return nil }
        // The label's rule: by its last `:`-separated part (`custom:ssn`).
        var keyStart = labelEnd
        while keyStart > labelStart, b[keyStart - 1] != UInt8(ascii: ":") { keyStart -= 1 }
        guard keyStart < labelEnd else { return nil }
        // (A label that names no rule is still read by the credential detectors.)
        let skipLabel = KeyValueHit(span: nil, valueStart: labelStart, valueEnd: labelEnd)
        // A data model's parameter path names the field by its last part (`…WLANConfiguration.1.KeyPassphrase`).
        var lastPart = labelEnd
        while lastPart > keyStart, b[lastPart - 1] != UInt8(ascii: ".") { lastPart -= 1 }
        guard !value.isEmpty, value.lowerBound >= floor,
              let rule = compiled.fieldRule(forTextKey: b, keyStart..<labelEnd) ?? (lastPart > keyStart && lastPart < labelEnd ? compiled.fieldRule(forTextKey: b, lastPart..<labelEnd) : nil),
              let hit = fieldValue(b, rule: rule, valueStart: value.lowerBound, valueEnd: value.upperBound, afterPairSeparator: false), let span = hit.span else {
            return skipLabel  // a label with no rule (or nothing to replace): kept, the value scanned as text
        }
        return KeyValueHit(span: nil, valueStart: labelEnd, valueEnd: labelEnd, deferred: span)
    }
}
