// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Assay's parsers, outside the root package's build: `scripts/fuzz.sh` builds
/// them with `-sanitize=fuzzer,address`. Each target's `main.swift` hands its
/// `LLVMFuzzerTestOneInput` to libFuzzer's driver.
let package = Package(
  name: "AssayFuzz",
  dependencies: [
    .package(name: "Assay", path: ".."),
    // The .xlsx target writes workbooks around the sheets it is given.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(
      name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "AssayLibraries", package: "Assay")]),
    fuzzTarget("FuzzCSV"),
    fuzzTarget("FuzzJSON"),
    fuzzTarget("FuzzFilter"),
    fuzzTarget("FuzzTheme"),
    fuzzTarget("FuzzKeymap"),
    fuzzTarget("FuzzRules"),
    fuzzTarget("FuzzLocator"),
    fuzzTarget("FuzzSettings"),
    fuzzTarget("FuzzServerValues"),
    fuzzTarget("FuzzStoreAnswers"),
    fuzzTarget("FuzzParquet"),
    fuzzTarget("FuzzClickHouseAnswers"),
    fuzzTarget("FuzzXLSX", also: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
  ],
  swiftLanguageModes: [.v6]
)

/// One fuzz target: an executable that links Assay's libraries (and `also`).
func fuzzTarget(_ name: String, also: [Target.Dependency] = []) -> Target {
  .executableTarget(
    name: name, dependencies: ["FuzzSupport", .product(name: "AssayLibraries", package: "Assay")] + also)
}
