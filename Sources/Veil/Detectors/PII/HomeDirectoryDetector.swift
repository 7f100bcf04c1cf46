/// The user name in a home-directory path: `/home/alice/.ssh`, `/Users/bob/Library`,
/// `C:\Users\jsmith\AppData` (`\\` JSON-escaped too). Part of `auth_log_user`.
///
/// **Trigger**: called at the `h` of `home`, the `U` of `Users` or the `u` of `users$` right after `/` or `\`.
///
/// **Accepts** `home`, `homes` (a NAS's share), `Users` or a Windows file server's hidden share
/// (`users$`, `home$`, `homes$`), then `/`, `\` or `\\` (JSON-escaped), and a user name of 1–32 bytes
/// (`A–Z a–z 0–9 . _ -`) that ends the path or is followed by `/`, `\`, white space, a quote,
/// `:`, `,`, `;`, `)`, `]`, `>` or `<`.
///
/// **Returns** the user name. **Rejects** `/home/` alone, names glued to other bytes
/// (`/home/$USER`, `/home/{user}`, `/home/username~k~…`: a pseudonym is left as it is),
/// the shared folders `Shared`, `Public`, `Default`, `All Users`, and the default accounts of
/// cloud images and services (`ubuntu`, `ec2-user`, `jenkins`, `airflow`, ``serviceAccounts``).
package enum HomeDirectoryDetector {
    /// A shell's `~user` (`echo ~olga.petrova && sleep 0` in Ansible's `-vvv` output, `~deploy/app`):
    /// at `tilde`, after white space, a quote, `=` or `:`, a name starting with a small letter
    /// (letters, digits, `.`, `_`, `-`; at most 32 bytes), followed by `/` — or, as the argument of
    /// `echo` or `cd`, by white space, a quote or the line's end. The name's range. (`~/…` names
    /// no one; a pseudonym's `~` is glued to its type; `about ~half` is prose.)
    package static func tildeUser(_ b: Bytes, tilde: Int) -> Range<Int>? {
        let n = b.count
        guard tilde + 2 < n, ASCII.isLower(b[tilde + 1]) else { return nil }
        if tilde > 0 {
            let p = b[tilde - 1]
            guard p == 0x20 || p == 0x09 || p == UInt8(ascii: "'") || p == UInt8(ascii: "\"") || p == UInt8(ascii: "=") || p == UInt8(ascii: ":") else { return nil }
        }
        let start = tilde + 1
        var k = start
        while k < n, k - start <= 32, ASCII.isLower(b[k]) || ASCII.isDigit(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k - start >= 2, k - start <= 32, b[k - 1] != UInt8(ascii: ".") else { return nil }
        if k < n, b[k] == UInt8(ascii: "/") { return start..<k }
        guard k == n || b[k] == 0x20 || b[k] == 0x09 || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "\"") else { return nil }
        // Not followed by a path: only as the argument of `echo` or `cd` (`~half done` is prose).
        guard tilde >= 3, b[tilde - 1] == 0x20,
              (tilde >= 5 && ASCII.hasPrefix(b, at: tilde - 5, exactly: "echo")) || ASCII.hasPrefix(b, at: tilde - 3, exactly: "cd") else { return nil }
        return start..<k
    }

    package static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at > 0, b[at - 1] == UInt8(ascii: "/") || b[at - 1] == UInt8(ascii: "\\") else { return nil }
        var k: Int
        // `home`, `homes` (Synology's and QNAP's share of home folders: `/volume1/homes/jorg.muller/…`),
        // `Users`, and a Windows file server's hidden shares (`\\fs01\users$\tnguyen`, `home$`);
        // then `/`, `\` or JSON's `\\` (`HomeDirectory: \\fs01\home\pfischer`).
        var folder = 0
        for name: StaticString in ["homes$", "home$", "users$", "homes", "home", "Users"] where ASCII.hasPrefix(b, at: at, exactly: name) {
            folder = name.utf8CodeUnitCount
            break
        }
        k = at + folder
        guard folder > 0, k + 1 < b.count, Self.isFileSystemHome(b, separator: at - 1) else { return nil }
        if b[k] == UInt8(ascii: "/") {
            k += 1
        } else if b[k] == UInt8(ascii: "\\") {
            k += 1
            if b[k] == UInt8(ascii: "\\") { k += 1 }
        } else {
            return nil
        }
        let start = k
        while k < b.count, k - start <= 32, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k > start, k - start <= 32 else { return nil }
        if k < b.count {
            switch b[k] {
            case UInt8(ascii: "/"), UInt8(ascii: "\\"), 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ":"),
                 UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "]"),
                 UInt8(ascii: ">"), UInt8(ascii: "<"): break  // PowerShell's prompt `PS C:\Users\x> `, XML `<dir>/home/x</dir>`
            default: return nil
            }
        }
        for shared: StaticString in ["Shared", "Public", "Default", "All"]
        where shared.utf8CodeUnitCount == k - start && ASCII.hasPrefix(b, at: start, exactly: shared) { return nil }
        // Cloud images' and services' accounts name no person (`/home/ubuntu`, `/home/airflow/.local/…`).
        if serviceAccounts.contains(b, start..<k) { return nil }
        return start..<k
    }

    /// Default accounts of cloud images and accounts that services and CI runners run as.
    static let serviceAccounts = WordTable("""
        ubuntu ec2-user centos debian fedora admin azureuser opc cloud-user pi vagrant jenkins airflow \
        gitlab-runner circleci buildkite-agent git www-data nginx apache postgres mysql oracle hadoop spark kafka \
        elasticsearch node app appuser builder docker ansible nobody
        """)

    /// Whether the `home` after the `/` at `separator` is a file system's: at a path's root
    /// (`/home/x`, `"/Users/x`), under a mount or a volume (`/var/home/x`, `/mnt/home/x`,
    /// `/volume1/homes/x`, `/Volumes/Data/Users/x`), or in a Windows path (`\`). A web page under
    /// a path (`GET /dana/home/index.cgi`, `/app/home/dashboard`) is none.
    static func isFileSystemHome(_ b: Bytes, separator: Int) -> Bool {
        guard b[separator] == UInt8(ascii: "/") else { return true }
        // (After a space, `… /home/alice/y /home/jdoe/z`: a new path's root.)
        guard separator > 0, b[separator - 1] != 0x20 else { return true }
        var q = separator - 1
        let end = separator
        while q >= 0, b[q] != UInt8(ascii: "/"), ASCII.isAlnum(b[q]) || b[q] == UInt8(ascii: "_") || b[q] == UInt8(ascii: "-") || b[q] == UInt8(ascii: ".") || b[q] == 0x20 { q -= 1 }
        // Nothing of a path before it: the root.
        if q == separator - 1 { return true }
        guard q >= 0, b[q] == UInt8(ascii: "/") else { return true }  // `C:/home/…`, a segment after a quote: a path's start
        let parent = (q + 1)..<end
        if parent.count >= 7, ASCII.hasPrefix(b, at: parent.lowerBound, exactly: "volume") { return true }  // Synology's `/volume1`
        if parent.count >= 5, ASCII.hasPrefix(b, at: parent.lowerBound, exactly: "Volumes") || ASCII.hasPrefix(b, at: parent.lowerBound, exactly: "Users") { return true }
        // (`/Volumes/Data/Users/x`: a volume's name before `Users`.)
        if q >= 8, CredentialScan.contains(b, from: max(0, q - 64), to: q + 1, lowercased: "/volumes/") { return true }
        return fileSystemParents.contains { $0.utf8CodeUnitCount == parent.count && ASCII.hasPrefix(b, at: parent.lowerBound, exactly: $0) }
    }

    static let fileSystemParents: [StaticString] = ["var", "mnt", "srv", "data", "export", "exports", "nfs", "net", "opt", "storage", "shares", "share",
                                                    "media", "disk", "disk1", "disk2", "vol", "vol1", "local", "usr", "run", "host", "rootfs", "tank", "pool", "zfs"]

    /// Paths that name an account in web and secret services (probe stop 38): Nextcloud's and
    /// ownCloud's WebDAV (`/remote.php/dav/files/ines.carvalho/…`, `dav/calendars/…`,
    /// `dav/principals/users/…`) and provisioning API (`/ocs/v2.php/cloud/users/thomas.mueller`),
    /// Vault's auth methods (`auth/userpass/login/marta.nowak`, `auth/ldap/login/…`), and Puppet's
    /// user resources (`/Stage[main]/Main/User[ingrid.johansson]/ensure`).
    ///
    /// **Trigger**: a word start right after `/` (Vault's `auth/…` also right after a quote: its audit
    /// log's `"path":"auth/userpass/login/…"`). **Returns** the account's range.
    package static func servicePathUser(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        guard at >= floor, at > 0, b[at - 1] == UInt8(ascii: "/") || (b[at - 1] == UInt8(ascii: "\"") && b[at] == UInt8(ascii: "a")) else { return nil }
        var k = -1
        if ASCII.hasPrefix(b, at: at, exactly: "User[") {
            let start = at + 5
            var e = start
            while e < b.count, e - start <= 64, b[e] != UInt8(ascii: "]"), b[e] > 0x20 { e += 1 }
            guard e > start, e < b.count, b[e] == UInt8(ascii: "]") else { return nil }
            return start..<e
        }
        for prefix: StaticString in ["dav/files/", "dav/calendars/", "dav/addressbooks/users/", "dav/principals/users/", "dav/trashbin/",
                                     "dav/uploads/", "dav/avatars/", "cloud/users/", "auth/userpass/login/", "auth/userpass/users/",
                                     "auth/ldap/login/", "auth/ldap/users/", "auth/okta/login/", "auth/radius/login/"]
        where ASCII.hasPrefix(b, at: at, exactly: prefix) {
            k = at + prefix.utf8CodeUnitCount
            break
        }
        guard k > at else { return nil }
        let start = k
        while k < b.count, k - start <= 64, ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-")
            || b[k] == UInt8(ascii: "@") || b[k] == UInt8(ascii: "%") || b[k] == UInt8(ascii: "~") { k += 1 }  // (`~`: a pseudonym, left as it is)
        guard k > start, k - start <= 64 else { return nil }
        if k < b.count, ASCII.isAlnum(b[k]) || b[k] >= 0x80 { return nil }
        return start..<k
    }
}
