import Foundation

extension String {
  /// True when this string's UTF-8 bytes sort before `other`'s (byte order, as `ls` with
  /// LC_ALL=C): `utf8.lexicographicallyPrecedes`, comparing contiguous bytes with `memcmp`.
  public func precedesInByteOrder(_ other: String) -> Bool {
    let order = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        let common = min(mine.count, theirs.count)
        let sign = common == 0 ? 0 : memcmp(mine.baseAddress!, theirs.baseAddress!, common)
        return sign != 0 ? sign < 0 : mine.count < theirs.count
      }
    }
    return (order ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
  }
}
