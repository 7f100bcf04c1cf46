import ArgumentParser

/// The `veil` command: scrub log streams and work with rule files.
@main
struct VeilCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veil",
        abstract: "Keep personal data and credentials out of logs.",
        discussion: """
            Veil finds bearer tokens (JWTs, opaque tokens, API keys, cookies) and personal
            data (e-mails, IPs, phones, cards, IBANs, SSNs, user names) in log lines, and
            redacts, masks or pseudonymises them (keyed HMAC-SHA256) as YAML rule files say.

            Exit status: 0 ok · 1 runtime/I/O error or failed rule tests · 64 usage error ·
            78 configuration error (bad rules, missing or weak key).

            Examples:
              journalctl -o cat | veil scrub --ephemeral-key
              veil scrub --key-file /etc/veil/keys/1.key app.log > app.scrubbed.log
              veil rules test rules/
              veil pseudonym --key-file /etc/veil/keys/1.key --type email jane@example.com
            """,
        subcommands: [Scrub.self, Daemon.self, Audit.self, Rules.self, Pseudonym.self]
    )
}
