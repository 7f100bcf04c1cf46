/// User names inside AWS ARNs (CloudTrail `userIdentity.arn`, IAM and STS errors):
/// `arn:aws:iam::123456789012:user/Alice` (and `user/path/Alice`: the last part; an MFA device's
/// `mfa/alice-yubikey` the same),
/// `arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com` (the session name,
/// often a person). Partitions `aws`, `aws-cn`, `aws-us-gov`. Roles, groups and other
/// resources name no person and stay.
///
/// **Trigger**: `at` is the `a` of `arn:` (not glued to a letter or digit before it).
/// Part of the `auth_log_user` detector (type `username`).
package enum ARNUserDetector {
    package static func match(_ bytes: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = bytes.count
        guard at >= floor, at + 12 < n, ASCII.hasPrefix(bytes, at: at, exactly: "arn:aws") else { return nil }
        if at > 0, ASCII.isAlnum(bytes[at - 1]) { return nil }
        // arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE — five colons before the resource.
        var k = at + 4
        var colons = 1
        while k < n, k - at < 96, colons < 5 {
            let x = bytes[k]
            if x == UInt8(ascii: ":") { colons += 1 } else if !(ASCII.isAlnum(x) || x == UInt8(ascii: "-")) { return nil }
            k += 1
        }
        guard colons == 5 else { return nil }
        let resource = k
        let user: Bool
        if ASCII.hasPrefix(bytes, at: resource, exactly: "user/") || ASCII.hasPrefix(bytes, at: resource, exactly: "mfa/") {
            // (An MFA device is named after its user: `mfa/priya.shah-yubikey`.)
            user = true
        } else if ASCII.hasPrefix(bytes, at: resource, exactly: "assumed-role/") {
            user = false
        } else {
            return nil
        }
        // The resource path, up to a character no IAM name or session name holds.
        var end = resource
        // `~` is in no IAM name but in Veil's pseudonyms: a second pass sees the whole one.
        while end < n, end - resource < 512, isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: "/") || bytes[end] == UInt8(ascii: "~") { end += 1 }
        // Trailing punctuation of a sentence is not part of the name.
        while end > resource, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        var lastSlash = end - 1
        while lastSlash > resource, bytes[lastSlash] != UInt8(ascii: "/") { lastSlash -= 1 }
        let nameStart = lastSlash + 1
        if !user {
            // assumed-role/ROLE/SESSION: the session is the third part.
            var slashes = 0
            for j in resource..<end where bytes[j] == UInt8(ascii: "/") { slashes += 1 }
            guard slashes >= 2 else { return nil }
        }
        // An EC2 instance as a role's session (`assumed-role/Deploy/i-0a1b2c3d4e5f67890`) is no person.
        guard nameStart < end, !Scrubber.isMachineAccount(bytes, nameStart..<end) else { return nil }
        return nameStart..<end
    }

    /// IAM user and STS session names: letters, digits and `+=,.@_-`.
    @inline(__always)
    private static func isNameByte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "=") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "@") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
}
