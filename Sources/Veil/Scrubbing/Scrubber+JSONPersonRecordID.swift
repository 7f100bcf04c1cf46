/// A person's record id in JSON, named only by the object it sits in: a ride's
/// `"rider":{"id":"rdr_448120"}` and `"driver":{"id":"drv_20931"}`, a loyalty programme's
/// `"member":{"programme":"Flying Blue","number":"2148773904"}`, Shopify's
/// `"customers":[{"id":6620194837442,…}]`, a rail pass's `"discountCard":{"number":…}`.
/// (`id` and `number` alone name nothing, so only JSON, where the parent is known, reads them.)
///
/// **Accepts** a string or number of 4…64 bytes with at least three digits (`"id":"default"`,
/// `"id":1` stay) under `id`, `number`, `no` or `nr`, whose parent names a person by their part
/// (``personRoleParents``) or is a card that is no payment card (``isMembershipCardKey(_:)``).
extension Scrubber {
    /// Normalised keys of objects that are a person by their part in a service.
    static let personRoleParents: Set<[UInt8]> = Set([
        "customers", "member", "members", "rider", "riders", "driver", "drivers", "courier", "passenger", "passengers",
        "traveler", "travelers", "traveller", "travellers", "guest", "guests", "patient", "patients", "student", "students",
        "employee", "employees", "subscriber", "subscribers", "contact", "contacts", "recipient", "recipients", "applicant",
        "applicants", "candidate", "candidates", "cardholder", "accountholder", "payer", "payee", "buyer", "shopper", "insured",
        "policyholder", "beneficiary", "borrower", "debtor", "creditor", "learner", "participant", "attendee", "donor", "voter",
        "interviewer", "interviewers", "recruiter", "hiringmanager", "assignee", "reviewer", "dasher", "tenant", "tenants",
    ].map { Array($0.utf8) })

    /// Normalised keys that hold a record's id.
    static let recordIDKeys: Set<[UInt8]> = Set(["id", "number", "no", "nr"].map { Array($0.utf8) })

    /// A card that is a membership's, not a payment's (`discountcard`, `loyaltycard`, `bahncard`,
    /// `librarycard`): its number is the holder's.
    static func isMembershipCardKey(_ k: [UInt8]) -> Bool {
        guard k.count > 4, k.suffix(4).elementsEqual("card".utf8) else { return false }
        for payment in ["creditcard", "debitcard", "paymentcard", "bankcard", "giftcard", "simcard", "sdcard", "graphicscard", "networkcard"]
        where k.elementsEqual(payment.utf8) { return false }
        return true
    }

    /// Whether the member whose normalised path is `path`, with its value at `valueAt`, is a
    /// person's record id by its parent.
    static func isPersonRecordIDMember(_ b: Bytes, path: [[UInt8]], valueAt: Int) -> Bool {
        guard path.count >= 2, recordIDKeys.contains(path[path.count - 1]) else { return false }
        let parent = path[path.count - 2]
        guard personRoleParents.contains(parent) || isMembershipCardKey(parent) else { return false }
        return isRecordIDValue(b, valueAt: valueAt)
    }

    /// A string or number of 4…64 bytes (letters, digits, `_`, `-`, `.`) with at least three digits at `valueAt`.
    static func isRecordIDValue(_ b: Bytes, valueAt: Int) -> Bool {
        guard valueAt < b.count else { return false }
        var k = valueAt
        let quoted = b[k] == UInt8(ascii: "\"")
        if quoted { k += 1 }
        let start = k
        var digits = 0
        while k < b.count, k - start <= 64, ASCII.isAlnum(b[k]) || (quoted && (b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: "."))) {
            if ASCII.isDigit(b[k]) { digits += 1 }
            k += 1
        }
        guard k - start >= 4, k - start <= 64, digits >= 3, k < b.count else { return false }
        return quoted ? b[k] == UInt8(ascii: "\"") : !ASCII.isAlnum(b[k]) && b[k] != UInt8(ascii: ".")
    }
}

extension Scrubber {
    /// Normalised keys that only a person's record holds. (Not an e-mail address or a phone number:
    /// an order's record holds its buyer's, `"order":{"id":1001,"email":…}`, and its id stays.)
    static let personRecordKeys: Set<[UInt8]> = Set([
        "username", "firstname", "lastname", "givenname", "familyname", "surname", "dateofbirth", "birthdate", "dob",
    ].map { Array($0.utf8) })

    /// Whether the object opening at `objectStart` is a person's record: a member named like a
    /// person's attribute (``personRecordKeys``), or LaunchDarkly's and OpenFeature's
    /// `"kind":"user"` context. Read over at most 8 KiB; members of nested objects do not count.
    /// (`[{"id":10533,"username":"…","firstname":…}]`, Moodle's and Shopify's user lists.)
    static func objectIsPersonRecord(_ b: Bytes, objectStart: Int) -> Bool {
        let n = b.count, limit = min(n, objectStart + 8192)
        var k = objectStart + 1
        var depth = 0
        while k < limit {
            let x = b[k]
            if x == UInt8(ascii: "\""), k + 1 < limit {
                let start = k + 1
                var e = start
                while e < limit, b[e] != UInt8(ascii: "\"") { e += b[e] == UInt8(ascii: "\\") ? 2 : 1 }
                guard e < limit else { return false }
                var v = e + 1
                while v < limit, b[v] == 0x20 { v += 1 }
                if depth == 0, v < limit, b[v] == UInt8(ascii: ":"), e - start <= 16 {
                    let key = FieldGlob.normalize(UnsafeBufferPointer(rebasing: b[start..<e]))
                    if personRecordKeys.contains(key) { return true }
                    if key.elementsEqual("kind".utf8) {
                        v += 1
                        while v < limit, b[v] == 0x20 { v += 1 }
                        if ASCII.hasPrefix(b, at: v, exactly: "\"user\"") { return true }
                    }
                }
                k = e + 1
                continue
            }
            if x == UInt8(ascii: "{") || x == UInt8(ascii: "[") { depth += 1 } else if x == UInt8(ascii: "}") || x == UInt8(ascii: "]") {
                if depth == 0 { return false }
                depth -= 1
            }
            k += 1
        }
        return false
    }

    /// Meta's Conversions API `user_data` (`{"em":["<sha256>"],"ph":[…],"fn":[…],"external_id":[…]}`):
    /// the literal key whose rule a member takes, by its short name; nil for other members.
    static func conversionsAPIUserDataKey(_ k: [UInt8]) -> StaticString? {
        switch k.count {
        case 2:
            switch (k[0], k[1]) {
            case (UInt8(ascii: "e"), UInt8(ascii: "m")): return "email"
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): return "phone"
            case (UInt8(ascii: "f"), UInt8(ascii: "n")), (UInt8(ascii: "l"), UInt8(ascii: "n")): return "name"
            case (UInt8(ascii: "d"), UInt8(ascii: "b")): return "dob"
            case (UInt8(ascii: "c"), UInt8(ascii: "t")), (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "z"), UInt8(ascii: "p")): return "address"
            default: return nil
            }
        case 10: return k.elementsEqual("externalid".utf8) ? "user_id" : nil
        default: return nil
        }
    }
}
