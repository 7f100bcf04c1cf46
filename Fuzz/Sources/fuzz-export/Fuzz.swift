import FuzzSupport

/// Journal Export Format parsing and scrubbing.
/// Invariants: feeding the input in fuzzer-chosen chunks yields the same entries
/// as feeding it at once; scrubbed entries serialise and parse back to themselves;
/// a secret planted as `MESSAGE=␠SECRET␠` (the first field of the first entry) never
/// reaches the output; scrubbing the scrubbed stream again changes nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Array(UnsafeBufferPointer(start: data, count: size))
    let chunk = max(1, Int(raw.first ?? 1) % 64)
    let planted = Plant.plant(raw)
    let prefix = Array("MESSAGE=".utf8)
    // The planted token, as a text field that opens the stream.
    var body = planted.bytes
    let h = Plant.hash(body)
    let secret: [UInt8]
    switch planted.kind {
    case .email: secret = Array(Plant.email(h).utf8)
    case .card: secret = Array(Plant.luhnCard(h).utf8)
    case .jwt: secret = Array(Plant.jwt(h).0.utf8)
    }
    body = prefix + [0x20] + secret + [0x20, 0x0A] + Array(raw.dropFirst(2))

    func parse(_ input: [UInt8], chunk: Int) -> ([JournalExportFormat.Entry], Bool) {
        var p = JournalExportFormat.Parser()
        var entries: [JournalExportFormat.Entry] = []
        var i = 0
        while i < input.count {
            p.feed(input[i..<min(input.count, i + chunk)])
            i += chunk
            while let e = p.next() { entries.append(e) }
        }
        while let e = p.next(atEnd: true) { entries.append(e) }
        return (entries, p.truncated)
    }
    let (whole, _) = parse(body, chunk: max(1, body.count))
    let (chunked, _) = parse(body, chunk: chunk)
    if whole != chunked { violation("chunked parse (\(chunk)) differs: \(whole.count) vs \(chunked.count) entries", input: body, output: []) }

    var report = ScrubReport(for: defaultScrubber)
    var out: [UInt8] = []
    var scrubbed: [JournalExportFormat.Entry] = []
    for e in whole {
        let s = JournalEntryScrubber.scrub(e, with: defaultScrubber, report: &report)
        scrubbed.append(s)
        s.serialize(into: &out)
    }
    if contains(out, secret) { violation("planted \(planted.kind) secret leaked", input: body, output: out) }
    let (back, _) = parse(out, chunk: max(1, out.count))
    // Entries without fields serialise to nothing; names with '=' or '\n' are not representable.
    let representable = scrubbed.filter { e in !e.fields.isEmpty && e.fields.allSatisfy { !$0.name.isEmpty && !$0.name.contains(0x3D) && !$0.name.contains(0x0A) } }
    if representable.count == scrubbed.count, back != scrubbed {
        violation("serialised entries do not parse back (\(scrubbed.count) -> \(back.count))", input: body, output: out)
    }
    if representable.count == scrubbed.count, checkIdempotence {
        var again: [UInt8] = []
        for e in back { JournalEntryScrubber.scrub(e, with: defaultScrubber, report: &report).serialize(into: &again) }
        if again != out { idempotenceDifference("export scrubbing not idempotent", input: body, output: out, again: again) }
    }
    return 0
}

/// SwiftPM binds `main` to `fuzz_export_main`: hand over to libFuzzer's driver.
@_cdecl("fuzz_export_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fuzz(data ?? $0.baseAddress!, data == nil ? 0 : size) }
    }
}
