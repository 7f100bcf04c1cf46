/// A one-time link's token in a URL's path: Discourse's `/u/activate-account/c560b21b…`,
/// `/password-reset/…`, `/users/confirmation/…`, `/invite/…`, `/magic-link/…`. Whoever has the
/// link activates the account, resets its password or signs in.
extension Scrubber {
    /// Path segments (lower-cased) after which the next segment is a link's token.
    static let tokenPathWords: [StaticString] = [
        "activate-account", "activate", "activation", "reset-password", "password-reset", "password_reset", "passwordreset",
        "reset", "verify-email", "verify", "confirm-email", "confirm", "confirmation", "invite", "invitation", "invitations",
        "magic-link", "magic_link", "magiclink", "email-login", "login-token", "one-time-login", "unlock", "set-password",
    ]

    /// At a path segment's first byte (right after `/`): the segment when the one before is a word of
    /// ``tokenPathWords`` and it reads as random (``randomValue(_:at:)``, 16 bytes or more), or nil.
    static func tokenPathSegment(_ b: Bytes, at: Int) -> Range<Int>? {
        guard at >= 8, b[at - 1] == UInt8(ascii: "/"), at + 16 <= b.count else { return nil }
        var s = at - 1
        while s > 0, at - 1 - s <= 18, ASCII.isLower(b[s - 1]) || b[s - 1] == UInt8(ascii: "-") || b[s - 1] == UInt8(ascii: "_") { s -= 1 }
        guard s > 0, s < at - 1, b[s - 1] == UInt8(ascii: "/"),
              tokenPathWords.contains(where: { $0.utf8CodeUnitCount == at - 1 - s && ASCII.hasPrefix(b, at: s, exactly: $0) }),
              let value = randomValue(b, at: at) else { return nil }
        // (The segment only: `…/activate-account/<token>/confirm`.)
        let end = b[value].firstIndex(of: UInt8(ascii: "/")) ?? value.upperBound
        return end - at >= 16 ? at..<end : nil
    }
}
