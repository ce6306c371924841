import AssayCSV
import Foundation

/// The keys met in one chunk's objects, as a tree: a node is a key under its parent object (the
/// root is node 0), and the dotted path from the root names its column (`user.address.city`).
/// Nodes are found by a hash of parent and key; a row whose keys come in the order of the row
/// before finds each one by comparing it with the node at the same place (`predicted`).
struct KeyPaths {
  /// Each node's parent (-1 for the root).
  private(set) var parents: [Int32] = [-1]
  /// Each node's key bytes, as a range of `keyBytes`.
  private var keyStarts: [Int] = [1]
  private var keyLengths: [Int] = [0]
  /// True for a key whose bytes are its text as written (no escapes can stand for them).
  private var plain: [Bool] = [true]
  /// The keys' bytes, after one byte that keeps the storage from being empty.
  private var keyBytes: [UInt8] = [0]
  /// Each node's column: `unassigned` until a value other than an object is met under it.
  var columns: [Int32] = [KeyPaths.unassigned]
  private var slots = [Int32](repeating: -1, count: 64)

  /// The column of a node no value has been met under yet.
  static let unassigned: Int32 = -1
  /// The column of a node whose column is left out by the projection.
  static let skipped: Int32 = -2

  /// The node of `key` (its decoded bytes) under `parent`, added when new.
  mutating func child(of parent: Int32, key: UnsafePointer<UInt8>, length: Int) -> Int32 {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: Self.hash(parent, key, length)) & mask
    while true {
      let node = slots[slot]
      if node < 0 { break }
      if parents[Int(node)] == parent && matches(node, key, length) { return node }
      slot = (slot + 1) & mask
    }
    let node = Int32(parents.count)
    parents.append(parent)
    keyStarts.append(keyBytes.count)
    keyLengths.append(length)
    let bytes = UnsafeBufferPointer(start: key, count: length)
    plain.append(!bytes.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 < 0x20 })
    keyBytes.append(contentsOf: bytes)
    columns.append(Self.unassigned)
    slots[slot] = node
    if parents.count * 2 > slots.count { rehash() }
    return node
  }

  /// True when `node` is `key` under `parent`, as written at `text` (the bytes after the opening
  /// quote, `available` of them): its plain bytes followed by the closing quote.
  @inline(__always)
  func isWritten(_ node: Int32, under parent: Int32, at text: UnsafePointer<UInt8>, available: Int) -> Bool {
    let index = Int(node)
    let length = keyLengths[index]
    guard parents[index] == parent, plain[index], length < available, text[length] == UInt8(ascii: "\"")
    else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress.unsafelyUnwrapped + keyStarts[index], text, length) == 0
    }
  }

  /// Bytes in the node's key.
  func keyLength(_ node: Int32) -> Int { keyLengths[Int(node)] }

  /// Nodes so far, the root included.
  var count: Int { parents.count }

  /// The dotted name of a node's column: its keys from the root, joined by dots.
  func name(of node: Int32) -> String {
    var keys: [String] = []
    var current = Int(node)
    while current > 0 {
      let start = keyStarts[current]
      keys.append(String(decoding: keyBytes[start..<start + keyLengths[current]], as: UTF8.self))
      current = Int(parents[current])
    }
    return keys.reversed().joined(separator: ".")
  }

  private func matches(_ node: Int32, _ key: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    let index = Int(node)
    guard keyLengths[index] == length else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress.unsafelyUnwrapped + keyStarts[index], key, length) == 0
    }
  }

  private mutating func rehash() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    keyBytes.withUnsafeBufferPointer { stored in
      let base = stored.baseAddress.unsafelyUnwrapped
      for node in 1..<parents.count {
        let key = base + keyStarts[node]
        var slot = Int(truncatingIfNeeded: Self.hash(parents[node], key, keyLengths[node])) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(node)
      }
    }
  }

  private static func hash(_ parent: Int32, _ key: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = (UInt64(UInt32(bitPattern: parent)) << 32 | UInt64(length)) &* multiplier
    for index in 0..<length { hash = (hash ^ UInt64(key[index])) &* multiplier }
    return hash ^ (hash >> 29)
  }
}
