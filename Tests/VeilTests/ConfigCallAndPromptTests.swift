import Testing
@testable import Veil

/// Probe findings (stop 38, hosting, automation, commerce): PHP's `define()` constants were written
/// raw; a scope operator (`Login::Controller`) and a prompt's label (`password:"`) were read as pairs.
@Suite("Configuration calls, scope operators and prompts") struct ConfigCallAndPromptTests {
    @Test("PHP's define() and ini_set(): the value under the rule its name names", arguments: [
        ("define( 'DB_PASSWORD', 'qT7#vL2!pZ9x' );", "qT7#vL2!pZ9x"),
        (#"define("DB_PASSWORD", "qT7#vL2!pZ9x");"#, "qT7#vL2!pZ9x"),
        ("define( 'AUTH_KEY', 'x!Q8z|vM2@pL#r9^kT4&wN6*yB1~cF3+hJ5-dG7=sA0' );", "kT4&wN6"),
        ("define( 'DB_USER', 'wp_admin_7' );", "wp_admin_7"),
        ("ini_set('mysql.default_password', 'S3cr3t!x');", "S3cr3t!x"),
    ])
    func define(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("kept: constants no rule names, scope operators, a prompt that ends in its label", arguments: [
        "define( 'DB_NAME', 'wordpress' ); define( 'WP_DEBUG', true );",
        "I, [2024-03-12T10:53:10.123456 #2341]  INFO -- : Processing by Login::CanvasController#create as HTML",
        "ERROR: Mail::Send() failed",
        "Auth::attempt failed, User::find(42)",
        #"<web01> EXEC /bin/sh -c 'sudo -H -S  -p "[sudo via ansible, key=xqzjvmlwrtbpkdeoyhsnfcgaiu] password:" -u deploy /bin/sh -c '"'"'echo BECOME-SUCCESS-xqzjvmlwrtbpkdeoyhsnfcgaiu'"'"' && sleep 0'"#,
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
