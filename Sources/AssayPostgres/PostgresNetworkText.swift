import PostgresNIO

/// Network addresses in PostgreSQL's binary format written as PostgreSQL writes them: `inet` and
/// `cidr` as `10.0.0.1/8`, `192.168.0.1`, `2001:db8::/32`, `::ffff:1.2.3.4` (the `/bits` left out
/// of an `inet` that covers one host), `macaddr` and `macaddr8` as `08:00:2b:01:02:03`.
enum PostgresNetworkText {
  /// An `inet` or `cidr`: family (2 for IPv4, 3 for IPv6), bits, whether it is a cidr, the
  /// address's length, then its bytes.
  static func address(_ bytes: inout ByteBuffer) -> String? {
    guard
      let (family, bits, isCidr, length) = bytes.readMultipleIntegers(as: (UInt8, UInt8, UInt8, UInt8).self),
      let address = bytes.readBytes(length: Int(length))
    else { return nil }
    let isFour = family == 2 && address.count == 4
    guard isFour || (family == 3 && address.count == 16) else { return nil }
    let text = isFour ? address.map { String($0) }.joined(separator: ".") : six(address)
    let hostBits = isFour ? 32 : 128
    return isCidr != 0 || Int(bits) != hostBits ? text + "/\(bits)" : text
  }

  /// An IPv6 address's 16 bytes as PostgreSQL writes them (its `inet_net_ntop`): lowercase groups,
  /// the longest run of two or more zero groups as `::`, an IPv4 address in its last four bytes
  /// dotted after `::` or `::ffff:`.
  static func six(_ address: [UInt8]) -> String {
    let groups = (0..<8).map { Int(address[2 * $0]) << 8 | Int(address[2 * $0 + 1]) }
    var best = (start: -1, length: 0)
    var run = (start: -1, length: 0)
    for (index, group) in groups.enumerated() {
      if group == 0 {
        run = run.start < 0 ? (index, 1) : (run.start, run.length + 1)
        if run.length > best.length { best = run }
      } else {
        run = (-1, 0)
      }
    }
    if best.length < 2 { best = (-1, 0) }
    var text = ""
    for index in 0..<8 {
      if best.start >= 0, index >= best.start, index < best.start + best.length {
        if index == best.start { text += ":" }
        continue
      }
      if index != 0 { text += ":" }
      if index == 6, best.start == 0, best.length == 6 || (best.length == 5 && groups[5] == 0xFFFF) {
        return text + address[12...].map { String($0) }.joined(separator: ".")
      }
      text += String(groups[index], radix: 16)
    }
    return best.start >= 0 && best.start + best.length == 8 ? text + ":" : text
  }

  /// A `macaddr` (6 bytes) or `macaddr8` (8 bytes): the bytes in two hex digits each, between colons.
  static func hardware(_ bytes: inout ByteBuffer) -> String {
    let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
    return raw.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(separator: ":")
  }
}
