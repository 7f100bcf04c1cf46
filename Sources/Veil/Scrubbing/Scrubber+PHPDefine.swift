/// PHP's configuration calls: `define( 'DB_PASSWORD', 'qT7#vL2!pZ9x' );` (WordPress' `wp-config.php`,
/// dumped or printed), `ini_set('mysql.default_password', '…')`: a constant's or setting's name, then
/// its value as the second argument.
extension Scrubber {
    /// The second argument of `define(`/`ini_set(` at `i` under the rule the first one names.
    func phpDefine(_ b: Bytes, at i: Int) -> (Range<Int>, Int)? {
        let n = b.count
        var k: Int
        if ASCII.hasPrefix(b, at: i, exactly: "define(") { k = i + 7 }
        else if ASCII.hasPrefix(b, at: i, exactly: "ini_set(") { k = i + 8 }
        else { return nil }
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\""), let name = Self.quotedValue(b, at: k), !name.isEmpty, name.count <= 64 else { return nil }
        k = name.upperBound + 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\""), let value = Self.quotedValue(b, at: k), !value.isEmpty,
              !Self.isPseudonym(b, value) else { return nil }
        // `mysql.default_password`: the setting's last part names it.
        var keyStart = name.lowerBound
        if let dot = b[name].lastIndex(of: UInt8(ascii: ".")) { keyStart = dot + 1 }
        guard keyStart < name.upperBound, let rule = compiled.fieldRule(forTextKey: b, keyStart..<name.upperBound),
              compiled.active[rule].action != .keep else { return nil }
        return (value, rule)
    }
}
