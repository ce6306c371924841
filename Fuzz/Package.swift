// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Assay's parsers, outside the root package's build: `scripts/fuzz.sh` builds
/// them with `-sanitize=fuzzer,address`. Each target's `main.swift` hands its
/// `LLVMFuzzerTestOneInput` to libFuzzer's driver.
let package = Package(
  name: "AssayFuzz",
  dependencies: [.package(name: "Assay", path: "..")],
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
  ],
  swiftLanguageModes: [.v6]
)

/// One fuzz target: an executable that links Assay's libraries.
func fuzzTarget(_ name: String) -> Target {
  .executableTarget(
    name: name, dependencies: ["FuzzSupport", .product(name: "AssayLibraries", package: "Assay")])
}
