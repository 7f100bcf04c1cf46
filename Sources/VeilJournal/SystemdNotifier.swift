internal import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// The service manager's notification protocol (sd_notify(3)) for `Type=notify`.
///
/// Outside systemd (`NOTIFY_SOCKET` unset) every call is a cheap no-op.
public enum SystemdNotifier {
    /// True when `$NOTIFY_SOCKET` is set.
    public static var isEnabled: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// Sends `state` (`READY=1`, `STATUS=…`, `WATCHDOG=1`, `STOPPING=1`, …).
    /// Returns true when a message was sent.
    @discardableResult
    public static func notify(_ state: String) -> Bool {
        state.withCString { veil_sd_notify($0) } > 0
    }

    /// The watchdog interval when the service manager expects keep-alives from
    /// this process (sd_watchdog_enabled(3)), in µs; nil otherwise. Send
    /// `WATCHDOG=1` every half of it.
    public static func watchdogMicroseconds() -> UInt64? {
        var usec: UInt64 = 0
        return sd_watchdog_enabled(0, &usec) > 0 && usec > 0 ? usec : nil
    }
}
