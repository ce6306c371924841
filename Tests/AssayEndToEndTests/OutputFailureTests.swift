import Foundation
import Testing

@Suite("standard output that cannot be written") struct OutputFailureTests {
  @Test func fullDiskIsOneLineAndStatusOne() throws {
    let result = try AssayProcess.shell(#""$ASSAY" describe sampledata/iris.csv > /dev/full"#)
    #expect(result.status == 1)
    #expect(result.stderr == "assay: cannot write to standard output: No space left on device\n")
  }

  @Test func closedStandardOutputIsStatusOneQuietly() throws {
    let result = try AssayProcess.shell(#""$ASSAY" describe sampledata/iris.csv >&-"#)
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test func aReaderThatStopsEarlyEndsTheCommandQuietly() throws {
    let columns = 3000
    let text =
      (0..<columns).map { "c\($0)" }.joined(separator: ",") + "\n"
      + (0..<columns).map(String.init).joined(separator: ",") + "\n"
    let path = try temporaryFile(named: "wide.csv", bytes: Array(text.utf8))
    let result = try AssayProcess.shell(
      #""$ASSAY" describe "$1" | head -1 > /dev/null; exit "${PIPESTATUS[0]}""#, arguments: [path])
    #expect(result.status == 1)
    #expect(!result.endedBySignal)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }
}
