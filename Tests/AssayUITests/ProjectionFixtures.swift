import AssayCore
import Foundation

@testable import AssayUI

/// Tables and helpers for the projection screen tests.
enum ProjectionFixtures {
  /// sampledata/iris.csv: four double columns and the species.
  static let iris: Table = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../sampledata/iris.csv").path
    let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(
      whereSeparator: \.isNewline)
    let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
    let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
    let columns = header.indices.map { c in
      c == header.count - 1
        ? Column(name: header[c], type: .string, values: rows.map { .string($0[c]) })
        : Column(name: header[c], type: .double, values: rows.map { .double(Double($0[c]) ?? .nan) })
    }
    return Table(name: "iris.csv", columns: columns)
  }()

  /// A state showing iris at a size.
  static func state(width: Int = 80, height: Int = 24) -> AppState {
    AppState(table: iris, size: Size(width: width, height: height))
  }

  /// The projection on top of the state; nil when the top is something else.
  static func projection(_ state: AppState) -> ProjectionScreen? {
    state.screen as? ProjectionScreen
  }

  /// The job among `effects`, if any.
  static func job(in effects: [Effect]) -> Job? {
    for effect in effects {
      if case .startJob(let job) = effect { return job }
    }
    return nil
  }

  /// A table of named double columns (nil: an empty cell) and a text column `kind`.
  static func table(_ columns: [(String, [Double?])], kinds: [String]) -> Table {
    Table(
      name: "small",
      columns: columns.map { name, values in
        Column(name: name, type: .double, values: values.map { $0.map(Value.double) ?? .null })
      } + [Column(name: "kind", type: .string, values: kinds.map(Value.string))])
  }
}
