import Foundation
import Testing

/// `assay anonymize` refuses, in one line that names what was given, a request that would write
/// nothing useful or cannot be met: privacy options without `--quasi`, a sensitive column among
/// the quasi-identifiers, every column dropped, a source without columns, a destination that
/// cannot be written (told before the key is asked for), and a shift bound out of range.
struct AnonymizeRefusalTests {
  @Test func eachRefusalNamesWhatWasGiven() throws {
    let cases: [([String], String)] = [
      (
        ["--sensitive", "City"],
        "assay: --sensitive City is about classes of --quasi columns — name them with --quasi a,b,c\n"
      ),
      (
        ["--sensitive", "Last Name", "--k", "2"],
        "assay: --k 2 and --sensitive 'Last Name' are about classes of --quasi columns — name them with --quasi a,b,c\n"
      ),
      (
        ["--quasi", "City,Age", "--sensitive", "Age"],
        "assay: --sensitive Age: the sensitive column cannot be a quasi-identifier — leave it out of --quasi, or name another sensitive column\n"
      ),
      (
        ["--mask", "City", "--max-shift-days", "36501"],
        "assay: --max-shift-days 36501: a shift is at most 36500 days (a hundred years) — give 1 to 36500\n"
      ),
      (
        [
          "--drop", "ID", "--drop", "Name", "--drop", "Last Name", "--drop", "Address", "--drop", "City",
          "--drop", "Age",
        ],
        "assay: --drop: every column of sampledata/people.csv is dropped, and nothing would be left to write — keep one column or more\n"
      ),
    ]
    for (options, expected) in cases {
      let run = try AssayProcess.run(["anonymize", "sampledata/people.csv"] + options)
      #expect(run.status == 1 && run.stderr == expected && run.stdout.isEmpty, "\(options): \(run.stderr)")
    }
  }

  @Test func aSourceWithoutColumnsSaysSo() throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let empty = folder + "/empty.csv"
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    let run = try AssayProcess.run(["anonymize", empty, "--hash", "a"], environment: ["ASSAY_ANON_KEY": "k"])
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        assay: \(empty): the input is empty (no header, no rows): a table without columns
        assay: --hash a: \(empty) has no columns — name a source with columns

        """)
  }

  @Test func anUnwritableDestinationIsToldBeforeTheKeyIsAskedFor() throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let destination = folder + "/missing/out.csv"
    let run = try AssayProcess.run(
      ["anonymize", "sampledata/people.csv", "--hash", "ID", "-o", destination],
      environment: ["ASSAY_ANON_KEY": ""])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "assay: \(destination): cannot write here — check that the folder exists and is writable\n")
  }

  @Test func oneRowOneColumnAndOneClassAreCountedInTheSingular() throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let source = folder + "/one.csv"
    try "name,age\nAnn,34\n".write(toFile: source, atomically: true, encoding: .utf8)
    let run = try AssayProcess.run(["anonymize", source, "--drop", "name", "--quasi", "age", "--k", "2"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "age\n")
    #expect(
      run.stderr == """
        anonymized \(source): 1 row, 2 columns → 0 rows, 1 column
          name  dropped
        quasi-identifiers age: k-anonymity 1 (1 class)
        --k 2: suppressed 1 row in 1 class smaller than 2; now k-anonymity 0 (0 classes)
        warning: --k 2 suppressed the only row, and the table written is empty — lower --k, or generalize the --quasi columns further

        """)
  }
}
