import Testing
@testable import Veil

/// Stop 45's probes of laboratory, pharmacy and mobility logs: ASTM analyser records, more HL7
/// order and observation people, labels glued to their values in sample names, vehicle
/// identification numbers by their check digit, EV-charging ids, e-prescription access codes.
@Suite("Laboratories and mobility")
struct LabAndMobilityTests {
    static let astmPatient = "2024-06-03 07:52:10.021 [XN-550#1] RX <STX>2P|1|||100234|91022708463|^Kowalczyk^Zofia^^||19910227|F|||||^Nowak||||||||||||^^^ODDZ-3B<CR><ETX>1F<CR><LF>"
    static let astmResult = "2024-06-03 07:52:10.052 [XN-550#1] RX <STX>4R|1|^^^^WBC^1|6.42|10*3/uL||N||||MSZYMANSKA||20240603075105<CR><ETX>11<CR><LF>"
    static let order = "ORC|NW|ORD-881273|||||^^^20240603074400^^R||20240603074415|EHAU^Haugland^Eirik||1093847562^Smith^Jo"

    @Test("the value is replaced", arguments: [
        (astmPatient, "100234"), (astmPatient, "91022708463"), (astmPatient, "Kowalczyk"), (astmPatient, "19910227"), (astmPatient, "Nowak"),
        (astmResult, "MSZYMANSKA"),
        (order, "Haugland"), (order, "EHAU"),
        ("1,S24-01187_MRN4471290,ATTACTCG,TATAGCCT,ONCO_PANEL_V3", "4471290"),
        ("1,S24-01188_OSULLIVAN_DOB19850611,TCCGGAGA,ATAGAGGC", "19850611"),
        ("GET https://fleet-api.example.com/api/1/vehicles/LRW3E7EK4NC481732/vehicle_data", "LRW3E7EK4NC481732"),
        ("mqtt-bridge publish topic=vehicles/1HGCM82633A004352/telemetry qos=1", "1HGCM82633A004352"),
        ("Inserted transaction_start for ocppIdTag=04E17A2A9C5B80 connector=1", "04E17A2A9C5B80"),
        (#"{"Identification":{"RFIDMifareFamilyIdentification":{"UID":"0A9F3C71"}},"PlugAndCharge":{"EvcoID":"FR-TCB-C7H2K9Q41"}}"#, "FR-TCB-C7H2K9Q41"),
        ("Loaded contract certificate chain and private key for eMAID FRTCBC7H2K9Q41:", "FRTCBC7H2K9Q41"),
        ("POST https://erp.example.de/Task/160.000.226.545.733.51/$accept?ac=26c55a95d1d40fdae74b5d3a7df5a3d04aebb0408d146506c6f30576650bcc2a HTTP/1.1", "26c55a95d1d40fdae74b5d3a7df5a3d0"),
        ("registrazione completata patente=MI5318842T", "MI5318842T"),
        (#"{"system":"http://fhir.de/sid/gkv/kvid-10","value":"D930178427"}"#, "D930178427"),
        ("<Identification><MedicalRecordIdentificationNumberEHR>E4471-0093312</MedicalRecordIdentificationNumberEHR><SocialSecurity>412673390</SocialSecurity></Identification>", "E4471-0093312"),
        ("<Identification><MedicalRecordIdentificationNumberEHR>E4471-0093312</MedicalRecordIdentificationNumberEHR><SocialSecurity>412673390</SocialSecurity></Identification>", "412673390"),
        ("toll-gw gantry=A7-N-114 obu=OBU-9241-0077-1835 class=2", "OBU-9241-0077-1835"),
    ])
    func replaced(_ line: String, _ raw: String) {
        FuzzRegressionTests.expectText(line, raw, replaced: true)
    }

    @Test("what is around the value stays", arguments: [
        (astmPatient, "RX <STX>2P|1|||"), (astmPatient, "<CR><ETX>1F<CR><LF>"),
        (astmResult, "4R|1|^^^^WBC^1|6.42|10*3/uL||N||||"),
        (order, "ORC|NW|ORD-881273|||||^^^20240603074400^^R||20240603074415|"),
        ("trace 01HS3K9Z8QX7M4T2B and build ABCDEFGHJKLMNPRST ok", "trace 01HS3K9Z8QX7M4T2B and build ABCDEFGHJKLMNPRST ok"),
        ("MRN lookup DOB20241399 MRN12 ok", "MRN lookup DOB20241399 MRN12 ok"),
        ("x?ac=1&y=2 and ?ac=abc", "x?ac=1&y=2 and ?ac=abc"),
    ])
    func kept(_ line: String, _ text: String) {
        FuzzRegressionTests.expectText(line, text, replaced: false)
    }
}
