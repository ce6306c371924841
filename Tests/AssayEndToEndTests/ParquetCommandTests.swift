import Foundation
import Testing

/// Parquet with the built binary: a written file reads back as its source, a folder of files reads
/// as one table, and a damaged file is one line.
struct ParquetCommandTests {
  @Test func writtenParquetDescribesAsItsSourceAndAFolderReadsAsOneTable() throws {
    let folder = NSTemporaryDirectory() + "assay-parquet-cli-\(getpid())"
    try FileManager.default.createDirectory(
      atPath: folder + "/lake/year=2024", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, compression) in [("p", "snappy"), ("z", "zstd")] {
      let written = try AssayProcess.run(
        [
          "--batch", "sampledata/penguins.csv", "-o", "\(folder)/\(name).parquet", "--compression",
          compression,
        ])
      #expect(written.status == 0, "\(written.stderr)")
      let back = try AssayProcess.run(["describe", "\(folder)/\(name).parquet"])
      #expect(
        withoutNullTexts(back.stdout)
          == withoutNullTexts(try AssayProcess.run(["describe", "sampledata/penguins.csv"]).stdout),
        "\(back.stderr)")
    }
    try FileManager.default.copyItem(
      atPath: folder + "/p.parquet", toPath: folder + "/lake/year=2024/a.parquet")
    try FileManager.default.copyItem(
      atPath: folder + "/z.parquet", toPath: folder + "/lake/year=2024/b.parquet")
    let lake = try AssayProcess.run(["schema", folder + "/lake"])
    #expect(
      lake.status == 0 && lake.stdout.hasPrefix("\(folder)/lake: 688 rows, 9 columns"), "\(lake.stderr)")
    #expect(lake.stdout.contains("  year ") && lake.stdout.contains("int"))
    let listed = try AssayProcess.run(["ls", folder + "/lake", "--recursive", "--format", "csv"])
    #expect(listed.status == 0 && listed.stdout.contains("year=2024/a.parquet"), "\(listed.stderr)")
  }

  @Test func aDamagedFileIsOneLine() throws {
    let folder = NSTemporaryDirectory() + "assay-parquet-bad-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try AssayProcess.run(["--batch", "sampledata/iris.csv", "-o", folder + "/good.parquet"])
    let good = try Data(contentsOf: URL(fileURLWithPath: folder + "/good.parquet"))
    try good.prefix(good.count - 20).write(to: URL(fileURLWithPath: folder + "/cut.parquet"))
    let cut = try AssayProcess.run(["describe", folder + "/cut.parquet"])
    #expect(cut.status == 1)
    #expect(
      cut.stderr
        == "assay: \(folder)/cut.parquet: not a readable Parquet file: it does not end with PAR1 (the file may be cut short) — the file may be truncated or damaged; write it again\n"
    )
  }

  @Test func schemaAnswersFromTheFooterWithoutReadingAPage() throws {
    let folder = NSTemporaryDirectory() + "assay-parquet-schema-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try AssayProcess.run(["--batch", "sampledata/penguins.csv", "-o", folder + "/p.parquet"])
    // Every byte between the leading magic and the footer is overwritten: only the footer is left.
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/p.parquet")))
    let footerLength = Int(bytes[bytes.count - 8]) | Int(bytes[bytes.count - 7]) << 8
    for k in 4..<(bytes.count - 8 - footerLength) { bytes[k] = 0xA5 }
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/pages-gone.parquet"))
    let schema = try AssayProcess.run(["schema", "pages-gone.parquet"], directory: folder)
    let expected = try AssayProcess.run(["schema", "sampledata/penguins.csv"]).stdout
    #expect(schema.status == 0, "\(schema.stderr)")
    #expect(
      schema.stdout
        == expected.replacingOccurrences(of: "sampledata/penguins.csv", with: "pages-gone.parquet"))
    let readAll = try AssayProcess.run(["schema", "pages-gone.parquet", "--read-all"], directory: folder)
    #expect(
      readAll.status == 1 && readAll.stderr.hasPrefix("assay: pages-gone.parquet: "), "\(readAll.stderr)")
    let describe = try AssayProcess.run(["describe", "pages-gone.parquet"], directory: folder)
    #expect(
      describe.status == 1 && describe.stderr.hasPrefix("assay: pages-gone.parquet: "), "\(describe.stderr)")
  }

  @Test func aParquetFileBrowsesAndSavesAsParquet() throws {
    let folder = NSTemporaryDirectory() + "assay-parquet-tui-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try AssayProcess.run(["--batch", "sampledata/penguins.csv", "-o", folder + "/p.parquet"])
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    try tmux.typeLine("cd '\(folder)' && '\(AssayProcess.binary)' p.parquet; echo \"exit=$?\"")
    let screen = try tmux.waitForScreen { $0.contains { $0.contains("row 1/344") } }
    #expect(screen[0].hasPrefix("species"), "\(screen)")
    #expect(screen[1].hasPrefix("Adelie"), "\(screen)")
    try tmux.press("C-s")
    try tmux.typeLine("copy.parquet")
    let saved = try tmux.waitForScreen { $0.contains { $0.contains("wrote 344 rows to copy.parquet") } }
    #expect(saved.contains { $0.contains("wrote 344 rows to copy.parquet") }, "\(saved)")
    try tmux.press("q")
    let ended = try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
    #expect(ended.contains { $0.contains("exit=0") }, "\(ended)")
    let copy = try AssayProcess.run(["describe", folder + "/copy.parquet"])
    #expect(
      withoutNullTexts(copy.stdout)
        == withoutNullTexts(try AssayProcess.run(["describe", "sampledata/penguins.csv"]).stdout))
  }
}
