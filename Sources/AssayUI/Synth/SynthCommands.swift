import AssayCore
import AssaySynth

/// The commands that make a sheet's synthetic twin and look at it.
enum SynthCommands {
  /// The seed every twin is drawn with, so the same sheet gives the same twin.
  static let seed: UInt64 = 1

  /// Fits a model of the sheet on screen (a job; refused, as `assay synth` refuses it, for fewer
  /// rows than a model learns from), draws as many rows from it, and shows them as a sheet with the
  /// twin screen above it. Ctrl-C stops the job between its steps (fit, draw, compare).
  static let opening: [Command] = [
    Command(
      id: "synthesize-sheet",
      help: "make a synthetic twin of this sheet (Gaussian copula) and compare it column by column"
    ) { state in
      let sheet = state.sheet
      return [
        .startJob(
          Job(title: "learning \(sheet.title)") { monitor in
            let real = try sheet.table(monitor: monitor)
            try SynthesisModel.checkTrainingRows(real.rowCount, source: sheet.title)
            let model = try SynthesisModel.fit(real)
            try monitor.checkStopped()
            let synthetic = model.sample(rows: real.rowCount, seed: seed)
            try monitor.checkStopped()
            let report = FidelityReport.compare(
              real: real, synthetic: synthetic, generated: model.generatedColumns, seed: seed)
            let title = "synthetic \(sheet.title)"
            let twin = TwinScreen(
              title: "twin of \(sheet.title)", real: real, synthetic: synthetic, report: report)
            return { state in
              state.push(Sheet(title: title, table: Table(name: title, columns: synthetic.columns)))
              var shown = twin
              _ = shown.refresh(size: state.size)
              state.push(shown)
            }
          })
      ]
    }
  ]

  /// The twin screen's own commands.
  static let all: [Command] = [
    moving("twin-next-column", "show the next column", by: 1),
    moving("twin-previous-column", "show the previous column", by: -1),
    Command(id: "twin-report", help: "open the whole fidelity and privacy report") { state in
      guard let twin = state.screen as? TwinScreen else { return [] }
      state.push(ReportScreen(title: "report", text: twin.report.text))
      return []
    },
  ]

  /// A command showing the column `offset` places on.
  private static func moving(_ id: String, _ help: String, by offset: Int) -> Command {
    Command(id: id, help: help) { state in
      guard var twin = state.screen as? TwinScreen else { return [] }
      twin.moveColumn(by: offset)
      state.screen = twin
      return []
    }
  }
}
