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

  @Test func standardInputIsASource() throws {
    let result = try AssayProcess.run(["describe", "-", "--format", "csv"], stdin: "a,b\n1,x\n3,y\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("\na,int,2,0,2,1,3,2,"))
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
