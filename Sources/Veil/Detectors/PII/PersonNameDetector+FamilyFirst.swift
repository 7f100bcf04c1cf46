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

    /// A family-first name at `at` whose first word ends at `firstEnd`; nil otherwise.
    static func familyFirstName(_ b: Bytes, at: Int, firstEnd: Int) -> Range<Int>? {
        let n = b.count
        guard firstEnd + 3 < n, b[firstEnd] == 0x20, ASCII.isUpper(b[firstEnd + 1]), ASCII.isLower(b[firstEnd + 2]),
              familyFirst.contains(b, at..<firstEnd) else { return nil }
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
}
