import AssayTestSupport
import Foundation
import Testing

@Suite("assay chart") struct ChartCommandTests {
  private static let size = ["--width", "72", "--height", "20"]

  @Test(arguments: [
    (
      "scatter-iris-petals",
      [
        "scatter", "sampledata/iris.csv", "--x", "petal_length", "--y", "petal_width", "--color-by",
        "species",
      ]
    ),
    ("line-iris", ["line", "sampledata/iris.csv", "--x", "sepal_length", "--y", "petal_length,petal_width"]),
    ("bar-penguins-island", ["bar", "sampledata/penguins.csv", "--x", "island"]),
    (
      "bar-penguins-mass",
      ["bar", "sampledata/penguins.csv", "--x", "species", "--y", "body_mass_g", "--agg", "mean"]
    ),
    ("heatmap-iris-sepals", ["heatmap", "sampledata/iris.csv", "--x", "sepal_length", "--y", "sepal_width"]),
    (
      "box-iris-petal_length",
      ["box", "sampledata/iris.csv", "--x", "species", "--y", "petal_length", "--border"]
    ),
    (
      "histogram-vertical-penguins",
      ["histogram", "sampledata/penguins.csv", "-c", "body_mass_g", "--vertical", "--log"]
    ),
  ])
  func everyChartKindFromTheCommandLine(name: String, arguments: [String]) throws {
    let result = try AssayProcess.run(["chart"] + arguments + Self.size + ["--canvas", "braille"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 20 || (name.hasPrefix("bar-") && lines.count < 20))
    #expect(lines.allSatisfy { $0.count <= 72 })
    assertGolden(result.stdout, named: "chart-\(name).txt")
  }

  @Test func helpListsEveryChartKindWithExamples() throws {
    let help = try AssayProcess.run(["chart", "--help"])
    for kind in ["histogram", "scatter", "line", "bar", "heatmap", "box"] {
      #expect(help.stdout.contains(kind))
      let own = try AssayProcess.run(["chart", kind, "--help"])
      #expect(own.status == 0 && own.stdout.contains("assay chart \(kind)"))
    }
  }

  @Test func asciiCanvasPrintsOnlyASCIIAndColourOnlyWhenAsked() throws {
    let ascii = try AssayProcess.run(
      [
        "chart", "scatter", "sampledata/iris.csv", "--x", "sepal_length", "--y", "sepal_width", "--canvas",
        "ascii",
        "--title", "sepals",
      ])
    #expect(ascii.status == 0)
    #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    let nonUTF8 = try AssayProcess.run(
      ["chart", "box", "sampledata/iris.csv", "--y", "sepal_width", "--title", "w"],
      environment: ["LANG": "C", "LC_ALL": ""])
    #expect(nonUTF8.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    let colored = try AssayProcess.run(
      [
        "chart", "heatmap", "sampledata/iris.csv", "--x", "sepal_length", "--y", "sepal_width", "--color",
        "always",
      ])
    #expect(colored.stdout.contains("\u{1B}[") && !ascii.stdout.contains("\u{1B}"))
  }

  @Test func defaultsFitEightyByTwentyFour() throws {
    let result = try AssayProcess.run([
      "chart", "scatter", "sampledata/iris.csv", "--x", "sepal_length", "--y", "sepal_width",
    ])
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 24 && lines.allSatisfy { $0.count <= 80 })
  }

  @Test func samplesSayTheyAreSamples() throws {
    let result = try AssayProcess.run(
      [
        "chart", "scatter", "sampledata/iris.csv", "--x", "sepal_length", "--y", "sepal_width", "--sample",
        "40",
      ])
    #expect(result.stdout.contains("sample of 40 of 150 points"))
  }

  @Test func nullsAndTextAreSkippedAndCounted() throws {
    let csv = "a,b,c\n1,2,x\n,3,x\nn/a,4,y\n5,,y\n7,8,\n"
    let scatter = try AssayProcess.run(["chart", "scatter", "-", "--x", "a", "--y", "b"], stdin: csv)
    #expect(scatter.status == 0)
    #expect(scatter.stdout.contains("2 points · 2 nulls skipped · 1 non-numeric skipped"))
    let bar = try AssayProcess.run(["chart", "bar", "-", "--x", "c"], stdin: csv)
    #expect(bar.stdout.contains("1 null skipped"))
    let empty = try AssayProcess.run(["chart", "scatter", "-", "--x", "a", "--y", "b"], stdin: "a,b\n,\n,\n")
    #expect(empty.status == 0 && empty.stdout.contains("no points to draw · 2 nulls skipped"))
    let constant = try AssayProcess.run(["chart", "box", "-", "--y", "a"], stdin: "a\n3\n3\n3\n")
    #expect(constant.status == 0 && constant.stdout.contains("3 values in 1 group"))
  }

  @Test func aHeatmapOfTwoTextColumnsSaysWhatItNeeds() throws {
    let result = try AssayProcess.run([
      "chart", "heatmap", "sampledata/penguins.csv", "--x", "species", "--y", "island",
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "assay: sampledata/penguins.csv: a heatmap bins two numeric or time columns; 'species' holds text"
        + " — count a text column's values with `assay chart bar --x species`;"
        + " choose a numeric column (assay schema lists each column's type)\n")
  }

  @Test func textColumnsAndMissingColumnsAreClearErrors() throws {
    let text = try AssayProcess.run([
      "chart", "scatter", "sampledata/iris.csv", "--x", "species", "--y", "sepal_width",
    ])
    #expect(text.status != 0)
    #expect(text.stderr.contains("column 'species' holds text, not numbers"))
    let missing = try AssayProcess.run([
      "chart", "line", "sampledata/iris.csv", "--x", "nope", "--y", "sepal_width",
    ])
    #expect(missing.status != 0 && missing.stderr.contains("no column named 'nope'"))
    let agg = try AssayProcess.run(["chart", "bar", "sampledata/iris.csv", "--x", "species", "--agg", "sum"])
    #expect(agg.status != 0 && agg.stderr.contains("needs a --y column"))
  }

  /// Two values eight months apart, by month: the empty months are gaps, not points, and the
  /// footer counts the two points drawn.
  @Test func emptyPeriodsAreGapsNotPoints() throws {
    let result = try AssayProcess.run(
      [
        "chart", "line", "-", "--x", "when", "--y", "v", "--every", "1M", "--agg", "sum", "--width", "100",
        "--height", "12",
      ], stdin: "when,v\n2024-01-15T10:00:00Z,1\n2024-08-15T10:00:00Z,2\n")
    #expect(result.status == 0, "\(result.stderr)")
    let footer = result.stdout.split(separator: "\n").last.map(String.init)
    #expect(
      footer == "sum per 1M: 8 periods, 6 empty · 2 points joined where adjacent · braille canvas",
      "\(result.stdout)")
  }
}
