import Foundation
import Testing

@Suite("browsing a workbook in a real terminal: sheets open as tables", .serialized)
struct WorkbookSessionTests {
  @Test func enterOpensASheetAndQGoesBackToTheSheets() throws {
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    try tmux.typeLine("cd '\(Workbooks.folder)' && '\(AssayProcess.binary)' corpus.xlsx; echo \"exit=$?\"")
    let listing = try tmux.waitForScreen { $0.contains { $0.contains("row 1/6") } }
    #expect(listing[0].hasPrefix("name "), "\(listing)")
    #expect(listing[1].hasPrefix("Sales    table"), "sheets in tab order: \(listing)")
    #expect(listing[2].hasPrefix("Merged   table"), "\(listing)")

    try tmux.press("Enter")
    let sales = try tmux.waitForScreen { $0.contains { $0.contains("corpus.xlsx › Sales  row 1/6") } }
    #expect(sales[0].hasPrefix("id product"), "\(sales)")

    try tmux.press("q", "j", "Enter")
    let merged = try tmux.waitForScreen { $0.contains { $0.contains("corpus.xlsx › Merged  row 1/2") } }
    #expect(merged[0].hasPrefix("Region Region_2 Total Total_2 Note"), "\(merged)")
    try tmux.press("q", "q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }
}
