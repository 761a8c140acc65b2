// swift-tools-version: 6.0
// tamga: a confidentiality-aware document vault for National Preventive Mechanisms.
// Layering (enforced by this graph): tamga -> TamgaWeb -> TamgaVault -> TamgaCore, TamgaCrypto -> CSodium, CSHA256NI.
// Only TamgaCrypto imports CSodium and CSHA256NI, only TamgaCore imports CCmarkGFM (all `internal import`); only the tamga executable
// imports ArgumentParser.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "tamga",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tamga", targets: ["tamga"]),
        // Libraries, so the Benchmarks package can measure them directly.
        .library(name: "TamgaCrypto", targets: ["TamgaCrypto"]),
        .library(name: "TamgaCore", targets: ["TamgaCore"]),
        .library(name: "TamgaVault", targets: ["TamgaVault"]),
        .library(name: "TamgaWeb", targets: ["TamgaWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // Already in the graph through Hummingbird: named for the web server's connection guard (WebConnectionGuard).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            path: "Sources/CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // CommonMark (GitHub flavour) from Debian, for the leak scan's reader's view of Markdown exports.
        .systemLibrary(
            name: "CCmarkGFM",
            path: "Sources/CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // SHA-256 with the x86 SHA extensions (original C; libsodium is the fallback). Only the
        // compression function is compiled for the extensions, so no special flags are needed.
        .target(name: "CSHA256NI", path: "Sources/CSHA256NI"),
        .target(name: "TamgaCrypto", dependencies: ["CSodium", "CSHA256NI"], swiftSettings: strict),
        // Resources/lexicon: common words and places (scripts/build-lexicon; issue 15).
        .target(name: "TamgaCore", dependencies: ["CCmarkGFM", .product(name: "Yams", package: "Yams")],
                resources: [.copy("Resources/lexicon")], swiftSettings: strict),
        .target(name: "TamgaVault", dependencies: ["TamgaCore", "TamgaCrypto"], swiftSettings: strict),
        // `tamga serve` (issue 20): the local web front end. It calls the same
        // TamgaVault use cases as the command line and holds no rule of its own.
        .target(name: "TamgaWeb", dependencies: [
            "TamgaVault", "TamgaCore", "TamgaCrypto",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Templates")], swiftSettings: strict),
        .executableTarget(
            name: "tamga",
            dependencies: [
                "TamgaVault", "TamgaCore", "TamgaCrypto", "TamgaWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // libFuzzer harness over the parsers (see Fuzz/README.md and `make fuzz`).
        .executableTarget(name: "tamga-fuzz", dependencies: ["TamgaCore", "TamgaCrypto", "TamgaVault"],
                          path: "Fuzz/Sources/tamga-fuzz", swiftSettings: strict),
        .target(name: "TamgaTestSupport", path: "Tests/TamgaTestSupport", swiftSettings: strict),
        .testTarget(name: "TamgaCryptoTests", dependencies: ["TamgaCrypto", "TamgaTestSupport"], swiftSettings: strict),
        .testTarget(name: "TamgaCoreTests", dependencies: ["TamgaCore", "TamgaTestSupport"], swiftSettings: strict),
        .testTarget(name: "TamgaVaultTests", dependencies: ["TamgaVault", "TamgaCore", "TamgaCrypto", "TamgaTestSupport"], swiftSettings: strict),
        .testTarget(name: "TamgaWebTests", dependencies: ["TamgaWeb", "TamgaTestSupport"], swiftSettings: strict),
        .testTarget(name: "TamgaEndToEndTests", dependencies: ["TamgaTestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
