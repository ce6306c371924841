/// Decodes BYTE_STREAM_SPLIT values: byte k of every value is stored in stream k, streams end to end.
enum ByteStreamSplit {
  /// Appends `count` values of `width` bytes each, rebuilt from the page's remaining bytes.
  static func decode(
    _ cursor: inout ByteCursor, width: Int, count: Int, into values: inout PhysicalValues
  ) throws {
    guard width > 0 else { throw ParquetFailure.damaged("a fixed-length column has no length") }
    let (total, overflow) = width.multipliedReportingOverflow(by: count)
    guard !overflow else { throw ParquetFailure.damaged("a page ends early") }
    let streams = try cursor.take(total)
    var joined = [UInt8](repeating: 0, count: total)
    for k in 0..<width {
      for i in 0..<count { joined[i * width + k] = streams[k * count + i] }
    }
    try joined.withUnsafeBytes { raw in
      var inner = ByteCursor(raw)
      switch values {
      case .bytes:
        try PlainDecoding.decode(
          &inner, physical: .fixedLenByteArray, length: width, count: count, into: &values)
      default:
        try PlainDecoding.decode(&inner, physical: .int32, length: width, count: count, into: &values)
      }
    }
  }
}
