import Testing
@testable import Veil

/// Stop 39: Chinese and Japanese postal addresses in free text.
@Suite("Chinese and Japanese addresses")
struct CJKAddressTests {
    @Test("the address is replaced from its place name to its street number", arguments: [
        ("dispatched to 北京市朝阳区建国路88号", "北京市朝阳区建国路88号", "dispatched to address~test~"),
        ("地址 上海市浦东新区世纪大道100号5楼502室 已签收", "上海市浦东新区世纪大道100号5楼502室", " 已签收"),
        ("配送先: 東京都渋谷区神南1-2-3 渋谷ビル5階", "東京都渋谷区神南1-2-3", " 渋谷ビル5階"),
        ("住所 大阪府大阪市北区梅田3丁目1番地", "大阪府大阪市北区梅田3丁目1番地", "住所 address~test~"),
        ("神奈川県横浜市中区山下町27番地", "神奈川県横浜市中区山下町27番地", "address~test~"),
        ("寄送至广东省深圳市南山区科技园路1号", "广东省深圳市南山区科技园路1号", "寄送至address~test~"),
    ])
    func replaced(_ line: String, _ address: String, _ kept: String) {
        let out = FuzzRegressionTests.expectText(line, address, replaced: true)
        #expect(out.contains(kept), "\(out)")
    }

    @Test("CJK text without an address stays", arguments: [
        "市场部 2024年3月 报告", "北京市 天气 晴", "订单号 20240603123号 已发货", "東京都の天気は晴れ", "第3号 议案",
    ])
    func kept(_ line: String) {
        #expect(FuzzRegressionTests.stable(line) == line)
    }
}
