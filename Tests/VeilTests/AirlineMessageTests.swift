import Testing
@testable import Veil

/// Airline messages stop 44's travel probes found left raw: a surname with particles, a
/// passenger name list's glued count and `.R/DOCS`, `SSR FOID`, an SSR's `FQTV` with its status,
/// a boarding pass's bar code and EDIFACT PAXLST (APIS) segments.
@Suite("Airline messages: PNR, PNL, BCBP, PAXLST")
struct AirlineMessageTests {
    @Test("the value is replaced", arguments: [
        ("  1.DE LA FONTAINE/AMELIE MRS   2.NAKAMURA/YUKI MS", "FONTAINE"),
        ("  1.DE LA FONTAINE/AMELIE MRS   2.NAKAMURA/YUKI MS", "NAKAMURA"),
        ("  8 SSR DOCS AF HK1 P/FRA/18FV42317/FRA/03MAR88/F/02MAR33/DE LA FONTAINE/AMELIE/P1", "FONTAINE"),
        ("  8 SSR DOCS AF HK1 P/FRA/18FV42317/FRA/03MAR88/F/02MAR33/DE LA FONTAINE/AMELIE/P1", "AMELIE"),
        ("1MUELLER/HANSJUERGEN MR-A2 .L/6QWRT2", "MUELLER"),
        (".R/DOCS HK1/P/DEU/C01X00T47/DEU/12AUG85/M/10JAN30/MUELLER/HANSJUERGEN", "C01X00T47"),
        (".R/DOCS HK1/P/DEU/C01X00T47/DEU/12AUG85/M/10JAN30/MUELLER/HANSJUERGEN", "12AUG85"),
        (".R/DOCS HK1/P/DEU/C01X00T47/DEU/12AUG85/M/10JAN30/MUELLER/HANSJUERGEN", "HANSJUERGEN"),
        (" 10 SSR FOID AF HK1 PP18FV42317/P1", "18FV42317"),
        (" 11 *SSR FQTV AF HK/ AF2004567813/P1", "2004567813"),
        (#"boarding scan accepted bcbp="M1NAKAMURA/YUKI       E5ZT9QK CDGLHRAF 1380 106Y023C0019 100" gate=F32"#, "NAKAMURA"),
        (#"bcbp="M1OKONKWO/CHIDINMA MS E8HJK2L LOSLHRBA 0074 106Y041K0087 100""#, "CHIDINMA"),
        ("NAD+FL+++MUELLER:HANSJUERGEN'ATT+2++M'DTM+329:850812'LOC+178+FRA'DOC+P:110:111+C01X00T47'DTM+36:300110'", "HANSJUERGEN"),
        ("NAD+FL+++MUELLER:HANSJUERGEN'ATT+2++M'DTM+329:850812'LOC+178+FRA'DOC+P:110:111+C01X00T47'DTM+36:300110'", "850812"),
        ("NAD+FL+++MUELLER:HANSJUERGEN'ATT+2++M'DTM+329:850812'LOC+178+FRA'DOC+P:110:111+C01X00T47'DTM+36:300110'", "C01X00T47"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        ("  8 SSR DOCS AF HK1 P/FRA/18FV42317/FRA/03MAR88/F/02MAR33/DE LA FONTAINE/AMELIE/P1", "SSR DOCS AF HK1 P/FRA/"),
        ("1MUELLER/HANSJUERGEN MR-A2 .L/6QWRT2", " MR-A2 .L/6QWRT2"),
        (#"bcbp="M1NAKAMURA/YUKI       E5ZT9QK CDGLHRAF 1380 106Y023C0019 100" gate=F32"#, "       E5ZT9QK CDGLHRAF 1380 106Y023C0019 100\" gate=F32"),
        ("NAD+FL+++MUELLER:HANSJUERGEN'ATT+2++M'DTM+329:850812'LOC+178+FRA'DTM+36:300110'", "'ATT+2++M'DTM+329:"),
        ("NAD+FL+++MUELLER:HANSJUERGEN'ATT+2++M'DTM+329:850812'LOC+178+FRA'DTM+36:300110'", "'LOC+178+FRA'DTM+36:300110'"),
        // A build's step list or a version is no passenger.
        ("step 2.BUILD/TEST done", "step 2.BUILD/TEST done"),
        ("1ABC/DEF ok", "1ABC/DEF ok"),
        ("M1 chip: 8 cores", "M1 chip: 8 cores"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
