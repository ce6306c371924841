import Foundation

/// A TCP socket bound to a free port on 127.0.0.1.
public struct LoopbackSocket: Sendable {
  /// The socket's descriptor; its owner closes it.
  public let descriptor: Int32
  /// The port it is bound to.
  public let port: Int

  /// Binds a new socket to a free loopback port, and listens on it when `listening`.
  public init(listening: Bool) throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
          && (!listening || listen(descriptor, 8) == 0)
      }
    }
    guard descriptor >= 0, bound else {
      close(descriptor)
      throw POSIXError(.EADDRNOTAVAIL)
    }
    self.descriptor = descriptor
    port = Int(UInt16(bigEndian: address.sin_port))
  }
}
