import AssayCSV
import AssayCore
import Foundation
import Testing

@testable import AssayJSON

/// The registry picks the JSON loader by name or by the `format` option, and loads grow as rows
/// arrive.
@Suite struct LoaderTests {
  let registry = LoaderRegistry(loaders: [CSVLoader(), JSONLoader(), FolderLoader()])

  @Test func jsonNamesGoToTheJSONLoader() async throws {
    let folder = NSTemporaryDirectory() + "assay-json-loader-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["a.json", "a.JSONL", "a.ndjson", "a.jsonl.gz", "a.json.gz"] {
      try Data("{\"a\": 1}\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
      #expect(try registry.loader(for: SourceLocator(folder + "/" + name)).declaration.name == "JSON/JSONL")
    }
    try Data("{\"a\": 1}\n".utf8).write(to: URL(fileURLWithPath: folder + "/noname"))
    guard
      case .table(let source) = try registry.open(
        folder + "/noname", options: SourceOptions(named: ["format": "jsonl"]))
    else { return #expect(Bool(false)) }
    #expect(try await source.loadAll().columnNames == ["a"])
    #expect(throws: AssayError.self) {
      try registry.open(folder + "/noname", options: SourceOptions(named: ["format": "yaml"]))
    }
  }

  @Test func aLoadGrowsEndsFinishedAndStopsWhenLeft() async throws {
    let rows = (0..<200_000).map { "{\"id\": \($0), \"name\": \"row \($0)\", \"x\": \(Double($0) / 8)}\n" }
    let path = NSTemporaryDirectory() + "assay-json-grow-\(UUID().uuidString).jsonl"
    try Data(rows.joined().utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var updates: [LoadUpdate] = []
    for try await update in try JSONSource(locator: path, format: .lines).load() { updates.append(update) }
    let last = try #require(updates.last)
    #expect(last.progress.finished && last.table.rowCount == 200_000)
    #expect(updates.dropLast().allSatisfy { !$0.progress.finished })
    #expect(updates.count >= 2 && updates[0].table.rowCount < 200_000)
    #expect(last.table.columns.map(\.type) == [.int, .string, .double])
    var first: LoadUpdate?
    for try await update in try JSONSource(locator: path, format: .lines).load() {
      first = update
      break  // as Ctrl-C does: the load stops, what arrived stays
    }
    #expect(first.map { $0.table.rowCount > 0 && !$0.progress.finished } == true)
  }
}
