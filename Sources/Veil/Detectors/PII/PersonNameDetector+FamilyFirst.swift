/// Chinese, Korean, Vietnamese and Japanese names written family name first (`Liu Yang`,
/// `Wang Wei`, `Kim Minjun`, `Nguyen Anh`, `Tanaka Yuki`): one of the common romanised family names below, one space,
/// and a listed given name ending at a word boundary.
///
/// Family names that are also English words a log capitalises (`Sun`, `Song`, `Fan`, `Long`,
/// `Moon`, `Son`, `Do`, `He`, `Ho`, `Oh`, `Ma` …) are left out, so `Sun Java` or `Do Not` stay;
/// a given name after them in the usual order is still read (`Wei Sun` is the main detector's).
extension PersonNameDetector {
    static let familyFirst = WordTable("""
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng
Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Wei Lu Yao Shen Xiong Qin Jia Qiu Hou
Duan Lei Cui Kang Mao Qian Lai Hao Xue Yan Huo Zhong Zhuang Kim Lee Park Choi Jung Cho Yoon
Jang Kwon Hwang Ahn Yoo Jeon Shin Seo Baek Nguyen Tran Pham Hoang Huynh Phan Dang Bui Ngo
Duong Trinh Truong Sato Suzuki Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Kato
Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto
Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Okada Hasegawa Murakami Kondo Saito Sakamoto
""")

    /// Vietnamese family names, with their diacritics too (`Nguyễn`, `Trần`, `Đặng`).
    static let vietnameseFamily = WordTable("""
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Trinh Truong Luong Mai Doan Lam Ta
Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Trương Lương Đoàn Lâm Tạ
""")

    /// The middle names of Vietnamese names (`Nguyen Van An`, `Tran Thi Mai`, `Le Duc Anh`).
    static let vietnameseMiddle = WordTable("""
Van Thi Văn Thị Duc Đức Huu Hữu Ngoc Ngọc Minh Thanh Quoc Quốc Xuan Xuân Hong Hồng Dinh Đình Cong Công Gia Bao Bảo
Hai Hải Anh Tuan Tuấn Manh Mạnh Trung Quang Thu Thuy Thúy Kim Phuong Phương Bich Bích Hoai Hoài Dieu Diệu Khanh Khánh
""")

    /// A family-first name at `at` whose first word ends at `firstEnd`; nil otherwise.
    /// Vietnamese names take their middle name and the given name after it (`Nguyen Thi Lan`,
    /// `Trần Thị Mai`): any capitalised word after a middle name is the given name.
    static func familyFirstName(_ b: Bytes, at: Int, firstEnd: Int) -> Range<Int>? {
        let n = b.count
        guard firstEnd + 3 < n, b[firstEnd] == 0x20, upperInitialLength(b, firstEnd + 1) > 0 else { return nil }
        if let r = vietnameseName(b, at: at, firstEnd: firstEnd) { return r }
        guard ASCII.isUpper(b[firstEnd + 1]), ASCII.isLower(b[firstEnd + 2]), familyFirst.contains(b, at..<firstEnd) else { return nil }
        let k = firstEnd + 1
        let e = wordEnd(b, k)
        guard e - k >= 2, given.contains(b, k..<e) else { return nil }
        if e < n {
            let x = b[e]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") || x >= 0x80 { return nil }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "-"), e + 1 < n, ASCII.isAlnum(b[e + 1]) { return nil }
        }
        return at..<e
    }

    /// `Nguyen Van An`, `Nguyễn Văn An`, `Tran Thi Mai`: a Vietnamese family name, a middle name
    /// and a capitalised given name of 2…12 letters, ended at a word boundary; a fourth word when
    /// the third is also a middle name (`Nguyễn Thị Minh Khai`).
    static func vietnameseName(_ b: Bytes, at: Int, firstEnd: Int) -> Range<Int>? {
        let n = b.count
        guard vietnameseFamily.contains(b, at..<firstEnd) else { return nil }
        let middle = firstEnd + 1
        let middleEnd = wordEnd(b, middle)
        guard middleEnd + 2 < n, b[middleEnd] == 0x20, vietnameseMiddle.contains(b, middle..<middleEnd),
              upperInitialLength(b, middleEnd + 1) > 0 || (b[middleEnd + 1] == 0xC4 && b[middleEnd + 2] == 0x90) else { return nil }
        var e = wordEnd(b, middleEnd + 1)
        guard e - middleEnd - 1 >= 2, e - middleEnd - 1 <= 24, !notFamily.contains(b, (middleEnd + 1)..<e) else { return nil }
        // `Nguyễn Thị Minh Khai`: a second given name after a first one that is also a middle name.
        if vietnameseMiddle.contains(b, (middleEnd + 1)..<e), e + 2 < n, b[e] == 0x20, upperInitialLength(b, e + 1) > 0 {
            let fourth = wordEnd(b, e + 1)
            if fourth - e - 1 >= 2, fourth - e - 1 <= 24, !notFamily.contains(b, (e + 1)..<fourth) { e = fourth }
        }
        if e < n {
            let x = b[e]
            if ASCII.isAlnum(x) || x == UInt8(ascii: "_") || x == UInt8(ascii: "@") { return nil }
            if x == UInt8(ascii: ".") || x == UInt8(ascii: "-"), e + 1 < n, ASCII.isAlnum(b[e + 1]) { return nil }
        }
        return at..<e
    }
}

extension PersonNameDetector {
    /// A quoted name with its East Asian family name in capitals first, as passports and
    /// immigration systems print it: `name mismatch 'LIU Yuxuan'`, `"NGUYEN Van An"`. **Accepts**
    /// right after `'` or `"` a listed family name (``familyFirst``, ``vietnameseFamily``) in
    /// capitals, then one or two capitalised words of letters, then the closing quote. **Returns** the
    /// quoted content.
    static func quotedCapitalFamilyFirst(_ b: Bytes, at i: Int) -> Range<Int>? {
        let n = b.count
        guard i >= 1, b[i - 1] == UInt8(ascii: "'") || b[i - 1] == UInt8(ascii: "\""), i + 5 < n else { return nil }
        let quote = b[i - 1]
        var e = i
        while e < n, e - i <= 12, ASCII.isUpper(b[e]) { e += 1 }
        guard e - i >= 2, e + 3 < n, b[e] == 0x20, familyFirst.containsCapitalised(b, i..<e) || vietnameseFamily.containsCapitalised(b, i..<e) else { return nil }
        var words = 0
        while words < 2, e + 3 < n, b[e] == 0x20, ASCII.isUpper(b[e + 1]), ASCII.isLower(b[e + 2]) {
            var f = e + 2
            while f < n, f - e <= 20, ASCII.isLower(b[f]) { f += 1 }
            e = f
            words += 1
        }
        guard words > 0, e < n, b[e] == quote else { return nil }
        return i..<e
    }
}
