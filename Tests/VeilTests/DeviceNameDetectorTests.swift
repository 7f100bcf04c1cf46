import Testing
@testable import Veil

@Suite("devices named after their owner")
struct DeviceNameDetectorTests {
    @Test("a given name (possessive or not) before a device word: the whole host name", arguments: [
        ("(Bobs-iPhone) via eth0", "Bobs-iPhone"),
        ("to 3c:22:fb:12:34:56 (Janes-MacBook-Pro) via", "Janes-MacBook-Pro"),
        ("device Maria's iPad joined", "Maria's iPad"),
        ("device Maria’s iPad joined", "Maria’s iPad"),
        ("host Johns-PC.local", "Johns-PC"),
        ("James-Galaxy-S21 connected", "James-Galaxy-S21"),
    ])
    func positives(_ line: String, _ host: String) {
        let b = Array(line.utf8)
        let found = b.withUnsafeBufferPointer { p in
            (0..<b.count).lazy.compactMap { DeviceNameDetector.match(p, at: $0) }.first.map { String(decoding: b[$0], as: UTF8.self) }
        }
        #expect(found == host)
        FuzzRegressionTests.expectText(line, host, replaced: true)
    }

    @Test("no given name, no device word, or a longer word: nothing", arguments: [
        "Build-Pixel-Pipeline ok", "Jane-Watchful ok", "Started Apple-Watch sync", "Janes-Phones", "x-Jane-iPhone",
        "Jane's phone number is unknown", "Mac-Pro-Server",
    ])
    func negatives(_ line: String) {
        let b = Array(line.utf8)
        let found = b.withUnsafeBufferPointer { p in (0..<b.count).contains { DeviceNameDetector.match(p, at: $0) != nil } }
        #expect(!found, "\(line)")
    }

    @Test("lower- and upper-case host names and ones with the family name, found from the `-` (stop 33)", arguments: [
        ("dhcp: lease for johns-macbook-pro.local 10.0.0.5", "johns-macbook-pro"),
        ("smb: client JOHNS-LAPTOP connected", "JOHNS-LAPTOP"),
        ("avahi: record for Emma-Watsons-iPad.local", "Emma-Watsons-iPad"),
        ("bluetoothd: Connected to Sarahs-AirPods", "Sarahs-AirPods"),
        ("host anna-mac joined", "anna-mac"),
        // The owner after a preposition: French, German, Italian default names (stop 34).
        ("Nov 29 10:15:02 iPhone-de-Camille SpringBoard[57]: ok", "iPhone-de-Camille"),
        ("mdm: enrolled MacBook-Pro-von-Lukas.local", "MacBook-Pro-von-Lukas"),
        ("dhcp: lease for Galaxy-S21-di-Giulia 10.0.0.7", "Galaxy-S21-di-Giulia"),
    ])
    func fromSeparator(_ line: String, _ host: String) {
        let b = Array(line.utf8)
        let found = b.withUnsafeBufferPointer { p in
            (0..<b.count).lazy.compactMap { b[$0] == UInt8(ascii: "-") ? DeviceNameDetector.match(p, separator: $0, floor: 0) : nil }.first
                .map { String(decoding: b[$0], as: UTF8.self) }
        }
        #expect(found == host)
        FuzzRegressionTests.expectText(line, host, replaced: true)
    }

    @Test("build hosts, products and words with a device word stay", arguments: [
        "host build-pc-01 and test-mac-2 and x-phone and the-watch", "ci-laptop-runner apple-watch jane-watchful JANE-PCS",
        "my-iphone-app, user-phone-number, home-wifi, dev-desktop", "x.jane-iphone", "jane-macbooks",
        "iphone-de-build-01 pixel-van-2 phone-do-not-disturb x.iPhone-de-Camille server-de-Camille",
    ])
    func separatorNegatives(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
