import ArgumentParser
import Veil

/// sysexits-style exit codes, documented in README.md.
enum ExitStatus {
    /// Runtime or I/O error, or failed rule tests.
    static let failure = ExitCode(1)
    /// Bad command line.
    static let usage = ExitCode(64)
    /// Bad rules, missing or weak key (EX_CONFIG). systemd units stop restarting on it.
    static let configuration = ExitCode(78)
}

/// Prints to standard error.
func printError(_ text: String, newline: Bool = true) {
    var stderr = StandardError()
    print(text, terminator: newline ? "\n" : "", to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var s = string
        s.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

/// Reports a configuration error and returns the exit code for it.
func configurationFailure(_ error: any Error) -> ExitCode {
    if let errors = error as? VeilErrors {
        for e in errors.errors { printError("veil: \(e)") }
    } else {
        printError("veil: \(error)")
    }
    return ExitStatus.configuration
}

#if canImport(Glibc)
import Glibc
#endif
