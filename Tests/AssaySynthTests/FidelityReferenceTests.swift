import AssayCore
import Foundation
import Testing

@testable import AssaySynth

/// The report's figures equal a reference computed by pandas, numpy and scipy
/// (`Scripts/reference.py`): KS and TV distances, both rank correlation matrices, each category
/// value's numbers' distances, exact copies and
/// the closest-record medians (on tables small enough that every row is used).
struct FidelityReferenceTests {
  @Test(arguments: [
    (
      "penguins", 600, ["category", "category", "number", "number", "number", "number", "category", "number"]
    ),
    ("seattle-weather", 900, ["time", "number", "number", "number", "number", "category"]),
  ])
  func reportMatchesTheReference(name: String, rows: Int, kinds: [String]) async throws {
    let real = try SynthFixtures.sample(name)
    let model = try SynthesisModel.fit(real)
    let synthetic = model.sample(rows: rows, seed: 21)
    let report = FidelityReport.compare(
      real: real, synthetic: synthetic, generated: model.generatedColumns, seed: 4)
    let folder = NSTemporaryDirectory() + "assay-synth-reference-\(getpid())-\(name)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try TableWriter.string(real, format: .csv).write(
      toFile: folder + "/real.csv", atomically: true, encoding: .utf8)
    try TableWriter.string(synthetic, format: .csv).write(
      toFile: folder + "/synthetic.csv", atomically: true, encoding: .utf8)
    let kindsByName = Dictionary(
      uniqueKeysWithValues: real.columns.map { column in
        (column.name, report.columns.first { $0.name == column.name }!.kind.rawValue)
      })
    try JSONSerialization.data(withJSONObject: kindsByName).write(
      to: URL(fileURLWithPath: folder + "/kinds.json"))
    #expect(report.columns.map(\.kind.rawValue) == kinds)
    let status = try await Self.runOffThePool(
      "reference.py",
      [folder + "/real.csv", folder + "/synthetic.csv", folder + "/kinds.json", folder + "/out.json"])
    #expect(status == 0)
    let reference = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out.json")))
        as? [String: Any])
    let distances = try #require(reference["distances"] as? [String: Double])
    for column in report.columns where column.kind != .generated {
      let expected = try #require(distances[column.name])
      #expect(
        abs((column.distance ?? -1) - expected) < 1e-12,
        "\(column.name): \(column.distance ?? -1) vs \(expected)")
    }
    #expect(report.correlationColumns == reference["columns"] as? [String])
    let realMatrix = try #require(reference["real"] as? [[Double]]).flatMap { $0 }
    let syntheticMatrix = try #require(reference["synthetic"] as? [[Double]]).flatMap { $0 }
    #expect(zip(report.realCorrelations, realMatrix).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(zip(report.syntheticCorrelations, syntheticMatrix).allSatisfy { abs($0 - $1) < 1e-9 })
    let values = try #require(reference["value_distances"] as? [String: [Double]])
    #expect(Set(report.valueDistances.map(\.column)) == Set(values.keys))
    for measured in report.valueDistances {
      let expected = try #require(values[measured.column])
      #expect(Double(measured.values) == expected[0], "\(measured.column)")
      #expect(
        abs(measured.meanDistance - expected[1]) < 1e-12, "\(measured.column): \(measured.meanDistance)")
    }
    #expect(report.exactCopies == reference["exact_copies"] as? Int)
    let closest = try #require(report.closestRecord)
    #expect(closest.syntheticRows == rows && closest.referenceRows == real.rowCount)
    // The reference uses every row: the medians agree where no row is sampled.
    guard real.rowCount <= ClosestRecordDistance.queryLimit else { return }
    #expect(abs(closest.syntheticMedian - (reference["dcr_synthetic"] as? Double ?? -1)) < 1e-9)
    #expect(abs(closest.realMedian - (reference["dcr_real"] as? Double ?? -1)) < 1e-9)
  }

  /// Runs `python3 Scripts/script arguments...` on a thread of its own; returns its exit status.
  static func runOffThePool(_ script: String, _ arguments: [String]) async throws -> Int32 {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Scripts"
    return try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(
          with: Result {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", folder + "/" + script] + arguments
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
          })
      }
    }
  }
}
