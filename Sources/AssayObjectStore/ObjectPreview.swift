import AssayCore
import AssayStoreText
import Foundation

/// An object Assay reads no table from (an image, an archive, a document), opened from a listing:
/// its metadata, then its first kilobyte as hex and text, 16 bytes a row, as a two-column sheet.
struct ObjectPreview: TableSource {
  /// The store.
  let store: any ObjectStore
  /// The bucket.
  let bucket: String
  /// The object.
  let object: StoreObject
  /// Bytes shown.
  static let previewBytes = 1024

  var displayName: String { store.locator(bucket: bucket, key: object.key) }

  /// Reads the first kilobyte, on a thread of its own, and yields the sheet once. An object that
  /// cannot be read (one archived in a cold class) still shows its metadata, and why.
  func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let preview = self
    return AsyncThrowingStream { continuation in
      Thread.detachNewThread {
        let count = min(Self.previewBytes, preview.object.size)
        let read = Result<[UInt8], any Error> {
          guard count > 0 else { return [] }
          return try preview.store.get(
            bucket: preview.bucket, key: preview.object.key, range: 0...(count - 1))
        }
        let table = preview.table(read)
        let received = (try? read.get().count) ?? 0
        continuation.yield(
          LoadUpdate(
            table: table,
            progress: LoadProgress(
              bytesRead: received, totalBytes: count, rows: table.rowCount, finished: true)))
        continuation.finish()
      }
    }
  }

  /// The metadata rows, then a row per 16 bytes read: offset, hex, and the bytes as text (`.` for
  /// any byte that is not printable ASCII); or why they could not be read.
  func table(_ read: Result<[UInt8], any Error>) -> Table {
    let bytes = (try? read.get()) ?? []
    let kind = EntryKind(FileKind.of(name: object.key, leadingBytes: bytes))
    var rows: [(String, String)] = [
      ("key", object.key), ("kind", kind.description), ("bytes", String(object.size)),
      (
        "modified",
        object.modified.map { TimeText.iso(Int64($0.timeIntervalSince1970 * 1e6), zone: .utc) } ?? ""
      ),
      ("storage class", object.storageClass ?? ""),
    ]
    if case .failure(let error) = read {
      let message = (error as? AssayError)?.message ?? String(describing: error)
      rows.append(
        (
          "first bytes",
          message.hasPrefix(displayName + ": ") ? String(message.dropFirst(displayName.count + 2)) : message
        ))
    }
    for start in stride(from: 0, to: bytes.count, by: 16) {
      let line = bytes[start..<min(bytes.count, start + 16)]
      let hex = line.map {
        String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16)
      }
      let text = String(line.map { (0x20..<0x7f).contains($0) ? Character(UnicodeScalar($0)) : "." })
      let offset = String(start, radix: 16)
      rows.append(
        (
          String(repeating: "0", count: max(0, 4 - offset.count)) + offset,
          hex.joined(separator: " ") + "  " + text
        ))
    }
    return Table(
      name: displayName,
      columns: [
        Column(name: "field", type: .string, values: rows.map { .string($0.0) }),
        Column(name: "value", type: .string, values: rows.map { .string($0.1) }),
      ])
  }
}
