/// A field rule that matches an object (`"user": {…}`, `"actor": {…}`) applies to every leaf
/// under it (fail closed). The attributes that describe an account rather than name it — its
/// groups, roles, type, status, locale — are scanned as ordinary text instead when the rule
/// came only from the parent: `"user":{"username":"ann","groups":["system:authenticated"]}`
/// (Kubernetes audit) keeps its groups, Okta's `"actor":{"type":"User"}` its type. A rule that
/// names the attribute itself still applies, and detectors still read the attribute's strings.
extension Scrubber {
    /// Normalised keys (``FieldGlob/normalize(_:)``) of account attributes that name no person.
    static let accountAttributeKeys: Set<[UInt8]> = Set([
        "groups", "roles", "role", "type", "kind", "status", "state", "scope", "scopes", "permissions",
        "locale", "timezone", "language", "plan", "tier", "provider", "verified", "emailverified",
        "phoneverified", "enabled", "active", "mfaenabled", "createdat", "updatedat", "lastlogin",
        "authenticationmethod", "authmethod", "usertype", "accounttype",
        // A person's job and workspace settings (Slack's, Jira's and PagerDuty's user objects).
        "title", "jobtitle", "department", "tz", "tzlabel", "tzoffset", "isbot", "isadmin", "isowner",
        "isrestricted", "deleted", "color",
        // FHIR's HumanName, Address and ContactPoint: `{"use":"official","family":"…"}`.
        "use", "rank",
        // What else a user object or a dotted `user.` key holds (Sentry's, ECS's): its segment,
        // domain, browser and address, which the detectors still read.
        "segment", "domain", "agent", "useragent", "ip", "ipaddress",
        // A customer's, guest's or beneficiary's settings and booking facts (stop-38 probe of
        // text-prefixed JSON: `{"customer":{"currency":"eur","country":"DE"}}`, `{"guest":{"nights":3}}`).
        "currency", "currencycode", "country", "countrycode", "region", "relationship", "nights", "room", "roomtype",
        "quantity", "count", "channel", "source", "category", "priority", "level", "platform", "bic", "loyaltytier",
        // A shop's customer record, a token's expiry, a member's plan (stop-43 probe of Shopify, eBay and
        // insurance payloads: `{"customer":{"orders_count":4,"total_spent":"412.80","tags":"vip"}}`).
        "totalspent", "orderscount", "ordercount", "pointsbalance", "points", "balance", "rating", "score", "tags",
        "acceptsmarketing", "marketingconsent", "taxexempt", "verifiedemail", "lastordername", "expiresat", "expires",
        "expiry", "gender", "sex", "groupnumber", "addresstype", "isdefault", "default", "linktype",
        // A status page's subscriber (`{"subscriber":{"mode":"email","components":[…]}}`).
        "mode", "components", "quarantinedat", "skipconfirmation",
    ].map { Array($0.utf8) })

    /// A place's parts, scanned as text under an account's or a person's object (a customer's
    /// `default_address.city`) but part of the address under an address's own key.
    static let placeAttributeKeys: Set<[UInt8]> = Set(["city", "province", "provincecode", "stateorprovince", "statecode"].map { Array($0.utf8) })

    /// The last parts of a dotted key that name what the part before it names (`usr.id`,
    /// `enduser.id`, `session.id`, `usr.name`): only these take the parent's rule, so
    /// `session.duration_ms` or `user.created_at` stay what they are.
    static let dottedIdentityParts: Set<[UInt8]> = Set([
        "id", "uid", "name", "username", "login", "email", "mail", "handle", "key", "token", "value", "number", "no", "nr", "secret", "phone",
    ].map { Array($0.utf8) })

    /// Whether a member with normalised key `k` that inherits `inherited` from its parent object
    /// is an account attribute to scan as text.
    func isInheritedAccountAttribute(_ k: [UInt8], inherited: Int?) -> Bool {
        guard let inherited, compiled.active[inherited].action == .pseudonymize else { return false }
        // (Any `…type` too: IVMS101's `nameIdentifierType: "LEGL"`, a user object's `userType`.)
        return Self.accountAttributeKeys.contains(k) || (compiled.active[inherited].type != "address" && Self.placeAttributeKeys.contains(k))
            || (k.count > 4 && k.suffix(4).elementsEqual("type".utf8))
    }
}
