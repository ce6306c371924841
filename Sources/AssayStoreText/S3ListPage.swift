import AssayCore
import Foundation

/// One object of a listing.
public struct S3Object: Sendable, Equatable {
  /// The key.
  public var key: String
  /// Bytes.
  public var size: Int
  /// The last modification.
  public var modified: Date?
  /// The storage class (`STANDARD`, `GLACIER`…), when given.
  public var storageClass: String?

  /// An object from its parts.
  public init(key: String, size: Int, modified: Date?, storageClass: String?) {
    self.key = key
    self.size = size
    self.modified = modified
    self.storageClass = storageClass
  }
}

/// One page of a listing: objects, and the common prefixes a delimiter folds them into.
public struct S3ListPage: Sendable, Equatable {
  /// The objects.
  public var objects: [S3Object]
  /// The common prefixes (`2024/`), when listed with a delimiter.
  public var prefixes: [String]
  /// The token of the next page; nil on the last.
  public var nextToken: String?

  /// The page an S3 `ListBucketResult` answer holds (ListObjectsV2); what it lacks is left empty.
  public init(listing text: String) {
    let xml = XMLElements(text[...])
    objects = xml.all("Contents").map { block in
      let item = XMLElements(block)
      return S3Object(
        key: item.value("Key") ?? "", size: Int(item.value("Size") ?? "") ?? 0,
        modified: item.value("LastModified").flatMap(Self.date), storageClass: item.value("StorageClass"))
    }
    prefixes = xml.all("CommonPrefixes").compactMap { XMLElements($0).value("Prefix") }
    nextToken = xml.value("IsTruncated") == "true" ? xml.value("NextContinuationToken") : nil
  }

  /// `2024-03-01T08:00:00.000Z` as a date; nil when it is not one.
  public static func date(_ text: String) -> Date? {
    TimeLiteral.parse(text).map { Date(timeIntervalSince1970: Double($0.micros) / 1e6) }
  }
}
