import Foundation

/// What the anonymization and PII tests share: the reference scripts and a scratch folder.
enum PrivacyFixtures {
  /// The folder of the Python scripts (Faker corpus, pandas reference).
  static let scripts = AssayProcess.packageRoot + "/Tests/AssayPrivacyTests/Scripts"

  /// A new temporary folder, removed by the caller.
  static func temporaryFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "assay-privacy-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }
}
