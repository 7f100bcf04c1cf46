/// JSON objects that refer to a container or a Kubernetes resource under a key that otherwise
/// names an account or a secret:
/// - Docker's events: `"Actor":{"ID":"4e5f…","Attributes":{"image":…,"name":…}}` (the key
///   `Actor` exactly, the object opening with `"ID":`);
/// - Kubernetes' object references (controller-runtime's `"Secret":{"name":"aws-creds","namespace":"crossplane"}`):
///   exactly the two members `name` and `namespace`, in either order, with plain string values;
/// - Vault's audit log: `"auth":{"client_token":…}` (the key `auth` exactly, the object opening
///   with `"client_token":`).
///
/// Such an object's members are read under their own keys' rules (a secret under an attribute's
/// key is still redacted), not all replaced under the outer key's.
extension Scrubber {
    static func isObjectReference(_ b: Bytes, at open: Int, key: Bytes) -> Bool {
        let n = b.count
        if key.count == 5, ASCII.hasPrefix(key, at: 0, exactly: "Actor") { return ASCII.hasPrefix(b, at: open, exactly: "{\"ID\":\"") }
        // Vault's audit log: `"auth":{"client_token":"hmac-sha256:…","accessor":…,"policies":[…],"metadata":{"username":…}}`
        // describes the caller's token; its members are read under their own keys (the token under `client_token`).
        if key.count == 4, ASCII.hasPrefix(key, at: 0, exactly: "auth") { return ASCII.hasPrefix(b, at: open, exactly: "{\"client_token\":") }
        var k = open + 1
        var seen = 0  // 1: name, 2: namespace
        for _ in 0..<2 {
            while k < n, b[k] == 0x20 { k += 1 }
            let member: Int
            if ASCII.hasPrefix(b, at: k, exactly: "\"name\":") { member = 1; k += 7 } else if ASCII.hasPrefix(b, at: k, exactly: "\"namespace\":") { member = 2; k += 12 } else { return false }
            guard seen & member == 0 else { return false }
            seen |= member
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, b[k] == UInt8(ascii: "\"") else { return false }
            k += 1
            // A resource's name: DNS-label bytes only (no escape, no space).
            let start = k
            while k < n, k - start <= 253, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") { k += 1 }
            guard k < n, k > start, b[k] == UInt8(ascii: "\"") else { return false }
            k += 1
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n else { return false }
            if seen == 3 { return b[k] == UInt8(ascii: "}") }
            guard b[k] == UInt8(ascii: ",") else { return false }
            k += 1
        }
        return false
    }
}
