#if canImport(Glibc)
import Glibc
#endif

/// Test support shared by the test targets.
public enum VeilTestSupport {
    /// True when the tests run as root, so they can start a private journald.
    public static var isRoot: Bool { getuid() == 0 }
}
