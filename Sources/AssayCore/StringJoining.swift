extension String {
  /// This string followed by `other`, built in one allocation (`+` may grow the copy twice).
  func joined(with other: String) -> String {
    var (head, tail) = (self, other)
    return head.withUTF8 { first in
      tail.withUTF8 { second in
        String(unsafeUninitializedCapacity: first.count + second.count) { buffer in
          _ = buffer.initialize(fromContentsOf: first)
          _ = buffer[first.count...].initialize(fromContentsOf: second)
          return first.count + second.count
        }
      }
    }
  }
}
