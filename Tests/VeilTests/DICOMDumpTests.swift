import Testing
@testable import Veil

/// DICOM elements printed by dcmtk's `dcmdump` and pydicom (stop 43: no value was found in
/// either): person names, and the patient's id, birth date and address; other elements stay.
@Suite("DICOM dumps: person names and the patient's identifiers")
struct DICOMDumpTests {
    @Test("a person name and the patient's identifiers are replaced", arguments: [
        ("(0010,0010) PN [DOE^JANE]                               #   8, 1 PatientName", "DOE^JANE", "(0010,0010) PN [name~test~"),
        ("(0008,0090) PN [CASTELLANO^HENRY^^DR]                   #  20, 1 ReferringPhysicianName", "CASTELLANO", "(0008,0090) PN [name~test~"),
        ("(0010,0020) LO [MRN00458812]                            #  12, 1 PatientID", "MRN00458812", "(0010,0020) LO [patient_id~test~"),
        ("(0010,0030) DA [19800112]                               #   8, 1 PatientBirthDate", "19800112", "(0010,0030) DA [[REDACTED:dob]]"),
        ("(0010, 0010) Patient's Name                      PN: 'NAKASHIMA^KENJI'", "NAKASHIMA", "PN: 'name~test~"),
        ("(0010, 1040) Patient's Address                   LO: '4-12-7 Shibuya, Shibuya-ku, Tokyo'", "Shibuya", "LO: 'address~test~"),
    ])
    func replaced(_ line: String, _ raw: String, _ prefix: String) {
        let out = FuzzRegressionTests.stable(line)
        #expect(!out.contains(raw) && out.contains(prefix), "\(out)")
    }

    @Test("a study's dates, UIDs, the institution and the patient's sex stay", arguments: [
        "(0008,0020) DA [20240514]                               #   8, 1 StudyDate",
        "(0008,0080) LO [RIVERSIDE GENERAL HOSPITAL]             #  26, 1 InstitutionName",
        "(0010,0040) CS [F]                                      #   2, 1 PatientSex",
        "(0020,000d) UI [1.2.840.113619.2.55.3.604688119.969.1268071029.320] #  50, 1 StudyInstanceUID",
        "retry (0010,0010) later",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
