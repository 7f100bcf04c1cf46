import Testing
@testable import Veil

/// Names whose shape the probes of stop 43 found only in part: an `O'` family name before a
/// comma, two family names before the comma and a particle after the given name, and a quoted
/// name's third word.
@Suite("Name shapes: O' family names, compound names, a quoted name's last word")
struct NameShapeTests {
    @Test("the whole name is replaced, none of its words stays", arguments: [
        (#"rental opened: driver="O'Sullivan, Siobhan" class=CDMR"#, ["Sullivan", "Siobhan", "O'"], "class=CDMR"),
        (#"titular "García López, María del Carmen" cuenta ok"#, ["García", "López", "María", "Carmen"], #"" cuenta ok"#),
        (#"{"names":["Alberta Bobbeth Charleson"],"ok":true}"#, ["Alberta", "Bobbeth", "Charleson"], #""ok":true"#),
        (#"holder='Anna Maria Schmidt' ok"#, ["Anna", "Maria", "Schmidt"], "' ok"),
    ])
    func wholeName(_ line: String, _ words: [String], _ kept: String) {
        let out = FuzzRegressionTests.stable(line)
        for word in words { #expect(!out.contains(word), "\(out)") }
        #expect(out.contains(kept), "\(out)")
    }

    @Test("a common word after a quoted name, places and a publisher stay", arguments: [
        (#"{"x":"Sarah Thompson Group"}"#, "Group\"}"),
        ("flights to Paris, France today", "flights to Paris, France today"),
        ("O'Reilly Media, Sebastopol", "O'Reilly Media, Sebastopol"),
    ])
    func kept(_ line: String, _ kept: String) {
        #expect(FuzzRegressionTests.stable(line).contains(kept))
    }
}
