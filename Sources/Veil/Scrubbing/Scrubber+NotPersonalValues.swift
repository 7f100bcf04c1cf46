/// Values under a person's or an address's key that name no person and no place:
/// - Kubernetes' own identities (`system:serviceaccount:argocd:argocd-application-controller`,
///   `system:node:ip-10-0-1-23.ec2.internal`, `system:kube-scheduler`, `system:anonymous`) under
///   an account key of an audit event;
/// - Terraform's placeholders for values it does not print (`(known after apply)`,
///   `(sensitive value)`, `(sensitive)`);
/// - machines under an account key: a Windows computer account (`DC01$`), an EC2 instance
///   (`i-0a1b2c3d4e5f67890`, a role session's name);
/// - a DNS host name under an `address` key (`address = "orders-db.c9akciq32.eu-west-1.rds.amazonaws.com"`):
///   a network address, not a postal one.
extension Scrubber {
    /// `system:` and a lower-case letter at `r`'s start.
    static func isKubernetesSystemIdentity(_ b: Bytes, _ r: Range<Int>) -> Bool {
        r.count > 8 && ASCII.hasPrefix(b, at: r.lowerBound, exactly: "system:") && ASCII.isLower(b[r.lowerBound + 7])
    }

    /// ``isKubernetesSystemIdentity(_:_:)`` for a JSON string at `i` (its opening quote).
    static func isKubernetesSystemIdentity(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\""), let close = b[(i + 1)..<min(b.count, i + 256)].firstIndex(of: UInt8(ascii: "\"")) else { return false }
        return isKubernetesSystemIdentity(b, (i + 1)..<close)
    }

    /// Terraform's `(known after apply)`, `(sensitive value)`, `(sensitive)` exactly at `r`.
    static func isTerraformPlaceholder(_ b: Bytes, _ r: Range<Int>) -> Bool {
        for placeholder: StaticString in ["(known after apply)", "(sensitive value)", "(sensitive)"]
        where r.count == placeholder.utf8CodeUnitCount && ASCII.hasPrefix(b, at: r.lowerBound, exactly: placeholder) {
            return true
        }
        return false
    }

    /// A DNS name of three labels or more in lower case (`db.internal.example.com`), the last
    /// of letters only: no postal address.
    static func isHostName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 5, r.count <= 253 else { return false }
        var dots = 0, lastDot = -1
        for k in r {
            let x = b[k]
            if x == UInt8(ascii: ".") {
                guard k > r.lowerBound, k + 1 < r.upperBound, b[k - 1] != UInt8(ascii: ".") else { return false }
                dots += 1
                lastDot = k
            } else if !(ASCII.isLower(x) || ASCII.isDigit(x) || x == UInt8(ascii: "-")) {
                return false
            }
        }
        guard dots >= 2, r.upperBound - lastDot - 1 >= 2 else { return false }
        return b[(lastDot + 1)..<r.upperBound].allSatisfy(ASCII.isLower)
    }

    /// `DC01$`, `WS-042$` (a Windows computer account: capitals, digits and `-`, then `$`),
    /// `i-0a1b2c3d4e5f67890` (an EC2 instance id: `i-` and 8 or 17 lower-case hex digits), an IAM
    /// role's unique id (`AROA` and 16 or 17 capitals and digits, no session name after it), an
    /// SMTP reply's code (`535-5.7.8` after `login:`) and a
    /// Java exception's class (`java.sql.SQLIntegrityConstraintViolationException:` after `user:`).
    static func isMachineAccount(_ b: Bytes, _ r: Range<Int>) -> Bool {
        let count = r.count
        // An SMTP reply's code, `Invalid login: 535-5.7.8 Username and Password not accepted`.
        if count == 9, ASCII.isDigit(b[r.lowerBound]), b[r.lowerBound + 3] == UInt8(ascii: "-"), b[r.lowerBound + 5] == UInt8(ascii: "."), b[r.lowerBound + 7] == UInt8(ascii: ".") {
            return true
        }
        if count == 20 || count == 21, ASCII.hasPrefix(b, at: r.lowerBound, exactly: "AROA") {
            return b[(r.lowerBound + 4)..<r.upperBound].allSatisfy { ASCII.isUpper($0) || ASCII.isDigit($0) }
        }
        if count > 12, b[r.lowerBound..<r.upperBound].contains(UInt8(ascii: ".")) {
            var e = r.upperBound
            if b[e - 1] == UInt8(ascii: ":") { e -= 1 }
            if CredentialScan.hasSuffix(b, endingAt: e, exactly: "Exception") || CredentialScan.hasSuffix(b, endingAt: e, exactly: "Error") {
                var s = e
                while s > r.lowerBound, b[s - 1] != UInt8(ascii: ".") { s -= 1 }
                return s > r.lowerBound && ASCII.isUpper(b[s])
            }
        }
        if count >= 2, count <= 16, b[r.upperBound - 1] == UInt8(ascii: "$") {
            return b[r.lowerBound..<(r.upperBound - 1)].allSatisfy { ASCII.isUpper($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }
                && ASCII.isUpper(b[r.lowerBound])
        }
        if count == 10 || count == 19, b[r.lowerBound] == UInt8(ascii: "i"), b[r.lowerBound + 1] == UInt8(ascii: "-") {
            return b[(r.lowerBound + 2)..<r.upperBound].allSatisfy { ASCII.isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
        }
        return false
    }

    /// ``isMachineAccount(_:_:)`` for a JSON string at `i` (its opening quote).
    static func isMachineAccount(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\""), let close = b[(i + 1)..<min(b.count, i + 24)].firstIndex(of: UInt8(ascii: "\"")) else { return false }
        return isMachineAccount(b, (i + 1)..<close)
    }
}
