/// Home Assistant's person entities, `person.amara_okafor` (in `entity_id=`, `<state person.…=home>`,
/// automations' traces): the object id is made from the person's name.
///
/// **Trigger**: the `p` of `person.` at a word start (not after a `.`, so `com.acme.person.Person`
/// stays). **Accepts** an object id of two to four lower-case parts joined by `_` (`amara_okafor`,
/// `jean_luc_picard`), none of them an attribute's word (`person.first_name`, `person.email_address`
/// in a template error stay). **Returns** the object id.
extension PersonNameDetector {
    static func homeAssistantPerson(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        guard ASCII.hasPrefix(b, at: at, exactly: "person."), at == 0 || !(ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: ".") || b[at - 1] == UInt8(ascii: "_")) else { return nil }
        let start = at + 7
        var k = start
        var parts = 0
        while k < n, parts < 5 {
            let part = k
            while k < n, k - part < 24, ASCII.isLower(b[k]) { k += 1 }
            guard k - part >= 2, !attributeWords.contains(b, part..<k) else { return nil }
            parts += 1
            guard k + 1 < n, b[k] == UInt8(ascii: "_"), ASCII.isLower(b[k + 1]) else { break }
            k += 1
        }
        guard parts >= 2, parts <= 4, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "~")) else { return nil }
        return start..<k
    }

    private static let attributeWords = WordTable("""
        name first last middle full given family email mail address phone mobile id uuid type age birth date dob \
        set get is has to from by of at on in for and or status state role user account profile display nick \
        created updated modified deleted count list item items data info details number no
        """)
}
