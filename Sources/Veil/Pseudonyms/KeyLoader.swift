import COpenSSL
#if canImport(Glibc)
import Glibc
#endif

/// Reads HMAC keys from files and systemd credentials.
///
/// A key file holds the key's raw bytes (at least 32; e.g. `head -c 32 /dev/urandom`).
/// One trailing newline is ignored, so `openssl rand -hex 32 > key` also works (64 bytes
/// of hex text) — but a raw (binary) key that would then be shorter than 32 bytes keeps it: a
/// random 32-byte key may end in `\n` or `\r`. The file must not be readable by group or others.
public enum KeyLoader {
    /// The id a key file gets: its name without directory and extension (`/etc/veil/keys/2025-01.key` → `2025-01`).
    public static func id(fromPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
        return name
    }

    /// Loads one key.
    /// - Throws: ``VeilError`` `keyFile` (unreadable, too permissive) or `weakKey`.
    public static func load(path: String, id: String) throws(VeilError) -> HMACKey {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw VeilError(.keyFile, "cannot read key file \(path): \(reason)", hint: "create one with: head -c 32 /dev/urandom > \(path) && chmod 600 \(path)")
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_mode & 0o077 != 0 {
            throw VeilError(.keyFile, "key file \(path) is readable by group or others (mode \(String(st.st_mode & 0o777, radix: 8)))", hint: "chmod 600 \(path)")
        }
        var bytes = [UInt8](repeating: 0, count: HMACKey.maximumLength + 2)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw VeilError(.keyFile, "cannot read key file \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            count += n
        }
        defer { bytes.withUnsafeMutableBytes { veil_cleanse($0.baseAddress, $0.count) } }
        // A line end of a text key; not of a raw key it would cut below the minimum: a 32-byte
        // `head -c 32 /dev/urandom` key ends in 0x0A or 0x0D 1 time in 128, and then that byte
        // is key, not a line end (the key was rejected as 31 bytes).
        func lineEnd(_ byte: UInt8) -> Bool {
            guard count > 0, bytes[count - 1] == byte else { return false }
            return count - 1 >= HMACKey.minimumLength || bytes[0..<(count - 1)].allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if lineEnd(0x0A) { count -= 1 }
        if lineEnd(0x0D) { count -= 1 }
        return try HMACKey(id: id, bytes: bytes[0..<count])
    }
}
