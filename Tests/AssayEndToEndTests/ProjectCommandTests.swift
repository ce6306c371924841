import AssayTestSupport
import Foundation
import Testing

/// Runs `assay` from the package root on a dispatch thread, so that waiting for it leaves the
/// test runner's threads to other suites; output goes through files rather than pipes, so a
/// process started elsewhere meanwhile that inherits a descriptor cannot hold the wait open.
private func runAssay(_ arguments: [String], interruptAfter delay: Double? = nil) async throws
  -> AssayProcess.Result
{
  try await withCheckedThrowingContinuation { continuation in
    DispatchQueue.global().async {
      continuation.resume(with: Result { try runAssayWaiting(arguments, interruptAfter: delay) })
    }
  }
}

private func runAssayWaiting(_ arguments: [String], interruptAfter delay: Double?) throws
  -> AssayProcess.Result
{
  let folder = NSTemporaryDirectory() + "assay-run-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let outPath = folder + "/out", errPath = folder + "/err"
  for path in [outPath, errPath] {
    try #require(FileManager.default.createFile(atPath: path, contents: nil), "cannot create \(path)")
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: AssayProcess.binary)
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: AssayProcess.packageRoot)
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = nil
  process.environment = environment
  process.standardInput = FileHandle.nullDevice
  process.standardOutput = FileHandle(forWritingAtPath: outPath)
  process.standardError = FileHandle(forWritingAtPath: errPath)
  try process.run()
  if let delay {
    Thread.sleep(forTimeInterval: delay)
    process.interrupt()
  }
  process.waitUntilExit()
  return AssayProcess.Result(
    stdout: try String(contentsOfFile: outPath, encoding: .utf8),
    stderr: try String(contentsOfFile: errPath, encoding: .utf8), status: process.terminationStatus)
}

/// Serialized, with short t-SNE runs, to leave CPU to the other suites.
@Suite("assay project", .serialized) struct ProjectCommandTests {
  /// Runs a command that must succeed quietly and returns what it printed.
  private func succeeding(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation)
    async throws -> String
  {
    let result = try await runAssay(arguments)
    #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, sourceLocation: sourceLocation)
    return result.stdout
  }

  /// The printed lines, checked to be `height` lines no wider than `width`.
  private func expectFits(
    _ text: String, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == height, sourceLocation: sourceLocation)
    #expect(lines.allSatisfy { $0.count <= width }, sourceLocation: sourceLocation)
  }

  @Test(arguments: [(80, 24), (60, 16)])
  func pcaOfIrisByspecies(width: Int, height: Int) async throws {
    let text = try await succeeding([
      "project", "pca", "sampledata/iris.csv", "--color-by", "species", "--width", "\(width)", "--height",
      "\(height)",
    ])
    expectFits(text, width: width, height: height)
    #expect(text.contains("● setosa  ● versicolor  ● virginica"))
    #expect(text.contains("PC1 (73.0%)") && text.contains("PC2 (22.9%)"))
    assertGolden(text, named: "project-pca-iris-\(width)x\(height).txt")
  }

  @Test func pcaWithScreePrintsTheExplainedVarianceUnderTheChart() async throws {
    let text = try await succeeding([
      "project", "pca", "sampledata/iris.csv", "--color-by", "species", "--scree", "--width", "80",
      "--height",
      "20",
    ])
    #expect(text.contains("\nPC1           2.938  73.0%       73.0%  "))
    #expect(text.contains("\nPC4         0.02085   0.5%      100.0%  "))
    assertGolden(text, named: "project-pca-iris-scree.txt")
  }

  @Test func pcaWithoutStandardizingSaysSo() async throws {
    let text = try await succeeding([
      "project", "pca", "sampledata/iris.csv", "--no-standardize", "--columns",
      "sepal_length,sepal_width,petal_length,petal_width", "--width", "80", "--height", "24",
    ])
    #expect(text.contains("PCA of 4 columns, not standardised · 150 points"))
    #expect(text.contains("PC1 (92.5%)"))
  }

  @Test func tsneOfWineIsTheSameEveryRun() async throws {
    let arguments = [
      "project", "tsne", "sampledata/wine.csv", "--color-by", "cultivar", "--iterations", "500", "--width",
      "80", "--height", "24",
    ]
    let first = try await succeeding(arguments)
    let second = try await succeeding(arguments)
    #expect(first == second)
    expectFits(first, width: 80, height: 24)
    #expect(first.contains("● cultivar_1  ● cultivar_2  ● cultivar_3"))
    #expect(first.contains("t-SNE of 13 columns, standardised · perplexity 30, seed 0, KL "))
    assertGolden(first, named: "project-tsne-wine.txt")
  }

  @Test func coordinatesFileHoldsRowNumbersComponentsAndLabels() async throws {
    let folder = NSTemporaryDirectory() + "assay-project-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/coordinates.csv"
    let result = try await runAssay([
      "project", "pca", "sampledata/iris.csv", "--color-by", "species", "--components", "3",
      "--output-coordinates", path, "-o", folder + "/chart.txt",
    ])
    #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let lines = written.split(separator: "\n")
    #expect(lines.count == 151)
    #expect(lines.first == "row,pc1,pc2,pc3,species")
    #expect(lines[1].hasPrefix("1,-2.264702808807"))
    #expect(lines.last?.hasPrefix("150,") == true && lines.last?.hasSuffix(",virginica") == true)
    assertGolden(written, named: "project-pca-iris-coordinates.csv")
    let chart = try String(contentsOfFile: folder + "/chart.txt", encoding: .utf8)
    #expect(chart.contains("PCA of sampledata/iris.csv"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
        "chart.txt", "coordinates.csv",
      ])
  }

  @Test func sampledTsneSaysSoAndItsRowsPointBackAtTheSource() async throws {
    let path = NSTemporaryDirectory() + "assay-tsne-\(UUID().uuidString).csv"
    let text = try await succeeding([
      "project", "tsne", "sampledata/wine.csv", "--color-by", "cultivar", "--sample", "60", "--perplexity",
      "10",
      "--iterations", "300", "--output-coordinates", path, "--width", "90", "--height", "20",
    ])
    #expect(text.contains("sample of 60 of 178 points"))
    let wine = try String(contentsOfFile: AssayProcess.packageRoot + "/sampledata/wine.csv", encoding: .utf8)
    let wineLines = wine.split(whereSeparator: \.isNewline)  // the file ends its lines with CR LF
    let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(rows.first == "row,tsne1,tsne2,cultivar")
    #expect(rows.count == 61)
    var previous = 0
    for row in rows.dropFirst() {
      let fields = row.split(separator: ",")
      try #require(fields.count == 4, "\(row)")
      let number = try #require(Int(fields[0]))
      try #require(number > previous && number < wineLines.count, "row \(number)")
      #expect(wineLines[number].hasSuffix("," + fields[3]), "row \(number) keeps its label")
      previous = number
    }
  }

  @Test func aSingleClassIsDrawnWithItsOneLegendEntry() async throws {
    let path = try temporaryFile(
      named: "one-class.csv", bytes: Array("a,b,kind\n1,2,x\n2,1,x\n3,5,x\n4,4,x\n".utf8))
    let text = try await succeeding([
      "project", "pca", path, "--color-by", "kind", "--width", "40", "--height", "12",
    ])
    #expect(text.split(separator: "\n")[1] == "● x")
  }

  @Test(arguments: [
    (
      "a,b,k\n2,5,x\n2,5,y\n2,5,z\n", [] as [String],
      ["every chosen column is constant", "columns whose values vary"]
    ),
    ("a,b,c\n1,2,3\n", [], ["at least 2 rows", "there is 1"]),
    ("a,b,c\n1,2,\n3,4,\n5,1,\n", ["--columns", "a,b,c"], ["column 'c' has no values", "leave it out"]),
    ("a,b\n1,2\n2,1\n3,5\n", ["--components", "3"], ["3 components asked of 2 columns"]),
    ("a,b,k\n1,2,x\n2,1,y\n", ["--columns", "a,k"], ["column 'k' holds string values, not numbers"]),
    ("a,b\n1,2\n2,1\n", ["--columns", "a,zz"], ["no column named 'zz'", "columns are: a, b"]),
    ("k\nx\ny\n", [], ["no columns chosen to project", "--columns"]),
  ])
  func badProjectionsFailWithOneClearLine(csv: String, options: [String], needles: [String]) async throws {
    let path = try temporaryFile(named: "bad.csv", bytes: Array(csv.utf8))
    for method in ["pca", "tsne"] where method == "pca" || !options.contains("--components") {
      let result = try await runAssay(["project", method, path] + options)
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
      #expect(result.stderr.hasPrefix("assay: "))
      for needle in needles where method == "pca" {
        #expect(result.stderr.contains(needle), "\(method): \(needle) in \(result.stderr)")
      }
      #expect(!result.stderr.contains("nan") && !result.stderr.contains("Fatal"))
    }
  }

  @Test func tsneNeedsMoreRowsThanItsPerplexity() async throws {
    let result = try await runAssay(["project", "tsne", "sampledata/iris.csv", "--perplexity", "200"])
    #expect(result.status == 1 && result.stdout.isEmpty)
    #expect(
      result.stderr
        == "assay: perplexity 200 needs more than 200 rows; there are 150 — lower --perplexity below the number of rows\n"
    )
  }

  @Test func ctrlCStopsTsneCleanlyAndWritesNothing() async throws {
    let path = NSTemporaryDirectory() + "assay-stopped-\(UUID().uuidString).csv"
    let result = try await runAssay(
      ["project", "tsne", "sampledata/wine.csv", "--iterations", "1000000", "--output-coordinates", path],
      interruptAfter: 1)
    #expect(result.status == 130)
    #expect(result.stderr == "assay: t-SNE stopped by Ctrl-C; nothing was written\n")
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func helpShowsExamples() async throws {
    let help = try await succeeding(["project", "--help"])
    #expect(help.contains("pca") && help.contains("tsne"))
    for method in ["pca", "tsne"] {
      let own = try await succeeding(["project", method, "--help"])
      #expect(own.contains("assay project \(method) sampledata/"))
      #expect(own.contains("--output-coordinates") && own.contains("--no-standardize"))
    }
    #expect(try await succeeding(["project", "pca", "--help"]).contains("--scree"))
  }
}
