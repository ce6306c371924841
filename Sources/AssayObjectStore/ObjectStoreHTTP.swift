import AssayCore
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An answer whose body was read whole.
struct HTTPAnswer: Sendable {
  /// The status code.
  let status: Int
  /// The headers.
  let headers: HTTPHeaders
  /// The body.
  let body: [UInt8]

  /// The body as text (UTF-8, invalid bytes replaced).
  var text: String { String(decoding: body, as: UTF8.self) }
}

/// Sends an object store's requests with the process's one HTTP client, which keeps connections
/// open between them. A request that fails for a passing reason (a 5xx answer, 429 or 503
/// throttling, a dropped, refused or cut-off connection) is sent again after a backoff with
/// jitter; every attempt has a deadline, and a store that lets one pass without answering is not
/// asked again (it would hold the command for every attempt's deadline). Callers block their own
/// thread (never an event loop's).
enum ObjectStoreHTTP {
  /// Attempts per request.
  static let attempts = 4
  /// Seconds an attempt may take, its body included.
  static let deadline: Int64 = 60
  /// Seconds a connection may take to be made.
  static let connectDeadline: Int64 = 10

  /// The client every request goes through, for the life of the process. A connection that
  /// cannot be made fails its attempt at once (after at most 10 s), so that an address where
  /// nothing listens is reported in seconds, by the retries here, not after every deadline.
  static let client: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.timeout = HTTPClient.Configuration.Timeout(
      connect: .seconds(connectDeadline), read: .seconds(deadline))
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()

  /// The answer to the request `make` builds (anew for each attempt, so a signature carries its
  /// own time); `name` says what was asked for in errors, `settings` where the store's address is
  /// set (`--endpoint, AWS_ENDPOINT_URL`).
  static func send(name: String, settings: String, _ make: () throws -> HTTPClient.Request) throws
    -> HTTPAnswer
  {
    var attempt = 0
    while true {
      attempt += 1
      let request = try make()
      do {
        let response = try client.execute(request: request, deadline: .now() + .seconds(deadline)).wait()
        let body = response.body.map { Array($0.readableBytesView) } ?? []
        let answer = HTTPAnswer(status: Int(response.status.code), headers: response.headers, body: body)
        if attempt < attempts, answer.status >= 500 || answer.status == 429 {
          backOff(attempt)
          continue
        }
        return answer
      } catch {
        guard attempt < attempts, isPassing(error) else {
          throw unreachable(name, request: request, error, settings: settings)
        }
        backOff(attempt)
      }
    }
  }

  /// Waits before attempt `attempt + 1`: 0.2 s doubled per attempt, and up to as much again at random.
  private static func backOff(_ attempt: Int) {
    let base = 0.2 * Double(1 << (attempt - 1))
    Thread.sleep(forTimeInterval: base + Double.random(in: 0...base))
  }

  /// Whether an error may pass on its own: a connection refused or reset, or an answer cut off
  /// (a body that ends early). Time that ran out is not: the next attempt would wait as long.
  private static func isPassing(_ error: any Error) -> Bool {
    if let client = error as? HTTPClientError { return client == .remoteConnectionClosed }
    return error is IOError || error is ChannelError || error as? HTTPParserError == .invalidEOFState
      || "\(error)".contains("onnection")
  }

  /// The error for a request that got no answer: where it went and why, never its headers.
  private static func unreachable(
    _ name: String, request: HTTPClient.Request, _ error: any Error, settings: String
  ) -> AssayError {
    let place =
      "\(request.scheme)://\(request.host)\(request.port == (request.scheme == "https" ? 443 : 80) ? "" : ":\(request.port)")"
    let reason: String
    if let client = error as? HTTPClientError, client == .deadlineExceeded || client == .readTimeout {
      reason = "no answer within \(deadline) s"
    } else if let client = error as? HTTPClientError, client == .connectTimeout {
      reason = "no connection within \(connectDeadline) s"
    } else if error as? HTTPParserError == .invalidEOFState {
      reason = "an answer broke off before its end"
    } else if error is HTTPParserError {
      reason = "its answer is not HTTP"
    } else if "\(error)".lowercased().contains("refused") {
      reason = "connection refused"
    } else {
      reason = String(describing: error).prefix(200).description
    }
    return AssayError(
      message: "\(name): cannot reach \(place) (\(SafeText.visible(reason)))",
      hint: "check the network and the endpoint (\(settings))")
  }
}
