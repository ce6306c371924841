import Foundation
import Testing

@testable import AssayCore

private let sample = Table(
  name: "t",
  columns: [
    Column(name: "name", type: .string, values: [.string("a,b"), .string("say \"hi\""), .null]),
    Column(name: "n", type: .double, values: [.double(1.5), .null, .double(-2)]),
    Column(name: "day", type: .date, values: [.date(0), .date(19_782), .null]),
  ])

@Test func csvQuotesOnlyWhatNeedsIt() {
  #expect(
    TableWriter.string(sample, format: .csv)
      == "name,n,day\n\"a,b\",1.5,1970-01-01\n\"say \"\"hi\"\"\",,2024-02-29\n,-2,\n")
}

@Test func jsonLinesKeepTypes() {
  #expect(
    TableWriter.string(sample, format: .jsonl) == """
      {"name": "a,b", "n": 1.5, "day": "1970-01-01"}
      {"name": "say \\"hi\\"", "n": null, "day": "2024-02-29"}
      {"name": null, "n": -2, "day": null}

      """)
}

@Test func atomicWriteLeavesTheOldFileWhenProducingFails() throws {
  let path = NSTemporaryDirectory() + "assay-atomic-\(getpid()).txt"
  defer { unlink(path) }
  try AtomicFile.write(to: path) { write in try write("good\n") }
  struct Boom: Error {}
  #expect(throws: Boom.self) {
    try AtomicFile.write(to: path) { write in
      try write("half")
      throw Boom()
    }
  }
  #expect(try String(contentsOfFile: path, encoding: .utf8) == "good\n")
  let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
    .filter { $0.hasPrefix(".assay-atomic-\(getpid())") }
  #expect(leftovers.isEmpty)
}

@Test func anObjectStoreAsTheOutputIsRefusedByName() {
  #expect(
    throws: AssayError(
      message: "s3://bucket/out.csv: Assay writes local files, not s3: locations",
      hint: "write a local file, then copy it there (aws s3 cp, gcloud storage cp, azcopy)")
  ) { try AtomicFile.write(to: "s3://bucket/out.csv") { write in try write("x\n") } }
  #expect(throws: AssayError.self) {
    do { try AtomicFile.write(to: "postgres://u:topsecret@h/db") { write in try write("x\n") } } catch {
      #expect(!"\(error)".contains("topsecret"))
      throw error
    }
  }
}
