import AssayAdvisor
import AssayCore

/// The table screen's command that recommends storage for the sheet's table.
enum RecommendCommands {
  /// Profiles the sheet on screen and shows the storage recommendation.
  static let opening: [Command] = [
    Command(id: "recommend-storage", help: "recommend where this table should be stored (from its profile)") {
      recommend(&$0)
    }
  ]

  private static func recommend(_ state: inout AppState) -> [Effect] {
    let sheet = state.sheet
    let bytes = state.sheets.count == 1 ? state.load.progress?.totalBytes : nil
    return [
      .startJob(
        Job(title: "profiling \(sheet.storedTable.name)") { monitor in
          let table = try sheet.table(monitor: monitor)
          let screen = try RecommendationReport.screen(for: table, bytes: bytes)
          return { $0.push(screen) }
        })
    ]
  }
}

/// The storage recommendation for a table, as a report screen.
public enum RecommendationReport {
  /// Profiles `table` (its source holds `bytes` when known), infers the answers the profile tells,
  /// and writes the advisor's report; inferred answers say so and what they rest on.
  /// - Throws: `AssayError` when the shipped rules cannot be read.
  public static func screen(for table: Table, bytes: Int?, book: RuleBook? = nil) throws -> ReportScreen {
    let book = try book ?? RuleBook.bundled()
    let profile = DataProfile.table(TableProfiler.profile(table, bytes: bytes))
    let answers = Answers(ProfileInference.answers(from: profile, book: book))
    let report = AdvisorReport(
      book: book, recommendation: Advisor(book: book).recommend(answers), profile: profile)
    return ReportScreen(title: "storage for \(table.name)", text: report.text())
  }
}
