import ArgumentParser
import AssayCore
import AssayGrid
import Foundation

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// Where output goes and whether it is coloured, shared by commands that print.
struct OutputArguments: ParsableArguments, OutputSettings {
  @Option(
    name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output."
  )
  var output: String?

  @Option(help: "Colour: auto (when writing to a terminal and NO_COLOR is unset), always, or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Same as --color never.")
  var noColor = false

  /// The same settings as a plain value.
  var plain: PlainOutput { PlainOutput(output: output, color: color, noColor: noColor) }
}

/// Output settings as a plain value, made without the argument parser (whose property wrappers look
/// up protocol conformances as they are made: a cost at every start of a quick command).
struct PlainOutput: OutputSettings {
  /// The file to write (atomically) instead of standard output.
  var output: String?
  /// When to colour.
  var color = ColorChoice.auto
  /// Never colour.
  var noColor = false
}

/// Where output goes and whether it is coloured, and how it is written.
protocol OutputSettings {
  /// The file to write (atomically) instead of standard output.
  var output: String? { get }
  /// When to colour.
  var color: ColorChoice { get }
  /// Never colour, whatever `color` says.
  var noColor: Bool { get }
}

extension OutputSettings {
  /// True when ANSI colour should be written.
  var usesColor: Bool {
    if noColor { return false }
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      guard output == nil, isatty(STDOUT_FILENO) == 1 else { return false }
      let variable = getenv("NO_COLOR")  // set and not empty: no colour
      return variable == nil || variable?.pointee == 0
    }
  }

  /// The theme for printed output: the default one, or none when colour is off.
  var theme: Theme { usesColor ? .default : .monochrome }

  /// Writes text to the output file (atomically) or standard output.
  func emit(_ text: String) throws {
    try emit { write in try write(text) }
  }

  /// Streams pieces of text to the output file (atomically) or standard output.
  func emit(_ produce: ((String) throws -> Void) throws -> Void) throws {
    if let output {
      try AtomicFile.write(to: output, produce)
    } else {
      try produce(StandardOutput.write)
    }
  }

  /// Streams delimited data (CSV, TSV, JSON) like `emit`; on a terminal, control and bidirectional
  /// characters in it are shown as visible symbols (ESC → `␛`) rather than obeyed, while a file or
  /// pipe gets the data byte for byte.
  func emitData(_ produce: ((String) throws -> Void) throws -> Void) throws {
    guard output == nil && isatty(STDOUT_FILENO) == 1 else { return try emit(produce) }
    try produce { try StandardOutput.write(SafeText.visibleKeepingLayout($0)) }
  }

  /// Renders a grid as this output wants it: ANSI with colour, or plain lines without trailing spaces.
  func text(of grid: Grid) -> String {
    usesColor ? ANSIRenderer.render(grid, theme: theme) : grid.trimmedLines().joined(separator: "\n") + "\n"
  }
}
