/// Values under a person's-name key (`name=`, `Name:`) that name a thing: Slurm's job
/// `Name=dft_relax_CuO`, Borg's `Archive name: web01-2024-03-14T03:00:01`, the PI server's
/// `Name: PI-SDK(PIProcessBook)(10224)`, Windows MDM's `Provider Name: (WiFi)`, Jira Automation's
/// `name="Sync HRSD to Workday"`. People's names carry no underscores, parentheses or digits,
/// and no lower-case word that is not a family-name particle (`van`, `de`, `bin`). Such a value
/// is scanned as text (an address or a number in it is still found). (`Smith(admin)` and
/// `(a)=b` are no things' shapes: replaced whole, as before.)
extension Scrubber {
    static func isThingName(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 120 else { return false }
        var digits = 0, underscores = 0, spaces = 0, letters = 0
        var parenthesis = false
        for k in r {
            let x = b[k]
            if ASCII.isDigit(x) { digits += 1 } else if x == UInt8(ascii: "_") { underscores += 1 } else if x == 0x20 { spaces += 1 }
            else if x == UInt8(ascii: "(") || x == UInt8(ascii: ")") { parenthesis = true } else if ASCII.isLetter(x) { letters += 1 }
        }
        // (Escaped and URL-encoded values, `Demirta\u015f-Kr\u00fcger`, `%22Aroha%20Ngata-Williams%22`, are read decoded elsewhere.)
        guard letters > 0, !b[r].contains(UInt8(ascii: "%")), !b[r].contains(UInt8(ascii: "\\")), !isPseudonym(b, r) else { return false }
        if spaces == 0 {
            // `(MDMDeviceWithAAD)`, `PI-SDK(PIProcessBook)(10224)` (not `Smith(admin)`: a name with a role glued on).
            if parenthesis, b[r.upperBound - 1] == UInt8(ascii: ")"),
               b[r.lowerBound] == UInt8(ascii: "(") || b[r].count(where: { $0 == UInt8(ascii: "(") }) >= 2 { return true }
            // `dft_relax_CuO`, `train_vit_l16`, `web01-2024-03-14T03:00:01` (`jane_doe` and `jdoe42` stay accounts' shapes).
            return (underscores > 0 && (digits > 0 || underscores >= 2 || b[r].contains(where: ASCII.isUpper) && b[r].contains(where: ASCII.isLower)))
                || (digits >= 6 && b[r].contains(UInt8(ascii: "-"))) || isParameterPath(b, r)
        }
        // A first word of a thing's shape (`web01-2024-03-14T03:00:01 File …`, where the value ran on
        // over a capitalised word): the whole is no person's name.
        // (Only a first word with six digits or more and a `-`: an id or a date-stamped name.)
        if let space = b[r].firstIndex(of: 0x20), b[r.lowerBound..<space].count(where: ASCII.isDigit) >= 6,
           b[r.lowerBound..<space].contains(UInt8(ascii: "-")) { return true }
        // Words: a lower-case word after the first that is no particle makes a title.
        guard spaces >= 2 else { return false }
        var k = r.lowerBound
        var first = true
        while k < r.upperBound {
            var e = k
            while e < r.upperBound, b[e] != 0x20 { e += 1 }
            if !first, e - k >= 2, b[k..<e].allSatisfy(ASCII.isLower),
               !PersonNameDetector.particles.contains(where: { $0.utf8CodeUnitCount == e - k && ASCII.hasPrefix(b, at: k, exactly: $0) }) { return true }
            first = false
            k = e + 1
        }
        return false
    }

    /// TR-069's and other data models' parameter paths, `InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID`,
    /// `Device.WiFi.SSID.2.Name`: three or more parts joined by `.`, one of them only digits or
    /// with a capital after a small letter (`J.P.`, `Mary.Ann.Smith` stay names).
    static func isParameterPath(_ b: Bytes, _ r: Range<Int>) -> Bool {
        var parts = 0, marked = false
        var k = r.lowerBound
        while k < r.upperBound {
            var e = k
            var lowerSeen = false, camel = false
            while e < r.upperBound, b[e] != UInt8(ascii: ".") {
                let x = b[e]
                guard ASCII.isAlnum(x) || x == UInt8(ascii: "-") else { return false }
                if ASCII.isUpper(x), lowerSeen { camel = true }
                if ASCII.isLower(x) { lowerSeen = true }
                e += 1
            }
            guard e > k else { return false }
            if camel || b[k..<e].allSatisfy(ASCII.isDigit) { marked = true }
            parts += 1
            k = e + 1
        }
        return parts >= 3 && marked
    }
}
