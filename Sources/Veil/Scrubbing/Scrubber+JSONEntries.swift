/// Name/value entry objects in JSON: a list of `{"name": KEY, "value": VALUE}` pairs stands for
/// an object `{KEY: VALUE}`, and VALUE takes the rule KEY would get as a key. Kubernetes and ECS
/// environment variables (`"env":[{"name":"DB_PASSWORD","value":"…"}]`), HAR headers
/// (`{"name":"Cookie","value":"…"}`), Cognito user attributes (`{"Name":"email","Value":"…"}`),
/// FHIR contact points (`{"system":"phone","value":"…"}`) and CRM properties
/// (`{"property":"firstname","value":"…"}`) are written this way.
///
/// The label must come before the value in the object (the usual order; a value written
/// first is scanned like any other string). Labels that are URIs count by their last segment
/// (`http://hl7.org/fhir/sid/us-ssn` → `us-ssn`). A label whose rule keeps its value changes
/// nothing.
extension Scrubber {
    /// Normalised keys that name the entry (`name`, `Name`, `key`, `type`, `system` …).
    static func isEntryLabelKey(_ k: [UInt8]) -> Bool {
        switch k.count {
        case 3: return k.elementsEqual("key".utf8) || k.elementsEqual("var".utf8)
        case 4: return k.elementsEqual("name".utf8) || k.elementsEqual("type".utf8) || k.elementsEqual("attr".utf8)
        case 5: return k.elementsEqual("field".utf8) || k.elementsEqual("label".utf8) || k.elementsEqual("param".utf8)
        case 6: return k.elementsEqual("system".utf8) || k.elementsEqual("header".utf8)
        case 8: return k.elementsEqual("property".utf8) || k.elementsEqual("variable".utf8)
        case 9: return k.elementsEqual("attribute".utf8) || k.elementsEqual("parameter".utf8)
        default: return false
        }
    }

    /// Normalised keys that hold the entry's value.
    static func isEntryValueKey(_ k: [UInt8]) -> Bool {
        k.elementsEqual("value".utf8) || k.elementsEqual("values".utf8) || k.elementsEqual("val".utf8)
    }

    /// The rule the JSON string at `at` (on its opening quote) names when read as a key, if that
    /// rule replaces values; nil for anything else (an escaped or long label, no rule, `keep`).
    func entryLabelRule(_ b: Bytes, at: Int) -> Int? {
        guard at < b.count, b[at] == UInt8(ascii: "\"") else { return nil }
        let start = at + 1
        var e = start
        while e < b.count, e - start <= 128, b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "\\"), b[e] >= 0x20 { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: "\""), e > start, e - start <= 128 else { return nil }
        // A URI names the entry by its last segment.
        var s = e
        while s > start, b[s - 1] != UInt8(ascii: "/"), b[s - 1] != UInt8(ascii: ":"), b[s - 1] != UInt8(ascii: "#") { s -= 1 }
        guard e - s >= 2, e - s <= 64 else { return nil }
        let key = FieldGlob.normalize(UnsafeBufferPointer(rebasing: b[s..<e]))
        guard !key.isEmpty, let rule = key.withUnsafeBufferPointer({ compiled.fieldRule(forTextKey: $0, 0..<$0.count) }),
              compiled.active[rule].action != .keep else { return nil }
        return rule
    }
}
