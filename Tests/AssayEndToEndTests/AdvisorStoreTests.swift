import Foundation
import Testing

/// `assay recommend` on an object store's prefix: JSON Lines objects are sampled for their shape as
/// a local folder's files are. Runs against the S3 store the test run starts.
@Suite(.enabled(if: TestStore.store != nil)) struct AdvisorStoreTests {
  /// The store's environment for assay and boto3.
  static var environment: [String: String] {
    guard let store = TestStore.store else { return [:] }
    return [
      "AWS_ACCESS_KEY_ID": store.key, "AWS_SECRET_ACCESS_KEY": store.secret,
      "AWS_ENDPOINT_URL": store.endpoint, "HOME": "/nonexistent",
    ]
  }

  @Test func aPrefixOfJSONLinesIsSampledForItsShape() async throws {
    // 30 JSON Lines objects: under varying/ each record has id and kind and one of five extras; under
    // uniform/ every record has the same three fields. boto3 puts them and prints nothing.
    let program = """
      import boto3, json, os
      s3 = boto3.client("s3", endpoint_url=os.environ["AWS_ENDPOINT_URL"], region_name="us-east-1")
      s3.create_bucket(Bucket="advice")
      for i in range(30):
          varying = "\\n".join(json.dumps({"id": j, "kind": "k", f"extra{(i + j) % 5}": j}) for j in range(4)) + "\\n"
          uniform = "\\n".join(json.dumps({"id": j, "kind": "k", "total": j * 1.5}) for j in range(4)) + "\\n"
          s3.put_object(Bucket="advice", Key=f"varying/part{i:02d}.jsonl", Body=varying.encode())
          s3.put_object(Bucket="advice", Key=f"uniform/part{i:02d}.jsonl", Body=uniform.encode())
      """
    let made = try await AssayProcess.runOffThePool(
      ["python3", "-c", program], environment: Self.environment, executable: "/usr/bin/env")
    #expect(made.status == 0, "\(made.stderr)")

    let varying = try await AssayProcess.runOffThePool(
      ["recommend", "s3://advice/varying/"], environment: Self.environment)
    #expect(varying.status == 0, "\(varying.stderr)")
    #expect(varying.stdout.contains("\nRecommendation: document NoSQL\n"), "\(varying.stdout)")
    #expect(
      varying.stdout.contains("120 records of 30 sampled files: 5 of 7 fields vary"), "\(varying.stdout)")

    let uniform = try await AssayProcess.runOffThePool(
      ["recommend", "s3://advice/uniform/", "--format", "json"], environment: Self.environment)
    #expect(uniform.status == 0, "\(uniform.stderr)")
    let document = try JSONSerialization.jsonObject(with: Data(uniform.stdout.utf8)) as? [String: Any]
    let shape = (document?["profile"] as? [String: Any])?["jsonShape"] as? [String: Int]
    #expect(shape == ["files": 30, "sampledFiles": 30, "records": 120, "fields": 3, "varyingFields": 0])
    let data = (document?["answers"] as? [[String: Any]])?.first { $0["question"] as? String == "data" }
    #expect(data?["answer"] as? String == "tabular")
  }
}
