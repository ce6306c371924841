import AssayTestSupport
import Foundation
import Testing

@Suite("assay on the command line") struct CommandLineTests {
  @Test func helpDescribesEveryCommandWithAnExample() throws {
    let root = try AssayProcess.run(["--help"])
    #expect(root.status == 0)
    for name in ["view", "describe", "freq", "chart", "schema"] { #expect(root.stdout.contains(name)) }
    for command in [["describe"], ["freq"], ["chart"], ["chart", "histogram"], ["schema"], ["view"]] {
      let help = try AssayProcess.run(command + ["--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("assay "), "\(command) help shows an example")
    }
  }

  /// A mistake in the arguments is one line that says where help is, for a command and a chart's
  /// subcommand alike; help itself still prints.
  @Test func aMistakeInTheArgumentsIsOneLine() throws {
    let cases: [([String], String)] = [
      (
        ["synth", "sampledata/iris.csv", "--seed"],
        "assay: Missing value for '--seed <seed>' — see 'assay synth --help'\n"
      ),
      (
        ["describe", "sampledata/iris.csv", "--bogus"],
        "assay: Unknown option '--bogus' — see 'assay describe --help'\n"
      ),
      (
        ["chart", "box", "sampledata/iris.csv"],
        "assay: Missing expected argument '--y <y>' — see 'assay chart box --help'\n"
      ),
    ]
    for (arguments, line) in cases {
      let result = try AssayProcess.run(arguments)
      #expect(
        result.status == 64 && result.stdout.isEmpty && result.stderr == line,
        "\(arguments): \(result.stderr)")
    }
  }

  @Test func describeIris() throws {
    let result = try AssayProcess.run(["describe", "sampledata/iris.csv"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    assertGolden(result.stdout, named: "describe-iris.txt")
  }

  @Test func describeAsJSONAndCSV() throws {
    let json = try AssayProcess.run(["describe", "sampledata/people.csv", "--format", "json"])
    #expect(json.status == 0)
    assertGolden(json.stdout, named: "describe-people.json")
    let csv = try AssayProcess.run(["describe", "sampledata/iris.csv", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("column,type,count,nulls,distinct,min,max,mean,std,median\n"))
    #expect(csv.stdout.contains("\nsepal_length,double,150,0,35,4.3,7.9,5.843333"))
  }

  @Test func histogramOfIrisSepalLength() throws {
    let result = try AssayProcess.run([
      "chart", "histogram", "sampledata/iris.csv", "--column", "sepal_length", "--width", "72", "--height",
      "20",
    ])
    #expect(result.status == 0)
    assertGolden(result.stdout, named: "histogram-iris-sepal_length.txt")
    let colored = try AssayProcess.run([
      "chart", "histogram", "sampledata/iris.csv", "-c", "sepal_length", "--bins", "5", "--width", "60",
      "--height", "12", "--color", "always",
    ])
    #expect(colored.stdout.contains("\u{1B}["))
    let noColor = try AssayProcess.run(
      [
        "chart", "histogram", "sampledata/iris.csv", "-c", "sepal_length", "--bins", "5", "--color", "always",
        "--no-color",
      ])
    #expect(!noColor.stdout.contains("\u{1B}"))
  }

  @Test func frequencyOfPenguinIslands() throws {
    let result = try AssayProcess.run(["freq", "sampledata/penguins.csv", "--column", "island"])
    #expect(result.status == 0)
    assertGolden(result.stdout, named: "freq-penguins-island.txt")
  }

  @Test func describeListsTheTextsReadAsNulls() throws {
    let csv = "x,label,n\n1.5,NA,1\nNA,b,2\n-,null,3\n2.5,,4\n"
    let standard = try AssayProcess.run(["describe", "-"], stdin: csv)
    #expect(standard.status == 0, "\(standard.stderr)")
    #expect(
      standard.stdout == """
        column  type    count  nulls  null texts  distinct  min  max  mean       std  median
        ──────  ──────  ─────  ─────  ──────────  ────────  ───  ───  ────  ────────  ──────
        x       double      2      2  - NA               2  1.5  2.5     2  0.707107  2
        label   string      1      3  NA null            1  b    b
        n       int         4      0                     4  1    4     2.5   1.29099  2.5

        """)
    let given = try AssayProcess.run(["describe", "-", "--null", "-", "--format", "csv"], stdin: csv)
    #expect(
      given.stdout.split(separator: "\n").prefix(3) == [
        "column,type,count,nulls,null texts,distinct,min,max,mean,std,median",
        "x,string,3,1,-,3,1.5,NA,,,", "label,string,3,1,,3,NA,null,,,",
      ], "\(given.stdout)")
    let none = try AssayProcess.run(["describe", "-", "--format", "csv"], stdin: "a\n1\n\n3\n")
    #expect(none.stdout.hasPrefix("column,type,count,nulls,distinct,"), "\(none.stdout)")
  }

  @Test func standardInputIsASource() throws {
    let result = try AssayProcess.run(["describe", "-", "--format", "csv"], stdin: "a,b\n1,x\n3,y\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("\na,int,2,0,2,1,3,2,"))
  }

  /// A ZIP code column keeps its zeros from input to output, typed as text, as `schema` says; a
  /// number column written with two decimals everywhere keeps them, one written in mixed ways is
  /// written in each number's shortest form.
  @Test func zeroPaddedCodesAndDecimalPlacesAreWrittenBackAsTheyCame() throws {
    let csv = "zip,amount,rate\n02134,0.50,1.5\n10001,12.00,2\n00501,3.25,0.250\n"
    let rows = try AssayProcess.run(["-", "--batch", "-o", "-"], stdin: csv)
    #expect(rows.status == 0, "\(rows.stderr)")
    #expect(rows.stdout == "zip,amount,rate\n02134,0.50,1.5\n10001,12.00,2\n00501,3.25,0.25\n")
    let schema = try AssayProcess.run(["schema", "-", "--format", "csv"], stdin: csv)
    #expect(
      schema.stdout == "column,type,rows,nulls\nzip,string,3,0\namount,double,3,0\nrate,double,3,0\n",
      "\(schema.stdout)")
  }

  @Test func exportsAreWrittenToFiles() throws {
    let path = NSTemporaryDirectory() + "assay-e2e-\(getpid()).csv"
    defer { unlink(path) }
    let result = try AssayProcess.run([
      "freq", "sampledata/iris.csv", "-c", "species", "--format", "csv", "-o", path,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("species,count,percent,cumulative\n"))
  }
}
