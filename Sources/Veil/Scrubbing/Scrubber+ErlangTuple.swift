/// Erlang's key-value tuples, as proplists and crash reports print them:
/// `[{password,"s3cret"},{username,<<"jdoe">>}]`, `{<<"password">>,<<"s3cret">>}`. The first
/// element is the key (an atom, or a quoted or binary string), the second its value (a quoted or
/// binary string, or a bare term up to the tuple's `}`).
extension Scrubber {
    /// At a `{`: the key-context hit for a two-element tuple whose key a field rule names, or nil.
    func erlangTupleValue(_ b: Bytes, at open: Int, floor: Int) -> KeyValueHit? {
        let n = b.count
        var k = open + 1
        guard k < n else { return nil }
        // The key: `password`, `"password"`, `'password'` or `<<"password">>`.
        var binary = false
        if b[k] == UInt8(ascii: "<"), k + 2 < n, b[k + 1] == UInt8(ascii: "<"), b[k + 2] == UInt8(ascii: "\"") { binary = true; k += 2 }
        var quote: UInt8 = 0
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { quote = b[k]; k += 1 }
        guard k < n, ASCII.isLetter(b[k]) else { return nil }
        let keyStart = k
        while k < n, k - keyStart <= Self.maximumKeyLength, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        let key = keyStart..<k
        if quote != 0 { guard k < n, b[k] == quote else { return nil }; k += 1 }
        if binary { guard k + 1 < n, b[k] == UInt8(ascii: ">"), b[k + 1] == UInt8(ascii: ">") else { return nil }; k += 2 }
        guard k < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        guard k < n, key.lowerBound >= floor, let rule = compiled.fieldRule(forTextKey: b, key) else { return nil }
        // The value.
        var valueStart = k
        var valueEnd: Int
        var valueQuote: UInt8 = 0
        if b[k] == UInt8(ascii: "<"), k + 2 < n, b[k + 1] == UInt8(ascii: "<"), b[k + 2] == UInt8(ascii: "\"") {
            valueQuote = UInt8(ascii: "\""); valueStart = k + 3
        } else if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
            valueQuote = b[k]; valueStart = k + 1
        }
        valueEnd = valueStart
        if valueQuote != 0 {
            // To the closing quote; unterminated, to the end of the line (fail closed).
            while valueEnd < n, b[valueEnd] != valueQuote, b[valueEnd] != 0x0A {
                if b[valueEnd] == UInt8(ascii: "\\") { valueEnd += 1 }
                valueEnd += 1
            }
            valueEnd = min(valueEnd, n)
        } else {
            // A bare term (`{password,s3cret}`, `{port,5672}`): up to the tuple's `}`; a nested
            // term (`{ssl,[…]}`, `{user,{a,b}}`) is read on its own.
            guard ASCII.isAlnum(b[k]) else { return nil }
            while valueEnd < n, b[valueEnd] != UInt8(ascii: "}"), b[valueEnd] != UInt8(ascii: ","), b[valueEnd] != 0x0A, b[valueEnd] != 0x20 { valueEnd += 1 }
            guard valueEnd < n, b[valueEnd] == UInt8(ascii: "}") else { return nil }
        }
        guard valueEnd > valueStart else { return nil }
        guard var hit = fieldValue(b, rule: rule, valueStart: valueStart, valueEnd: valueEnd, afterPairSeparator: false) else { return nil }
        // A sign-in message, `{login,<<"priya@example.in">>,<<"s3cr3t!Pa55">>}` (a gen_server's
        // last message in a crash report): the string after the account is its password.
        if valueQuote != 0, let password = signInTuplePassword(b, key: key, accountEnd: valueEnd, binary: b[valueStart - 1] == UInt8(ascii: "\"") && valueStart >= 3 && b[valueStart - 2] == UInt8(ascii: "<")),
           let secret = fieldRule(forLiteralKey: "password") {
            hit.elements.append(TextSpan(password, rule: secret, kind: .field, precedence: 20))
        }
        return hit
    }

    /// After the account's closing quote at `accountEnd` in a `{login, Account, Password}` tuple
    /// (`login`, `log_in`, `sign_in`, `signin`, `authenticate`, `auth`): the password string's
    /// content, or nil.
    private func signInTuplePassword(_ b: Bytes, key: Range<Int>, accountEnd: Int, binary: Bool) -> Range<Int>? {
        let n = b.count
        var signIn = false
        for word: StaticString in ["login", "log_in", "sign_in", "signin", "authenticate", "auth"]
        where key.count == word.utf8CodeUnitCount && ASCII.hasPrefix(b, at: key.lowerBound, lowercased: word) { signIn = true }
        guard signIn else { return nil }
        var k = accountEnd + 1
        if binary { guard k + 1 < n, b[k] == UInt8(ascii: ">"), b[k + 1] == UInt8(ascii: ">") else { return nil }; k += 2 }
        guard k < n, b[k] == UInt8(ascii: ",") else { return nil }
        k += 1
        while k < n, b[k] == 0x20 { k += 1 }
        if k + 2 < n, b[k] == UInt8(ascii: "<"), b[k + 1] == UInt8(ascii: "<") { k += 2 }
        guard k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") else { return nil }
        let quote = b[k]
        let start = k + 1
        var e = start
        while e < n, b[e] != quote, b[e] != 0x0A {
            if b[e] == UInt8(ascii: "\\") { e += 1 }
            e += 1
        }
        e = min(e, n)  // unterminated: to the end of the line (fail closed)
        return e > start ? start..<e : nil
    }
}
