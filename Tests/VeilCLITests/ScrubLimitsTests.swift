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

    @Test func closedStdoutEndsPromptlyAndQuietly() throws {
        VeilBinary.ignoreSIGPIPE
        let file = try dir.write("big.log", Self.generatedInput(bytes: 8 << 20))
        for threads in ["1", "2"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: VeilBinary.path)
            process.arguments = ["scrub", "--key-file", key, "--threads", threads, file]
            let outPipe = Pipe(), errPipe = Pipe()
            process.standardOutput = outPipe
            process.standardError = errPipe
            process.standardInput = FileHandle.nullDevice
            let done = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in done.signal() }
            try process.run()
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
            #expect(ended, "veil kept running after its reader closed stdout (threads \(threads))")
            #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus) (threads \(threads))")
            #expect(process.terminationStatus == 0)
            #expect(errBox.data.isEmpty, "stderr: \(errBox.data.string)")
        }
    }
}
