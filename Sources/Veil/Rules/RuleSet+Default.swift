extension RuleSet {
    /// The embedded default pack's files (`rules/` in the repository), in load order.
    /// Locations read `<default>/FILE:line:column`.
    public static func defaultFiles() throws(VeilErrors) -> [RuleFile] {
        var files: [RuleFile] = []
        for (name, yaml) in DefaultRulePack.files {
            files.append(try parse(yaml: yaml, file: "<default>/" + name))
        }
        return files
    }

    /// The embedded default rule pack. It is validated by the test suite; a build
    /// whose embedded pack does not load stops here with the loader's messages.
    public static let `default`: RuleSet = {
        do throws(VeilErrors) {
            return RuleSet(files: try defaultFiles())
        } catch {
            fatalError("the embedded default rule pack is invalid:\n\(error)")
        }
    }()
}
