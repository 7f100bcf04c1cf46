/// Runs the `tests:` written in rule files against a rule set, under the fixed
/// test key ``HMACKey/test`` (id `test`), so `expect:` outputs are stable.
public enum RuleTestRunner {
    /// One failed test.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The test.
        public var test: RuleTest
        /// What the engine wrote.
        public var actual: String
        /// Each problem in words, with a diff for `expect:` mismatches.
        public var problems: [String]

        public var description: String {
            var text = "\(test.location): test \(test.name.map { "'\($0)'" } ?? "#") failed"
            for problem in problems { text += "\n" + problem }
            return text
        }
    }

    /// The outcome of a run.
    public struct Summary: Sendable {
        public var passed: Int
        public var failures: [Failure]
        public var total: Int { passed + failures.count }
    }

    /// Runs every test of `rules` with the test key.
    /// - Throws: ``VeilError`` when the rules cannot be compiled.
    public static func run(_ rules: RuleSet) throws(VeilError) -> Summary {
        let scrubber = try Scrubber(rules: rules, keys: .test)
        var summary = Summary(passed: 0, failures: [])
        for test in rules.tests {
            let actual = scrubber.scrub(test.input, format: test.format).output
            var problems: [String] = []
            if let expect = test.expect, expect != actual {
                problems.append(diff(expected: expect, actual: actual))
            }
            for needle in test.mustNotContain where !needle.isEmpty && actual.contains(needle) {
                problems.append("  output contains '\(needle)', which must not appear\n  output:   \(actual)")
            }
            if problems.isEmpty {
                summary.passed += 1
            } else {
                summary.failures.append(Failure(test: test, actual: actual, problems: problems))
            }
        }
        return summary
    }

    /// A line diff with a caret under the first differing character of each changed line.
    public static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for k in 0..<max(e.count, a.count) {
            let x = k < e.count ? String(e[k]) : nil
            let y = k < a.count ? String(a[k]) : nil
            if x == y { continue }
            lines.append("  expected: \(x ?? "<no line>")")
            lines.append("  actual:   \(y ?? "<no line>")")
            if let x, let y {
                let common = zip(x, y).prefix { $0 == $1 }.count
                lines.append("            " + String(repeating: " ", count: common) + "^ first difference at character \(common + 1)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
