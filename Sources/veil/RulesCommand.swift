import ArgumentParser
import Veil
#if canImport(Glibc)
import Glibc
#endif

/// `veil rules …`: tools for rule authors.
struct Rules: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check, test, explain and list rules.",
        subcommands: [Check.self, Test.self, Explain.self, List.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate rule files; every problem is printed as file:line:column with a hint.",
            discussion: "Exit status 0 when all files are valid, 1 when any is not."
        )

        @Argument(help: ArgumentHelp("Rule files or directories.", valueName: "path"))
        var paths: [String]

        func run() async throws {
            do {
                let files = try RuleSet.loadFiles(paths: paths)
                let set = RuleSet(files: files)
                print("ok: \(files.count) file(s), \(set.rules.count) rule(s), \(set.tests.count) test(s)")
            } catch {
                let errors = error
                for e in errors.errors { printError("\(e)") }
                printError("\(errors.errors.count) error(s)")
                throw ExitStatus.failure
            }
        }
    }

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the tests written in rule files (under the fixed test key 'test').",
            discussion: """
                The tests of the given files run against the rules of the same files (with
                --with-defaults: on top of the embedded default pack). A failed 'expect:'
                shows expected and actual output with a caret at the first difference.
                Exit status 0 when every test passes, 1 otherwise, 78 for invalid rules.
                """
        )

        @Argument(help: ArgumentHelp("Rule files or directories.", valueName: "path"))
        var paths: [String]

        @Flag(help: "Layer the files over the embedded default pack.")
        var withDefaults = false

        func run() async throws {
            let set: RuleSet
            do {
                var files = withDefaults ? try RuleSet.defaultFiles() : []
                let own = try RuleSet.loadFiles(paths: paths)
                files += own
                // Only the given files' tests run.
                var combined = RuleSet(files: files)
                combined.tests = own.flatMap(\.tests)
                set = combined
            } catch {
                throw configurationFailure(error)
            }
            let summary: RuleTestRunner.Summary
            do { summary = try RuleTestRunner.run(set) } catch { throw configurationFailure(error) }
            for failure in summary.failures { print("FAIL \(failure)\n") }
            print("\(summary.passed) passed, \(summary.failures.count) failed")
            if !summary.failures.isEmpty { throw ExitStatus.failure }
        }
    }

    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show every finding in a line (rule, matcher, span, action) and the output.",
            discussion: """
                Without a key option the fixed test key is used, so pseudonyms match what
                'rules test' expects. Pass '-' to read lines from standard input.
                """
        )

        @Argument(help: ArgumentHelp("The text to explain, or '-' for standard input.", valueName: "text"))
        var text: String

        @Option(help: "How to read the text: auto, text, json, logfmt.")
        var format: InputFormat = .auto

        @OptionGroup var engine: EngineOptions

        func run() async throws {
            let scrubber: Scrubber
            do {
                let keys = try engine.loadKeys()
                scrubber = try Scrubber(rules: engine.loadRules(), keys: keys.isEmpty ? .test : keys)
            } catch {
                throw configurationFailure(error)
            }
            var inputs: [String] = []
            if text == "-" {
                while let line = readLine(strippingNewline: true) { inputs.append(line) }
            } else {
                inputs = [text]
            }
            for input in inputs {
                let result = scrubber.scrub(input, format: format)
                print("input:  \(input)")
                let bytes = Array(input.utf8)
                for finding in result.findings {
                    var where_ = "field value"
                    if let r = finding.range, r.upperBound <= bytes.count {
                        let column = String(decoding: bytes[..<r.lowerBound], as: UTF8.self).count
                        let width = max(1, String(decoding: bytes[r], as: UTF8.self).count)
                        where_ = "bytes \(r.lowerBound)..<\(r.upperBound)\n        " + String(repeating: " ", count: column) + String(repeating: "^", count: width)
                    }
                    print("  rule \(finding.ruleID) (\(finding.matcher)) → \(finding.action) as \(finding.type), \(where_)")
                }
                if result.findings.isEmpty { print("  no findings") }
                print("output: \(result.output)\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the effective rules (after overrides) and the built-in detectors.")

        @OptionGroup var engine: EngineOptions

        func run() async throws {
            let set: RuleSet
            do { set = try engine.loadRules() } catch { throw configurationFailure(error) }
            print("Rules (\(set.rules.count), in load order; defaults: jwt_claims=\(set.defaults.jwtClaims.name), fields=\(set.defaults.fields.rawValue)):")
            for rule in set.rules {
                let matcher: String
                switch rule.matcher {
                case .detector(let kind): matcher = "detect \(kind.rawValue)"
                case .pattern(let p): matcher = "pattern \(p.source)"
                case .fields(let globs): matcher = "fields \(globs.map(\.source).joined(separator: ", "))"
                case .jwtClaims(let paths): matcher = "jwt_claims \(paths.map { $0.joined(separator: ".") }.joined(separator: ", "))"
                }
                print("  \(rule.id.padding(22)) \(rule.action.name.padding(13)) \(rule.effectiveType.padding(10)) \(matcher)")
                print("  \("".padding(22)) \(rule.location)")
            }
            print("\nBuilt-in detectors:")
            for kind in DetectorKind.allCases {
                print("  \(kind.rawValue.padding(14)) \(kind.summary)")
            }
        }
    }
}
