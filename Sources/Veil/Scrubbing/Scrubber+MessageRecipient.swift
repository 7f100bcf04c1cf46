/// SMS and messaging APIs name a message's recipient by an international number written without
/// its `+`: Vonage's `{"to":"34655281904"}`, Infobip's `"destinations":[{"to":"385981234567"}]`,
/// MessageBird's `"recipients":[31629384756]`. Under those keys, 10 to 15 digits alone are a
/// phone number (also a national one, `07700900123`) — not a time: 10 or 13 digits that start
/// with `1` read as Unix seconds or milliseconds (`"to":"1710239001"`) and stay.
extension Scrubber {
    /// Normalised keys that name a message's recipient.
    static func isMessageRecipientKey(_ k: [UInt8]) -> Bool {
        switch k.count {
        case 2: return k[0] == UInt8(ascii: "t") && k[1] == UInt8(ascii: "o")
        case 9: return k.elementsEqual("recipient".utf8)
        case 10: return k.elementsEqual("recipients".utf8)
        default: return false
        }
    }

    /// Whether the JSON value at `at` is 10 to 15 digits (a string or a number), or a list whose
    /// first element is.
    static func isBareInternationalNumber(_ b: Bytes, valueAt at: Int) -> Bool {
        let n = b.count
        var k = at
        if k < n, b[k] == UInt8(ascii: "[") {
            k += 1
            while k < n, b[k] == 0x20 { k += 1 }
        }
        guard k < n else { return false }
        let quoted = b[k] == UInt8(ascii: "\"")
        if quoted { k += 1 }
        let e = CredentialScan.runEnd(b, from: k, ASCII.isDigit)
        let count = e - k
        guard count >= 10, count <= 15, e < n else { return false }
        if quoted { guard b[e] == UInt8(ascii: "\"") else { return false } } else {
            guard b[e] == UInt8(ascii: ",") || b[e] == UInt8(ascii: "]") || b[e] == UInt8(ascii: "}") || b[e] == 0x20 else { return false }
        }
        return !((count == 10 || count == 13) && b[k] == UInt8(ascii: "1"))
    }
}
