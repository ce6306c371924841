import Foundation
import Testing

@Suite("assay ls") struct LsCommandTests {
  /// A temporary tree of nested folders holding `count` files of mixed kinds, hidden ones, a link
  /// loop, a broken link, a link to a folder above, an unreadable file and folder, and a FIFO.
  func makeTree(files count: Int) throws -> String {
    let root = NSTemporaryDirectory() + "assay-ls-\(getpid())-\(UUID().uuidString)"
    let manager = FileManager.default
    let extensions = ["csv", "json", "log", "png", "mp3", "mp4", "pdf", "zip", "db", "bin", "csv.gz"]
    for index in 0..<count {
      let folder = root + "/d\(index % 7)/e\(index % 3)" + (index % 5 == 0 ? "/.hidden" : "")
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let name = (index % 11 == 0 ? "." : "") + "f\(index).\(extensions[index % extensions.count])"
      try Data(repeating: UInt8(index % 200), count: index * 37 % 5000).write(
        to: URL(fileURLWithPath: folder + "/" + name))
    }
    try manager.createSymbolicLink(atPath: root + "/loop1", withDestinationPath: "loop2")
    try manager.createSymbolicLink(atPath: root + "/loop2", withDestinationPath: "loop1")
    try manager.createSymbolicLink(atPath: root + "/d1/broken", withDestinationPath: "nowhere")
    try manager.createSymbolicLink(atPath: root + "/d2/up", withDestinationPath: "..")
    try Data("secret".utf8).write(to: URL(fileURLWithPath: root + "/locked.csv"))
    chmod(root + "/locked.csv", 0)
    try manager.createDirectory(atPath: root + "/closed", withIntermediateDirectories: true)
    try Data("inside".utf8).write(to: URL(fileURLWithPath: root + "/closed/inside.txt"))
    chmod(root + "/closed", 0)
    #expect(mkfifo(root + "/d3/pipe", 0o644) == 0)
    return root
  }

  /// Restores permissions so the tree can be removed.
  func remove(_ root: String) {
    chmod(root + "/closed", 0o755)
    try? FileManager.default.removeItem(atPath: root)
  }

  /// What `find` prints for the tree, one line per match.
  func find(_ arguments: [String]) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/find")
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func recursiveTotalsAgreeWithFindAndNothingHangs() throws {
    let root = try makeTree(files: 300)
    defer { remove(root) }
    let started = Date()
    let result = try AssayProcess.run(["ls", root, "--recursive", "--all", "--format", "json"])
    #expect(Date().timeIntervalSince(started) < 20, "returns promptly, FIFO and loops included")
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Any])
    let entries = try #require(json["entries"] as? [[String: Any]])
    let sizes = try find([root, "-type", "f", "-printf", "%s\n"]).compactMap { Int($0) }
    #expect(summary["files"] as? Int == sizes.count)
    #expect(summary["bytes"] as? Int == sizes.reduce(0, +))
    let folders = try find([root, "-mindepth", "1", "-type", "d"])
    #expect(summary["folders"] as? Int == folders.count || summary["folders"] as? Int == folders.count - 1)
    let all = try find([root, "-mindepth", "1"])
    #expect(entries.count == all.count, "every entry listed once, unreadable ones too")
    func kind(_ name: String) -> String? {
      entries.first { $0["name"] as? String == name }?["kind"] as? String
    }
    #expect(kind("loop1") == "link-loop")
    #expect(kind("d1/broken") == "broken-link")
    #expect(kind("d2/up") == "folder")
    #expect(kind("d3/pipe") == "fifo")
    #expect(["table", "unreadable"].contains(kind("locked.csv")))
    #expect(["folder", "unreadable"].contains(kind("closed")))
    let special = try #require(summary["special"] as? [String: Int])
    #expect(special["link-loop"] == 2 && special["fifo"] == 1 && special["broken-link"] == 1)
    let groups = try #require(summary["groups"] as? [String: [String: Int]])
    #expect(groups.values.map { $0["files"] ?? 0 }.reduce(0, +) == sizes.count)
  }

  @Test func textListingWithSummaryAndHiddenFilesOnlyOnRequest() throws {
    let root = try makeTree(files: 30)
    defer { remove(root) }
    let top = try AssayProcess.run(["ls", root])
    #expect(top.status == 0)
    #expect(top.stdout.hasPrefix("name "))
    #expect(top.stdout.contains("structured (table, json, database): "))
    #expect(!top.stdout.contains(".hidden"))
    let summary = try AssayProcess.run(["ls", root, "-r", "--summary", "--format", "csv"])
    #expect(summary.stdout.hasPrefix("group,kind,files,bytes\n"))
    let csv = try AssayProcess.run(["ls", root, "-r", "-a", "--format", "csv"])
    #expect(csv.stdout.contains("/.hidden/"))
  }

  @Test func aFolderWhereATableIsNeededIsOneClearLine() throws {
    let result = try AssayProcess.run(["describe", "sampledata"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "assay: sampledata: a folder, not a table — list it with assay ls sampledata, or name a file in it\n"
    )
    let file = try AssayProcess.run(["ls", "sampledata/iris.csv"])
    #expect(file.status == 1 && file.stderr.contains("a file, not a folder"))
  }

  @Test func anAvroFileNamedCSVGetsNoLoaderMessage() throws {
    let path = try temporaryFile(named: "x.csv", bytes: Array("Obj".utf8) + [1, 0, 1, 2, 3])
    let result = try AssayProcess.run(["describe", path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "x.csv: an Avro file; this build reads: piped or gzipped CSV/TSV/JSON (-), CSV/TSV ("))
    #expect(result.stderr.contains("folders"))
  }

  @Test func aParquetFileNamedCSVIsReadAsParquet() throws {
    let path = try temporaryFile(named: "x.csv", bytes: Array("PAR1".utf8) + [0, 1, 2, 3])
    let result = try AssayProcess.run(["describe", path])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("x.csv: not a readable Parquet file: the file is 8 bytes, too short for Parquet")
    )
  }

  @Test func aFileWithSQLitesHeaderOpensAsADatabaseWhateverItsName() throws {
    let path = try temporaryFile(named: "x.csv", bytes: Array("SQLite format 3\0".utf8) + [0, 1, 2, 3])
    let result = try AssayProcess.run(["describe", path])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "assay: \(path): cannot open the SQLite database (file is not a database) — check the path\n")
  }

  @Test func loaderOptionsOnTheCommandLineAndInURLs() throws {
    let path = try temporaryFile(named: "semi.txt", bytes: Array("1;2\n3;4\n".utf8))
    let flag = try AssayProcess.run(["schema", path, "-O", "delimiter=;", "--option", "header=no"])
    #expect(flag.stdout.contains("2 rows, 2 columns"), "\(flag.stderr)")
    let url = try AssayProcess.run(["schema", "file://\(path)?delimiter=%3B&header=no"])
    #expect(url.stdout.contains("2 rows, 2 columns"), "\(url.stderr)")
    let unknown = try AssayProcess.run(["schema", path, "-O", "table=t"])
    #expect(
      unknown.stderr
        == "assay: \(path): unknown option 'table' for CSV/TSV — it takes delimiter, header, dayfirst, date-format, epoch, tz, "
        + "strict, comment, skip, header-row, quote, escape, decimal, null, encoding\n"
    )
  }
}
