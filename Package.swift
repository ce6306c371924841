// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Intel ISA-L (`libisal-dev`) decompresses gzip about three times as fast as zlib; the CSV
/// reader uses it when its header is installed and zlib otherwise.
let hasISAL = FileManager.default.fileExists(atPath: "/usr/include/isa-l/igzip_lib.h")

/// The database client libraries (libsqlite3, libmariadb and the OpenSSL it brings) and libxml2 (for
/// .xlsx workbooks) are opened on first use, not at start-up: their modules define the functions
/// Assay calls as forwarders, kept out of the executable's exported symbols so they never stand in
/// for the libraries' own.
let hiddenSymbols: [CSetting] = [.unsafeFlags(["-fvisibility=hidden"])]

let package = Package(
  name: "Assay",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "assay", targets: ["assay"]),
    // The libraries, for the fuzz targets in Fuzz/ (a package of its own, outside this build).
    .library(
      name: "AssayLibraries",
      targets: [
        "AssayCore", "AssayCSV", "AssayJSON", "AssayGrid", "AssayAdvisor", "AssayUI", "AssaySQL",
        "AssaySQLite", "AssayMariaDB", "AssayStoreText", "AssayParquet", "AssayOffice", "AssayClickHouse",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(name: "AssayCore"),
    // zlib, named apart from ZIPFoundation's module of it (`CZlib`, in the fuzz package's build), which
    // clang would see defined twice.
    .systemLibrary(name: "CSystemZlib", path: "Sources/CZlib"),
    .target(name: "AssayCSV", dependencies: ["AssayCore", "CSystemZlib"] + (hasISAL ? ["CIsal"] : [])),
    .target(name: "AssayJSON", dependencies: ["AssayCore", "AssayCSV"]),
    .target(name: "AssayAnalysis", dependencies: ["AssayCore"]),
    .target(name: "AssaySynth", dependencies: ["AssayCore", "AssayAnalysis", "AssayPrivacy"]),
    .target(name: "AssayGrid", dependencies: ["AssayCore"]),
    .target(name: "AssayCharts", dependencies: ["AssayCore", "AssayAnalysis", "AssayGrid"]),
    .target(
      name: "AssayAdvisor", dependencies: ["AssayCore", "AssayAnalysis", "AssayJSON"], exclude: ["Resources"]),
    .target(
      name: "AssayUI",
      dependencies: [
        "AssayCore", "AssayAnalysis", "AssayGrid", "AssayCharts", "AssayAdvisor", "AssayParquet",
        "AssaySynth",
      ]),
    .target(name: "AssaySQL", dependencies: ["AssayCore", "AssayAnalysis"]),
    .target(
      name: "AssayPrivacy",
      dependencies: ["AssayCore", "AssayAnalysis", .product(name: "Crypto", package: "swift-crypto")]),
    .target(name: "CLateBinding", cSettings: hiddenSymbols),
    .target(name: "CSQLite", dependencies: ["CLateBinding"], cSettings: hiddenSymbols),
    .target(name: "AssaySQLite", dependencies: ["AssaySQL", "AssayCore", "CSQLite"]),
    .target(
      name: "AssayPostgres",
      dependencies: ["AssaySQL", "AssayCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
    .target(name: "CMariaDB", dependencies: ["CLateBinding"], cSettings: hiddenSymbols),
    .target(name: "AssayMariaDB", dependencies: ["AssaySQL", "AssayCore", "CMariaDB"]),
    .target(
      name: "AssayClickHouse",
      dependencies: [
        "AssaySQL", "AssayCore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ]),
    .target(name: "AssayStoreText", dependencies: ["AssayCore"]),
    .target(
      name: "AssayObjectStore",
      dependencies: [
        "AssayCore", "AssayCSV", "AssayJSON", "AssayStoreText", "AssayParquet",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "CCodecs", dependencies: ["CLateBinding"], cSettings: hiddenSymbols),
    .target(name: "AssayParquet", dependencies: ["AssayCore", "AssayCSV", "CCodecs", "CSystemZlib"]),
    .target(name: "CLibXML2", dependencies: ["CLateBinding"], cSettings: hiddenSymbols),
    .target(
      name: "AssayOffice",
      dependencies: ["AssayCore", "CLibXML2", "CSystemZlib"]),
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(name: "AssayTerminal", dependencies: ["AssayUI", "AssayGrid", "CNcurses"]),
    .executableTarget(
      name: "assay",
      dependencies: [
        "AssayCore", "AssayCSV", "AssayJSON", "AssayAnalysis", "AssayGrid", "AssayCharts", "AssayUI",
        "AssayTerminal",
        "AssayAdvisor", "AssaySQL", "AssaySQLite", "AssayPostgres", "AssayMariaDB", "AssayObjectStore",
        "AssayParquet", "AssayOffice", "AssayPrivacy", "AssaySynth", "AssayClickHouse",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release build carries the Swift runtime and Foundation inside the one executable: it
      // starts in about half the time (no shared libraries to load and bind) and runs without the
      // toolchain's libraries installed. The static Foundation needs its own libraries named, which
      // the shared one loads itself. It is linked by lld with packed relative relocations (RELR),
      // which the loader applies faster than gold's table of 80,000 RELA entries: about 0.5 ms off
      // every start. Its symbols are not exported: nothing looks them up at run time, and the
      // runtime's one dladdr at start (finding its own path) no longer scans 34,000 of them. The C++
      // library the runtime needs is linked in too, through the script in linker/ (about 0.3 ms off
      // every start: the shared one binds 1,700 of its own symbols as it loads).
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-lCoreFoundation", "-l_FoundationCShims", "-l_FoundationCollections",
            "-l_FoundationICU", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--no-export-dynamic", "-L", Context.packageDirectory + "/linker",
          ],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .target(
      name: "AssayTestSupport", dependencies: ["AssayAnalysis", "AssayCore", "AssaySQL"],
      path: "Tests/AssayTestSupport"),
    .testTarget(name: "AssayCoreTests", dependencies: ["AssayCore", "AssayTestSupport"]),
    .testTarget(name: "AssayCSVTests", dependencies: ["AssayCSV", "AssayCore"], exclude: ["Scripts"]),
    .testTarget(
      name: "AssayJSONTests", dependencies: ["AssayJSON", "AssayCSV", "AssayCore"],
      exclude: ["json_corpus.py"]),
    .testTarget(name: "AssayAnalysisTests", dependencies: ["AssayAnalysis", "AssayCore", "AssayCSV"]),
    .testTarget(name: "AssayGridTests", dependencies: ["AssayGrid"]),
    .testTarget(
      name: "AssayChartsTests",
      dependencies: ["AssayCharts", "AssayGrid", "AssayAnalysis", "AssayCore", "AssayTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "AssayUITests",
      dependencies: [
        "AssayUI", "AssayGrid", "AssayCharts", "AssayCore", "AssayAdvisor", "AssayAnalysis",
        "AssayTestSupport", "AssayParquet",
      ],
      exclude: ["Snapshots"]),
    .testTarget(name: "AssayAdvisorTests", dependencies: ["AssayAdvisor", "AssayCore"]),
    .testTarget(
      name: "AssaySQLTests",
      dependencies: [
        "AssaySQL", "AssaySQLite", "AssayAnalysis", "AssayCore", "AssayCSV", "AssayTestSupport", "CSQLite",
      ]),
    .testTarget(
      name: "AssayClickHouseTests",
      dependencies: [
        "AssayClickHouse", "AssaySQL", "AssayCore", "AssayCSV", "AssayAnalysis", "AssayPostgres",
        "AssayTestSupport",
      ]),
    .testTarget(
      name: "AssayPostgresTests",
      dependencies: ["AssayPostgres", "AssaySQL", "AssayAnalysis", "AssayCore", "AssayTestSupport"]),
    .testTarget(
      name: "AssayMariaDBTests",
      dependencies: ["AssayMariaDB", "AssaySQL", "AssayAnalysis", "AssayCore", "AssayTestSupport"]),
    .testTarget(
      name: "AssayObjectStoreTests",
      dependencies: ["AssayObjectStore", "AssayStoreText", "AssayCore", "AssayTestSupport"]),
    .testTarget(
      name: "AssayCommandTests",
      dependencies: ["assay", "AssayAnalysis", "AssayCharts", "AssayCore", "AssayTestSupport"]),
    .testTarget(
      name: "AssayParquetTests", dependencies: ["AssayParquet", "AssayCore"], exclude: ["Scripts"]),
    .testTarget(
      name: "AssayOfficeTests", dependencies: ["AssayOffice", "AssayCore"], exclude: ["workbooks.py"]),
    .testTarget(
      name: "AssayPrivacyTests", dependencies: ["AssayPrivacy", "AssayCore"], exclude: ["Scripts"]),
    .testTarget(
      name: "AssaySynthTests", dependencies: ["AssaySynth", "AssayAnalysis", "AssayCore", "AssayCSV"],
      exclude: ["Scripts"]),
    .testTarget(
      name: "AssayEndToEndTests", dependencies: ["AssayTestSupport"], exclude: ["Snapshots", "Scripts"]),
  ],
  swiftLanguageModes: [.v6]
)

if hasISAL {
  package.targets.append(.systemLibrary(name: "CIsal", path: "Sources/CIsal"))
}
