import PostgresNIO

/// Reads the BackendKeyData message out of a new session's startup messages as they pass, so the
/// session can be cancelled on the server (postgres-nio keeps the key to itself). It sits first in
/// the channel's pipeline and hands every byte on unchanged; once the key is seen, or the server
/// reports ready or an error, it leaves the pipeline. Under TLS it moves behind the TLS handler as
/// soon as that is added, to read the decrypted messages.
final class BackendKeySniffer: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer

  private let key: BackendKey
  /// True until the one-byte answer to the TLS request (`S` or `N`) has passed.
  private var awaitingTLSAnswer: Bool
  /// Bytes of a message not yet complete.
  private var pending = ByteBuffer()

  /// A reader that stores the key in `key`; `awaitingTLSAnswer` when the session asks for TLS first.
  init(key: BackendKey, awaitingTLSAnswer: Bool) {
    self.key = key
    self.awaitingTLSAnswer = awaitingTLSAnswer
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    var bytes = unwrapInboundIn(data)
    if awaitingTLSAnswer, let answer = bytes.readInteger(as: UInt8.self) {
      awaitingTLSAnswer = false
      context.fireChannelRead(data)
      if answer == UInt8(ascii: "S") { moveBehindTLS(context: context) }
      return
    }
    pending.writeBuffer(&bytes)
    context.fireChannelRead(data)
    if readMessages() { context.pipeline.syncOperations.removeHandler(context: context, promise: nil) }
  }

  /// Reads the complete messages in `pending`; true once nothing more is to be learned.
  private func readMessages() -> Bool {
    while let type = pending.getInteger(at: pending.readerIndex, as: UInt8.self),
      let length = pending.getInteger(at: pending.readerIndex + 1, as: Int32.self),
      length >= 4, pending.readableBytes >= 1 + Int(length)
    {
      var message = pending.readSlice(length: 1 + Int(length))!
      message.moveReaderIndex(forwardBy: 5)
      switch type {
      case UInt8(ascii: "K"):
        if let (processID, secret) = message.readMultipleIntegers(as: (Int32, Int32).self) {
          key.set(processID: processID, secret: secret)
        }
        return true
      case UInt8(ascii: "Z"), UInt8(ascii: "E"):
        return true
      default:
        continue
      }
    }
    pending.discardReadBytes()
    return false
  }

  /// Puts a fresh reader right after the TLS handler the session just added, and leaves.
  private func moveBehindTLS(context: ChannelHandlerContext) {
    let pipeline = context.pipeline.syncOperations
    if let tls = try? pipeline.handler(type: NIOSSLClientHandler.self) {
      try? pipeline.addHandler(
        BackendKeySniffer(key: key, awaitingTLSAnswer: false), position: .after(tls))
    }
    pipeline.removeHandler(context: context, promise: nil)
  }
}
