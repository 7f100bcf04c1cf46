/// Identity numbers that prose names in words, without a `key=value` separator:
/// `passport X12345678`, `Passport no. C01X00T47`, `driver license D1234567`,
/// `DL# D1234-56789-01234`, `NI number AB123456C`, `tax id 12-3456789`; bank details the same
/// way (`account no. 55779911`, `bank account 12345678`).
///
/// The phrase (any case, at a word start) may be followed by `number`, `no`, `no.` or `#`, and
/// by `:`; short phrases that are also ordinary words or abbreviations (`DL`, `NI`, `TIN`) need
/// one of these. The value is 6…20 letters and digits, with single `-` between groups, and at
/// least five digits (`D1234567`, `12-3456789`); a value glued to `_`, `@` or `.word` is part of
/// something else and stays. The value takes the field rule of the phrase's key (`passport`,
/// `driver_license`, `nino`, `tax_id`), so a rule file can treat prose and `key=value` alike.
extension Scrubber {
    /// One way prose names an identity number, and the key whose field rule its value takes.
    struct IdentityPhrase: Sendable {
        let words: StaticString
        let key: StaticString
        /// Whether `number`, `no` or `#` must follow (the phrase alone is too common a word).
        let needsQualifier: Bool
        /// Whether the value is India's permanent account number, `ABCDE1234F` (five letters,
        /// four digits, a letter), and only that: after `PAN`, a payment card's number is the
        /// card detector's (`PAN 4111 1111 1111 1111`, the primary account number).
        var permanentAccountNumber = false
        /// Whether the value may be a UK National Insurance number in its printed groups
        /// (`QQ 12 34 56 C`) as well as written whole.
        var nationalInsurance = false
        /// Whether the value may be an airline's six-character record locator (`PNR Z3QWXK`) as well.
        var recordLocator = false
        /// Whether the phrase is a person's role and the value their record's id, which starts with a letter.
        var isRoleRecord = false
    }

    static let identityPhrases: [IdentityPhrase] = [
        IdentityPhrase(words: "passport", key: "passport", needsQualifier: false),
        IdentityPhrase(words: "driver's license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver's licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "drivers license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "drivers licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driver licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driving licence", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "driving license", key: "driver_license", needsQualifier: false),
        IdentityPhrase(words: "dl", key: "driver_license", needsQualifier: true),
        IdentityPhrase(words: "national insurance", key: "nino", needsQualifier: true, nationalInsurance: true),
        IdentityPhrase(words: "nino", key: "nino", needsQualifier: false, nationalInsurance: true),
        IdentityPhrase(words: "ni", key: "nino", needsQualifier: true, nationalInsurance: true),
        IdentityPhrase(words: "social security", key: "ssn", needsQualifier: true),
        IdentityPhrase(words: "taxpayer id", key: "tax_id", needsQualifier: false),
        IdentityPhrase(words: "tax id", key: "tax_id", needsQualifier: false),
        IdentityPhrase(words: "tax identification", key: "tax_id", needsQualifier: true),
        IdentityPhrase(words: "tax", key: "tax_id", needsQualifier: true),
        IdentityPhrase(words: "tin", key: "tax_id", needsQualifier: true),
        // Other countries' national, tax and social-insurance numbers, named by their usual
        // abbreviation or word (stop 29): `Aadhaar 2341 2341 2346`, `CPF 123.456.789-09`,
        // `DNI 12345678Z`, `Steuer-ID 12 345 678 901`, `BSN 111222333`, `personnummer 19900101-1234`.
        IdentityPhrase(words: "aadhaar", key: "aadhaar", needsQualifier: false),
        IdentityPhrase(words: "aadhar", key: "aadhaar", needsQualifier: false),
        IdentityPhrase(words: "pan", key: "tax_number", needsQualifier: false, permanentAccountNumber: true),
        // Turkey's and Indonesia's (stop 36): `TC kimlik 10000000146`, `NIK 3174012345670001`.
        IdentityPhrase(words: "tc kimlik", key: "tc_kimlik_no", needsQualifier: false),
        IdentityPhrase(words: "nik", key: "nik", needsQualifier: false),
        IdentityPhrase(words: "cpf", key: "cpf", needsQualifier: false),
        IdentityPhrase(words: "curp", key: "curp", needsQualifier: false),
        IdentityPhrase(words: "pesel", key: "pesel", needsQualifier: false),
        IdentityPhrase(words: "bsn", key: "bsn", needsQualifier: false),
        // A person's record by their role (`customer C-20931874`, `courier #CA-55120`, `resident RES-558233`).
        IdentityPhrase(words: "customer", key: "customer_id", needsQualifier: false, isRoleRecord: true),
        IdentityPhrase(words: "courier", key: "user_id", needsQualifier: false, isRoleRecord: true),
        IdentityPhrase(words: "resident", key: "user_id", needsQualifier: false, isRoleRecord: true),
        // An employer's number for a person (`Personnel number 00042`, `Personalnummer 4711`).
        IdentityPhrase(words: "personnel", key: "employee_id", needsQualifier: true),
        IdentityPhrase(words: "personalnummer", key: "employee_id", needsQualifier: false),
        // Japan's Individual Number (`My Number 861392182220`, `マイナンバー` is read as a key).
        IdentityPhrase(words: "my number", key: "national_id", needsQualifier: false),
        // Ireland's Personal Public Service number (`PPS number 8429163P`, `PPSN 8429163PA`).
        IdentityPhrase(words: "pps", key: "national_id", needsQualifier: true),
        IdentityPhrase(words: "ppsn", key: "national_id", needsQualifier: false),
        IdentityPhrase(words: "ppsn", key: "ppsn", needsQualifier: false),
        // An EV driver's contract id (ISO 15118): `Loaded contract certificate … for eMAID FRTCBC7H2K9Q41:`.
        IdentityPhrase(words: "emaid", key: "emaid", needsQualifier: false),
        IdentityPhrase(words: "dni", key: "dni", needsQualifier: false),
        IdentityPhrase(words: "nie", key: "nie", needsQualifier: false),
        IdentityPhrase(words: "nif", key: "nif", needsQualifier: false),
        IdentityPhrase(words: "codice fiscale", key: "codice_fiscale", needsQualifier: false),
        IdentityPhrase(words: "steuer-id", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "steuer id", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "steuernummer", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "steueridentifikationsnummer", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "sozialversicherungsnummer", key: "personal_id_number", needsQualifier: false),
        IdentityPhrase(words: "svnr", key: "personal_id_number", needsQualifier: false),
        // Germany's pension insurance number in payroll reports (stop 50): `für VSNR 53081192O071`.
        IdentityPhrase(words: "vsnr", key: "vsnr", needsQualifier: false),
        IdentityPhrase(words: "rvnr", key: "rvnr", needsQualifier: false),
        IdentityPhrase(words: "rentenversicherungsnummer", key: "rvnr", needsQualifier: false),
        // An employee's number in HR and payroll lines: `(employee FNB004155)`, `Form 16 generated for emp
        // KPMG-BLR-01877`, SAP's `Personalnummer 00048213`, AFAS's `medewerker 103477`.
        IdentityPhrase(words: "employee", key: "employee_number", needsQualifier: false),
        IdentityPhrase(words: "emp", key: "employee_number", needsQualifier: false),
        IdentityPhrase(words: "personalnummer", key: "employee_number", needsQualifier: false),
        IdentityPhrase(words: "medewerker", key: "employee_number", needsQualifier: false),
        // India's provident-fund account (Universal Account Number): `PAN … UAN 100982413776`.
        IdentityPhrase(words: "uan", key: "uan", needsQualifier: false),
        // The Netherlands' tax number under its payroll name: `SofiNr 304158677`.
        IdentityPhrase(words: "sofinummer", key: "sofinr", needsQualifier: false),
        IdentityPhrase(words: "sofinr", key: "sofinr", needsQualifier: false),
        IdentityPhrase(words: "personnummer", key: "personnummer", needsQualifier: false),
        IdentityPhrase(words: "tfn", key: "tfn", needsQualifier: false),
        // More countries' (stop 37): `EIN 84-3721956`, `cnpj 45.372.816/0001-84`, `HETU 131052-308T`,
        // `NRIC S8536472C`, `NIN 70123948561`, `BVN 22184039271`, `NHS 943 476 5919`, `NIR 1 85 05 78 006 084 91`,
        // `INSEE 292067512002325`, `IdNr 52847196033`, `UIDAI 234691875020`, `SA ID 7902255827081`,
        // `national ID 8507099235`, `personal number 811228-9874`, `Medicare card 4197583672`.
        IdentityPhrase(words: "ein", key: "ein", needsQualifier: false),
        IdentityPhrase(words: "cnpj", key: "cnpj", needsQualifier: false),
        IdentityPhrase(words: "hetu", key: "hetu", needsQualifier: false),
        IdentityPhrase(words: "henkilötunnus", key: "hetu", needsQualifier: false),
        IdentityPhrase(words: "nric", key: "nric", needsQualifier: false),
        IdentityPhrase(words: "nin", key: "nin", needsQualifier: false),
        IdentityPhrase(words: "bvn", key: "bvn", needsQualifier: false),
        IdentityPhrase(words: "nhs", key: "nhs_number", needsQualifier: false),
        IdentityPhrase(words: "nir", key: "nir", needsQualifier: false),
        IdentityPhrase(words: "insee", key: "insee", needsQualifier: false),
        IdentityPhrase(words: "idnr", key: "idnr", needsQualifier: false),
        // Labels with their punctuation and longer forms (stop 43): `Steuer-IdNr. 65 371 428 606`,
        // `CPR-nr. 070761-4285`, `Burgerservicenummer 273864105`, `INSZ/NISS 85.07.30-033.28`,
        // `ssin 92021417887`, `ITIN 912-78-3456`, `Dokumentnummer L01X00T44`.
        IdentityPhrase(words: "steuer-idnr.", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "steuer-idnr", key: "steuer_id", needsQualifier: false),
        IdentityPhrase(words: "cpr-nr.", key: "cpr", needsQualifier: false),
        IdentityPhrase(words: "cpr-nr", key: "cpr", needsQualifier: false),
        IdentityPhrase(words: "cpr", key: "cpr", needsQualifier: false),
        IdentityPhrase(words: "burgerservicenummer", key: "bsn", needsQualifier: false),
        IdentityPhrase(words: "insz/niss", key: "insz", needsQualifier: false),
        IdentityPhrase(words: "insz", key: "insz", needsQualifier: false),
        IdentityPhrase(words: "niss", key: "niss", needsQualifier: false),
        IdentityPhrase(words: "rijksregisternummer", key: "rijksregisternummer", needsQualifier: false),
        IdentityPhrase(words: "ssin", key: "ssin", needsQualifier: false),
        IdentityPhrase(words: "itin", key: "itin", needsQualifier: false),
        IdentityPhrase(words: "dokumentnummer", key: "personalausweis", needsQualifier: false),
        IdentityPhrase(words: "ausweisnummer", key: "personalausweis", needsQualifier: false),
        IdentityPhrase(words: "uidai", key: "uidai", needsQualifier: false),
        IdentityPhrase(words: "sa id", key: "national_id", needsQualifier: false),
        IdentityPhrase(words: "national id", key: "national_id", needsQualifier: false),
        IdentityPhrase(words: "personal number", key: "personal_number", needsQualifier: false),
        IdentityPhrase(words: "medicare card", key: "medicare_id", needsQualifier: false),
        // Bank details in prose (stop 30): `account no. 55779911`, `bank account 12345678`,
        // `routing number 021000021`. (A sort code names a bank's branch, not a person: it stays,
        // as under a `sort_code` key.)
        IdentityPhrase(words: "bank account", key: "bank_account", needsQualifier: false),
        IdentityPhrase(words: "kontonummer", key: "kontonummer", needsQualifier: false),
        IdentityPhrase(words: "personalausweisnummer", key: "personalausweis", needsQualifier: false),
        IdentityPhrase(words: "personalausweis-nr.", key: "personalausweis", needsQualifier: false),
        IdentityPhrase(words: "personalausweis", key: "personalausweis", needsQualifier: true),
        IdentityPhrase(words: "account", key: "account_number", needsQualifier: true),
        IdentityPhrase(words: "acct", key: "account_number", needsQualifier: true),
        IdentityPhrase(words: "routing", key: "routing_number", needsQualifier: true),
        // Health insurance: `Medicare ID 1EG4-TE5-MK73`, `member id XYZ123456789`.
        IdentityPhrase(words: "medicare id", key: "medicare_id", needsQualifier: false),
        IdentityPhrase(words: "medicare", key: "medicare_id", needsQualifier: true),
        IdentityPhrase(words: "member id", key: "member_id", needsQualifier: false),
        // A SIM's and a subscriber's numbers in telecom logs (stop 44): `ICCID 8944100000123456782`,
        // `MSISDN 447700900123`. (`IMSI` and `IMEI` are prose keys with their own shape.)
        IdentityPhrase(words: "iccid", key: "iccid", needsQualifier: false),
        // A home's electricity and gas supply points (UK, Ireland): `MPRN 7410263509`, `MPAN 1412345678121`.
        IdentityPhrase(words: "mprn", key: "mprn", needsQualifier: false),
        IdentityPhrase(words: "mpan", key: "mpan", needsQualifier: false),
        // Germany's health-insurance number, `KVNR K650339186`.
        IdentityPhrase(words: "kvnr", key: "kvnr", needsQualifier: false),
        IdentityPhrase(words: "msisdn", key: "msisdn", needsQualifier: false),
        // A person's number at a university, a bank, a library, a building's doors, a parcel locker and an
        // admissions service (stop 51): `Matrikelnummer 3341872`, `existing CIF 00731904`, Koha's `(cardnumber
        // 21187004419909)`, `Badge 0004471234`, DHL's `Postnummer 1208467357`, India's `ABHA 91-4417-2983-6613`,
        // UCAS's `applicant 137-482-9916`, an interface engine's `patient identifier '4471823'`.
        IdentityPhrase(words: "matrikelnummer", key: "matrikelnummer", needsQualifier: false),
        IdentityPhrase(words: "cif", key: "cif", needsQualifier: false),
        IdentityPhrase(words: "cardnumber", key: "cardnumber", needsQualifier: false),
        IdentityPhrase(words: "badge", key: "badge_number", needsQualifier: false),
        IdentityPhrase(words: "postnummer", key: "postnummer", needsQualifier: false),
        IdentityPhrase(words: "abha", key: "abha", needsQualifier: false),
        IdentityPhrase(words: "applicant", key: "applicant_id", needsQualifier: false),
        IdentityPhrase(words: "patient identifier", key: "patient_id", needsQualifier: false),
        // Canada's client id for immigration (`for UCI 11-0482-7316`), a Dutch benefit's applicant (`aanvrager 273468157`).
        IdentityPhrase(words: "uci", key: "uci", needsQualifier: false),
        IdentityPhrase(words: "aanvrager", key: "aanvrager", needsQualifier: false),
        // A booking's record locator: an airline's `reembolso PNR Z3QWXK`, Indian Railways' `PNR 4528193706`.
        IdentityPhrase(words: "pnr", key: "pnr", needsQualifier: false, recordLocator: true),
        // Prescribers' numbers (`DEA BK4817269, NPI 1677029351`), Ontario's health card (`OHIP 6218-493-077-KT`),
        // a gym's or a club's member (`for member 10048812`).
        IdentityPhrase(words: "npi", key: "npi", needsQualifier: false),
        IdentityPhrase(words: "dea", key: "dea_number", needsQualifier: false),
        IdentityPhrase(words: "ohip", key: "ohip", needsQualifier: false),
        IdentityPhrase(words: "member", key: "member_id", needsQualifier: false),
        // German and Dutch energy suppliers' customers (SAP IS-U, portals): `Geschäftspartner 1000482291`,
        // `Vertragskonto 210004829117`, `MaLo 57921074200`, `voor klant 20048812`.
        IdentityPhrase(words: "geschäftspartner", key: "business_partner", needsQualifier: false),
        IdentityPhrase(words: "vertragskonto", key: "contract_account", needsQualifier: false),
        IdentityPhrase(words: "malo", key: "malo", needsQualifier: false),
        IdentityPhrase(words: "klant", key: "customer_number", needsQualifier: false),
        // A master patient index's id, `mapped MRN 7732190 -> EMPI E-77120394`.
        IdentityPhrase(words: "empi", key: "empi", needsQualifier: false),
        // `sort code 20-00-00 acc 55779911`.
        IdentityPhrase(words: "acc", key: "account_number", needsQualifier: true),
    ]

    /// Whether a word starting with these three (lower-cased) bytes can start an identity
    /// phrase: the scan's cheap test, run for many words (`status`, `path`, `count` fail it).
    /// `dl` and `ni` (`DL#`, `NI number`, `nino`, `NIE`, `NIF`) whatever follows; otherwise
    /// `pas`sport, `pan`, `pes`el, `per`sonnummer, `dri`ver, `dni`, `nat`ional, `tax`, `tin`,
    /// `tfn`, `aad`haar, `cpf`, `cur`p, `cod`ice, `bsn`, `ste`uer, `soz`ial, `svn`r, `ban`k account, `acc`ount, `acct`, `rou`ting, `med`icare, `mem`ber id,
    /// `kon`tonummer, `soc`ial security (`per`sonalausweis as above); `ein`, `cnp`j, `het`u,
    /// `hen`kilötunnus, `nri`c, `bvn`, `nhs`, `ins`ee, `idn`r, `uid`ai, `sa id`; `icc`id, `msi`sdn, `mpr`n, `mpa`n, `kvn`r;
    /// `mat`rikelnummer, `cif`, `car`dnumber, `bad`ge, `pos`tnummer, `abh`a, `app`licant, `pat`ient identifier, `uci`, `aan`vrager, `pnr`, `npi`, `dea`, `ohi`p, `ges`chäftspartner, `ver`tragskonto, `mal`o, `kla`nt.
    @inline(__always)
    static func mayStartIdentityPhrase(_ lower: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        let pair = UInt32(lower) << 8 | UInt32(second)
        if pair == 0x646C || pair == 0x6E69 { return true }  // dl, ni (nin, nir, nie, nif, nino)
        switch pair << 8 | UInt32(third) {
        case 0x746320, 0x706173, 0x70616E, 0x706573, 0x706572, 0x647269, 0x646E69, 0x6E6174, 0x746178, 0x74696E, 0x74666E, 0x616164, 0x637066, 0x637572, 0x636F64, 0x62736E, 0x737465, 0x736F7A, 0x73766E,
             0x62616E, 0x616363, 0x726F75, 0x6D6564, 0x6D656D, 0x6B6F6E, 0x736F63,  // ban, acc, rou, med, mem, kon, soc
             0x65696E, 0x636E70, 0x686574, 0x68656E, 0x6E7269, 0x62766E, 0x6E6873, 0x696E73, 0x69646E, 0x756964, 0x736120,  // ein, cnp, het, hen, nri, bvn, nhs, ins, idn, uid, `sa `
             0x637072, 0x627572, 0x72696A, 0x737369, 0x697469, 0x646F6B, 0x617573,  // cpr, bur, rij, ssi, iti, dok, aus
             0x696363, 0x6D7369, 0x6D7072, 0x6D7061, 0x6B766E, 0x707073, 0x656D61,  // icc, msi, mpr, mpa, kvn, pps, ema
             0x76736E, 0x72766E, 0x72656E, 0x75616E, 0x736F66, 0x656D70,  // vsn, rvn, ren, uan, sof, emp
             0x6D6174, 0x636966, 0x636172, 0x626164, 0x706F73, 0x616268, 0x617070, 0x706174,  // mat, cif, car, bad, pos, abh, app, pat
             0x756369, 0x61616E, 0x706E72, 0x6E7069, 0x646561, 0x6F6869,  // uci, aan, pnr, npi, dea, ohi
             0x676573, 0x766572, 0x6D616C, 0x6B6C61, 0x6D7920, 0x637573, 0x636F75, 0x726573:  // ges, ver, mal, kla, `my `, cus, cou, res
            return true
        default: return false
        }
    }

    /// Identity numbers named in Cyrillic, Chinese, Korean, Arabic, Hebrew and Thai prose (`ИНН 7707083893`, `СНИЛС
    /// 112-233-445 95`, `паспорт 4510 123456`, `身份证号 110101199003074514`, `주민등록번호
    /// 900101-1234567`, `رقم الهوية 1048293755`, `ת.ז. 314827957`): the phrase as written, and the key whose
    /// field rule its value takes.
    static let otherScriptIdentityPhrases: [(words: StaticString, key: StaticString)] = [
        ("ИНН", "инн"), ("СНИЛС", "снилс"), ("паспорт", "паспорт"), ("Паспорт", "паспорт"), ("РНОКПП", "рнокпп"),
        ("身份证号码", "身份证号"), ("身份证号", "身份证号"), ("身份证", "身份证"), ("주민등록번호", "주민등록번호"),
        // Arabic's "identity number", Hebrew's ת.ז. (teudat zehut), Thai's citizen number (stop 44).
        ("رقم الهوية", "رقم_الهوية"), ("ת.ז.", "תעודת_זהות"), ("ת\"ז", "תעודת_זהות"), ("תעודת זהות", "תעודת_זהות"),
        ("เลขประจำตัวประชาชน", "เลขประจำตัวประชาชน"), ("เลขบัตรประชาชน", "เลขบัตรประชาชน"),
    ]

    /// ``otherScriptIdentityPhrases``' number at `at` (not glued to a letter before), or nil.
    static func otherScriptIdentityNumber(_ b: Bytes, at: Int) -> (key: StaticString, value: Range<Int>)? {
        if at > 0, ASCII.isAlnum(b[at - 1]) || (b[at - 1] >= 0x80 && b[at] < 0xE0) { return nil }
        for phrase in otherScriptIdentityPhrases where ASCII.hasPrefix(b, at: at, exactly: phrase.words) {
            let p = at + phrase.words.utf8CodeUnitCount
            guard p < b.count, b[p] == 0x20 || b[p] == UInt8(ascii: ":") || b[p] == UInt8(ascii: "#"),
                  let v = valueStart(b, after: p, needsQualifier: false), let end = identityValueEnd(b, from: v) else { continue }
            return (phrase.key, v..<end)
        }
        return nil
    }

    /// The identity number named by a phrase at `at` (a word start): the key whose rule applies
    /// and the value's range; nil when no phrase or no value of the shape is there.
    static func proseIdentityNumber(_ b: Bytes, at: Int) -> (key: StaticString, value: Range<Int>)? {
        let n = b.count
        if at > 0, ASCII.isAlnum(b[at - 1]) || b[at - 1] == UInt8(ascii: "_") { return nil }
        guard at + 1 < n else { return nil }
        let first = b[at] | 0x20, second = b[at + 1] | 0x20
        for phrase in identityPhrases where phrase.words.utf8Start[0] == first && phrase.words.utf8Start[1] == second {
            let length = phrase.words.utf8CodeUnitCount
            guard at + length < n, ASCII.hasPrefix(b, at: at, lowercased: phrase.words) else { continue }
            var next = b[at + length]
            // tshark's `E.164 number (MSISDN): 33612345678`: the phrase in parentheses before the colon.
            var after = at + length
            if next == UInt8(ascii: ")"), at > 0, b[at - 1] == UInt8(ascii: "("), after + 1 < n, b[after + 1] == UInt8(ascii: ":") { after += 1; next = b[after] }
            // A document's file name, `/kyc/passport_AE4817263.pdf`, `PPSN_7482915PA.pdf`,
            // `Steuer-ID_47036892816_Schröder.pdf`: the number after `_`, before `_` or the extension.
            if next == UInt8(ascii: "_"), !phrase.needsQualifier, !phrase.permanentAccountNumber, after + 1 < n, ASCII.isAlnum(b[after + 1]),
               let end = identityValueEnd(b, from: after + 1, inFileName: true) {
                return (phrase.key, (after + 1)..<end)
            }
            guard next == 0x20 || next == UInt8(ascii: "#") || next == UInt8(ascii: ":") else { continue }
            // `sort code 30-94-57 account 31926819`, `BSB 062-000 acct 11928374`: after a sort code or an
            // Australian BSB, `account` needs no `no`.
            // `acct 483920174455 routing 026009593`, `payee acct 000123984471 rtn 071000505`: a routing
            // number after the account's digits names it too.
            let qualifier = phrase.needsQualifier && !(first == UInt8(ascii: "a") && (length == 7 || length == 4 || length == 3)
                && (CredentialScan.contains(b, from: at - 40, to: at, lowercased: "sort code") || CredentialScan.contains(b, from: at - 24, to: at, lowercased: "bsb ")))
                && !(first == UInt8(ascii: "a") && (length == 4 || length == 7) && next == 0x20 && Self.routingNumberFollows(b, from: after + 1))
            if phrase.recordLocator, let v = valueStart(b, after: after, needsQualifier: qualifier), let end = recordLocatorEnd(b, from: v) {
                return (phrase.key, v..<end)
            }
            guard let v = valueStart(b, after: after, needsQualifier: qualifier),
                  let end = phrase.permanentAccountNumber ? permanentAccountNumberEnd(b, from: v)
                    : (phrase.nationalInsurance ? spacedNINOEnd(b, from: v) : nil) ?? identityValueEnd(b, from: v) else { return nil }
            // (`employee 2024-03-15 report`: a date is no one's number. An etcd or Raft member's
            // `8e9e05c52164694d` is a node's.)
            if isDashedDate(b, v..<end) { return nil }
            // (A role's record id starts with a letter, `customer C-20931874`: `customer 387.978.9328x792 called` is a phone's.)
            if phrase.isRoleRecord, !ASCII.isLetter(b[v]) { return nil }
            // (Japan's Individual Number is 12 digits: `my number is 07700 900123` is a phone's.)
            if first == UInt8(ascii: "m"), length == 9, !(end - v == 12 && b[v..<end].allSatisfy(ASCII.isDigit)) { return nil }
            if first == UInt8(ascii: "m"), length == 6, b[v..<end].allSatisfy({ ASCII.isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }),
               b[v..<end].contains(where: ASCII.isLetter) { return nil }
            // (`patient identifier '4471823'`: a quoted value ends at its closing quote.)
            if b[v - 1] == UInt8(ascii: "'") || b[v - 1] == UInt8(ascii: "\""), end >= n || b[end] != b[v - 1] { return nil }
            return (phrase.key, v..<end)
        }
        return nil
    }

    /// The end of an airline's record locator at `v`: six capitals and digits with two letters and a
    /// digit (`Z3QWXK`; a locator of only capitals, `HXWQPA`, reads as a word: `PNR STATUS`), standing
    /// alone; nil otherwise.
    static func recordLocatorEnd(_ b: Bytes, from v: Int) -> Int? {
        let e = v + 6
        guard e <= b.count, e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "@")) else { return nil }
        var letters = 0
        for k in v..<e {
            guard ASCII.isUpper(b[k]) || ASCII.isDigit(b[k]) else { return nil }
            if ASCII.isUpper(b[k]) { letters += 1 }
        }
        return letters >= 2 && letters < 6 ? e : nil
    }

    /// A New Zealand bank account in its printed form at `v`, `06-0501-0768341-00` (bank, branch,
    /// account, suffix: 2-4-7-2 or 2-4-7-3 digits), standing alone; its range.
    static func newZealandBankAccount(_ b: Bytes, at v: Int) -> Range<Int>? {
        let n = b.count
        guard v == 0 || !(ASCII.isAlnum(b[v - 1]) || b[v - 1] == UInt8(ascii: "-") || b[v - 1] == UInt8(ascii: ".")) else { return nil }
        var k = v
        for count in [2, 4, 7] {
            for _ in 0..<count {
                guard k < n, ASCII.isDigit(b[k]) else { return nil }
                k += 1
            }
            guard k < n, b[k] == UInt8(ascii: "-") else { return nil }
            k += 1
        }
        let suffix = k
        while k < n, k - suffix < 4, ASCII.isDigit(b[k]) { k += 1 }
        guard k - suffix == 2 || k - suffix == 3, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-")) else { return nil }
        return v..<k
    }

    /// `2024-03-15`, `15-03-2024`: three groups of digits, 4-2-2 or 2-2-4.
    static func isDashedDate(_ b: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count == 10, b[r].allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: "-") }) else { return false }
        let s = r.lowerBound
        return (b[s + 4] == UInt8(ascii: "-") && b[s + 7] == UInt8(ascii: "-")) || (b[s + 2] == UInt8(ascii: "-") && b[s + 5] == UInt8(ascii: "-"))
    }

    /// Digits at `from` (4 to 17 of them), then ` routing ` or ` rtn ` and nine digits.
    static func routingNumberFollows(_ b: Bytes, from: Int) -> Bool {
        let n = b.count
        var e = from
        while e < n, e - from <= 17, ASCII.isDigit(b[e]) { e += 1 }
        guard e - from >= 4, e - from <= 17, e + 1 < n, b[e] == 0x20 else { return false }
        var r = e + 1
        if ASCII.hasPrefix(b, at: r, lowercased: "routing ") { r += 8 } else if ASCII.hasPrefix(b, at: r, lowercased: "rtn ") { r += 4 } else { return false }
        var d = r
        while d < n, d - r <= 9, ASCII.isDigit(b[d]) { d += 1 }
        return d - r == 9
    }

    /// Where the value starts after a phrase ending at `p`: past `number` / `no` / `no.` / `#`,
    /// an optional `:` and one or two spaces.
    private static func valueStart(_ b: Bytes, after p: Int, needsQualifier: Bool) -> Int? {
        let n = b.count
        var v = p
        var qualified = false
        if v < n, b[v] == UInt8(ascii: "#") {
            v += 1; qualified = true
        } else if v < n, b[v] == 0x20 {
            for word: StaticString in ["number", "no.", "no", "#"] where ASCII.hasPrefix(b, at: v + 1, lowercased: word) {
                let e = v + 1 + word.utf8CodeUnitCount
                if e < n, b[e] == 0x20 || b[e] == UInt8(ascii: ":") || (word.utf8CodeUnitCount <= 3 && ASCII.isAlnum(b[e]) == false) {
                    v = e; qualified = true
                    break
                }
            }
        }
        guard qualified || !needsQualifier else { return nil }
        // `mi DNI es 71234567Z`, `my passport number is X1234567`, `meine Steuer-ID ist …`: the verb "is".
        if v + 4 < n, b[v] == 0x20 {
            for verb: StaticString in ["is ", "es ", "est ", "ist ", "é ", "è "] where ASCII.hasPrefix(b, at: v + 1, lowercased: verb) {
                v += verb.utf8CodeUnitCount
                break
            }
        }
        if v < n, b[v] == UInt8(ascii: ":") { v += 1 }
        let spaces = v
        while v < n, b[v] == 0x20, v - spaces < 2 { v += 1 }
        if v + 1 < n, v > spaces, b[v] == UInt8(ascii: "'") || b[v] == UInt8(ascii: "\"") { v += 1 }
        guard v < n, ASCII.isAlnum(b[v]) else { return nil }
        return v
    }

    /// The end of an identity value starting at `v`, or nil when it has no such shape.
    /// Groups are joined by single `-`, by `.` or `/` between digits (`123.456.789-09`,
    /// `45.372.816/0001-84`), or by a space when every group is digits but for single letters
    /// (`2341 2341 2346`, `12 150780 M 017`, `1 85 05 78 006 084 91`); at most 24 bytes.
    /// (`inFileName`: the value may end at `_` or at a file's extension, `….pdf`; a space-grouped
    /// value is not read.)
    private static func identityValueEnd(_ b: Bytes, from v: Int, inFileName: Bool = false) -> Int? {
        let n = b.count
        var e = v, digits = 0
        while e < n, e - v <= 20 {
            if ASCII.isAlnum(b[e]) {
                if ASCII.isDigit(b[e]) { digits += 1 }
                e += 1
            } else if b[e] == UInt8(ascii: "-"), e + 1 < n, ASCII.isAlnum(b[e + 1]) {
                e += 1
            } else if b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: "/"), e > v, ASCII.isDigit(b[e - 1]), e + 1 < n, ASCII.isDigit(b[e + 1]) {
                e += 1
            } else {
                break
            }
        }
        if !inFileName, e - v <= 6, e == digits + v { e = spacedDigitGroupsEnd(b, from: e, limit: v + 24, digits: &digits) }
        guard e - v >= 6, e - v <= 24, digits >= 5 else { return nil }
        if inFileName {
            guard e < n, b[e] == UInt8(ascii: "_") || (b[e] == UInt8(ascii: ".") && e + 1 < n && ASCII.isLetter(b[e + 1])) else { return nil }
            return e
        }
        if e < n, b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "@") || ASCII.isAlnum(b[e]) { return nil }
        if e + 1 < n, b[e] == UInt8(ascii: "."), ASCII.isAlnum(b[e + 1]) { return nil }
        return e
    }

    /// The end of the space-separated groups after a first group of digits ending at `e`:
    /// groups of one to six digits, or a single capital letter between two of them; a group
    /// glued to anything but white space or a closing delimiter ends the value before it.
    private static func spacedDigitGroupsEnd(_ b: Bytes, from e: Int, limit: Int, digits: inout Int) -> Int {
        let n = b.count
        var end = e
        var groups = 0
        while groups < 7, end + 1 < n, b[end] == 0x20, ASCII.isDigit(b[end + 1]) || ASCII.isUpper(b[end + 1]) {
            var k = end + 1
            var groupDigits = 0
            if ASCII.isUpper(b[k]) {
                // A single letter, followed by a digit group (`M 017`).
                guard k + 2 < n, b[k + 1] == 0x20, ASCII.isDigit(b[k + 2]) else { break }
                k += 1
            } else {
                while k < n, k - end <= 6, ASCII.isDigit(b[k]) { k += 1; groupDigits += 1 }
            }
            guard k - end <= 7, k <= limit, k == n || !(ASCII.isAlnum(b[k]) || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".") && k + 1 < n && ASCII.isAlnum(b[k + 1])
                || b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: ":") || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "@")) else { break }
            end = k
            digits += groupDigits
            groups += 1
        }
        // A value does not end on a lone letter.
        if end > e, ASCII.isUpper(b[end - 1]) { end -= 2 }
        return end
    }

    /// The end of a UK National Insurance number written in its printed groups at `v`:
    /// `QQ 12 34 56 C` (two letters, three pairs of digits, the suffix letter A–D, which
    /// may be left out); nil for any other shape.
    private static func spacedNINOEnd(_ b: Bytes, from v: Int) -> Int? {
        let n = b.count
        guard v + 11 <= n, ASCII.isUpper(b[v]), ASCII.isUpper(b[v + 1]), b[v + 2] == 0x20 else { return nil }
        var e = v + 2
        for _ in 0..<3 {
            guard e + 3 <= n, b[e] == 0x20, ASCII.isDigit(b[e + 1]), ASCII.isDigit(b[e + 2]) else { return nil }
            e += 3
        }
        if e + 2 <= n, b[e] == 0x20, b[e + 1] >= UInt8(ascii: "A"), b[e + 1] <= UInt8(ascii: "D"),
           e + 2 == n || !(ASCII.isAlnum(b[e + 2]) || b[e + 2] == UInt8(ascii: "_") || b[e + 2] == UInt8(ascii: "@")) { e += 2 }
        guard e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "@")) else { return nil }
        return e
    }

    /// The end of `ABCDE1234F` at `v` (upper-case letters), standing alone; nil otherwise.
    private static func permanentAccountNumberEnd(_ b: Bytes, from v: Int) -> Int? {
        let e = v + 10
        guard e <= b.count, e == b.count || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: "_") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "@")) else { return nil }
        for k in v..<e {
            let digit = k >= v + 5 && k < v + 9
            guard digit ? ASCII.isDigit(b[k]) : ASCII.isUpper(b[k]) else { return nil }
        }
        return e
    }
}
