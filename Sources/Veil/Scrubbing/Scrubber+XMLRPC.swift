/// WordPress's XML-RPC API (and the Blogger, MetaWeblog and Movable Type APIs it serves) passes
/// the account and its password as positional parameters, with no key that names them:
/// `<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>admin
/// </string></value></param><param><value><string>hunter2</string></value></param>…` — the body
/// of every XML-RPC brute-force attempt, as WAF audit logs and request-body dumps write it.
extension Scrubber {
    /// At `<methodName>` (`at` is the `<`): the user and the password parameters of a known
    /// method, as text ranges (either may be nil: a parameter that is not there, empty, already a
    /// pseudonym or a placeholder). Nil for another method.
    static func xmlRPCCredentials(_ b: Bytes, at: Int) -> (user: Range<Int>?, password: Range<Int>?)? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: at, exactly: "<methodName>") else { return nil }
        let nameStart = at + 12
        var k = nameStart
        while k < n, k - nameStart <= 64, b[k] != UInt8(ascii: "<") { k += 1 }
        guard k < n, b[k] == UInt8(ascii: "<") else { return nil }
        let name = nameStart..<k
        func nameIs(_ s: StaticString) -> Bool { name.count == s.utf8CodeUnitCount && ASCII.hasPrefix(b, at: name.lowerBound, exactly: s) }
        // Zero-based positions of the user and the password.
        let userIndex: Int
        if nameIs("wp.getUsersBlogs") {
            userIndex = 0  // (username, password)
        } else if nameIs("blogger.getUsersBlogs") || nameIs("blogger.getUserInfo") {
            userIndex = 1  // (appkey, username, password)
        } else if ASCII.hasPrefix(b, at: nameStart, exactly: "blogger.") {
            userIndex = 2  // (appkey, blogid or postid, username, password, …)
        } else if ASCII.hasPrefix(b, at: nameStart, exactly: "wp.") || ASCII.hasPrefix(b, at: nameStart, exactly: "metaWeblog.")
                    || ASCII.hasPrefix(b, at: nameStart, exactly: "mt.") {
            userIndex = 1  // (blog_id or post_id, username, password, …)
        } else {
            return nil
        }
        // The parameters' values in order: `<param><value>[<string>]TEXT<…`.
        var values: [Range<Int>?] = []
        let limit = min(n, at + (16 << 10))
        while values.count <= userIndex + 1, let param = find(b, "<param>", from: k, within: limit - k) {
            var v = param + 7
            while v < n, b[v] == 0x20 || b[v] == 0x09 { v += 1 }
            guard ASCII.hasPrefix(b, at: v, exactly: "<value>") else { values.append(nil); k = v; continue }
            v += 7
            if ASCII.hasPrefix(b, at: v, exactly: "<string>") { v += 8 }
            var e = v
            while e < n, e - v <= 1024, b[e] != UInt8(ascii: "<") { e += 1 }
            values.append(e > v && placeholderEnd(b, at: v) == nil && !isPseudonym(b, v..<e) ? v..<e : nil)
            k = e
        }
        let user = userIndex < values.count ? values[userIndex] : nil
        let password = userIndex + 1 < values.count ? values[userIndex + 1] : nil
        return user == nil && password == nil ? nil : (user, password)
    }
}
