/// PHP's `var_dump` of an object names each property with its visibility:
/// `["password":protected]=> string(9) "…"`, `["apiToken":"User":private]=> string(32) "…"`.
/// The value follows `]=>`; the visibility is no value of the key before it.
extension Scrubber {
    /// At the `]` (`end`): the index of the `:` that starts `:protected` or `:"Class":private`
    /// (the key's closing quote is right before it), or nil.
    static func phpVisibilityStart(_ b: Bytes, endingAt end: Int) -> Int? {
        if CredentialScan.hasSuffix(b, endingAt: end, exactly: ":protected") { return end - 10 }
        guard CredentialScan.hasSuffix(b, endingAt: end, exactly: ":private") else { return nil }
        var k = end - 8  // the `:` before `private`
        guard k > 0, b[k - 1] == UInt8(ascii: "\"") else { return k }
        // The class that declares it: `:"User"` before `:private`.
        k -= 2
        let lowest = max(0, k - 128)
        while k > lowest, b[k] != UInt8(ascii: "\"") { k -= 1 }
        guard k > 0, b[k] == UInt8(ascii: "\""), b[k - 1] == UInt8(ascii: ":") else { return nil }
        return k - 1
    }

    /// After the `:` at `separator`: `protected]=>`, `private]=>` or `"Class":private]=>`.
    static func isPHPVisibility(_ b: Bytes, after separator: Int) -> Bool {
        let v = separator + 1
        if ASCII.hasPrefix(b, at: v, exactly: "protected]=>") || ASCII.hasPrefix(b, at: v, exactly: "private]=>") { return true }
        guard v < b.count, b[v] == UInt8(ascii: "\"") else { return false }
        var k = v + 1
        let limit = min(b.count, k + 128)
        while k < limit, b[k] != UInt8(ascii: "\""), b[k] >= 0x20 { k += 1 }
        return k < limit && b[k] == UInt8(ascii: "\"") && ASCII.hasPrefix(b, at: k + 1, exactly: ":private]=>")
    }
}
