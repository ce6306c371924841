import PostgresNIO

/// PostgreSQL's cancel request: on a new connection to the server, 16 bytes (the length, the code
/// 80877102, the session's process ID and secret key), after which the server closes it and
/// interrupts the session's running statement.
enum CancelRequest {
  /// The code that marks a startup packet as a cancel request.
  static let code: Int32 = 80_877_102

  /// Sends the request for the session `processID` and `secret` name to the server at `address`, without waiting
  /// for it to be delivered (it may be called from any thread, an event loop's included).
  static func send(processID: Int32, secret: Int32, to address: PostgresAddress) {
    let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connectTimeout(.seconds(5))
    PostgresChannel.connect(bootstrap, to: address).whenSuccess { channel in
      var packet = channel.allocator.buffer(capacity: 16)
      packet.writeMultipleIntegers(Int32(16), code, processID, secret)
      channel.writeAndFlush(packet).whenComplete { _ in channel.close(promise: nil) }
    }
  }
}
