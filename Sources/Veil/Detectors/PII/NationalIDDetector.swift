/// National identity and tax numbers found without a label, by a shape only they have and,
/// where the scheme has one, their check digit or letter:
///
/// - Brazil's CPF and CNPJ, written with their dots (`390.533.447-05`, `45.372.816/0001-84`),
///   both check digits;
/// - China's resident identity number (`310104199202176325`, 18 characters, the last may be
///   `X`): region, date of birth and the ISO 7064 MOD 11-2 check;
/// - India's Aadhaar in its printed groups (`4983 1275 6043`): first digit 2–9, Verhoeff check;
/// - Finland's HETU (`131052-308T`): date, century sign, check character;
/// - South Korea's resident registration number (`880504-2345716`): date, sex digit, check digit;
/// - Spain's DNI (`48291736Q`, `48291736-Q`) and NIE (`X3718294E`): check letter;
/// - Mexico's CURP (`GOMA850312MDFRRN09`): date, sex, state, check digit; and a person's RFC
///   (`GATL760904QW3`): date, mod-11 check character;
/// - Chile's RUT with its dots (`16.784.392-1`) and Argentina's CUIT/CUIL of a person
///   (`20-28456123-7`): mod-11 check;
/// - Italy's codice fiscale (`RSSMRA85T10A562S`): month letter, day, check letter;
/// - Singapore's NRIC and FIN (`S8536472C`): check letter;
/// - the UK's National Insurance number (`PZ451289D`): its allowed prefixes and suffix letter;
/// - India's PAN (`ABCPE1234F`): `P` (a person) as the holder-type letter in fourth place;
/// - Thailand's citizen id in its groups (`1-1037-02158-62-3`): mod-11 check digit;
/// - Sweden's personnummer (`750618-3982`, `19750618-3982`, and `198503122387` for the years
///   1900–2009): date and Luhn check digit;
/// - Norway's fødselsnummer (`03117643742`): date and two mod-11 check digits; Estonia's personal
///   code (`38501010275`): century digit, date and check digit; Iceland's kennitala
///   (`210785-3029`): date, mod-11 check digit and century digit;
/// - South Africa's identity number (`9504175081084`): date, citizenship digit and Luhn check digit;
/// - the UAE's identity card number (`784-1987-0482913-8`): `784`, Luhn check digit;
/// - a Great Britain driving licence number (`MORGA753116G99KT`): its fields' shapes and a valid
///   month and day of birth.
///
/// **Accepts** a number not glued to a letter, digit, `_` or `@` on either side, nor to `-`, `.`
/// or `/` followed by more of the same (`v2.390.533.447-05.tar`). In a file name the schemes whose
/// shape and check leave no doubt (CPF, CNPJ, China's, HETU, Korea's, DNI and NIE, South Africa's,
/// codice fiscale, CURP) may be glued to `_` and end at the extension (`Hakemus_230888-417E.pdf`,
/// `CF_BNCGLI85M52F205H.pdf`).
///
/// **Returns** the number's range. The default pack redacts it as `gov_id` (the
/// `national_id` key's rule).
package enum NationalIDDetector {
    /// A number that starts with a digit at `at` (a word start), or nil.
    package static func matchDigitFirst(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        let strictStart = isStart(b, at)
        guard strictStart || inFileName(b, start: at) else { return nil }
        var e = at
        while e < n, e - at < 19, ASCII.isDigit(b[e]) { e += 1 }
        let run = e - at
        let next: UInt8 = e < n ? b[e] : 0
        var end: Int?
        switch run {
        case 3 where next == UInt8(ascii: "."): end = cpf(b, at)
        case 2 where next == UInt8(ascii: "."): end = cnpj(b, at) ?? chileanRUT(b, at, leading: 2)
        case 1 where next == UInt8(ascii: "."): end = chileanRUT(b, at, leading: 1)
        case 2 where next == UInt8(ascii: "-"): end = argentineCUIT(b, at)
        case 17, 18: end = chineseResidentID(b, at, run: run)
        case 4 where next == 0x20: end = aadhaar(b, at)
        case 6 where next == UInt8(ascii: "-") || next == UInt8(ascii: "+") || next == UInt8(ascii: "A"):
            end = finnishHETU(b, at) ?? koreanRRN(b, at) ?? swedishPersonnummer(b, at, yearDigits: 2) ?? icelandicKennitala(b, at)
        case 8: end = spanishDNI(b, at) ?? (next == UInt8(ascii: "-") ? swedishPersonnummer(b, at, yearDigits: 4) : nil)
        case 13: end = southAfricanID(b, at)
        case 12: end = swedishPersonnummerCompact(b, at)
        case 11: end = norwegianBirthNumber(b, at) ?? estonianPersonalCode(b, at)
        case 1 where next == 0x20: end = frenchNIRSpaced(b, at)
        case 1 where next == UInt8(ascii: "-"): end = thaiCitizenID(b, at)
        case 3 where next == UInt8(ascii: "-"): end = emiratesID(b, at)
        default: end = nil
        }
        guard let end else { return nil }
        if strictStart, isEnd(b, end) { return at..<end }
        // A document's file name, `Nomina_2024_48291736Q.pdf`, `Hakemus_230888-417E.pdf`: only the
        // schemes whose shape and check leave no doubt.
        let strong = run == 3 || run == 2 || run == 17 || run == 18 || run == 6 || run == 8 || run == 13
        return strong && (strictStart || inFileName(b, start: at)) && (isEnd(b, end) || inFileName(b, end: end)) ? at..<end : nil
    }

    /// A file name's `_` before `at` (`…/Hakemus_230888-417E.pdf`), or a path's `/`
    /// (`/upload/kyc/384.716.259-46_comprovante.pdf`).
    private static func inFileName(_ b: Bytes, start at: Int) -> Bool {
        at >= 2 && (b[at - 1] == UInt8(ascii: "_") || b[at - 1] == UInt8(ascii: "/")) && ASCII.isAlnum(b[at - 2])
            || afterWideCharacter(b, at)
    }

    /// Chinese and Japanese text glues a number to the word before it (`身份证110105198703152318，`):
    /// a three-byte character (CJK, full-width punctuation) right before `at`.
    private static func afterWideCharacter(_ b: Bytes, _ at: Int) -> Bool {
        at >= 3 && b[at - 3] >= 0xE2 && b[at - 3] <= 0xEF && b[at - 2] & 0xC0 == 0x80 && b[at - 1] & 0xC0 == 0x80
    }

    /// A file name's `_` or extension (`.pdf`, `.docx`: 1–5 letters, then no letter or digit) at `e`.
    private static func inFileName(_ b: Bytes, end e: Int) -> Bool {
        // (Also a three-byte character right after: `…152318，帮我`.)
        if e + 2 < b.count, b[e] >= 0xE2, b[e] <= 0xEF, b[e + 1] & 0xC0 == 0x80 { return true }
        guard e + 1 < b.count else { return false }
        if b[e] == UInt8(ascii: "_") { return ASCII.isAlnum(b[e + 1]) }
        guard b[e] == UInt8(ascii: ".") else { return false }
        var k = e + 1
        while k < b.count, k - e <= 6, ASCII.isLetter(b[k]) { k += 1 }
        return k - e >= 2 && k - e <= 6 && (k == b.count || !ASCII.isAlnum(b[k]))
    }

    /// The digits of `at`'s groups of `widths`, joined by `-`; the end, or nil.
    private static func dashedGroups(_ b: Bytes, _ at: Int, _ widths: [Int], into digits: inout [Int]) -> Int? {
        var k = at
        for (g, width) in widths.enumerated() {
            if g > 0 {
                guard k < b.count, b[k] == UInt8(ascii: "-") else { return nil }
                k += 1
            }
            for _ in 0..<width {
                guard k < b.count, ASCII.isDigit(b[k]) else { return nil }
                digits.append(Int(b[k] - 0x30))
                k += 1
            }
        }
        return k
    }

    /// A Great Britain driving licence number, `MORGA753116G99KT`: five letters of the surname
    /// (padded with `9`), the decade of birth, the month (plus 50 for women), the day, the year's
    /// last digit, two initials (or `9`), a digit and two check characters.
    static func ukDrivingLicence(_ b: Bytes, _ at: Int) -> Bool {
        guard at + 16 <= b.count, ASCII.isUpper(b[at]) else { return false }
        for k in (at + 1)..<(at + 5) where !(ASCII.isUpper(b[k]) || b[k] == UInt8(ascii: "9")) { return false }
        for k in (at + 5)..<(at + 11) where !ASCII.isDigit(b[k]) { return false }
        let month = Int(b[at + 6] - 0x30) * 10 + Int(b[at + 7] - 0x30)
        let day = Int(b[at + 8] - 0x30) * 10 + Int(b[at + 9] - 0x30)
        guard (1...12).contains(month) || (51...62).contains(month), (1...31).contains(day) else { return false }
        guard ASCII.isUpper(b[at + 11]), ASCII.isUpper(b[at + 12]) || b[at + 12] == UInt8(ascii: "9"), ASCII.isDigit(b[at + 13]),
              ASCII.isUpper(b[at + 14]) || ASCII.isDigit(b[at + 14]), ASCII.isUpper(b[at + 15]) || ASCII.isDigit(b[at + 15]) else { return false }
        return true
    }

    /// Luhn over `digits` (the last is the check digit).
    private static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (i, x) in digits.reversed().enumerated() {
            let v = i % 2 == 1 ? x * 2 : x
            sum += v > 9 ? v - 9 : v
        }
        return sum % 10 == 0
    }

    /// A valid month and day at `digits[from...]` (`MMDD`; a coordination number adds 60 to the day).
    private static func validMonthDay(_ digits: [Int], _ from: Int, coordination: Bool = false) -> Bool {
        let month = digits[from] * 10 + digits[from + 1]
        var day = digits[from + 2] * 10 + digits[from + 3]
        if coordination, day > 60 { day -= 60 }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Sweden's personnummer, `750618-3982` or `19750618-3982` (`+` for the over-hundreds): date of
    /// birth, three digits and a Luhn check digit over the ten digits from the year's last two.
    static func swedishPersonnummer(_ b: Bytes, _ at: Int, yearDigits: Int) -> Int? {
        let n = b.count
        let sep = at + 4 + yearDigits
        guard sep + 5 <= n, b[sep] == UInt8(ascii: "-") || b[sep] == UInt8(ascii: "+"), b[(sep + 1)..<(sep + 5)].allSatisfy(ASCII.isDigit) else { return nil }
        if yearDigits == 4 { guard b[at] == UInt8(ascii: "1") && b[at + 1] == UInt8(ascii: "9") || b[at] == UInt8(ascii: "2") && b[at + 1] == UInt8(ascii: "0") else { return nil } }
        var d: [Int] = []
        for k in (at + yearDigits - 2)..<sep { d.append(Int(b[k] - 0x30)) }
        for k in (sep + 1)..<(sep + 5) { d.append(Int(b[k] - 0x30)) }
        guard validMonthDay(d, 2, coordination: true), luhnValid(d) else { return nil }
        return sep + 5
    }

    /// Sweden's personnummer written without its separator, `198503122387`: a year from 1900 to 2009
    /// (later ones read as compact timestamps, `202412041015`), month, day, and the Luhn check over
    /// the last ten digits.
    static func swedishPersonnummerCompact(_ b: Bytes, _ at: Int) -> Int? {
        let century = digit(b, at) * 10 + digit(b, at + 1)
        guard century == 19 || (century == 20 && digit(b, at + 2) == 0) else { return nil }
        let month = digit(b, at + 4) * 10 + digit(b, at + 5)
        var day = digit(b, at + 6) * 10 + digit(b, at + 7)
        if day > 60 { day -= 60 }  // a coordination number
        guard (1...12).contains(month), (1...31).contains(day), PaymentCardDetector.luhn(b, (at + 2)..<(at + 12)) else { return nil }
        return at + 12
    }

    /// Norway's fødselsnummer (and D-number, day plus 40), `03117643742`: date of birth `DDMMYY`,
    /// three digits and two mod-11 check digits.
    static func norwegianBirthNumber(_ b: Bytes, _ at: Int) -> Int? {
        var day = digit(b, at) * 10 + digit(b, at + 1)
        if day > 40 { day -= 40 }
        let month = digit(b, at + 2) * 10 + digit(b, at + 3)
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        /// The mod-11 check digit for `weights` (one per digit from `at`), or nil when it would be 10.
        func check(_ weights: StaticString) -> Int? {
            var sum = 0
            for i in 0..<weights.utf8CodeUnitCount { sum += Int(weights.utf8Start[i] &- 0x30) * digit(b, at + i) }
            let c = (11 - sum % 11) % 11
            return c == 10 ? nil : c
        }
        guard let k1 = check("376189452"), k1 == digit(b, at + 9), let k2 = check("5432765432"), k2 == digit(b, at + 10) else { return nil }
        return at + 11
    }

    /// Estonia's (and Lithuania's) personal code, `38501010275`: century and sex (3–6: born from 1900), `YYMMDD`,
    /// three digits and a check digit (weights 1…9,1, then 3…9,1…3 when the first sum leaves 10).
    /// Eleven random digits pass this one in 500, so the line must also name Estonia or the code
    /// (`PNOEE-…`, `EE`, `isikukood`).
    static func estonianPersonalCode(_ b: Bytes, _ at: Int) -> Int? {
        let month = digit(b, at + 3) * 10 + digit(b, at + 4), day = digit(b, at + 5) * 10 + digit(b, at + 6)
        guard (3...6).contains(digit(b, at)), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var sum = 0
        for i in 0..<10 { sum += digit(b, at + i) * (i % 9 + 1) }
        var c = sum % 11
        if c == 10 {
            sum = 0
            for i in 0..<10 { sum += digit(b, at + i) * ((i + 2) % 9 + 1) }
            c = sum % 11
            if c == 10 { c = 0 }
        }
        guard c == digit(b, at + 10) else { return nil }
        var named = false
        for k in 1..<b.count where b[k] == UInt8(ascii: "E") && b[k - 1] == UInt8(ascii: "E") { named = true; break }
        return named || CredentialScan.contains(b, from: 0, to: b.count, lowercased: "isikukood") ? at + 11 : nil
    }

    /// Iceland's kennitala of a person, `210785-3029`: `DDMMYY`, `-`, two digits, a mod-11 check
    /// digit and the century (9 for the 1900s, 0 for the 2000s, 8 for the 1800s). (A company's adds
    /// 40 to the day and stays.)
    static func icelandicKennitala(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 11 <= b.count, b[at + 6] == UInt8(ascii: "-"), b[(at + 7)..<(at + 11)].allSatisfy(ASCII.isDigit) else { return nil }
        let day = digit(b, at) * 10 + digit(b, at + 1)
        let month = digit(b, at + 2) * 10 + digit(b, at + 3), century = digit(b, at + 10)
        guard (1...31).contains(day), (1...12).contains(month), century == 9 || century == 0 || century == 8 else { return nil }
        // Weights 3 2 7 6 5 4 over `DDMMYY`, 3 2 over the two digits after the `-`.
        let sum = 3 * digit(b, at) + 2 * digit(b, at + 1) + 7 * digit(b, at + 2) + 6 * digit(b, at + 3) + 5 * digit(b, at + 4)
            + 4 * digit(b, at + 5) + 3 * digit(b, at + 7) + 2 * digit(b, at + 8)
        let c = (11 - sum % 11) % 11
        return c != 10 && c == digit(b, at + 9) ? at + 11 : nil
    }

    /// The value of the digit at `k`.
    @inline(__always)
    private static func digit(_ b: Bytes, _ k: Int) -> Int { Int(b[k] &- 0x30) }

    /// South Africa's identity number, `9504175081084`: date of birth, four digits, citizenship
    /// (0, 1 or 2), a digit that was 8 or 9, and a Luhn check digit.
    static func southAfricanID(_ b: Bytes, _ at: Int) -> Int? {
        let d = b[at..<(at + 13)].map { Int($0 - 0x30) }
        guard validMonthDay(d, 2), d[10] <= 2, d[11] == 8 || d[11] == 9, luhnValid(d) else { return nil }
        return at + 13
    }

    /// Thailand's citizen id in its printed groups, `1-1037-02158-62-3`: 13 digits, the last
    /// 11 minus the weighted sum (13 down to 2) of the first twelve modulo 11, modulo 10.
    static func thaiCitizenID(_ b: Bytes, _ at: Int) -> Int? {
        var d: [Int] = []
        guard let end = dashedGroups(b, at, [1, 4, 5, 2, 1], into: &d), d[0] != 0 else { return nil }
        var sum = 0
        for i in 0..<12 { sum += d[i] * (13 - i) }
        return (11 - sum % 11) % 10 == d[12] ? end : nil
    }

    /// The United Arab Emirates' identity card number, `784-1987-0482913-8`: `784`, the year of
    /// birth, seven digits and a Luhn check digit.
    static func emiratesID(_ b: Bytes, _ at: Int) -> Int? {
        guard ASCII.hasPrefix(b, at: at, exactly: "784-") else { return nil }
        var d: [Int] = []
        guard let end = dashedGroups(b, at, [3, 4, 7, 1], into: &d) else { return nil }
        var sum = 0
        for (i, x) in d.reversed().enumerated() {
            let v = i % 2 == 1 ? x * 2 : x
            sum += v > 9 ? v - 9 : v
        }
        return sum % 10 == 0 ? end : nil
    }

    /// France's social security number (NIR) in its printed groups, `1 85 05 78 006 084 91`:
    /// sex (1 or 2), year, month, département, commune, order, then the key, 97 minus the
    /// 13-digit number modulo 97.
    static func frenchNIRSpaced(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 21 <= b.count, b[at] == UInt8(ascii: "1") || b[at] == UInt8(ascii: "2") else { return nil }
        var number: UInt64 = UInt64(b[at] - 0x30)
        var k = at + 1
        for width in [2, 2, 2, 3, 3] {
            guard b[k] == 0x20 else { return nil }
            k += 1
            for _ in 0..<width {
                guard ASCII.isDigit(b[k]) else { return nil }
                number = number * 10 + UInt64(b[k] - 0x30)
                k += 1
            }
        }
        guard b[k] == 0x20, ASCII.isDigit(b[k + 1]), ASCII.isDigit(b[k + 2]) else { return nil }
        let key = UInt64(b[k + 1] - 0x30) * 10 + UInt64(b[k + 2] - 0x30)
        let month = (number / 10_000_000) % 100
        guard month >= 1, key == 97 - number % 97 else { return nil }
        return k + 3
    }

    /// A number that starts with a capital letter at `at` (a word start), or nil.
    package static func matchLetterFirst(_ b: Bytes, at: Int) -> Range<Int>? {
        let n = b.count
        // A UK National Insurance number as a path segment (HMRC's APIs: `/individuals/business/details/JK482913B/list`).
        if at > 0, b[at - 1] == UInt8(ascii: "/"), at + 9 <= n, at + 9 == n || b[at + 9] == UInt8(ascii: "/") || b[at + 9] == 0x20 || b[at + 9] == UInt8(ascii: "?"),
           b[at..<(at + 9)].allSatisfy({ ASCII.isUpper($0) || ASCII.isDigit($0) }), nationalInsurance(b, at) {
            return at..<(at + 9)
        }
        let strictStart = isStart(b, at)
        guard strictStart || inFileName(b, start: at) else { return nil }
        var e = at
        while e < n, e - at <= 18, ASCII.isUpper(b[e]) || ASCII.isDigit(b[e]) { e += 1 }
        if !(strictStart && isEnd(b, e)) {
            // In a file name (`CF_BNCGLI85M52F205H.pdf`): Italy's codice fiscale, Mexico's CURP and
            // Spain's NIE only.
            guard isEnd(b, e) || inFileName(b, end: e) else { return nil }
            let fileNameOK: Bool
            switch e - at {
            case 9: fileNameOK = spanishNIE(b, at)
            case 16: fileNameOK = codiceFiscale(b, at)
            case 18: fileNameOK = mexicanCURP(b, at)
            default: fileNameOK = false
            }
            return fileNameOK ? at..<e : nil
        }
        let ok: Bool
        switch e - at {
        case 9: ok = spanishNIE(b, at) || singaporeNRIC(b, at) || nationalInsurance(b, at)
        case 10: ok = indianPAN(b, at)
        case 13: ok = mexicanRFC(b, at)
        case 16: ok = codiceFiscale(b, at) || ukDrivingLicence(b, at)
        case 18: ok = mexicanCURP(b, at)
        default: ok = false
        }
        return ok ? at..<e : nil
    }

    // MARK: Boundaries

    /// Schemes' names that a reference writes before the number and a `-`.
    private static let schemePrefixes: [StaticString] = ["cpf", "cnpj", "rut", "cuit", "cuil", "dni", "nie", "nif", "curp", "rfc", "hetu", "nric", "pan"]

    private static func isStart(_ b: Bytes, _ at: Int) -> Bool {
        guard at > 0 else { return true }
        let x = b[at - 1]
        if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") || x >= 0x80 { return false }
        // An ETSI semantics identifier's prefix (`PNOEE-38501010275`, `PNOLT-…`): the national id follows.
        if x == UInt8(ascii: "-"), at >= 6, ASCII.hasPrefix(b, at: at - 6, exactly: "PNO"), ASCII.isUpper(b[at - 3]), ASCII.isUpper(b[at - 2]) { return true }
        // A reference that names its scheme: `client_ref=cpf-350.836.924-22`, `RUT-16.784.392-1`.
        if x == UInt8(ascii: "-"), at >= 4 {
            var s = at - 1
            while s > 0, at - 1 - s < 5, ASCII.isLetter(b[s - 1]) { s -= 1 }
            if s == 0 || !ASCII.isAlnum(b[s - 1]), schemePrefixes.contains(where: { $0.utf8CodeUnitCount == at - 1 - s && ASCII.hasPrefix(b, at: s, lowercased: $0) }) { return true }
        }
        if x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "/") { return at < 2 || !ASCII.isAlnum(b[at - 2]) }
        return true
    }

    private static func isEnd(_ b: Bytes, _ e: Int) -> Bool {
        guard e < b.count else { return true }
        let x = b[e]
        if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") || x >= 0x80 { return false }
        if x == UInt8(ascii: "-") || x == UInt8(ascii: ".") || x == UInt8(ascii: "/") { return e + 1 >= b.count || !ASCII.isAlnum(b[e + 1]) }
        return true
    }

    // MARK: Digit-first schemes

    private static func digits(_ b: Bytes, _ at: Int, _ count: Int) -> Bool {
        guard at + count <= b.count else { return false }
        for k in at..<(at + count) where !ASCII.isDigit(b[k]) { return false }
        return true
    }

    private static func value(_ x: UInt8) -> Int { Int(x) - 48 }

    /// `ddd.ddd.ddd-dd`, both mod-11 check digits; not all one digit.
    static func cpf(_ b: Bytes, _ at: Int) -> Int? {
        guard digits(b, at, 3), at + 14 <= b.count, b[at + 3] == UInt8(ascii: "."), digits(b, at + 4, 3), b[at + 7] == UInt8(ascii: "."),
              digits(b, at + 8, 3), b[at + 11] == UInt8(ascii: "-"), digits(b, at + 12, 2) else { return nil }
        let d = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13].map { value(b[at + $0]) }
        guard Set(d).count > 1 else { return nil }
        for check in 9...10 {
            var sum = 0
            for k in 0..<check { sum += d[k] * (check + 1 - k) }
            let r = sum * 10 % 11
            guard r % 10 == d[check] else { return nil }
        }
        return at + 14
    }

    /// Chile's RUT with its dots (`16.784.392-1`, `9.876.543-K`): mod-11 check character.
    static func chileanRUT(_ b: Bytes, _ at: Int, leading: Int) -> Int? {
        let k = at + leading
        guard k + 10 <= b.count, b[k] == UInt8(ascii: "."), digits(b, k + 1, 3), b[k + 4] == UInt8(ascii: "."), digits(b, k + 5, 3),
              b[k + 8] == UInt8(ascii: "-") else { return nil }
        let check = b[k + 9]
        var sum = 0, weight = 2
        for j in stride(from: k + 7, through: at, by: -1) where ASCII.isDigit(b[j]) {
            sum += value(b[j]) * weight
            weight = weight == 7 ? 2 : weight + 1
        }
        let v = 11 - sum % 11
        let expected: UInt8 = v == 11 ? UInt8(ascii: "0") : v == 10 ? UInt8(ascii: "K") : UInt8(v) + 48
        return check == expected || (expected == UInt8(ascii: "K") && check == UInt8(ascii: "k")) ? k + 10 : nil
    }

    /// Argentina's CUIT or CUIL of a person (`20-28456123-7`; `20`, `23`, `24` or `27` first —
    /// `30`, `33` and `34` are companies'): mod-11 check digit.
    static func argentineCUIT(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 13 <= b.count, b[at] == UInt8(ascii: "2"), "0347".utf8.contains(b[at + 1]), b[at + 2] == UInt8(ascii: "-"),
              digits(b, at + 3, 8), b[at + 11] == UInt8(ascii: "-"), ASCII.isDigit(b[at + 12]) else { return nil }
        let d = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10].map { value(b[at + $0]) }
        let weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        let r = 11 - zip(d, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        let check = r == 11 ? 0 : r == 10 ? 9 : r
        return check == value(b[at + 12]) ? at + 13 : nil
    }

    /// `dd.ddd.ddd/dddd-dd`, both check digits.
    static func cnpj(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 18 <= b.count, digits(b, at, 2), b[at + 2] == UInt8(ascii: "."), digits(b, at + 3, 3), b[at + 6] == UInt8(ascii: "."),
              digits(b, at + 7, 3), b[at + 10] == UInt8(ascii: "/"), digits(b, at + 11, 4), b[at + 15] == UInt8(ascii: "-"), digits(b, at + 16, 2) else { return nil }
        let d = [0, 1, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 16, 17].map { value(b[at + $0]) }
        guard Set(d).count > 1 else { return nil }
        let weights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        for check in 12...13 {
            var sum = 0
            for k in 0..<check { sum += d[k] * weights[k + 13 - check] }
            let r = sum % 11
            guard (r < 2 ? 0 : 11 - r) == d[check] else { return nil }
        }
        return at + 18
    }

    /// 17 digits and a check digit or `X`: region 11–82, a date of birth 1900–2099, MOD 11-2.
    static func chineseResidentID(_ b: Bytes, _ at: Int, run: Int) -> Int? {
        let n = b.count
        guard run == 18 || (run == 17 && at + 17 < n && (b[at + 17] == UInt8(ascii: "X") || b[at + 17] == UInt8(ascii: "x"))) else { return nil }
        let region = value(b[at]) * 10 + value(b[at + 1])
        guard region >= 11, region <= 82 else { return nil }
        let year = (6..<10).reduce(0) { $0 * 10 + value(b[at + $1]) }
        guard year >= 1900, year <= 2099, isDate(month: value(b[at + 10]) * 10 + value(b[at + 11]), day: value(b[at + 12]) * 10 + value(b[at + 13])) else { return nil }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for k in 0..<17 { sum += value(b[at + k]) * weights[k] }
        let expected = (12 - sum % 11) % 11
        let last = b[at + 17]
        guard expected == 10 ? (last | 0x20) == UInt8(ascii: "x") : (ASCII.isDigit(last) && value(last) == expected) else { return nil }
        return at + 18
    }

    /// `dddd dddd dddd`, first digit 2–9, Verhoeff check; not a fourth group after it.
    static func aadhaar(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        guard at + 14 <= n, b[at] >= UInt8(ascii: "2"), digits(b, at, 4), b[at + 4] == 0x20, digits(b, at + 5, 4), b[at + 9] == 0x20, digits(b, at + 10, 4) else { return nil }
        if at + 15 < n, b[at + 14] == 0x20, ASCII.isDigit(b[at + 15]) { return nil }
        if at >= 2, b[at - 1] == 0x20, ASCII.isDigit(b[at - 2]) { return nil }
        var c = 0
        var position = 0
        for k in stride(from: at + 13, through: at, by: -1) where b[k] != 0x20 {
            c = verhoeffD[c][verhoeffP[position % 8][value(b[k])]]
            position += 1
        }
        return c == 0 ? at + 14 : nil
    }

    /// `DDMMYY`, the century sign (`-`, `+`, `A`), three digits, the check character.
    static func finnishHETU(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 11 <= b.count, digits(b, at, 6), digits(b, at + 7, 3) else { return nil }
        let sign = b[at + 6]
        guard sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") || sign == UInt8(ascii: "A"),
              isDate(month: value(b[at + 2]) * 10 + value(b[at + 3]), day: value(b[at + 0]) * 10 + value(b[at + 1])) else { return nil }
        let number = [0, 1, 2, 3, 4, 5, 7, 8, 9].reduce(0) { $0 * 10 + value(b[at + $1]) }
        let checks = Array("0123456789ABCDEFHJKLMNPRSTUVWXY".utf8)
        return b[at + 10] == checks[number % 31] ? at + 11 : nil
    }

    /// `YYMMDD-SNNNNNN`: the sex/century digit 1–8 and the weighted check digit.
    static func koreanRRN(_ b: Bytes, _ at: Int) -> Int? {
        guard at + 14 <= b.count, digits(b, at, 6), b[at + 6] == UInt8(ascii: "-"), digits(b, at + 7, 7),
              b[at + 7] >= UInt8(ascii: "1"), b[at + 7] <= UInt8(ascii: "8"),
              isDate(month: value(b[at + 2]) * 10 + value(b[at + 3]), day: value(b[at + 4]) * 10 + value(b[at + 5])) else { return nil }
        let d = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13].map { value(b[at + $0]) }
        let weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        var sum = 0
        for k in 0..<12 { sum += d[k] * weights[k] }
        return (11 - sum % 11) % 10 == d[12] ? at + 14 : nil
    }

    /// Eight digits and the check letter, glued or after `-`.
    static func spanishDNI(_ b: Bytes, _ at: Int) -> Int? {
        let n = b.count
        var letter = at + 8
        if letter < n, b[letter] == UInt8(ascii: "-") { letter += 1 }
        guard letter < n, digits(b, at, 8) else { return nil }
        let number = (0..<8).reduce(0) { $0 * 10 + value(b[at + $1]) }
        return b[letter] == dniLetters[number % 23] ? letter + 1 : nil
    }

    // MARK: Letter-first schemes

    /// `X`, `Y` or `Z`, seven digits, the DNI check letter.
    static func spanishNIE(_ b: Bytes, _ at: Int) -> Bool {
        let first = b[at]
        guard first == UInt8(ascii: "X") || first == UInt8(ascii: "Y") || first == UInt8(ascii: "Z"), digits(b, at + 1, 7) else { return false }
        let number = (1..<8).reduce(Int(first - UInt8(ascii: "X"))) { $0 * 10 + value(b[at + $1]) }
        return b[at + 8] == dniLetters[number % 23]
    }

    /// `S`, `T`, `F` or `G`, seven digits, the check letter.
    static func singaporeNRIC(_ b: Bytes, _ at: Int) -> Bool {
        let first = b[at]
        guard digits(b, at + 1, 7), ASCII.isUpper(b[at + 8]) else { return false }
        let weights = [2, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for k in 0..<7 { sum += value(b[at + 1 + k]) * weights[k] }
        let letters: [UInt8]
        switch first {
        case UInt8(ascii: "S"): letters = Array("JZIHGFEDCBA".utf8)
        case UInt8(ascii: "T"): sum += 4; letters = Array("JZIHGFEDCBA".utf8)
        case UInt8(ascii: "F"): letters = Array("XWUTRQPNMLK".utf8)
        case UInt8(ascii: "G"): sum += 4; letters = Array("XWUTRQPNMLK".utf8)
        default: return false
        }
        return b[at + 8] == letters[sum % 11]
    }

    /// Two prefix letters the scheme allows, six digits, `A`–`D`.
    static func nationalInsurance(_ b: Bytes, _ at: Int) -> Bool {
        let p = b[at], q = b[at + 1]
        guard ASCII.isUpper(p), ASCII.isUpper(q), digits(b, at + 2, 6), b[at + 8] >= UInt8(ascii: "A"), b[at + 8] <= UInt8(ascii: "D") else { return false }
        // Never first: D F I Q U V; never second: D F I O Q U V.
        if "DFIQUV".utf8.contains(p) || "DFIOQUV".utf8.contains(q) { return false }
        let prefix = [p, q]
        return !(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains { Array($0.utf8) == prefix })
    }

    /// Five letters (the fourth the holder's type: `P`, a person), four digits, a letter. (A
    /// company's, a trust's or an association's PAN names no person; IBM Maximo's message ids,
    /// `BMXAA7021I`, have that shape with an `A` there.)
    static func indianPAN(_ b: Bytes, _ at: Int) -> Bool {
        for k in 0..<5 where !ASCII.isUpper(b[at + k]) { return false }
        guard digits(b, at + 5, 4), ASCII.isUpper(b[at + 9]) else { return false }
        return b[at + 3] == UInt8(ascii: "P")
    }

    /// The RFC check's character values, in order.
    private static let rfcAlphabet = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ".utf8)

    /// Mexico's RFC of a person (`GATL760904QW3`): four letters, the date of birth, a two-character
    /// homoclave and the mod-11 check character. (A company's has three letters: it names no person.)
    static func mexicanRFC(_ b: Bytes, _ at: Int) -> Bool {
        for k in 0..<4 where !ASCII.isUpper(b[at + k]) { return false }
        guard digits(b, at + 4, 6) else { return false }
        let month = value(b[at + 6]) * 10 + value(b[at + 7]), day = value(b[at + 8]) * 10 + value(b[at + 9])
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        var sum = 0
        for k in 0..<12 {
            guard let v = rfcAlphabet.firstIndex(of: b[at + k]) else { return false }
            sum += v * (13 - k)
        }
        let r = 11 - sum % 11
        let expected: UInt8 = r == 11 ? UInt8(ascii: "0") : r == 10 ? UInt8(ascii: "A") : UInt8(r) + 48
        return b[at + 12] == expected
    }

    /// Six letters, the year, the month's letter, the day (+40 for women), the place, the check letter.
    static func codiceFiscale(_ b: Bytes, _ at: Int) -> Bool {
        for k in 0..<6 where !ASCII.isUpper(b[at + k]) { return false }
        guard digits(b, at + 6, 2), "ABCDEHLMPRST".utf8.contains(b[at + 8]), digits(b, at + 9, 2), ASCII.isUpper(b[at + 11]),
              digits(b, at + 12, 3), ASCII.isUpper(b[at + 15]) else { return false }
        let day = value(b[at + 9]) * 10 + value(b[at + 10])
        guard (day >= 1 && day <= 31) || (day >= 41 && day <= 71) else { return false }
        let odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for k in 0..<15 {
            let x = b[at + k]
            let v = ASCII.isDigit(x) ? value(x) : Int(x - UInt8(ascii: "A"))
            sum += k % 2 == 0 ? odd[v] : v
        }
        return b[at + 15] == UInt8(ascii: "A") + UInt8(sum % 26)
    }

    /// Four letters, the date of birth, `H`/`M`/`X`, the state and consonants, a character, the check digit.
    static func mexicanCURP(_ b: Bytes, _ at: Int) -> Bool {
        for k in 0..<4 where !ASCII.isUpper(b[at + k]) { return false }
        guard digits(b, at + 4, 6), "HMX".utf8.contains(b[at + 10]), digits(b, at + 17, 1),
              isDate(month: value(b[at + 6]) * 10 + value(b[at + 7]), day: value(b[at + 8]) * 10 + value(b[at + 9])) else { return false }
        for k in 11..<16 where !ASCII.isUpper(b[at + k]) { return false }
        let alphabet = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ".utf8)
        var sum = 0
        for k in 0..<17 {
            guard let v = alphabet.firstIndex(of: b[at + k]) else { return false }
            sum += v * (18 - k)
        }
        return (10 - sum % 10) % 10 == value(b[at + 17])
    }

    // MARK: Tables

    private static func isDate(month: Int, day: Int) -> Bool { month >= 1 && month <= 12 && day >= 1 && day <= 31 }

    private static let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

    private static let verhoeffD: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffP: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
}
