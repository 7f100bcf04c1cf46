/// `name` and `address` members of objects no rule names (`{"RequestBody":{"name":"Tomás Ó Briain"}}`,
/// `{"pickup":{"address":"King Fahd Rd, Al Olaya, Riyadh 12214"}}`).
///
/// The default pack names these keys at the top level and under parents that name a person
/// (`user.name`, `billing.address`); elsewhere `name` is mostly a thing's name (`metadata.name`,
/// `line_items[].name`) and `address` a network one. A nested one takes the name or address rule
/// when its value has the shape of a person's full name or a postal address, and its parent is
/// not one that names a thing.
extension Scrubber {
    /// The rule for the member `path` (no rule of its own) whose string value starts at `valueAt`, or nil.
    func nestedPersonRule(_ b: Bytes, path: [[UInt8]], valueAt: Int) -> Int? {
        guard path.count >= 2, valueAt < b.count, b[valueAt] == UInt8(ascii: "\"") else { return nil }
        let last = path[path.count - 1]
        let isName = last.count == 4 && Self.isNameKey(last)
        let isAddress = !isName && last.count == 7 && last.elementsEqual("address".utf8)
        guard isName || isAddress else { return nil }
        let parent = path[path.count - 2]
        guard !Self.thingParents.contains(where: { parent.elementsEqual($0.utf8) }) else { return nil }
        var end = valueAt + 1
        while end < b.count, end - valueAt <= 160, b[end] != UInt8(ascii: "\"") {
            if b[end] == UInt8(ascii: "\\") { return nil }  // escapes: left to the scan
            end += 1
        }
        guard end < b.count, b[end] == UInt8(ascii: "\"") else { return nil }
        let value = UnsafeBufferPointer(rebasing: b[(valueAt + 1)..<end])
        if isName { return Self.looksLikeFullName(value) ? fieldRule(forLiteralKey: "full_name") : nil }
        return Self.looksLikePostalAddress(value) ? fieldRule(forLiteralKey: "address") : nil
    }

    /// Two to five words, each a capitalised word of letters (also `O'Brien`, `Al-Otaibi`, `Ó`) or a
    /// lower-case particle (`de`, `van`, `bin` …), at least two capitalised, none of them a word
    /// that names a thing (`Order Service`, `Main Thread`); not all capitals (`GET USERS`).
    static func looksLikeFullName(_ v: Bytes) -> Bool {
        guard v.count >= 5, v.count <= 80 else { return false }
        var words = 0, capitalised = 0
        var i = 0
        while i < v.count {
            guard v[i] != 0x20 else { return false }  // double or leading space
            var e = i
            while e < v.count, v[e] != 0x20 { e += 1 }
            let word = UnsafeBufferPointer(rebasing: v[i..<e])
            words += 1
            if words > 5 { return false }
            if isParticle(word) {
                // fine
            } else if isCapitalisedWord(word) {
                if personlessWords.contains(where: { word.elementsEqual($0.utf8) }) { return false }
                capitalised += 1
            } else {
                return false
            }
            i = e + 1
            if e == v.count - 1 { return false }  // trailing space
        }
        return capitalised >= 2
    }

    /// `Tomás`, `O'Brien`, `Al-Otaibi`, `Ó`, `Øvergaard`: an upper-case letter, then lower-case
    /// letters, with `'` or `-` before another capital or letter.
    private static func isCapitalisedWord(_ w: Bytes) -> Bool {
        guard let first = w.first else { return false }
        let upperASCII = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
        // Latin-1 and Latin Extended-A capitals (`Ó`, `Ø`, `Ł`, `Š`): a two-byte sequence.
        let upperWide = first == 0xC3 && w.count >= 2 && w[1] >= 0x80 && w[1] <= 0x9E && w[1] != 0x97
            || (first == 0xC4 || first == 0xC5) && w.count >= 2 && w[1] & 1 == 0
        guard upperASCII || upperWide else { return false }
        var lower = 0, upper = 0
        var k = upperASCII ? 1 : 2
        while k < w.count {
            let x = w[k]
            if x >= UInt8(ascii: "a") && x <= UInt8(ascii: "z") { lower += 1 }
            else if x >= UInt8(ascii: "A") && x <= UInt8(ascii: "Z") { upper += 1 }
            else if x >= 0x80 { lower += 1 }  // accented letters (either case) count as letters
            else if x == UInt8(ascii: "'") || x == UInt8(ascii: "-") { guard k + 1 < w.count, k > 0 else { return false } }
            else { return false }
            k += 1
        }
        // `Ó` alone (Irish), otherwise mostly lower case: `McDonald`, `MacLeod`, `DeShawn` pass; `API`, `OS` do not.
        return (w.count <= 2 && !upperASCII) || (lower >= 1 && upper <= 2 && lower >= upper)
    }

    private static func isParticle(_ w: Bytes) -> Bool {
        particles.contains { w.elementsEqual($0.utf8) }
    }

    /// Lower-case name particles.
    static let particles = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "le", "la",
                            "los", "las", "bin", "binti", "bint", "ibn", "al", "el", "ben", "y", "e", "zu", "und", "af", "av", "ní", "nic", "mac", "ó"]

    /// Capitalised words that name things, not people: a value with one is not a person's name.
    static let personlessWords = [
        "Service", "Server", "Client", "Gateway", "Worker", "Thread", "Queue", "Job", "Task", "Main", "Default", "System",
        "Admin", "Test", "Demo", "Order", "Orders", "Payment", "Payments", "Product", "Products", "Plan", "Premium", "Basic",
        "Standard", "Pro", "Free", "Trial", "Monthly", "Annual", "Store", "Shop", "Account", "Group", "Team", "Inc", "Ltd",
        "LLC", "GmbH", "Corp", "Company", "Bank", "Card", "Debit", "Credit", "App", "Application", "Api", "Web", "Mobile",
        "Page", "Viewed", "Clicked", "Created", "Updated", "Deleted", "Added", "Removed", "Started", "Completed", "Failed",
        "Event", "User", "Users", "Customer", "Customers", "Data", "Database", "Cache", "Cluster", "Node", "Pod", "Region",
        "Zone", "East", "West", "North", "South", "Central", "Europe", "America", "Asia", "United", "States", "Kingdom",
        "Republic", "City", "Street", "Road", "Avenue", "Office", "Home", "Work", "Mouse", "Keyboard", "Shirt", "Jacket",
        "Edition", "Version", "Release", "Update", "Package", "Plugin", "Module", "Library", "Framework", "Engine",
        "Chrome", "Firefox", "Safari", "Edge", "Windows", "Linux", "Android", "Mac", "Google", "Microsoft", "Apple",
        "Amazon", "Meta", "Stripe", "Visa", "Mastercard", "Express", "Project", "Board", "Sprint", "Issue", "Ticket",
        "Report", "Dashboard", "Settings", "Profile", "Policy", "Rule", "Role", "Permission", "Key", "Token", "Secret",
        "Manager", "Controller", "Handler", "Provider", "Factory", "Builder", "Adapter", "Listener", "Processor",
        "Scheduler", "Monitor", "Agent", "Bot", "Assistant", "Model", "Chat", "Search", "Index", "Pipeline", "Stage",
        "Step", "Build", "Deploy", "Check", "Health", "Status", "Error", "Warning", "Info", "Debug", "Unknown", "New",
        "Old", "Local", "Global", "Public", "Private", "Internal", "External", "Primary", "Secondary", "Backup", "Storage",
        "Network", "Security", "Support", "Sales", "Marketing", "Finance", "Engineering", "Operations", "Platform",
        "Department", "Division", "Unit", "Center", "Centre", "Hospital", "Clinic", "University", "School", "College",
        "Hotel", "Airport", "Station", "Park", "Mall", "Market", "Restaurant", "Cafe", "Coffee", "Tea", "Pizza", "Burger",
    ]

    /// Parents whose `name` or `address` is a thing's: products and line items, software, cloud
    /// resources, places and organisations, network ends.
    static let thingParents = [
        "items", "lineitems", "item", "products", "product", "variant", "variants", "sku", "plan", "plans", "price", "prices",
        "service", "services", "app", "application", "metadata", "labels", "tags", "tag", "resource", "resources", "span",
        "spans", "event", "events", "logger", "thread", "container", "containers", "pod", "node", "deployment", "cluster",
        "namespace", "model", "models", "tool", "tools", "function", "functions", "queue", "topic", "job", "jobs", "task",
        "tasks", "file", "files", "bucket", "table", "column", "columns", "database", "db", "device", "devices", "component",
        "components", "variable", "variables", "category", "categories", "brand", "company", "organization", "organisation",
        "org", "merchant", "store", "shop", "team", "teams", "group", "groups", "role", "roles", "project", "projects", "repo",
        "repository", "package", "packages", "library", "module", "class", "method", "country", "city", "region", "location",
        "currency", "network", "channel", "workspace", "tenant", "os", "browser", "platform", "runtime", "sdk", "feature",
        "flag", "flags", "experiment", "campaign", "list", "segment", "cohort", "workflow", "step", "steps", "stage",
        "pipeline", "rule", "rules", "policy", "policies", "permission", "permissions", "scope", "scopes", "field", "fields",
        "parameter", "parameters", "server", "listen", "bind", "socket", "peer", "remote", "local", "upstream", "downstream",
        "endpoint", "host", "interface", "wallet", "contract", "token", "coin", "asset", "bank", "institution", "issuer",
        "provider", "vendor", "supplier", "carrier", "venue", "site", "building", "facility", "warehouse", "hospital",
        // Issue trackers' and service desks' objects (Jira's `issuetype`, `status`, `priority` …).
        "issuetype", "status", "statuscategory", "priority", "resolution", "type", "kind", "state", "sprint", "board",
        "epic", "version", "versions", "fixversions", "milestone", "environment", "release", "space", "page", "folder",
        "template", "report", "dashboard", "monitor", "schedule", "calendar", "room", "form", "document",
    ]

    /// A postal address: words and a number, with a space, no URL, address or network shape.
    static func looksLikePostalAddress(_ v: Bytes) -> Bool {
        guard v.count >= 8, v.count <= 160, v.contains(0x20), !v.contains(UInt8(ascii: "@")) else { return false }
        if ASCII.hasPrefix(v, at: 0, lowercased: "http") || ASCII.hasPrefix(v, at: 0, lowercased: "0x") { return false }
        var letters = 0, digits = 0, colons = 0
        for x in v {
            if ASCII.isLetter(x) || x >= 0x80 { letters += 1 } else if ASCII.isDigit(x) { digits += 1 } else if x == UInt8(ascii: ":") { colons += 1 }
        }
        return letters >= 6 && digits >= 1 && colons == 0
    }

    /// ``namesField(_:_:)`` for the JSON string at `i` (`{"name":"POSTGRES_PASSWORD","value":…}`, an
    /// entry's label, as in text).
    func namesField(_ b: Bytes, quotedAt i: Int) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return false }
        var e = i + 1
        while e < b.count, e - i <= 65, b[e] != UInt8(ascii: "\"") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\"") else { return false }
        return namesField(b, (i + 1)..<e)
    }
}
