import ArgumentParser
import Veil

/// `veil pseudonym`: the pseudonym the engine writes for a known value.
struct Pseudonym: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the pseudonym Veil writes for known values, to search logs for one person.",
        discussion: """
            Values are normalised exactly as the engine does for --type (emails
            case-folded, phones as E.164 digits, IPs canonical …), so
            'veil pseudonym --type email Jane@Example.com' finds every line where that
            address was pseudonymised under the key. With --all-keys one pseudonym per
            loaded key is printed (key id, tab, pseudonym), for logs written before a
            key rotation. Types: the 'type' of the rule that wrote the pseudonym, e.g.
            email, ip, phone, card, iban, username, name, token, sub.
            """
    )

    @Option(help: "The type tag (as in the pseudonym's first part).")
    var type: String

    @Flag(help: "Print one pseudonym per loaded key instead of the newest key's only.")
    var allKeys = false

    @Argument(help: ArgumentHelp("Values to look up.", valueName: "value"))
    var values: [String]

    @OptionGroup var engine: EngineOptions

    func validate() throws {
        guard !values.isEmpty else { throw ValidationError("give at least one value") }
        guard !type.isEmpty, type.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) else {
            throw ValidationError("--type takes a lowercase type tag such as email, ip, phone, username")
        }
    }

    func run() async throws {
        let keys: KeyRing
        do { keys = try engine.loadKeys() } catch { throw configurationFailure(error) }
        guard !keys.isEmpty else {
            throw configurationFailure(VeilError(.missingKey, "no key loaded", hint: "pass the key the logs were written with: --key-file PATH or --key-credential NAME"))
        }
        let pseudonymizer = Pseudonymizer(keys: keys)
        for value in values {
            if allKeys {
                for key in keys.keys.reversed() {
                    print("\(key.id)\t\(pseudonymizer.pseudonym(of: Array(value.utf8), type: type, key: key)!)")
                }
            } else {
                print(pseudonymizer.pseudonym(of: Array(value.utf8), type: type)!)
            }
        }
    }
}
