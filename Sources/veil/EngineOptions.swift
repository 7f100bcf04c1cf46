import ArgumentParser
import Veil
#if canImport(Glibc)
import Glibc
#endif

/// Rule and key options shared by the commands that scrub.
struct EngineOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule file or directory (*.yaml, *.yml); repeatable. Later files replace earlier rules with the same id.", valueName: "path"))
    var rulePaths: [String] = []

    @Flag(help: "Start from an empty rule set instead of the embedded default pack.")
    var noDefaultRules = false

    @Option(name: .customLong("key-file"), help: ArgumentHelp("An HMAC key file (≥ 32 bytes; one trailing newline is ignored); repeatable, the last one writes. The key id is the file name without extension.", valueName: "path"))
    var keyFiles: [String] = []

    @Option(name: .customLong("key-id"), help: ArgumentHelp("Id for the first --key-file instead of its file name.", valueName: "id"))
    var keyID: String?

    @Option(name: .customLong("key-credential"), help: ArgumentHelp("A systemd credential holding a key ($CREDENTIALS_DIRECTORY/NAME); repeatable. The id is NAME without a 'veil-key-' prefix.", valueName: "name"))
    var keyCredentials: [String] = []

    @Flag(help: "Use a random key for this run (demos): pseudonyms will not match other runs.")
    var ephemeralKey = false

    /// Where hosts keep their own rules; read when present.
    static let systemRulesDirectory = "/etc/veil/rules.d"

    func loadRules() throws -> RuleSet {
        var files: [RuleFile] = noDefaultRules ? [] : try RuleSet.defaultFiles()
        var paths: [String] = []
        if FileCheck.isDirectory(Self.systemRulesDirectory) { paths.append(Self.systemRulesDirectory) }
        paths += rulePaths
        if !paths.isEmpty { files += try RuleSet.loadFiles(paths: paths) }
        return RuleSet(files: files)
    }

    func loadKeys() throws -> KeyRing {
        var ring = KeyRing()
        for (index, path) in keyFiles.enumerated() {
            let id = index == 0 ? (keyID ?? KeyLoader.id(fromPath: path)) : KeyLoader.id(fromPath: path)
            try ring.add(KeyLoader.load(path: path, id: id))
        }
        if !keyCredentials.isEmpty {
            guard let directory = getenv("CREDENTIALS_DIRECTORY").map({ String(cString: $0) }) else {
                throw VeilError(.keyFile, "--key-credential needs $CREDENTIALS_DIRECTORY, which systemd sets for units with LoadCredential=", hint: "outside systemd, use --key-file")
            }
            for name in keyCredentials {
                let id = name.hasPrefix("veil-key-") ? String(name.dropFirst("veil-key-".count)) : name
                try ring.add(KeyLoader.load(path: directory + "/" + name, id: id))
            }
        }
        if ephemeralKey {
            printError("veil: warning: using an ephemeral random key; pseudonyms will not match any other run")
            try ring.add(HMACKey.ephemeral())
        }
        return ring
    }

    func makeScrubber() throws -> Scrubber {
        try Scrubber(rules: loadRules(), keys: loadKeys())
    }
}

enum FileCheck {
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}
