import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Opening sources: fast, one-line errors for what cannot be read; gzip, stdin and snapshots.
struct LoaderTests {
  @Test func fileTruncatedUnderItsMappingIsAnErrorNotASignal() throws {
    let path = NSTemporaryDirectory() + "assay-shrinking-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(repeating: UInt8(ascii: "1"), count: 4 * Int(getpagesize())).write(
      to: URL(fileURLWithPath: path))
    let file = try MappedFile(path: path, name: "shrinking.csv")
    #expect(truncate(path, 0) == 0)
    let error = #expect(throws: AssayError.self) { try file.reading { file.base[file.count - 1] } }
    #expect(error?.message == "shrinking.csv: the file changed while it was read (it was truncated)")
  }

  @Test func missingFile() throws {
    #expect(throws: AssayError(message: "nope.csv: no such file", hint: "check the path")) {
      try CSVLoader().open("nope.csv", options: SourceOptions())
    }
  }

  @Test func directory() throws {
    let error = #expect(throws: AssayError.self) {
      try CSVLoader().open(NSTemporaryDirectory(), options: .init())
    }
    #expect(error?.message == "\(NSTemporaryDirectory()): is a directory")
  }

  @Test func binaryFile() throws {
    let path = try TableText.temporaryFile(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], suffix: ".png")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: AssayError.self) { try CSVLoader().open(path, options: .init()) }
    #expect(
      error?.description == "not a text file: \(path) is a PNG image — Assay reads CSV and TSV text"
    )
  }

  @Test func registryPicksCSVForItsNames() throws {
    let registry = LoaderRegistry(loaders: [CSVLoader()])
    for locator in ["-", "missing.csv", "x.tsv.gz"] {
      #expect(try registry.loader(for: SourceLocator(locator)).declaration.name == "CSV/TSV")
    }
    for locator in ["missing.parquet", "postgres://host/db"] {
      #expect(throws: AssayError.self) { try registry.loader(for: SourceLocator(locator)) }
    }
  }

  @Test func delimiterAndHeaderAreOptions() async throws {
    let path = try TableText.temporaryFile(Array("1;2\n3;4\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let registry = LoaderRegistry(loaders: [CSVLoader()])
    guard
      case .table(let source) = try registry.open(
        path, options: SourceOptions(named: ["delimiter": ";", "header": "no"]))
    else { Issue.record("a CSV file opens as a table"); return }
    let table = try await source.loadAll()
    #expect(table.columnNames == ["column1", "column2"] && table.rowCount == 2)
    #expect(throws: AssayError.self) {
      try registry.open(path, options: SourceOptions(named: ["header": "maybe"]))
    }
  }

  @Test func gzipReadsLikePlain() throws {
    let text = "a,b\n" + (0..<5000).map { "\($0),\"v \($0)\"\n" }.joined()
    let plain = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-k", "-f", plain]
    try gzip.run()
    gzip.waitUntilExit()
    defer { try? FileManager.default.removeItem(atPath: plain + ".gz") }
    let fromGzip = try CSVReader.read(path: plain + ".gz")
    let fromPlain = try CSVReader.read(path: plain)
    #expect(fromGzip.rowCount == 5000)
    #expect(TableText.cells(fromGzip) == TableText.cells(fromPlain))
  }

  @Test func gzipMembersInARowReadAsOne() throws {
    let bytes = try Self.gzipped("a,b\n1,x\n") + Self.gzipped("2,y\n3,z\n")
    let path = try TableText.temporaryFile(bytes, suffix: ".csv.gz")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = try CSVReader.read(path: path)
    #expect(
      TableText.cells(table) == [
        [.int(1), .string("x")], [.int(2), .string("y")], [.int(3), .string("z")],
      ])
  }

  @Test func truncatedGzipIsAnError() throws {
    let whole = try Self.gzipped("a,b\n" + (0..<50_000).map { "\($0),v\($0 * 7919 % 10007)\n" }.joined())
    let path = try TableText.temporaryFile(Array(whole.prefix(whole.count / 2)), suffix: ".csv.gz")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect {
      try CSVReader.read(path: path)
    } throws: { error in
      "\(error)".contains("cannot decompress")
    }
  }

  @Test func zlibAlsoRefusesATruncatedGzip() throws {
    let whole = try Self.gzipped("a,b\n" + (0..<50_000).map { "\($0),v\($0 * 7919 % 10007)\n" }.joined())
    let path = try TableText.temporaryFile(Array(whole.prefix(whole.count / 2)), suffix: ".csv.gz")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let stream = try GzipStream(path: path, name: "half.csv.gz")
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
    defer { buffer.deallocate() }
    #expect {
      while try stream.read(into: buffer, capacity: 1 << 16) > 0 {}
    } throws: { error in
      "\(error)".contains("cannot decompress")
    }
  }

  /// `text` compressed by the gzip tool.
  static func gzipped(_ text: String) throws -> [UInt8] {
    let plain = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let gzip = Process()
    let output = Pipe()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-c", plain]
    gzip.standardOutput = output
    try gzip.run()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    gzip.waitUntilExit()
    return Array(bytes)
  }

  @Test func streamedInputGivesTheSameTable() throws {
    let text = "id,text,x\n" + (0..<3000).map { "\($0),\"multi\nline \($0)\",\(Double($0) / 4)\n" }.joined()
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    let bytes = Data(text.utf8)
    Thread.detachNewThread {
      for start in stride(from: 0, to: bytes.count, by: 777) {
        writer.write(bytes[start..<min(bytes.count, start + 777)])
      }
      try? writer.close()
    }
    let load = StreamLoad(
      stream: DescriptorStream(descriptor: pipe.fileHandleForReading.fileDescriptor, name: "-"), name: "-",
      options: SourceOptions(), chunkSize: 1000, control: LoadControl())
    let streamed = try load.run()
    let whole = try TableText.read(text)
    #expect(streamed.columns.map(\.type) == [.int, .string, .double])
    #expect(TableText.cells(streamed) == TableText.cells(whole))
  }

  @Test func loadYieldsGrowingSnapshotsEndingFinished() async throws {
    let text = "id,x\n" + (0..<200_000).map { "\($0),\($0 % 7).5\n" }.joined()
    let path = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let source = try CSVLoader().open(path, options: SourceOptions())
    var updates: [LoadProgress] = []
    var last: Table?
    for try await update in source.load() {
      updates.append(update.progress)
      last = update.table
    }
    #expect(updates.count >= 2)
    #expect(updates.first?.finished == false)
    #expect(updates.last?.finished == true)
    #expect(updates.last?.bytesRead == text.utf8.count)
    #expect(updates.last?.totalBytes == text.utf8.count)
    #expect(zip(updates, updates.dropFirst()).allSatisfy { $0.rows <= $1.rows })
    #expect(last?.rowCount == 200_000)
    #expect(last?.columns[1][199_999] == .double(2.5))
  }

  @Test func cancelledLoadStopsAfterTheFirstChunk() throws {
    let text = "id,x\n" + (0..<300_000).map { "\($0),\($0 % 7).5\n" }.joined()
    let path = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    for parallel in [true, false] {
      let control = LoadControl()
      control.cancel()
      #expect(throws: CancellationError.self) {
        try CSVSource(locator: path).run(control: control, parallel: parallel)
      }
    }
  }

  @Test func breakingOutOfTheStreamKeepsTheLastSnapshot() async throws {
    let text = "id,x\n" + (0..<300_000).map { "\($0),\($0 % 7).5\n" }.joined()
    let path = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let source = try CSVLoader().open(path, options: SourceOptions())
    var kept: Table?
    for try await update in source.load() {
      kept = update.table
      break
    }
    let rows = try #require(kept?.rowCount)
    #expect(rows > 0 && rows < 300_000)
  }
}
