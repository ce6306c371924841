import Foundation
import Testing

/// `assay --batch` on a workbook writes what a command that reads one table reads of it.
struct BatchExportTests {
  /// The binary under test: `ASSAY_BIN`, else the debug build.
  private static let binary =
    ProcessInfo.processInfo.environment["ASSAY_BIN"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/assay").path

  /// What `assay --batch WORKBOOK -o FILE.csv` writes to the file.
  private func exported(_ workbook: String) throws -> String {
    let output = NSTemporaryDirectory() + "assay-batch-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = ["--batch", WorkbookFixtures.path(workbook), "-o", output]
    try process.run()
    process.waitUntilExit()
    return try String(contentsOfFile: output, encoding: .utf8)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func aWorkbookOfOneSheetExportsTheSheet() throws {
    #expect(try exported("single.xlsx") == "name,score\nada,36\n")
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func aWorkbookOfSeveralSheetsExportsTheirListing() throws {
    let listing = try exported("corpus.xlsx").split(separator: "\n")
    #expect(listing.first?.hasPrefix("name,kind,") == true)
    #expect(
      listing.dropFirst().map { $0.prefix { $0 != "," } } == [
        "Sales", "Merged", "Empty", "NoHeader", "Offset", "Rich",
      ])
  }
}
