import AssayCore
import AssayUI
import Foundation

/// `--batch`: loads the source, plays a command log on it headless, and writes the resulting sheet.
struct BatchRun {
  /// Screen size the commands see (paging moves by its height).
  static let size = Size(width: 120, height: 40)

  var source: SourceArguments
  var replay: String?
  var output: String?

  func run() async throws {
    let table = try await source.loadTable()
    var state = AppState(table: table, size: Self.size)
    var effects: [Effect] = []
    if let replay {
      let text: String
      do {
        text = try String(contentsOfFile: replay, encoding: .utf8)
      } catch {
        throw AssayError(message: "\(replay): cannot read the command log", hint: "check the path")
      }
      let commands = try CommandLog.parse(text, source: replay)
      effects = try CommandLog.replay(commands, on: &state, source: replay)
    }
    for case .export(let request) in effects { _ = try request.perform() }
    let result = state.sheet.table
    guard let output else {
      TableWriter.write(result, format: .csv) { FileHandle.standardOutput.write(Data($0.utf8)) }
      return
    }
    guard let format = ExportRequest.format(forPath: output) else {
      throw AssayError(message: "\(output): name the file .csv, .tsv, .json or .jsonl to choose the format")
    }
    _ = try ExportRequest(table: result, path: output, format: format).perform()
  }
}
