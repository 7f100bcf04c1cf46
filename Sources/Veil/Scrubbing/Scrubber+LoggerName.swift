/// Bunyan, pino and Python's JSON formatters write the logger's name under a top-level `name`
/// (`{"name":"payments-service","hostname":…,"pid":1,…}`, `"name":"uvicorn.error"`), the key
/// that other JSON lines use for a person. A top-level `name` whose value reads as a logger
/// name is scanned by the detectors instead of replaced under the `name` key's rule:
///
/// - lower-case ASCII letters, digits and `.`, `_`, `/`, `:`, `-` only, starting with a letter,
///   at most 64 bytes;
/// - no part between separators is a given or family name of the name lists (`jean-luc`,
///   `jane.doe` are replaced as before), unless it is a module path of three or more parts
///   next to a framework's keys (`"name": "borg.crypto.key"` with `"levelname":`);
/// - and either a separator in it (`payments-service`, `app.worker`), or a logging framework's
///   own keys on the line (`"hostname":` with `"pid":`, or `"levelname":`): `"name":"root"` is
///   Python's root logger there, while `{"name":"jdoe"}` and `{"name":"jsmith2"}` are replaced.
///
/// In text lines a `name` key's value of that shape with a separator in it is scanned too
/// (`name=checkout-service`, `name: payments-worker`).
extension Scrubber {
    /// A JSON string at `i` that is a path of three or more segments without spaces
    /// (`projects/p/logs/x`, `organizations/1/locations/global`).
    static func isResourcePath(_ b: Bytes, valueAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var e = i + 1
        var slashes = 0
        while e < b.count, e - i <= 256 {
            let x = b[e]
            if x == UInt8(ascii: "\"") { return slashes >= 2 && b[e - 1] != UInt8(ascii: "/") }
            if x == UInt8(ascii: "/") { slashes += 1 } else if x <= 0x20 || x == UInt8(ascii: "\\") { return false }
            e += 1
        }
        return false
    }

    static func isLoggerName(_ b: Bytes, valueAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        let start = i + 1
        var e = start
        var separated = false
        while e < b.count, e - start <= 64 {
            let x = b[e]
            if x == UInt8(ascii: "\"") { break }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "_") || x == UInt8(ascii: "/") || x == UInt8(ascii: ":") || x == UInt8(ascii: "-") {
                separated = true
            } else if !(x >= UInt8(ascii: "a") && x <= UInt8(ascii: "z")) && !ASCII.isDigit(x) && !(e == start && ASCII.isUpper(x)) {
                return false
            }
            e += 1
        }
        guard e < b.count, b[e] == UInt8(ascii: "\""), e > start, ASCII.isLetter(b[start]) else { return false }
        // Ghost's `{"name":"Log","hostname":…,"pid":…}`: a capitalised word only beside a framework's keys.
        if ASCII.isUpper(b[start]) { return !separated && !hasListedNamePart(b, start..<e) && hasLoggingFrameworkKeys(b) }
        if !hasListedNamePart(b, start..<e) { return separated || hasLoggingFrameworkKeys(b) }
        // A module path of three or more parts next to a framework's keys (borg's `"name": "borg.crypto.key"`
        // with `"levelname":`): a logger's, though `borg` is also a family name.
        return b[start..<e].lazy.filter { $0 == UInt8(ascii: ".") }.count >= 2 && hasLoggingFrameworkKeys(b)
    }

    /// A `name` value in a text line that reads as a service's or logger's name: the shape above
    /// with a separator in it (`name=checkout-service`, `name: payments-worker`, `"name":"app.api"`).
    static func readsAsServiceName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 64, ASCII.isLower(b[r.lowerBound]) else { return false }
        var separated = false
        for k in r {
            let x = b[k]
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "_") || x == UInt8(ascii: "/") || x == UInt8(ascii: ":") || x == UInt8(ascii: "-") {
                separated = true
            } else if !ASCII.isLower(x) && !ASCII.isDigit(x) {
                return false
            }
        }
        return separated && !hasListedNamePart(b, r)
    }

    /// A `name` that names an operation, not a person: a trace span's or transaction's
    /// (`"GET /api/v1/users/{id}"`, `"SELECT users"`, `"WebTransaction/SpringController/getUser"`),
    /// a CI check's (`"CI / build (ubuntu-latest, 3.12)"`): an HTTP method or SQL verb in
    /// capitals and a space, or a `/` in it. (The value is still scanned as text.)
    static func isOperationName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 256 else { return false }
        for verb: StaticString in ["GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS ", "SELECT ", "INSERT ", "UPDATE ", "UPSERT "]
        where ASCII.hasPrefix(b, at: r.lowerBound, exactly: verb) && verb.utf8CodeUnitCount < r.count {
            return true
        }
        // (` / ` separates a check's parts; a `/` glued to a listed name is a person's role: `Jane Smith/admin`.)
        guard let slash = b[r].firstIndex(of: UInt8(ascii: "/")) else { return false }
        return (slash > r.lowerBound && b[slash - 1] == 0x20) || !hasListedNamePart(b, r)
    }

    /// ``isOperationName(_:_:)`` for a JSON string at `i` (its opening quote).
    static func isOperationName(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var e = i + 1
        while e < b.count, e - i <= 257, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "\\") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\"") else { return false }
        return isOperationName(b, (i + 1)..<e)
    }

    /// Whether a run of letters in `b[r]` is a given or family name of the name lists.
    private static func hasListedNamePart(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            while k < r.upperBound, !ASCII.isLetter(b[k]) { k += 1 }
            let word = k
            while k < r.upperBound, ASCII.isLetter(b[k]) { k += 1 }
            if k > word, PersonNameDetector.isListedName(lowercased: b, word..<k) { return true }
        }
        return false
    }

    /// `"hostname":` with `"pid":` (Bunyan, pino), or `"levelname":` (Python's JSON formatters).
    static func hasLoggingFrameworkKeys(_ b: Bytes) -> Bool {
        (contains(b, "\"hostname\":") && contains(b, "\"pid\":")) || contains(b, "\"levelname\":")
    }

    private static func contains(_ b: Bytes, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard b.count >= n else { return false }
        let first = literal.utf8Start.pointee
        var k = 0
        while k <= b.count - n {
            if b[k] == first, ASCII.hasPrefix(b, at: k, exactly: literal) { return true }
            k += 1
        }
        return false
    }
}

extension Scrubber {
    /// A JSON string at `i` (its opening quote) that is a class's name in a namespace: Laravel's
    /// queued job `"displayName":"App\\Jobs\\SyncCrmContact"`, PHP's and C++'s `Foo::Bar`. Parts
    /// of letters, digits and `_`, joined by an escaped `\` or `::`; no person's name.
    static func isCodeIdentifier(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i + 1 < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var k = i + 1
        var joins = 0
        while k < b.count, k - i <= 257 {
            let x = b[k]
            if x == UInt8(ascii: "\"") { break }
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") { k += 1; continue }
            if x == UInt8(ascii: "\\"), k + 2 < b.count, b[k + 1] == UInt8(ascii: "\\"), ASCII.isLetter(b[k + 2]) { joins += 1; k += 2; continue }
            if x == UInt8(ascii: ":"), k + 2 < b.count, b[k + 1] == UInt8(ascii: ":"), ASCII.isLetter(b[k + 2]) { joins += 1; k += 2; continue }
            return false
        }
        return joins > 0 && k < b.count && b[k] == UInt8(ascii: "\"") && ASCII.isLetter(b[i + 1])
    }

    /// A Zipkin span (`"traceId":` and `"kind":` on the line): its `name` is an operation's.
    static func isZipkinSpan(_ b: Bytes) -> Bool {
        contains(b, "\"traceId\":") && contains(b, "\"kind\":")
    }
}
