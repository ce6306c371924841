/// Strings of one column chunk, stored compactly: either packed UTF-8 bytes with offsets,
/// or small integer codes into a dictionary of distinct values.
public enum StringStorage: Sendable, Equatable {
  /// `bytes[offsets[i]..<offsets[i+1]]` is row i's UTF-8 text; `offsets.count == rows + 1`.
  case packed(bytes: [UInt8], offsets: [UInt32])
  /// Row i is `dictionary[Int(codes[i])]`.
  case dictionary(codes: [UInt32], dictionary: [String])

  /// Number of rows.
  public var count: Int {
    switch self {
    case .packed(_, let offsets): return offsets.count - 1
    case .dictionary(let codes, _): return codes.count
    }
  }

  /// Row i's text.
  @inlinable public func string(at i: Int) -> String {
    switch self {
    case .packed(let bytes, let offsets):
      let start = Int(offsets[i]), end = Int(offsets[i + 1])
      return bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
      }
    case .dictionary(let codes, let dictionary):
      return dictionary[Int(codes[i])]
    }
  }
}
