/// India's UPI virtual payment addresses (`9812345670@ybl`, `priya.nair@okhdfcbank`,
/// `vikram@paytm`) and account-aggregator handles (`9812345670@finvu`): a payer's or payee's
/// identity, often their mobile number. Part of `auth_log_user`.
///
/// **Trigger**: the `@`. **Accepts** a local part of 2 bytes or more of letters, digits, `.`, `_`
/// and `-` before it and one of the payment apps' and banks' handles after it, not glued to
/// more (`…@ybl.com` is a domain: the e-mail detector's). **Returns** the whole address.
enum UPIAddressDetector {
    static func match(_ b: Bytes, at: Int, floor: Int) -> Range<Int>? {
        let n = b.count
        var e = at + 1
        while e < n, e - at <= 16, ASCII.isLetter(b[e]) { e += 1 }
        guard e - at - 1 >= 2, e == n || !(ASCII.isAlnum(b[e]) || b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: "-") || b[e] == UInt8(ascii: "_")),
              handles.containsLowercased(b, (at + 1)..<e) else { return nil }
        var s = at
        // (No cap on the local part: a longer one is taken whole, not cut.)
        while s > floor, ASCII.isAlnum(b[s - 1]) || b[s - 1] == UInt8(ascii: ".") || b[s - 1] == UInt8(ascii: "_") || b[s - 1] == UInt8(ascii: "-") { s -= 1 }
        guard at - s >= 2, s >= floor, ASCII.isAlnum(b[s]) else { return nil }
        return s..<e
    }

    /// UPI handles of payment apps and banks, and account aggregators'.
    static let handles = WordTable("""
        ybl ibl axl okhdfcbank okaxis okicici oksbi paytm ptyes ptaxis pthdfc ptsbi upi apl yapl axisbank axisb icici \
        hdfcbank sbi kotak kmbl fbl federal idfcbank idfcfirst yesbank ybl rbl indus aubank barodampay abfspay \
        waaxis wahdfcbank wasbi waicici jupiteraxis freecharge ikwik airtel airtelpaymentsbank jio pockets \
        timecosmos mahb pnb unionbankofindia uboi cnrb cboi boi centralbank dbs hsbc citi citigold sc scb \
        finvu onemoney anumati camsfinserv navi slice superyes fam postbank ippb icicipay amazonpay apay
        """)
}
