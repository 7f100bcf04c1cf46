/// Passwords passed to a sign-in or connect function, as stack traces print the call's
/// arguments (PHP's `#0 /app/Auth.php(42): Auth->attempt('marek@seznam.cz', 'Praha*2024*h...')`,
/// also Python's and JavaScript's `login('bob', 'S3cret')`):
/// - `attempt`, `login`, `logIn`, `signIn`, `sign_in`, `authenticate`, `checkCredentials`,
///   `validateCredentials`, `verifyCredentials`, `bind`: the second argument;
/// - `ldap_bind`, `mysqli_connect`, `mysql_connect`, `pg_connect`-style `(host, user, password)`
///   calls and `PDO->__construct('mysql:…', user, password)`: the third;
/// - `mysqli_real_connect`, `mysqli->real_connect`: the third after the link (`real_connect`'s
///   third argument when called as a method).
///
/// Only a quoted literal is taken (a variable or `Object(…)` names no password); an unterminated
/// quote runs to the line's end (fail closed). At most 1 KiB of arguments is read.
extension CommandLinePasswordDetector {
    /// At `open`, the `(` after the function's name: the password argument's content.
    package static func callArgument(_ b: Bytes, open: Int) -> Range<Int>? {
        guard open >= 4, ASCII.isAlnum(b[open - 1]) || b[open - 1] == UInt8(ascii: "_") else { return nil }
        var s = open
        while s > 0, open - s < 32, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        let name = s..<open
        // A method or function name, not a word glued to something else.
        guard s == 0 || !(ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: "_")) else { return nil }
        let method = s >= 2 && (b[s - 1] == UInt8(ascii: ">") && b[s - 2] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: ":") && b[s - 2] == UInt8(ascii: ":")) || s >= 1 && b[s - 1] == UInt8(ascii: ".")
        guard let index = passwordIndex(b, name, method: method) else { return nil }
        var k = open + 1
        let limit = min(b.count, open + 1024)
        var argument = 0
        while k < limit {
            while k < limit, b[k] == 0x20 { k += 1 }
            guard k < limit else { return nil }
            let x = b[k]
            if x == UInt8(ascii: "'") || x == UInt8(ascii: "\"") {
                let start = k + 1
                var e = start
                while e < b.count, b[e] != x, e - start <= 4096 { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
                if e >= b.count {
                    // Unterminated: the rest of the line (fail closed) when it is the password.
                    return argument == index && start < b.count ? start..<b.count : nil
                }
                if argument == index {
                    // PDO's first argument must be a DSN (`mysql:host=…`), else this is some other constructor.
                    if ASCII.hasPrefix(b, at: s, exactly: "__construct") { guard isDSN(b, open + 1) else { return nil } }
                    guard e > start, b[e] == x, Scrubber.alreadyScrubbedEnd(b, start..<e) == nil else { return nil }
                    return start..<e
                }
                k = e + 1
            } else {
                if argument == index { return nil }  // a variable, a number, `Object(User)`
                var depth = 0
                while k < limit, depth > 0 || (b[k] != UInt8(ascii: ",") && b[k] != UInt8(ascii: ")")) {
                    if b[k] == UInt8(ascii: "(") { depth += 1 } else if b[k] == UInt8(ascii: ")") { depth -= 1 }
                    k += 1
                }
            }
            while k < limit, b[k] == 0x20 { k += 1 }
            guard k < limit, b[k] == UInt8(ascii: ",") else { return nil }
            k += 1
            argument += 1
        }
        return nil
    }

    private static func passwordIndex(_ b: Bytes, _ name: Range<Int>, method: Bool) -> Int? {
        func named(_ literal: StaticString) -> Bool { name.count == literal.utf8CodeUnitCount && ASCII.hasPrefix(b, at: name.lowerBound, exactly: literal) }
        for second: StaticString in ["attempt", "login", "logIn", "signIn", "sign_in", "authenticate", "checkCredentials", "validateCredentials", "verifyCredentials"] where named(second) {
            return 1
        }
        if named("bind") { return method ? 1 : nil }
        for third: StaticString in ["ldap_bind", "mysqli_connect", "mysql_connect", "__construct"] where named(third) { return 2 }
        if named("mysqli_real_connect") { return 3 }
        if named("real_connect") { return method ? 2 : nil }
        return nil
    }

    /// `'mysql:host=…'`, `"pgsql:…"`, `'sqlsrv:…'`: a PDO data source name at `k` (its opening quote).
    private static func isDSN(_ b: Bytes, _ k: Int) -> Bool {
        var p = k
        while p < b.count, b[p] == 0x20 { p += 1 }
        guard p < b.count, b[p] == UInt8(ascii: "'") || b[p] == UInt8(ascii: "\"") else { return false }
        for driver: StaticString in ["mysql:", "pgsql:", "sqlsrv:", "oci:", "odbc:", "dblib:", "firebird:", "ibm:", "informix:", "sqlite:"]
        where ASCII.hasPrefix(b, at: p + 1, exactly: driver) { return true }
        return false
    }
}
