import AssayCore
import AssayOffice
import AssayParquet
import AssayUI
import Foundation

/// `--batch`: loads the source, plays a command log on it headless, and writes the resulting sheet.
struct BatchRun {
  /// Screen size the commands see (paging moves by its height).
  static let size = Size(width: 120, height: 40)

  var source: SourceArguments
  var replay: String?
  var output: String?
  /// The compression of a Parquet output's pages.
  var compression: ParquetWriter.Compression = .snappy

  /// With `ASSAY_TIMINGS=1`, the load and every command (and the frame drawn after it) are timed on stderr.
  static let showsTimings = ProcessInfo.processInfo.environment["ASSAY_TIMINGS"] == "1"

  func run() async throws {
    let destination = try TableDestination(path: output, compression: compression)
    let started = ContinuousClock.now
    var state = try await firstState()
    Self.report("load", since: started)
    var effects: [Effect] = []
    if let replay {
      let text: String
      do {
        text = try String(contentsOfFile: replay, encoding: .utf8)
      } catch {
        throw AssayError(message: "\(replay): cannot read the command log", hint: "check the path")
      }
      let commands = try CommandLog.parse(text, source: replay)
      for command in commands {
        let commandStarted = ContinuousClock.now
        let commandEffects = try CommandLog.replay([command], on: &state, source: replay)
        for case .startLoad(let request) in commandEffects {
          await request.runNow(on: &state)
          if case .failed(let message) = state.load.phase {
            throw AssayError(
              message: "\(command.command.id): \(message)",
              location: SourceLocation(source: replay, line: command.line))
          }
        }
        effects += commandEffects
        let frameStarted = ContinuousClock.now
        _ = view(state: state, size: Self.size)
        Self.report(command.command.id, since: commandStarted, frameSince: frameStarted)
        if effects.contains(.quit) { break }
      }
    }
    for case .export(let request) in effects { try TableDestination.perform(request) }
    try destination.write(state.sheet.table)
  }

  /// The state before the first command: the loaded table, or a collection's listing. Without a
  /// command log, a workbook of one visible sheet is that sheet, as the commands that read one
  /// table take it; a log plays on the listing, where the table view that recorded it started.
  private func firstState() async throws -> AppState {
    var opened = try source.openAny()
    if replay == nil, case .collection(let workbook as WorkbookSource) = opened,
      let sheet = try workbook.onlySheet(options: source.sourceOptions())
    {
      opened = .table(sheet)
    }
    if case .table(let table) = opened {
      return AppState(
        table: try await SourceArguments.load(table, filter: source.filter).table, size: Self.size)
    }
    let (sheet, request) = Listing.firstSheet(for: opened, windowed: false)
    var state = AppState(sheet: sheet, size: Self.size)
    state.holdsWindows = false
    await request.runNow(on: &state)
    if case .failed(let message) = state.load.phase { throw AssayError(message: message) }
    return state
  }

  /// Prints how long a step took, and the frame after it, when timings are on.
  static func report(
    _ step: String, since start: ContinuousClock.Instant, frameSince frame: ContinuousClock.Instant? = nil
  ) {
    guard showsTimings else { return }
    let now = ContinuousClock.now
    func milliseconds(_ duration: Duration) -> String {
      let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
      return NumberFormatting.decimals(ms, 1) + " ms"
    }
    var line = "\(step): \(milliseconds((frame ?? now) - start))"
    if let frame { line += " (frame \(milliseconds(now - frame)))" }
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
