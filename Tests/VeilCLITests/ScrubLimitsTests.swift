import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Over-long lines, threading and a reader that goes away.
@Suite struct ScrubLimitsTests {
    let dir: TempDir
    let key: String
    let email: String

    init() throws {
        dir = try TempDir()
        key = try dir.key("k1.key")
        email = try CLI.pseudonym("jane@example.com", type: "email", keyFile: key)
    }

    @Test func fiveMiBLineBecomesOnePlaceholderAndTheStreamGoesOn() throws {
        var input = Data("secret jane@example.com Bearer \(sampleJWT) ")
        input.append(Data(repeating: UInt8(ascii: "x"), count: 5 << 20))
        input.append(Data(" tail jane@example.com\nnext jane@example.com\nlast 203.0.113.7\n"))
        let r = try CLI.scrub(input, keyFile: key, ["--threads", "2"], timeout: 60)
        #expect(r.status == 0, "\(r.err)")
        let ip = try CLI.pseudonym("203.0.113.7", type: "ip", keyFile: key)
        #expect(r.out == "[REDACTED:oversized_line]\nnext \(email)\nlast \(ip)\n", "\(r.out.prefix(300))")
    }

    @Test func oversizedLastLineWithoutNewline() throws {
        var input = Data("first jane@example.com\n")
        input.append(Data(repeating: UInt8(ascii: "y"), count: (1 << 20) + 10))
        input.append(Data("jane@example.com"))
        let r = try CLI.scrub(input, keyFile: key, timeout: 60)
        #expect(r.status == 0)
        #expect(r.out == "first \(email)\n[REDACTED:oversized_line]")
    }

    @Test func nineHundredKiBLineIsScrubbedNormally() throws {
        let half = 450 << 10
        var input = Data(repeating: UInt8(ascii: "a"), count: half)
        input.append(Data(" jane@example.com "))
        input.append(Data(repeating: UInt8(ascii: "b"), count: half))
        input.append(Data(" jane@example.com"))
        input.append(Data("\nafter jane@example.com\n"))
        let r = try CLI.scrub(input, keyFile: key, timeout: 60)
        #expect(r.status == 0)
        var expected = Data(repeating: UInt8(ascii: "a"), count: half)
        expected.append(Data(" \(email) "))
        expected.append(Data(repeating: UInt8(ascii: "b"), count: half))
        expected.append(Data(" \(email)"))
        expected.append(Data("\nafter \(email)\n"))
        #expect(r.stdout == expected, "output of \(r.stdout.count) bytes differs")
        #expect(!r.out.contains("oversized"))
    }

    /// A few MB of mixed lines with findings and some that span no finding.
    static func generatedInput(bytes: Int) -> Data {
        var s = ""
        s.reserveCapacity(bytes + 200)
        var i = 0
        while s.utf8.count < bytes {
            switch i % 6 {
            case 0: s += "\(i) user jane\(i % 97)@example.com logged in from 198.51.100.\(i % 250)\n"
            case 1: s += #"{"i":\#(i),"msg":"hello","password":"pw\#(i)","email":"x\#(i % 13)@example.org"}"# + "\n"
            case 2: s += "i=\(i) level=debug msg=\"cache miss\" token=abc\(i)def user=u\(i % 7)\n"
            case 3: s += "\(i) Authorization: Bearer \(sampleJWT)\n"
            case 4: s += "\(i) nothing to see here, just a plain log line with some words\n"
            default: s += "\(i) card 4111 1111 1111 1111 ssn 123-45-6789\n"
            }
            i += 1
        }
        return Data(s)
    }

    @Test func oneAndFourThreadsGiveIdenticalOutput() throws {
        let input = Self.generatedInput(bytes: 3 << 20)
        let file = try dir.write("big.log", input)
        let one = try VeilBinary.run(args: ["scrub", "--key-file", key, "--threads", "1", file], timeout: 60)
        let four = try VeilBinary.run(args: ["scrub", "--key-file", key, "--threads", "4", file], timeout: 60)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout.count > 1 << 20)
        #expect(one.stdout == four.stdout, "outputs differ: \(one.stdout.count) vs \(four.stdout.count) bytes")
        // Also through stdin, in four threads.
        let piped = try CLI.scrub(input, keyFile: key, ["--threads", "4"], timeout: 60)
        #expect(piped.stdout == one.stdout)
        let inLines = input.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let outLines = one.stdout.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        #expect(inLines == outLines)
        for secret in ["@example.com", "@example.org", sampleJWTSignature, "123-45-6789", "4111 1111 1111 1111", "198.51.100."] {
            #expect(!one.out.contains(secret), "\(secret) survived")
        }
    }

    @Test func threadsOutOfRangeIsAUsageError() throws {
        let r = try CLI.scrub("x\n", keyFile: key, ["--threads", "0"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
    }

    @Test func lineOfExactlyTheLimitIsKeptOneMoreIsNot() throws {
        let limit = 1 << 20
        var input = Data(repeating: UInt8(ascii: "x"), count: limit - 17)
        input.append(Data(" jane@example.com\n"))                      // exactly 1 MiB of content
        input.append(Data(repeating: UInt8(ascii: "z"), count: limit + 1))  // one byte over
        input.append(Data("\nend jane@example.com"))
        let r = try CLI.scrub(input, keyFile: key, timeout: 60)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: 0x0A, omittingEmptySubsequences: false)
        try #require(lines.count == 3)
        #expect(Data(lines[0].suffix(email.utf8.count + 1)) == Data(" \(email)"))
        #expect(lines[0].count == limit - 17 + 1 + email.utf8.count)
        #expect(Data(lines[1]) == Data("[REDACTED:oversized_line]"))
        #expect(Data(lines[2]) == Data("end \(email)"))
    }

    @Test func repeatedOversizedLinesAcrossBatchesAndThreads() throws {
        var input = Data()
        var expected = Data()
        for i in 0..<12 {
            input.append(Data("line \(i) jane@example.com\n"))
            expected.append(Data("line \(i) \(email)\n"))
            if i % 4 == 0 {
                input.append(Data(repeating: UInt8(ascii: "q"), count: (1 << 20) + 1 + i * 1000))
                input.append(Data(" jane@example.com\n"))
                expected.append(Data("[REDACTED:oversized_line]\n"))
            }
        }
        let file = try dir.write("over.log", input)
        for threads in ["1", "3"] {
            let r = try VeilBinary.run(args: ["scrub", "--key-file", key, "--threads", threads, file], timeout: 60)
            #expect(r.status == 0)
            #expect(r.stdout == expected, "threads \(threads): \(r.out.prefix(400))")
        }
    }

    enum CloseMode: String, CaseIterable, Sendable { case file1, file2, stdin2, export }

    @Test(arguments: CloseMode.allCases)
    func closedStdoutEndsPromptlyAndQuietly(mode: CloseMode) throws {
        VeilBinary.ignoreSIGPIPE
        let big: Data
        if mode == .export {
            var e = Data()
            for i in 0..<60_000 { e.append(Data("__CURSOR=s=\(i)\n_PID=1\nMESSAGE=mail jane@example.com \(i)\n\n")) }
            big = e
        } else {
            big = Self.generatedInput(bytes: 8 << 20)
        }
        let file = try dir.write("big.log", big)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: VeilBinary.path)
        var args = ["scrub", "--key-file", key]
        switch mode {
        case .file1: args += ["--threads", "1", file]
        case .file2: args += ["--threads", "2", file]
        case .stdin2: args += ["--threads", "2"]
        case .export: args += ["--format", "export", file]
        }
        process.arguments = args
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = mode == .stdin2 ? inPipe : FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if mode == .stdin2 {
            let fd = inPipe.fileHandleForWriting.fileDescriptor
            DispatchQueue.global().async {
                VeilBinary.writeAll(fd: fd, big)
                try? inPipe.fileHandleForWriting.close()
            }
        }
        let errBox = DataBox()
        let errRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            errRead.signal()
        }
        let head = try outPipe.fileHandleForReading.read(upToCount: 4096) ?? Data()
        #expect(!head.isEmpty)
        try outPipe.fileHandleForReading.close()
        let ended = done.wait(timeout: .now() + 10) == .success
        if !ended { kill(process.processIdentifier, SIGKILL); done.wait() }
        _ = errRead.wait(timeout: .now() + 5)
        #expect(ended, "veil kept running after its reader closed stdout (\(mode))")
        #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus) (\(mode))")
        #expect(process.terminationStatus == 0)
        #expect(errBox.data.isEmpty, "stderr: \(errBox.data.string)")
    }
}
