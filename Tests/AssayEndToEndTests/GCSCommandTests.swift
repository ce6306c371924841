import Foundation
import Testing

/// The Google Cloud Storage server the test run starts (fake-gcs-server, its JSON API): the same
/// listings and tables as from S3, complete through page tokens.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_GCS"] != nil)) struct GCSCommandTests {
  /// The environment a person sets for the server.
  static var environment: [String: String] {
    [
      "STORAGE_EMULATOR_HOST": ProcessInfo.processInfo.environment["ASSAY_TEST_GCS"] ?? "",
      "HOME": "/nonexistent",
    ]
  }

  /// Runs assay with the server's environment (and `extra`).
  func assay(_ arguments: [String], _ extra: [String: String] = [:]) throws -> AssayProcess.Result {
    try AssayProcess.run(arguments, environment: Self.environment.merging(extra) { _, new in new })
  }

  /// Objects and bytes of the bucket as the JSON API lists them, page by page.
  func apiTotals(bucket: String) throws -> (objects: Int, bytes: Int) {
    let program = """
      import json, os, urllib.parse, urllib.request
      base = os.environ["STORAGE_EMULATOR_HOST"] + "/storage/v1/b/\(bucket)/o"
      objects = size = 0
      token = None
      while True:
          query = {"maxResults": "1000"} | ({"pageToken": token} if token else {})
          with urllib.request.urlopen(base + "?" + urllib.parse.urlencode(query)) as answer:
              page = json.load(answer)
          for item in page.get("items", []):
              objects += 1
              size += int(item["size"])
          token = page.get("nextPageToken")
          if not token:
              break
      print(objects, size)
      """
    return try AssayProcess.objectsAndBytes(printedBy: program, environment: Self.environment)
  }

  @Test func theListingIsCompleteAsTheJSONAPIListsIt() throws {
    let listed = try assay(["ls", "gs://lake/", "--recursive", "--all", "--format", "json"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Any])
    let expected = try apiTotals(bucket: "lake")
    #expect(expected.objects > 10_000)
    #expect(summary["files"] as? Int == expected.objects, "\(summary)")
    #expect(summary["bytes"] as? Int == expected.bytes, "\(summary)")
    let top = try assay(["ls", "gs://lake/", "--format", "csv"])
    #expect(
      top.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first ?? "" } == [
        "mixed", "tables",
      ])
  }

  /// The recursive listing of `mixed/`, whose ten folders are read side by side, holds every key
  /// the JSON API lists (the four objects beside the folders too), once.
  @Test func aRecursiveListingOfFoldersSideBySideHoldsEveryKeyOnce() throws {
    let listed = try assay(["ls", "gs://lake/mixed/", "--recursive", "--all", "--format", "csv"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let names = listed.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    let program = """
      import json, os, urllib.parse, urllib.request
      base = os.environ["STORAGE_EMULATOR_HOST"] + "/storage/v1/b/lake/o"
      token = None
      while True:
          query = {"maxResults": "1000", "prefix": "mixed/"} | ({"pageToken": token} if token else {})
          with urllib.request.urlopen(base + "?" + urllib.parse.urlencode(query)) as answer:
              page = json.load(answer)
          for item in page.get("items", []):
              print(item["name"][len("mixed/"):])
          token = page.get("nextPageToken")
          if not token:
              break
      """
    let keys = try AssayProcess.run(
      ["python3", "-c", program], environment: Self.environment, executable: "/usr/bin/env"
    ).stdout.split(separator: "\n").map(String.init)
    #expect(keys.count == 10_004)
    #expect(
      names == keys,
      "first difference at \(zip(names, keys).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? -1)"
    )
  }

  @Test func aTableStreamedFromTheStoreDescribesAsItsFile() throws {
    let remote = try assay(["describe", "gs://lake/tables/penguins.csv"])
    #expect(remote.status == 0, "\(remote.stderr)")
    #expect(remote.stdout == (try AssayProcess.run(["describe", "sampledata/penguins.csv"])).stdout)
  }

  @Test func eachFailureIsOneLine() throws {
    let cases: [(arguments: [String], extra: [String: String], needle: String)] = [
      (["ls", "gs://no-such-bucket/"], [:], "gs://no-such-bucket/: no such bucket or object"),
      (
        ["describe", "gs://lake/tables/nothing.csv"], [:],
        "gs://lake/tables/nothing.csv: no such object or prefix"
      ),
      (["describe", "gs://lake/mixed/part1/day1/object1.json"], [:], "a json file, 1941 bytes: not a table"),
      (
        ["ls", "gs://lake/"], ["STORAGE_EMULATOR_HOST": "127.0.0.1:9"],
        "cannot reach http://127.0.0.1:9 (connection refused)"
      ),
      (
        ["ls", "gs://lake/", "--token-file", "/nonexistent/token"], [:],
        "/nonexistent/token: cannot read the token file"
      ),
    ]
    for (arguments, extra, needle) in cases {
      let result = try assay(arguments, extra)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(needle), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
    }
  }
}
