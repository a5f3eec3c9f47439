// swift-tools-version: 6.0
import PackageDescription

/// GANCore is compiled for the CPU it is built on, so that its fused multiply-adds are single instructions
/// (AVX2 and FMA on x86-64). Results do not depend on it: fma is exactly rounded wherever it runs.
/// `GANCORE_PORTABLE=1 swift build` compiles for the baseline CPU instead (how `make bench` checks that claim).
/// `-fno-math-errno` lets square roots (exact either way) become vector instructions instead of a call
/// that could set errno.
let ganCoreFlags: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-fno-math-errno"]
        + (Context.environment["GANCORE_PORTABLE"] == nil ? ["-target-cpu", "native"] : [])),
]

let package = Package(
    name: "GANCourse",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
        .executable(name: "gan-bench", targets: ["gan-bench"]),
        .library(name: "GANCore", targets: ["GANCore"]),
        .library(name: "LessonRuntime", targets: ["LessonRuntime"]),
        .library(name: "LessonEvents", targets: ["LessonEvents"]),
        .library(name: "TeXMath", targets: ["TeXMath"]),
        .library(name: "LessonKit", targets: ["LessonKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "GANCore", swiftSettings: ganCoreFlags),
        // The event format that lesson programs write and the build reads: events, table and figure
        // data, escaping and the plot colours. Depends on nothing, so the build never links GANCore.
        .target(name: "LessonEvents"),
        .target(name: "LessonRuntime", dependencies: ["GANCore", "LessonEvents", "CZlib"]),
        // TeX to MathML, for the math in lessons. Depends on nothing.
        .target(name: "TeXMath"),
        .target(
            name: "LessonKit",
            dependencies: [
                "CCmark",
                "LessonEvents",
                "TeXMath",
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: [
                "LessonKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "gan-bench", dependencies: ["GANCore"]),
        .executableTarget(name: "output-bench", dependencies: ["LessonKit", "LessonRuntime"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GANCoreTests", dependencies: ["GANCore"]),
        .testTarget(name: "LessonEventsTests", dependencies: ["LessonEvents", "TestSupport"]),
        .testTarget(name: "LessonRuntimeTests", dependencies: ["LessonRuntime", "TestSupport"]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "LessonEvents", "LessonRuntime", "TeXMath", "TestSupport"]),
        .testTarget(name: "lessonsTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
