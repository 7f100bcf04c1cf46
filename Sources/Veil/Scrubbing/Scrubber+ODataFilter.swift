/// OData's query filters name a field and its value: Microsoft Graph's `$filter=employeeId eq
/// 'BW-DE-004417'`, `mail eq 'jane@…'`, RESO's `ListAgentMlsId%20eq%20%27CAR-448120%27`,
/// SuccessFactors' `personIdExternal eq '100234'`. The value takes the rule its field names as a key.
extension Scrubber {
    /// At the `e` of an `eq` operator: the quoted value after it and the rule of the field before it,
    /// or nil. Blanks may be spaces or `%20`, quotes `'`, PowerShell's doubled `''` or `%27`.
    func odataFilterValue(_ b: Bytes, at: Int) -> (value: Range<Int>, rule: Int)? {
        let n = b.count
        guard at >= 3, at + 5 < n, b[at + 1] == UInt8(ascii: "q") else { return nil }
        // The blank before `eq` and the field's end.
        var keyEnd: Int
        if b[at - 1] == 0x20 { keyEnd = at - 1 } else if at >= 4, ASCII.hasPrefix(b, at: at - 3, lowercased: "%20") { keyEnd = at - 3 } else { return nil }
        var k = at + 2
        if b[k] == 0x20 { k += 1 } else if ASCII.hasPrefix(b, at: k, lowercased: "%20") { k += 3 } else { return nil }
        // The opening quote.
        let quote: StaticString
        if ASCII.hasPrefix(b, at: k, exactly: "''") { quote = "''" } else if k < n, b[k] == UInt8(ascii: "'") { quote = "'" } else if ASCII.hasPrefix(b, at: k, lowercased: "%27") { quote = "%27" } else { return nil }
        let start = k + quote.utf8CodeUnitCount
        var e = start
        while e < n, e - start <= 256, !ASCII.hasPrefix(b, at: e, lowercased: quote), b[e] != 0x0A { e += 1 }
        guard e < n, e > start, ASCII.hasPrefix(b, at: e, lowercased: quote) else { return nil }
        // The field: a name's bytes (a navigation path's last part, `manager/mail`).
        var s = keyEnd
        while s > 0, keyEnd - s < 64, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        guard s < keyEnd, let rule = compiled.fieldRule(forTextKey: b, s..<keyEnd), compiled.active[rule].action != .keep else { return nil }
        return (start..<e, rule)
    }
}
