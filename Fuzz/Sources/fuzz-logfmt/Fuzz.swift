import FuzzSupport

/// Invariants on --format logfmt: line count kept, planted secret never in the output, idempotent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkLineFormat(data, size, format: .logfmt)
    return 0
}

/// SwiftPM binds `main` to `fuzz_logfmt_main`: hand over to libFuzzer's driver.
@_cdecl("fuzz_logfmt_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fuzz(data ?? $0.baseAddress!, data == nil ? 0 : size) }
    }
}
