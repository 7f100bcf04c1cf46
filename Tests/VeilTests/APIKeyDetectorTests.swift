import Testing
@testable import Veil

@Suite("APIKeyDetector") struct APIKeyDetectorTests {
    static func scan(_ line: String) -> [String] {
        CredentialScanHarness.scan(line, trigger: CredentialScanHarness.isAPIKeyTrigger, APIKeyDetector.match)
    }

    static let gh = "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"
    static let pat = "KLzd_ocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsM_ehGAkWvj7FAc9QeWJ"
    static let pem = #"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----"#

    @Test("finds well-known key formats", arguments: [
        ("aws_access_key_id=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
        (#"{"AccessKeyId":"ASIAUVW53EFR4EDT2SYW","Expiration":"2024-01-01"}"#, "ASIAUVW53EFR4EDT2SYW"),
        ("role AROAUVW53EFR4EDT2SYW assumed", "AROAUVW53EFR4EDT2SYW"),
        ("GITHUB_TOKEN=ghp_\(gh)", "ghp_\(gh)"),
        ("remote: https://x:ghs_\(gh)@github.com", "ghs_\(gh)"),
        ("token: github_pat_\(pat)", "github_pat_\(pat)"),
        ("stripe.api_key = 'sk_live_b8DwkNhFdnXsiVpzz63FfkCz'", "sk_live_b8DwkNhFdnXsiVpzz63FfkCz"),
        ("key=rk_test_b8DwkNhFdnXsiVpz", "rk_test_b8DwkNhFdnXsiVpz"),
        ("SLACK_BOT_TOKEN=xoxb-842684656321-2233079244026-IxNKu8iS2G8NPRVdD53X83RZ", "xoxb-842684656321-2233079244026-IxNKu8iS2G8NPRVdD53X83RZ"),
        ("POST https://hooks.slack.com/services/TT7NS26L/BRWBQCAB69M/GEp7CgQ0PBQFI14zGtSnovm1 200", "TT7NS26L/BRWBQCAB69M/GEp7CgQ0PBQFI14zGtSnovm1"),
        ("maps?key=AIzaYYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_79&q=x", "AIzaYYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po_79"),
        ("PRIVATE-TOKEN: glpat-9NksnRH9ucAUsdMlHUvT", "glpat-9NksnRH9ucAUsdMlHUvT"),
        ("//registry.npmjs.org/:_authToken=npm_XoIIXGvOoNZYW2mZp0zVZomHFwUbbYrEqmSM", "npm_XoIIXGvOoNZYW2mZp0zVZomHFwUbbYrEqmSM"),
        ("SENDGRID_API_KEY=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", "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"),
        ("OPENAI_API_KEY=sk-proj-atws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMptUsGr7", "sk-proj-atws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMptUsGr7"),
        ("api_key: sk-oV8gz4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4gfqr", "sk-oV8gz4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6Yo4gfqr"),
        (#"{"msg":"loaded key","pem":"\#(pem)"}"#, pem),
        ("-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----"), // END missing: to end of line
        ("key=-----BEGIN EC PRIVATE KEY----- MHcCAQEEI", "-----BEGIN EC PRIVATE KEY----- MHcCAQEEI"),
        ("-----BEGIN PRIVATE KEY-----MIIEvQ-----END PRIVATE KEY----- tail", "-----BEGIN PRIVATE KEY-----MIIEvQ-----END PRIVATE KEY-----"),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----abc-----END ENCRYPTED PRIVATE KEY-----", "-----BEGIN ENCRYPTED PRIVATE KEY-----abc-----END ENCRYPTED PRIVATE KEY-----"),
        ("GET https://api.telegram.org/bot110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
        ("via bot7012345678:AAE-x_Zq8rT3mN5pL2kJ9hG6fD4sA1wQ0eRy", "7012345678:AAE-x_Zq8rT3mN5pL2kJ9hG6fD4sA1wQ0eRy"),
        ("GET /userinfo?x=ya29.a0AfB_byC3xK9mQ2vL8nR4tY6uI0oP1aS3dF5gH7 200", "ya29.a0AfB_byC3xK9mQ2vL8nR4tY6uI0oP1aS3dF5gH7"),
        ("HF_TOKEN is hf_XbLqWmRtPzKvNsJdHgFcYaEuIoBnMkLpQrSt ok", "hf_XbLqWmRtPzKvNsJdHgFcYaEuIoBnMkLpQrSt"),
        ("twine: pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlsz rejected", "pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlsz"),
        ("login with dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0 failed", "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0"),
        ("using dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.", "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
        ("shop token shpat_0123456789abcdef0123456789abcdef", "shpat_0123456789abcdef0123456789abcdef"),
        ("push with glpat-AbCdEfGhIjKlMnOpQrSt.01.0f1a2b3c4 ok", "glpat-AbCdEfGhIjKlMnOpQrSt.01.0f1a2b3c4"),
        ("GF_TOKEN=glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_abcdef01 ok", "glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_abcdef01"),
        ("grafana cloud glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrIiwiayI6ImFiYyJ9 ok", "glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrIiwiayI6ImFiYyJ9"),
        ("heroku: HRKU-AAbcdefghijklmnopqrstuvwxyz0123456789_AB rejected", "HRKU-AAbcdefghijklmnopqrstuvwxyz0123456789_AB"),
        ("newrelic NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ0 ok", "NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ0"),
        // Discord bot tokens: the bot's id in base64 (17, 18, 19 digits), a stamp and an HMAC.
        ("discord Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB", "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"),
        ("token=MTIzNDU2Nzg5MDEyMzQ1Njc.Gh-jKl.abcdefghijklmnopqrstuvwxyz0 ok", "MTIzNDU2Nzg5MDEyMzQ1Njc.Gh-jKl.abcdefghijklmnopqrstuvwxyz0"),
        ("bot OTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB", "OTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"),
        ("jira ATATT3xFfGF0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789=ABCDEF12 ok", "ATATT3xFfGF0AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789=ABCDEF12"),
        ("square sq0atp-AbCdEfGhIjKlMnOpQrStUv ok", "sq0atp-AbCdEfGhIjKlMnOpQrStUv"),
        ("postman PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01 ok", "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01"),
        ("databricks dapi0123456789abcdef0123456789abcdef ok", "dapi0123456789abcdef0123456789abcdef"),
        ("linear lin_api_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd ok", "lin_api_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"),
        ("gem push rubygems_0123456789abcdef0123456789abcdef0123456789abcdef ok", "rubygems_0123456789abcdef0123456789abcdef0123456789abcdef"),
        ("SLACK_APP_TOKEN xapp-1-A0123456789-0123456789012-abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab ok",
         "xapp-1-A0123456789-0123456789012-abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab"),
        ("sentry-cli sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef ok", "sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
        ("SENTRY_AUTH_TOKEN sntrys_eyJpYXQiOjE2OTk5OTk5OTkuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd ok",
         "sntrys_eyJpYXQiOjE2OTk5OTk5OTkuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"),
        ("pulumi pul-0123456789abcdef0123456789abcdef01234567 ok", "pul-0123456789abcdef0123456789abcdef01234567"),
        ("doppler dp.st.prd.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd ok", "dp.st.prd.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd"),
        ("fly fo1_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG ok", "fo1_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG"),
        ("netlify nfp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 ok", "nfp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
        ("VAULT_TOKEN hvs.CAESIJ0abcdefghijklmnopqrstuvwxyz0123456789ABCDEF ok", "hvs.CAESIJ0abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"),
        ("SOPS_AGE_KEY AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQY.", "AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQY"),
        // Stripe webhook secrets and Mailgun keys (stop 21).
        ("webhook secret whsec_5f2b8c9d0e1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c", "whsec_5f2b8c9d0e1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c"),
        ("mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0 ok", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
        // Braintree, Firebase, Mapbox, Twilio and Terraform Cloud (stop 33).
        ("paypal access_token$production$abcd1234efgh5678$0123456789abcdef0123456789abcdef ok", "access_token$production$abcd1234efgh5678$0123456789abcdef0123456789abcdef"),
        ("bt access_token$sandbox$9z8y7x6w5v4u3t2s$fedcba9876543210fedcba9876543210", "access_token$sandbox$9z8y7x6w5v4u3t2s$fedcba9876543210fedcba9876543210"),
        ("fcm AAAAabc_efg:APA91b\(String(repeating: "Hx9_k-Lm", count: 17)) ok", "AAAAabc_efg:APA91b\(String(repeating: "Hx9_k-Lm", count: 17))"),
        ("mapbox sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja2FiYyJ9.abcdefghijklmnopqrstuv ok", "sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja2FiYyJ9.abcdefghijklmnopqrstuv"),
        ("twilio SK0123456789abcdef0123456789abcdef ok", "SK0123456789abcdef0123456789abcdef"),
        ("TFE_TOKEN abcdefghij0123.atlasv1.\(String(repeating: "Ab9_-x", count: 11)) ok", "abcdefghij0123.atlasv1.\(String(repeating: "Ab9_-x", count: 11))"),
        // Firebase Cloud Messaging registration tokens, with and without the instance id (stop 34).
        ("W FirebaseMessaging: Token refreshed: dK3f9a_QR2e:APA91b\(String(repeating: "Hx9_k-Lm", count: 17))", "dK3f9a_QR2e:APA91b\(String(repeating: "Hx9_k-Lm", count: 17))"),
        // A PEM private key in base64 (Kubernetes secrets, kubeconfig), Vault's legacy tokens, GitLab's other tokens (stop 34).
        ("  tls.key: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBM1R6Mm1yN1NaaUFNZlF5dXZCak0yWHE3Ci0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg==", "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBM1R6Mm1yN1NaaUFNZlF5dXZCak0yWHE3Ci0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg=="),
        ("vault login s.Xq9Lm2Wx7Vb4Np1Rt6YcZa8E ok", "s.Xq9Lm2Wx7Vb4Np1Rt6YcZa8E"),
        ("Using glptt-aabfe228f219e9cb0eb53f16947ccf25ec84d8db for auth", "glptt-aabfe228f219e9cb0eb53f16947ccf25ec84d8db"),
        ("runner glrt-cAUsdMlHUvTCQCyEZDz_ registered", "glrt-cAUsdMlHUvTCQCyEZDz_"),
        ("fb EAACEdEose0cBAd7UACNWiP3sFd67JikEAvstqVVPqzPptEJQzhkPk ok", "EAACEdEose0cBAd7UACNWiP3sFd67JikEAvstqVVPqzPptEJQzhkPk"),
        ("hubspot pat-na1-1dff02ce-e737-443e-2104-71948d33296c ok", "pat-na1-1dff02ce-e737-443e-2104-71948d33296c"),
        ("newrelic NRII-Ab3Cd6Ef9Gh2Jk5Lm8Np1Qr4St7Uv ok", "NRII-Ab3Cd6Ef9Gh2Jk5Lm8Np1Qr4St7Uv"),
        ("gcm registration_id APA91b\(String(repeating: "Hx9_k-Lm", count: 17)).", "APA91b\(String(repeating: "Hx9_k-Lm", count: 17))"),
        // AI APIs' keys in prose (probe stop 38: written raw without a key word before them).
        ("INFO:root:Using DeepSeek key sk-3854b0c58dea447ace0ccd73ae3992b3 for model deepseek-chat", "sk-3854b0c58dea447ace0ccd73ae3992b3"),
        ("Using Groq key 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", "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"),
        ("prediction created with key r8_oQAQKNXeTfphGoWU8AGcHAcJvEYqCdg43i1lA", "r8_oQAQKNXeTfphGoWU8AGcHAcJvEYqCdg43i1lA"),
        ("failed for key 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: 401", "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"),
        ("Incorrect API key provided: xai-lcyumHhJelDnBXoXPMHrai4i61sDqvEUkaiFGa8hIOj9CUDMkGvaCTgVyZEtFqS7EOIXv6gIEM0XHDtW", "xai-lcyumHhJelDnBXoXPMHrai4i61sDqvEUkaiFGa8hIOj9CUDMkGvaCTgVyZEtFqS7EOIXv6gIEM0XHDtW"),
        ("pinecone init key pcsk_5GZOU_Poy0T0wN3KViZtZK28VLEfAEpxWyOpUi012PEuyZTzkREfMaiMLtvV0ZJ2rb env=prod", "pcsk_5GZOU_Poy0T0wN3KViZtZK28VLEfAEpxWyOpUi012PEuyZTzkREfMaiMLtvV0ZJ2rb"),
        ("langsmith key 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", "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"),
        ("langfuse key sk-lf-9b2d7e41-3c6a-4f0b-8e2d-0effabffc860", "sk-lf-9b2d7e41-3c6a-4f0b-8e2d-0effabffc860"),
        ("search with tvly-dev-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 ok", "tvly-dev-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
        ("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", "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"),
    ] as [(String, String)])
    func positives(line: String, secret: String) {
        #expect(Self.scan(line) == [secret])
    }

    @Test("ignores look-alikes, wrong lengths and public material", arguments: [
        "sk-lf-is-a-prefix and gsk_short tvly-x r8_x pcsk_short xai-short lsv2_pt_short",
        "sk-3854b0c58dea447ace0ccd73ae3992b3ff is longer, sk-3854B0C58DEA447ACE0CCD73AE3992B3 upper",
        "AKIA1234 is too short",
        "APA91b is a GCM prefix, APA91bShort:APA91bHx9",
        "EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA pat-na1-short EAACshort",
        "  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUVvd0lCQUFLQ0FRRUEzVHoybXI3U1ppQU1mUXl1dkJqTTJYcTcKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=",
        "s.abcdefghijklmnopqrstuvwx s.ABCDEFGHIJKLMNOPQRSTUVWX com.example.s.Xq9Lm2Wx7Vb4Np1Rt6YcZa8E.java",
        "AKIAIOSFODNN7EXAMPL", // 19
        "AKIAIOSFODNN7EXAMPLEX", // 21
        "AKIAiosfodnn7example", // lower case
        "XAKIAIOSFODNN7EXAMPLE",
        "ghp_\(gh)x",
        "ghp_short",
        "keyboard key-value store key-1 whsec_short key-3ax6xnjp29jd6fds4gc373sgvjxteol0X",
        "ghx_\(gh)",
        "pk_live_b8DwkNhFdnXsiVpzz63FfkCz",
        "sk_live_short",
        "xoxq-842684656321-22",
        "xoxb-12345",
        "sk-1234",
        "sk-oV8gz4FkQ1okTBGzvAmwuf", // legacy form must be exactly 48
        "task-runner-42 finished",
        "-----BEGIN CERTIFICATE-----MIIB-----END CERTIFICATE-----",
        "-----BEGIN PUBLIC KEY-----",
        "----- BEGIN PRIVATE KEY -----",
        "https://hooks.slack.com/services/",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
        "request id 123e4567-e89b-12d3-a456-426614174000",
        "npm_config_cache=/tmp/npm",
        "SG.short.key",
        "bot12345678:short",
        "the bot is running, bottom line",
        "robot110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        "bot12345:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", // id too short
        "ya29.short", "yarn install", "hf_short", "hf_model_name_with_underscores_and_more_words",
        "pypi-AgEIcHlwaS5vcmc", "pypi-package-name", "dckr_pat_x", "dop_v1_abc", "shpat_xyz", "shipping_address",
        "dapi", "data", "dp.st.short", "pulumi up", "PMAK-1234", "fo1_short", "nfp_x", "hvs.short", "ATATT3short", "sq0atp-short", "lin_api_short", "rubygems_0123", "xapp-1-short", "sntryu_0123", "linux links",
        "glpat-short", "glsa_short", "glc_config", "HRKU-short", "HR manager", "NRAK-SHORT", "NRA region",
        // Discord-shaped, but the first part decodes to no id, or a part has the wrong length.
        "MyVeryLongIdentifierName12.abcdef.abcdefghijklmnopqrstuvwxyz01234",
        "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.short", "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjK.abcdefghijklmnopqrstuvwxyz0123456789AB",
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p", "AGE-SECRET-KEY-1SHORT",
        "access_token$production$short$0123", "access_token expired", "AAAAAAAAAAA:APA91bshort", "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja2FiYyJ9.abcdefghijklmnopqrstuv",
        "sk.eyJshort", "SKU0123456789abcdef0123456789abcdef", "SK0123456789ABCDEF0123456789ABCDEF", "atlas.atlasv1.short", "app.atlasv1.io",
    ])
    func negatives(line: String) {
        #expect(Self.scan(line).isEmpty)
    }

    @Test("Azure AD client secrets are found from their `Q~`", arguments: [
        ("azure client secret abc8Q~defghijklmnopqrstuvwxyz0123456789a ok", "abc8Q~defghijklmnopqrstuvwxyz0123456789a"),
        ("secret Xy_7Q~AbCdEfGhIjKlMnOpQrStUvWxYz.0123-45.", "Xy_7Q~AbCdEfGhIjKlMnOpQrStUvWxYz.0123-45"),
        ("s=a.b3Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234", "a.b3Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234"),
    ])
    func azureClientSecret(_ line: String, _ secret: String) {
        let out = FuzzRegressionTests.expectText(line, secret, replaced: true)
        #expect(out.contains("[REDACTED:api_key]"), "\(out)")
    }

    @Test("an AWS secret access key right after its key id is redacted with it", arguments: [
        "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "key,AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,2026-11-30",
        "creds AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ok",
    ])
    func awsSecretAfterKeyID(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", replaced: true)
        #expect(!out.contains("AKIAIOSFODNN7EXAMPLE") && out.contains("[REDACTED:api_key]"), "\(out)")
    }

    @Test("a word after a key id that is no secret key stays", arguments: [
        "AKIAIOSFODNN7EXAMPLE requested_by_the_deploy_pipeline_runner_x1",
        "AKIAIOSFODNN7EXAMPLE 0123456789012345678901234567890123456789",
        "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYX",
    ])
    func awsKeyIDAlone(_ line: String) {
        let out = EngineFixtures.scrub(line)
        #expect(out.hasPrefix("[REDACTED:api_key] ") && out.hasSuffix(String(line.split(separator: " ")[1])), "\(out)")
    }

    @Test("a bare Telegram bot token is redacted from its digits", arguments: [
        "telegram bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw ok",
        "token 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    ])
    func telegramBare(_ line: String) {
        let out = FuzzRegressionTests.expectText(line, "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", replaced: true)
        #expect(!out.contains("123456789:") && !out.contains("110201543:"), "\(out)")
    }

    @Test("digits before a colon that are no bot token stay", arguments: [
        "time 12345678:AAbcd", "id 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawAAHdqTcvCH1vGWJ", "pid 1234567:abcdefghijklmnopqrstuvwxyzabcdefgh",
    ])
    func telegramLookAlikes(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }

    @Test("other words with `Q~` stay", arguments: [
        "abc8Q~short", "abcQ~defghijklmnopqrstuvwxyz0123456789a", "abc8Q~defghijklmnopqrstuvwxyz0123456789abcd",
        "user~k~abc8Q~defghijklmnopqrstuvwxyz0123456789a", "ab8Q~defghijklmnopqrstuvwxyz0123456789abc",
    ])
    func azureLookAlikes(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }

    @Test("PEM: a `-` inside a dash run does not trigger; the first dash does")
    func pemTrigger() {
        let bytes = Array("x -----BEGIN PRIVATE KEY-----".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(APIKeyDetector.match(b, at: 2, floor: 0) == 2..<b.count)
            #expect(APIKeyDetector.match(b, at: 3, floor: 0) == nil)
            #expect(APIKeyDetector.match(b, at: 2, floor: 3) == nil)
        }
    }
}
