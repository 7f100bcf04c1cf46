import Testing
@testable import Veil

/// Probe findings (stop 38, mobility, commerce, automation): access codes in notes, passwords
/// piped to `--password-stdin`, and secret options named `--sftp-pass` or `--certificate-key`
/// were written raw.
@Suite("Access codes in notes, piped and option secrets") struct AccessCodeAndStdinTests {
    @Test("replaced", arguments: [
        ("Door code 7412, left at the porch", "7412"),
        (#"notes="Gate code 4471#, alarm code 9382, dog in backyard""#, "4471"),
        (#"notes="Gate code 4471#, alarm code 9382, dog in backyard""#, "9382"),
        ("entry code #4590 then lift", "4590"),
        ("Türcode 7412", "7412"),
        ("digicode 4589B puis 2e porte", "4589B"),
        (#"{"instructions":"code porte 4B719"}"#, "4B719"),
        ("the door code is 2580", "2580"),
        (#"echo "Dkr-Hub-T0ken-9a8b" | docker login -u chiamaka.okafor --password-stdin"#, "Dkr-Hub-T0ken-9a8b"),
        ("rclone lsd nas: --sftp-pass 7dF3kL9mQ2xR5tV8wY1zA4bC6eG", "7dF3kL9mQ2xR5tV8wY1zA4bC6eG"),
        ("+ apksigner sign --ks release.jks --ks-pass pass:Kz8!rT2q --key-pass pass:Lw3#xP9v app.apk", "Kz8!rT2q"),
        ("kubeadm join 10.0.0.1:6443 --control-plane --certificate-key f8902e114ef118304e561c3ecd4d0b543adc226b7a07f675f56564185ffe0c07", "f8902e114ef118304e561c3ecd4d0b543adc226b7a07f675f56564185ffe0c07"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("prose about codes and options stays", arguments: [
        "access code expired, gate code reset, door code 12",
        "curl --bypass-proxy example.com --compass north",
        "apksigner sign --ks release.jks --ks-pass env:KS_PASS --key-pass file:/run/secrets/key-pass app.apk",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
