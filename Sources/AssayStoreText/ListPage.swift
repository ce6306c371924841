import AssayCore
import Foundation

/// One object of a listing.
public struct StoreObject: Sendable, Equatable {
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
public struct ListPage: Sendable, Equatable {
  /// The objects.
  public var objects: [StoreObject]
  /// The common prefixes (`2024/`), when listed with a delimiter.
  public var prefixes: [String]
  /// The token of the next page; nil on the last.
  public var nextToken: String?

  /// The page an S3 `ListBucketResult` answer holds (ListObjectsV2); what it lacks is left empty.
  public init(s3Listing text: String) {
    let xml = XMLElements(text[...])
    objects = xml.all("Contents").map { block in
      let item = XMLElements(block)
      return StoreObject(
        key: item.value("Key") ?? "", size: Int(item.value("Size") ?? "") ?? 0,
        modified: item.value("LastModified").flatMap(Self.date), storageClass: item.value("StorageClass"))
    }
    prefixes = xml.all("CommonPrefixes").compactMap { XMLElements($0).value("Prefix") }
    nextToken = xml.value("IsTruncated") == "true" ? xml.value("NextContinuationToken") : nil
  }

  /// The page a Google Cloud Storage `objects.list` answer (JSON) holds; what it lacks, or an
  /// answer that is not such JSON, is left empty.
  public init(gcsListing text: String) {
    let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    let items = json["items"] as? [[String: Any]] ?? []
    objects = items.map(Self.gcsObject)
    prefixes = (json["prefixes"] as? [Any] ?? []).compactMap { $0 as? String }
    nextToken = json["nextPageToken"] as? String
  }

  /// The page an Azure Blob Storage `List Blobs` answer (`EnumerationResults`) holds; what it
  /// lacks is left empty.
  public init(azureListing text: String) {
    let xml = XMLElements(text[...])
    objects = xml.all("Blob").map { block in
      let item = XMLElements(block)
      return StoreObject(
        key: item.value("Name") ?? "", size: Int(item.value("Content-Length") ?? "") ?? 0,
        modified: item.value("Last-Modified").flatMap(Self.httpDate), storageClass: item.value("AccessTier"))
    }
    prefixes = xml.all("BlobPrefix").compactMap { XMLElements($0).value("Name") }
    nextToken = xml.value("NextMarker").flatMap { $0.isEmpty ? nil : $0 }
  }

  /// An object of a Google Cloud Storage answer (its size is a decimal string there).
  public static func gcsObject(_ item: [String: Any]) -> StoreObject {
    let size = (item["size"] as? String).flatMap { Int($0) } ?? (item["size"] as? Int) ?? 0
    return StoreObject(
      key: item["name"] as? String ?? "", size: size,
      modified: (item["updated"] as? String).flatMap(Self.date),
      storageClass: item["storageClass"] as? String)
  }

  /// `Fri, 01 Mar 2024 08:00:00 GMT` (an HTTP date) as a date; nil when it is not one. Only text of
  /// that form's 29 ASCII characters reaches Foundation's formatter, which traps on some other
  /// text (a range error on bytes that are no ASCII).
  public static func httpDate(_ text: String) -> Date? {
    guard text.utf8.count == 29, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
  }

  /// `2024-03-01T08:00:00.000Z` as a date; nil when it is not one.
  public static func date(_ text: String) -> Date? {
    TimeLiteral.parse(text).map { Date(timeIntervalSince1970: Double($0.micros) / 1e6) }
  }
}
