import AssayCore
import Foundation

/// Collects one chunk's strings: as dictionary codes while few distinct values have been seen,
/// switching to packed bytes with offsets once the values turn out to be mostly distinct.
/// Its buffers are freed by `deallocate()`, which the owner calls exactly once.
struct StringColumnBuilder {
  private let expectedRows: Int
  private var usesDictionary = true
  private var codes: RawBuffer<UInt32>
  private var distinctBytes: [UInt8] = []
  private var distinctOffsets: [UInt32] = [0]
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var bytes = RawBuffer<UInt8>(capacity: 0)
  private var offsets = RawBuffer<UInt32>(capacity: 0)

  /// An empty builder expecting about `expectedRows` rows.
  init(expectedRows: Int) {
    self.expectedRows = expectedRows
    codes = RawBuffer(capacity: expectedRows)
    offsets.append(0)
  }

  /// Frees the buffers.
  func deallocate() {
    codes.deallocate()
    bytes.deallocate()
    offsets.deallocate()
  }

  /// Appends a row's text; returns the index of a NUL or invalid UTF-8 byte in it, if any.
  /// `isPlainASCII` says the caller has seen that the bytes are ASCII without NUL.
  @inline(__always)
  mutating func append(_ p: UnsafePointer<UInt8>, _ length: Int, isPlainASCII: Bool = false) -> Int? {
    if usesDictionary { return appendCode(p, length) }
    if !isPlainASCII, let problem = TextValidation.firstProblem(p, length) { return problem }
    bytes.append(p, count: length)
    offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    return nil
  }

  /// Appends a null row's placeholder (the empty string).
  mutating func appendPlaceholder() {
    if usesDictionary {
      let empty: [UInt8] = [0]
      _ = empty.withUnsafeBufferPointer { appendCode($0.baseAddress.unsafelyUnwrapped, 0) }
    } else {
      offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }
  }

  private mutating func appendCode(_ p: UnsafePointer<UInt8>, _ length: Int) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(p, length)) & mask
    while true {
      let code = slots[slot]
      if code < 0 { break }
      if distinctEquals(Int(code), p, length) {
        codes.append(UInt32(code))
        return nil
      }
      slot = (slot + 1) & mask
    }
    if let problem = TextValidation.firstProblem(p, length) { return problem }
    let code = distinctOffsets.count - 1
    distinctBytes.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
    distinctOffsets.append(UInt32(truncatingIfNeeded: distinctBytes.count))
    slots[slot] = Int32(code)
    codes.append(UInt32(code))
    if code + 1 > 256 && (code + 1) * 4 > codes.count || code + 1 > 65_536 {
      switchToPacked()
    } else if (code + 1) * 2 > slots.count {
      rehash(capacity: slots.count * 2)
    }
    return nil
  }

  /// A hash of the bytes, eight at a time.
  @inline(__always)
  private static func hash(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(length) &* multiplier
    let raw = UnsafeRawPointer(p)
    var index = 0
    while index + 8 <= length {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
      hash ^= hash >> 32
      index += 8
    }
    var tail: UInt64 = 0
    while index < length {
      tail = tail << 8 | UInt64(p[index])
      index += 1
    }
    hash = (hash ^ tail) &* multiplier
    return hash ^ (hash >> 29)
  }

  private func distinctEquals(_ code: Int, _ p: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    let start = Int(distinctOffsets[code])
    guard Int(distinctOffsets[code + 1]) - start == length else { return false }
    return distinctBytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress.unsafelyUnwrapped + start, p, length) == 0
    }
  }

  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: -1, count: capacity)
    let mask = capacity - 1
    distinctBytes.withUnsafeBufferPointer { stored in
      for code in 0..<(distinctOffsets.count - 1) {
        let start = Int(distinctOffsets[code]), end = Int(distinctOffsets[code + 1])
        var slot =
          Int(truncatingIfNeeded: Self.hash(stored.baseAddress.unsafelyUnwrapped + start, end - start)) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(code)
      }
    }
  }

  private mutating func switchToPacked() {
    usesDictionary = false
    var textBytes = 0
    for index in 0..<codes.count {
      let code = Int(codes[index])
      textBytes += Int(distinctOffsets[code + 1] - distinctOffsets[code])
    }
    let rows = max(expectedRows, codes.count * 2)
    bytes.deallocate()
    offsets.deallocate()
    bytes = RawBuffer(capacity: textBytes / max(1, codes.count) * rows * 9 / 8 + 64)
    offsets = RawBuffer(capacity: rows + 1)
    offsets.append(0)
    distinctBytes.withUnsafeBufferPointer { stored in
      for index in 0..<codes.count {
        let code = Int(codes[index])
        let start = Int(distinctOffsets[code]), end = Int(distinctOffsets[code + 1])
        bytes.append(stored.baseAddress.unsafelyUnwrapped + start, count: end - start)
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
      }
    }
    distinctBytes = []
    distinctOffsets = []
    slots = []
  }

  /// The finished storage (copied out; the builder still owns its buffers).
  func finish() -> StringStorage {
    guard usesDictionary else { return .packed(bytes: bytes.array(), offsets: offsets.array()) }
    let dictionary = (0..<(distinctOffsets.count - 1)).map { code in
      String(
        decoding: distinctBytes[Int(distinctOffsets[code])..<Int(distinctOffsets[code + 1])], as: UTF8.self)
    }
    return .dictionary(codes: codes.array(), dictionary: dictionary)
  }
}
