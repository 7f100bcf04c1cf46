import Testing
@testable import Veil

/// Stop 45's probe of search engines and query histories: SQL's `LIKE`/`ILIKE` patterns under
/// their column's rule, and Lucene/Solr queries carried URL-encoded in a `q=` parameter.
@Suite("Query logs")
struct QueryLogTests {
    static let like = #""SELECT MEMBER_ID FROM CRM.PUBLIC.MEMBERS WHERE (FIRST_NAME ILIKE 'Thandiwe%' AND LAST_NAME = 'Nkosi')","JKOWALSKI""#
    static let solr = #"GET /solr/customers/select?q=last_name%3A%22M%C3%BCller-Schmidt%22+AND+iban%3A%22DE53500105176183092745%22&wt=json HTTP/1.1" 200"#

    @Test("the value is replaced", arguments: [
        (like, "Thandiwe"), (like, "Nkosi"),
        (#"select * from users u where u."email" not like '%jane.doe@example.com%'"#, "jane.doe@example.com"),
        (#"WHERE last_name LIKE 'O''Brien%'"#, "Brien"),
        (solr, "M%C3%BCller-Schmidt"), (solr, "DE53500105176183092745"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (like, "WHERE (FIRST_NAME ILIKE '"), (like, "%' AND LAST_NAME = '"),
        ("WHERE status LIKE 'act%' and I like 'this'", "WHERE status LIKE 'act%' and I like 'this'"),
        ("GET /x?q=status%3A%22active%22&rows=10 200", "GET /x?q=status%3A%22active%22&rows=10 200"),
        (solr, "GET /solr/customers/select?q=last_name%3A%22"), (solr, "%22&wt=json HTTP/1.1"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
