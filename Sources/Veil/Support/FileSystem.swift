#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Small blocking file helpers over the C library (no Foundation).
package enum FileSystem {
    /// What a path names (symbolic links are followed).
    package enum Kind: Sendable, Equatable {
        case file
        case directory
        case other
        case missing(String)
    }

    /// The kind of `path`; `.missing` carries the system's reason.
    package static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing(errorText(errno)) }
        switch st.st_mode & 0o170000 {
        case 0o040000: return .directory
        case 0o100000: return .file
        default: return .other
        }
    }

    /// Reads a whole file.
    /// - Throws: ``VeilError`` `io` when it cannot be read, `limitExceeded` when it
    ///   is larger than `limit` bytes.
    package static func readFile(_ path: String, limit: Int = 16 << 20) throws(VeilError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw VeilError(.io, "cannot open '\(path)': \(errorText(errno))", hint: "check that the file exists and is readable")
        }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw VeilError(.io, "cannot read '\(path)': \(errorText(e))")
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit {
                throw VeilError(.limitExceeded, "'\(path)' is larger than \(limit) bytes", hint: "split it into several files")
            }
        }
        return out
    }

    /// The names in a directory (without `.` and `..`), unsorted.
    package static func listDirectory(_ path: String) throws(VeilError) -> [String] {
        guard let dir = opendir(path) else {
            throw VeilError(.io, "cannot open directory '\(path)': \(errorText(errno))", hint: "check that the directory exists and is readable")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// `strerror` text for an errno value.
    package static func errorText(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "error \(code)" }
        return String(cString: s)
    }

    /// Joins a directory and a name with one `/`.
    package static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
