import Foundation
import Testing

/// `assay pii` as a user runs it: its sheet, every e-mail, IBAN, IP address and card of a Faker
/// corpus found, no more than 1 % of the cells of columns without personal data flagged, and the
/// `pii` column `describe --pii` adds.
struct PiiCommandTests {
  /// `assay pii --format csv` of a source, as (column, kind, matches, cells) rows.
  private func findings(_ source: String) async throws -> [(
    column: String, kind: String, matches: Int, cells: Int
  )] {
    let run = try await AssayProcess.runOffThePool(["pii", source, "--format", "csv"])
    #expect(run.status == 0, "\(source): \(run.stderr)")
    return run.stdout.split(separator: "\n").dropFirst().map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return (fields[0], fields[2], Int(fields[4]) ?? -1, Int(fields[5]) ?? -1)
    }
  }

  /// `assay pii sampledata/people.csv`.
  static let peoplePii = """
    column     type    kind         share  matches  cells
    ─────────  ──────  ───────────  ─────  ───────  ─────
    ID         int                      0        0      4
    Name       string  person-name      1        4      4
    Last Name  string  person-name      1        4      4
    Address    string                   0        0      4
    City       string                   0        0      4
    Age        int                      0        0      4

    """

  /// `assay describe sampledata/people.csv --pii`.
  static let peopleDescribe = """
    column     type    count  nulls  distinct  min         max         mean      std  median  pii
    ─────────  ──────  ─────  ─────  ────────  ──────────  ──────────  ────  ───────  ──────  ───────────
    ID         int         4      0         4  1           4            2.5  1.29099  2.5
    Name       string      4      0         4  James       Shankar                            person-name
    Last Name  string      4      0         4  Bond        Simpson                            person-name
    Address    string      4      0         4  12 Main St  56 West St
    City       string      4      0         4  Daly        Santa
    Age        int         4      0         4  25          45          36.5   8.5049  38

    """

  @Test func peoplesSheet() throws {
    let run = try AssayProcess.run(["pii", "sampledata/people.csv"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == Self.peoplePii)
  }

  @Test func everyEmailIBANIPAndCardOfAFakerCorpusIsFound() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try await AssayProcess.runOffThePool(
      ["python3", PrivacyFixtures.scripts + "/pii_corpus.py", folder + "/corpus.csv", "10000"],
      executable: "/usr/bin/env")
    #expect(made.status == 0, "\(made.stderr)")
    let found = try await findings(folder + "/corpus.csv")
    let expected = [
      "email": "email", "iban": "iban", "credit_card": "card", "ipv4": "ipv4", "ipv6": "ipv6",
      "name": "person-name",
      "phone": "phone", "address": "",
    ]
    #expect(found.map(\.column).sorted() == expected.keys.sorted())
    for finding in found {
      #expect(finding.kind == expected[finding.column], "\(finding)")
      if ["email", "iban", "credit_card", "ipv4", "ipv6"].contains(finding.column) {
        #expect(finding.matches == 10_000 && finding.cells == 10_000, "\(finding)")
      }
    }
  }

  @Test func columnsWithoutPersonalDataAreAlmostNeverFlagged() async throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try await AssayProcess.runOffThePool(
      [
        "python3", AssayProcess.packageRoot + "/Benchmarks/gen_data.py", "main", "100000",
        folder + "/main.csv",
      ],
      executable: "/usr/bin/env")
    #expect(made.status == 0, "\(made.stderr)")
    let sampleData = try FileManager.default.contentsOfDirectory(
      atPath: AssayProcess.packageRoot + "/sampledata"
    )
    .filter { $0.hasSuffix(".csv") }.sorted().map { "sampledata/" + $0 }
    let personal: Set<String> = ["sampledata/people.csv Name", "sampledata/people.csv Last Name"]
    var cells = 0, wronglyFlagged = 0
    var flagged: [String] = []
    for source in [folder + "/main.csv"] + sampleData {
      for finding in try await findings(source) where !personal.contains("\(source) \(finding.column)") {
        cells += finding.cells
        if !finding.kind.isEmpty {
          wronglyFlagged += finding.matches
          flagged.append("\(source) \(finding.column)")
        }
      }
    }
    #expect(cells > 900_000)
    #expect(wronglyFlagged * 100 <= cells, "\(flagged)")
    #expect(flagged.isEmpty, "\(flagged)")
  }

  @Test func describeAddsAPiiColumnOnlyWhenAsked() throws {
    let run = try AssayProcess.run(["describe", "sampledata/people.csv", "--pii"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == Self.peopleDescribe)
    let plain = try AssayProcess.run(["describe", "sampledata/people.csv"])
    #expect(
      !plain.stdout.contains("pii") && plain.stdout.split(separator: "\n").count == 8, "\(plain.stdout)")
  }
}
