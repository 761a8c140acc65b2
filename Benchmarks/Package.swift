// swift-tools-version: 6.0
// tamga's benchmarks (issue 9): one release-mode executable, `tamga-bench`,
// driven by Benchmarks/run.sh (`make bench`). A separate package so that
// `make test` never builds or times anything here.
//
// It depends on the root package by path. TAMGA_BENCH_ROOT overrides the path
// (run.sh uses it only when the root manifest does not yet export the
// TamgaCrypto / TamgaCore / TamgaVault library products; see BENCHMARKS.md).
import PackageDescription

let root = Context.environment["TAMGA_BENCH_ROOT"] ?? ".."

let package = Package(
    name: "tamga-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "tamga", path: root),
    ],
    targets: [
        .executableTarget(
            name: "tamga-bench",
            dependencies: [
                .product(name: "TamgaCrypto", package: "tamga"),
                .product(name: "TamgaCore", package: "tamga"),
                .product(name: "TamgaVault", package: "tamga"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
