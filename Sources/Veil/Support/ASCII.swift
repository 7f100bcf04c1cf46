/// The bytes of one line or value as the detectors see them. Offsets are byte offsets.
package typealias Bytes = UnsafeBufferPointer<UInt8>

/// Byte classification helpers for the scanning hot path. All are table-free
/// comparisons that the optimiser folds into a few instructions.
package enum ASCII {
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) package static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) package static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) package static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) package static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
    /// `A–Z a–z 0–9 - _`: the base64url alphabet.
    @inline(__always) package static func isBase64URL(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x2D || b == 0x5F }
    /// Space, tab, CR, LF, VT, FF.
    @inline(__always) package static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b &- 0x09 < 5) }
    @inline(__always) package static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// True when `bytes[at...]` starts with `literal` compared ASCII case-insensitively.
    /// `literal` must be lowercase.
    @inline(__always)
    package static func hasPrefix(_ bytes: Bytes, at: Int, lowercased literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard at >= 0, at + n <= bytes.count else { return false }
        let lit = literal.utf8Start
        for k in 0..<n where lower(bytes[at + k]) != lit[k] { return false }
        return true
    }

    /// True when `bytes[at...]` starts with `literal` exactly.
    @inline(__always)
    package static func hasPrefix(_ bytes: Bytes, at: Int, exactly literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard at >= 0, at + n <= bytes.count else { return false }
        let lit = literal.utf8Start
        for k in 0..<n where bytes[at + k] != lit[k] { return false }
        return true
    }
}
