import AssayCore
import AssayStoreText
import Foundation

/// An access key pair, and the session token of temporary credentials, with where they were found
/// (for messages: the secret itself is never shown).
public struct AWSCredentials: Sendable, Equatable {
  /// The access key id (`AKIA…`): not a secret, shown in a signature's scope.
  public let accessKeyID: String
  /// The secret access key.
  public let secretAccessKey: String
  /// The session token of temporary credentials.
  public let sessionToken: String?
  /// Where they came from: `AWS_ACCESS_KEY_ID`, `profile default of ~/.aws/credentials`.
  public let origin: String

  /// Credentials from their parts.
  public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, origin: String) {
    self.accessKeyID = accessKeyID
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
    self.origin = origin
  }
}

/// How to reach S3, found as the AWS tools find it: the options given (`endpoint`, `region`,
/// `no-sign-request`), then `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`,
/// `AWS_REGION`/`AWS_DEFAULT_REGION`, `AWS_ENDPOINT_URL_S3`/`AWS_ENDPOINT_URL`, then the profile
/// (`AWS_PROFILE`, else `default`) of `~/.aws/credentials` and `~/.aws/config`.
public struct S3Settings: Sendable, Equatable {
  /// The credentials that sign requests; nil sends them unsigned (a public bucket).
  public var credentials: AWSCredentials?
  /// The region requests are signed for.
  public var region: String
  /// A custom endpoint (MinIO, Ceph, R2, a test server): requests go there, the bucket in the
  /// path; nil: AWS, the bucket in the host name.
  public var endpoint: URL?

  /// Settings from their parts.
  public init(credentials: AWSCredentials?, region: String, endpoint: URL?) {
    self.credentials = credentials
    self.region = region
    self.endpoint = endpoint
  }

  /// The settings for `options` in `environment`, reading the profile files under `home`.
  /// - Throws: `AssayError` for an endpoint that is not an http(s) URL, or a profile that names
  ///   half a key pair.
  public static func resolve(options: [String: String], environment: [String: String], home: String) throws
    -> S3Settings
  {
    let profileName = environment["AWS_PROFILE"] ?? "default"
    let credentialsFile = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? home + "/.aws/credentials"
    let configFile = environment["AWS_CONFIG_FILE"] ?? home + "/.aws/config"
    let (credentialsProfiles, configProfiles) = (
      ProfileFile.read(path: credentialsFile), ProfileFile.read(path: configFile)
    )
    let configSection = profileName == "default" ? "default" : "profile " + profileName
    let stored = credentialsProfiles.section(profileName)
    let configured = configProfiles.section(configSection)
    // A profile asked for by name must exist (as the AWS tools require), unless keys in the
    // environment come first anyway; `default` may be missing.
    if let named = environment["AWS_PROFILE"], named != "default", environment["AWS_ACCESS_KEY_ID"] == nil,
      credentialsProfiles.sections[profileName] == nil, configProfiles.sections[configSection] == nil
    {
      throw AssayError(
        message:
          "AWS_PROFILE names profile '\(SafeText.visible(named))', which neither \(credentialsFile) nor \(configFile) holds",
        hint: "check the name, or unset AWS_PROFILE")
    }
    let region =
      options["region"] ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? configured[
        "region"]
      ?? "us-east-1"
    let endpointText =
      options["endpoint"] ?? environment["AWS_ENDPOINT_URL_S3"] ?? environment["AWS_ENDPOINT_URL"]
      ?? configured["endpoint_url"]
    var endpoint: URL?
    if let endpointText {
      guard let url = URL(string: endpointText), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
        url.host != nil
      else {
        throw AssayError(
          message: "endpoint '\(SafeText.visible(endpointText))' is not an http:// or https:// address",
          hint: "give it as http://HOST:PORT")
      }
      endpoint = url
    }
    guard options["no-sign-request"] == nil else {
      return S3Settings(credentials: nil, region: region, endpoint: endpoint)
    }
    let credentials = try Self.credentials(
      environment: environment, stored: stored, configured: configured,
      profile: "profile \(profileName) of \(credentialsFile)")
    return S3Settings(credentials: credentials, region: region, endpoint: endpoint)
  }

  /// The key pair from the environment, else from the profile's sections; nil when neither has one.
  private static func credentials(
    environment: [String: String], stored: [String: String], configured: [String: String], profile: String
  ) throws -> AWSCredentials? {
    if let id = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] {
      return AWSCredentials(
        accessKeyID: id, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"],
        origin: "AWS_ACCESS_KEY_ID")
    }
    for (section, origin) in [
      (stored, profile), (configured, profile.replacingOccurrences(of: "credentials", with: "config")),
    ] {
      let id = section["aws_access_key_id"]
      let secret = section["aws_secret_access_key"]
      if let id, let secret {
        return AWSCredentials(
          accessKeyID: id, secretAccessKey: secret, sessionToken: section["aws_session_token"], origin: origin
        )
      }
      if id != nil || secret != nil {
        throw AssayError(
          message: "\(origin) has only half of a key pair",
          hint: "give both aws_access_key_id and aws_secret_access_key")
      }
    }
    return nil
  }
}
