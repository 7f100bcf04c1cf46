import Testing
@testable import Veil

/// SQL as ORMs log it (stop 35): MySQL's backtick-quoted names, bind placeholders where a
/// value would stand, and Rails' bind lists.
@Suite("SQL statements and bound values as ORMs log them")
struct SQLBindTests {
    @Test("values are replaced under backtick-quoted columns and in Rails' bind lists", arguments: [
        ("UPDATE `users` SET `password`='Hunter2pass!' WHERE `id` = 311", "Hunter2pass!"),
        ("SELECT `users`.* FROM `users` WHERE `users`.`reset_password_token` = 'a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1' LIMIT 1", "a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1"),
        ("UPDATE `users` SET `full_name`='Nguyễn Văn An' WHERE `id` = 311", "Nguyễn Văn An"),
        (#"User Load (0.5ms)  SELECT "users".* FROM "users" WHERE "users"."last_name" = $1 LIMIT $2  [["last_name", "Bhriain"], ["LIMIT", 1]]"#, "Bhriain"),
        (#"User Create (0.9ms)  INSERT INTO "users" ("first_name", "last_name") VALUES ($1, $2) RETURNING "id"  [["first_name", "Aoife"], ["last_name", "Ní Bhriain"]]"#, "Aoife"),
        (#"User Create (0.9ms)  INSERT INTO "users" ("first_name", "last_name") VALUES ($1, $2) RETURNING "id"  [["first_name", "Aoife"], ["last_name", "Ní Bhriain"]]"#, "Bhriain"),
        (#"User Load (0.5ms)  SELECT "users".* FROM "users" WHERE "users"."phone" = $1 LIMIT $2  [["phone", "0871234567"], ["LIMIT", 1]]"#, "0871234567"),
        (#"ApiKey Load (0.3ms)  SELECT "api_keys".* FROM "api_keys" WHERE "api_keys"."token" = $1 LIMIT $2  [["token", "tok_9Fh3Kd8Lm2Np5Qr7St1Vw4Xy6Za"], ["LIMIT", 1]]"#, "tok_9Fh3Kd8Lm2Np5Qr7St1Vw4Xy6Za"),
        (#"User Update (0.5ms)  UPDATE "users" SET "otp_secret" = $1 WHERE "users"."id" = $2  [["otp_secret", "JBSWY3DPEHPK3PXP"], ["id", 5]]"#, "JBSWY3DPEHPK3PXP"),
        (#"[["password", "unterminated secret"#, "unterminated"),
    ])
    func replaced(_ line: String, _ secret: String) {
        FuzzRegressionTests.expectText(line, secret, replaced: true)
    }

    @Test("bind placeholders, the words after them and other lists stay", arguments: [
        #"SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2"#,
        "SELECT users.id FROM users WHERE users.email = %(email_1)s LIMIT %(param_1)s",
        "SELECT * FROM users WHERE username = ? AND password = ? LIMIT 1",
        #"UPDATE "Users" SET "Password" = @p0 WHERE "Id" = @p1"#,
        "SELECT * FROM users WHERE email = :email AND name = ?1",
        #"[["LIMIT", 1], ["id", 5]] tags [["a", "b"]] list ["x", "y"]"#,
    ])
    func kept(_ line: String) {
        #expect(EngineFixtures.scrub(line) == line)
    }
}
