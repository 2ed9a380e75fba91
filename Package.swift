// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Ethos",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Ethos", targets: ["Ethos"]),
        .executable(name: "ethos", targets: ["ethos"]),
        .executable(name: "nextiva-dsl", targets: ["NextivaDSL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CCmarkGFMConcurrency", dependencies: ["CCmarkGFM"]),
        .target(name: "EthosModel"),
        .target(name: "EthosLoader", dependencies: ["EthosModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "EthosLint", dependencies: ["EthosModel", "EthosLoader"]),
        .target(
            name: "EthosRender",
            dependencies: ["EthosModel", "EthosLoader", "EthosScore", "CCmarkGFM", "CCmarkGFMConcurrency", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "EthosScore", dependencies: ["EthosModel", "EthosLoader", .product(name: "Yams", package: "Yams")]),
        .target(name: "CEthosSystem"),
        .target(
            name: "EthosPublish",
            dependencies: ["EthosModel", "EthosRender", "EthosScore", "CEthosSystem",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Subprocess", package: "swift-subprocess")]
        ),
        // `ethos serve`: the live preview, the only target with an HTTP server.
        .target(name: "EthosServe", dependencies: ["EthosRender", .product(name: "FlyingFox", package: "FlyingFox")]),
        .target(
            name: "EthosCLI",
            dependencies: [
                "EthosModel", "EthosLoader", "EthosLint", "EthosRender", "EthosPublish", "EthosScore", "EthosServe", "CCmarkGFM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "Ethos", dependencies: ["EthosModel", "EthosLoader", "EthosLint", "EthosRender", "EthosPublish", "EthosScore",
                                             "EthosServe"]),
        .executableTarget(name: "library-example", dependencies: ["Ethos"], path: "Examples/LibraryExample"),
        .executableTarget(name: "ethos", dependencies: ["EthosCLI"]),
        .target(name: "NextivaPhilosophy", dependencies: ["EthosModel"], path: "Examples/NextivaDSL/Philosophy"),
        .executableTarget(
            name: "NextivaDSL",
            dependencies: ["NextivaPhilosophy", "EthosModel", "EthosRender"],
            path: "Examples/NextivaDSL/Main"
        ),
        // What the test targets share: the repository's files, temporary folders, golden files.
        .target(name: "EthosTestSupport", dependencies: ["EthosLoader", "EthosModel"], path: "Tests/EthosTestSupport"),
        // Types named with common words, to show that a module importing Ethos keeps them free.
        .target(name: "CommonNames", path: "Tests/CommonNames"),
        .testTarget(name: "EthosTests", dependencies: ["Ethos", "CommonNames"]),
        .testTarget(name: "EthosModelTests", dependencies: ["EthosModel"]),
        .testTarget(
            name: "EthosLoaderTests",
            dependencies: ["EthosLoader", "EthosModel", "NextivaPhilosophy", "EthosTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EthosRenderTests",
            dependencies: ["EthosRender", "EthosScore", "EthosLoader", "EthosModel", "EthosTestSupport"],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "EthosPublishTests",
            dependencies: ["EthosPublish", "EthosRender", "EthosScore", "EthosLoader", "EthosModel", "EthosTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "EthosLintTests",
            dependencies: ["EthosLint", "EthosLoader", "EthosModel", "NextivaPhilosophy", "EthosTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EthosScoreTests",
            dependencies: ["EthosScore", "EthosLoader", "EthosModel", "EthosTestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EthosServeTests", dependencies: ["EthosServe", "EthosTestSupport"]),
        .testTarget(
            name: "EthosCLITests",
            dependencies: ["EthosCLI", "EthosLint", "EthosLoader", "EthosModel", "EthosRender", "EthosTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"]
        ),
    ]
)

// The libFuzzer targets (`make fuzz`) need the fuzzer and address sanitizer flags to link, so
// they are part of the package only when ETHOS_FUZZ=1; plain builds and tests never see them.
// EthosFuzz runs load → lint → render; EthosCSVFuzz runs the scorecard's CSV reader, and
// HR's roster and holiday calendars.
if Context.environment["ETHOS_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "EthosFuzz", dependencies: ["EthosLoader", "EthosLint", "EthosRender"]))
    package.products.append(.executable(name: "EthosFuzz", targets: ["EthosFuzz"]))
    package.targets.append(.executableTarget(name: "EthosCSVFuzz", dependencies: ["EthosScore", "EthosLoader", "EthosModel", "EthosRender"]))
    package.products.append(.executable(name: "EthosCSVFuzz", targets: ["EthosCSVFuzz"]))
}
