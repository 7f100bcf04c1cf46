import FuzzSupport

/// Rule-file loading: arbitrary YAML through RuleSet.parse, RuleSet(files:) and
/// Scrubber(rules:). Loading may reject the file (a thrown error, never a crash or
/// a hang); a file that loads gives a scrubber that keeps the line count of a
/// fixed sample (its own text included) and is total on it. No leak invariant here:
/// a rule file may legitimately `keep` anything.
let sample: [UInt8] = Array(#"""
login jane.doe@example.com from 203.0.113.7 card 4111 1111 1111 1111
{"user":"bob","password":"hunter2","token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl","n":[1,{"a":null}]}
level=info msg="ok" email=jane@example.com api_key=AKIAIOSFODNN7EXAMPLE
"""#.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    let yaml = String(decoding: raw, as: UTF8.self)
    let file: RuleFile
    do { file = try RuleSet.parse(yaml: yaml, file: "fuzz.yaml") } catch { return 0 }
    let scrubber: Scrubber
    do { scrubber = try Scrubber(rules: RuleSet(files: [file]), keys: .test) } catch { return 0 }
    let input = sample + [0x0A] + raw.prefix(4096).map { $0 == 0x0A ? 0x20 : $0 }
    for format in [InputFormat.auto, .text, .json, .logfmt] {
        let out = scrubLines(input, format: format, scrubber: scrubber)
        if out.lazy.filter({ $0 == 0x0A }).count != 3 { violation("line count", input: input, output: out) }
    }
    return 0
}

/// SwiftPM binds `main` to `fuzz_rules_main`: hand over to libFuzzer's driver.
@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fuzz(data ?? $0.baseAddress!, data == nil ? 0 : size) }
    }
}
