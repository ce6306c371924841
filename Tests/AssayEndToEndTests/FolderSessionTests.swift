import Foundation
import Testing

@Suite("browsing a folder in a real terminal: entries open as sheets", .serialized) struct FolderSessionTests
{
  /// A folder holding `big.csv.gz` (20M rows, slow to load), `notes.txt`, and `sub/` with the iris
  /// sample as `sales.csv`; removed by the caller.
  static func makeTree() throws -> String {
    let root = NSTemporaryDirectory() + "assay-folder-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: AssayProcess.packageRoot + "/sampledata/iris.csv", toPath: root + "/sub/sales.csv")
    try "a note\n".write(toFile: root + "/notes.txt", atomically: true, encoding: .utf8)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
    gzip.arguments = [
      "-c", "(echo id,x,label; yes 7,1.5,label | head -n 20000000) | gzip -1 > '\(root)/big.csv.gz'",
    ]
    try gzip.run()
    gzip.waitUntilExit()
    return root
  }

  @Test func enterOpensASubfolderThenATableAndQGoesBackToTheCursorWhereItWas() throws {
    let root = try Self.makeTree()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    try tmux.typeLine("cd '\(root)' && '\(AssayProcess.binary)' ./; echo \"exit=$?\"")
    let listing = try tmux.waitForScreen { $0.contains { $0.contains("row 1/3") } }
    #expect(listing[0].hasPrefix("name "), "\(listing)")
    #expect(listing[1].hasPrefix("big.csv.gz table"), "entries by name: \(listing)")
    #expect(listing[2].hasPrefix("notes.txt  document"), "\(listing)")
    #expect(listing[3].hasPrefix("sub        folder"), "\(listing)")

    try tmux.press("G", "Enter")
    let sub = try tmux.waitForScreen { $0.contains { $0.hasPrefix(". › sub  row 1/1") } }
    #expect(sub[1].hasPrefix("sales.csv table 4009"), "\(sub)")

    try tmux.press("Enter")
    let table = try tmux.waitForScreen { $0.contains { $0.contains("row 1/150") } }
    #expect(table[0].hasPrefix("sepal_length sepal_width"), "\(table)")
    #expect(table[11].hasPrefix(". › sub › sales.csv  row 1/150  sepal_length (double)"), "\(table)")

    try tmux.press("q", "q")
    let back = try tmux.waitForScreen { $0.contains { $0.hasPrefix(".  row 3/3") } }
    #expect(back[3].hasPrefix("sub "), "back at the listing, the cursor on sub: \(back)")
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }

  @Test func ctrlCDuringALargeEntryLoadKeepsItsRowsAndTheListingUsable() throws {
    let root = try Self.makeTree()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    try tmux.typeLine("cd '\(root)' && '\(AssayProcess.binary)' ./; echo \"exit=$?\"")
    try tmux.waitForScreen { $0.contains { $0.contains("row 1/3") } }

    try tmux.press("Enter")
    let loading = try tmux.waitForScreen {
      $0.contains { $0.contains(" rows ") && $0.contains("big.csv.gz") }
    }
    #expect(loading[0].hasPrefix("id   x label"), "the first rows show while the rest loads: \(loading)")
    try tmux.press("C-c")
    let stopped = try tmux.waitForScreen { $0.contains { $0.contains("load stopped at") } }
    #expect(stopped[11].hasPrefix(". › big.csv.gz  row 1/"), "\(stopped)")

    try tmux.press("q", "G", "Enter")
    let sub = try tmux.waitForScreen { $0.contains { $0.hasPrefix(". › sub  row 1/1") } }
    #expect(sub[1].hasPrefix("sales.csv table"), "the listing still opens entries: \(sub)")
    try tmux.press("q", "q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }
}
