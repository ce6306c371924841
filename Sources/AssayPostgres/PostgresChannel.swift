import PostgresNIO

/// The network connection a session runs over, opened by Assay rather than postgres-nio so that a
/// `BackendKeySniffer` can read the session's cancel key on the way in.
enum PostgresChannel {
  /// How long connecting may take.
  static let connectTimeout = TimeAmount.seconds(10)

  /// A connected channel to the server at `address` (a TCP host, or a Unix socket when the host
  /// is a folder), with the key's reader first in its pipeline; waits for the connection.
  static func open(_ address: PostgresAddress, key: BackendKey) throws -> any Channel {
    let awaitingTLSAnswer = address.tls != .disable
    let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connectTimeout(connectTimeout)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(
            BackendKeySniffer(key: key, awaitingTLSAnswer: awaitingTLSAnswer))
        }
      }
    return try connect(bootstrap, to: address).wait()
  }

  /// Connects `bootstrap` to the server: over TCP, or to its Unix socket when the host is a folder.
  static func connect(_ bootstrap: ClientBootstrap, to address: PostgresAddress) -> EventLoopFuture<
    any Channel
  > {
    address.host.hasPrefix("/")
      ? bootstrap.connect(unixDomainSocketPath: "\(address.host)/.s.PGSQL.\(address.port)")
      : bootstrap.connect(host: address.host, port: address.port)
  }

  /// postgres-nio's TLS setting for `mode`. As libpq's `prefer` and `require`, it encrypts without
  /// checking the server's certificate.
  static func tls(_ mode: PostgresAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
    guard mode != .disable else { return .disable }
    var configuration = TLSConfiguration.makeClientConfiguration()
    configuration.certificateVerification = .none
    let context = try NIOSSLContext(configuration: configuration)
    return mode == .require ? .require(context) : .prefer(context)
  }
}
