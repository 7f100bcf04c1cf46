// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "veil",
    products: [
        .library(name: "Veil", targets: ["Veil"]),
        .library(name: "VeilJournal", targets: ["VeilJournal"]),
        .library(name: "VeilLogging", targets: ["VeilLogging"]),
        .executable(name: "veil", targets: ["veil"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .yum(["openssl-devel"])]
        ),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"]), .yum(["systemd-devel"])]
        ),
        // A small C++ shim over RE2 with a C header, so Swift can call the linear-time engine.
        .target(
            name: "CRE2",
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            linkerSettings: [.linkedLibrary("re2")]
        ),
        .target(
            name: "Veil",
            dependencies: [
                "COpenSSL",
                "CRE2",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "VeilJournal",
            dependencies: ["Veil", "CSystemd"]
        ),
        .target(
            name: "VeilLogging",
            dependencies: [
                "Veil",
                "VeilJournal",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "veil",
            dependencies: [
                "Veil",
                "VeilJournal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "veil-example-login",
            dependencies: [
                "VeilLogging",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Examples/LoginService"
        ),
        // Test helpers: a private journald namespace launcher, fixtures.
        .target(
            name: "VeilTestSupport",
            dependencies: ["Veil", "VeilJournal"],
            path: "Tests/VeilTestSupport"
        ),
        .testTarget(
            name: "VeilTests",
            dependencies: ["Veil"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VeilCLITests",
            dependencies: ["veil", "Veil", "VeilTestSupport"]
        ),
        .testTarget(
            name: "VeilLoggingTests",
            dependencies: [
                "VeilLogging",
                "VeilTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "VeilJournalTests",
            dependencies: ["VeilJournal", "VeilTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)

for target in package.targets where target.type != .system && target.name != "CRE2" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
