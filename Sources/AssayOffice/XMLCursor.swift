import AssayCore
import CLibXML2
import Foundation

/// A forward-only walk over the nodes of one XML part of a workbook, through libxml2's streaming
/// reader: element starts with their attributes, text, and element ends. Nothing is substituted and
/// nothing outside the bytes is read; a part with a DTD is refused before any of its entities could
/// be used. Errors are `AssayError`s naming the part. One thread at a time.
final class XMLCursor {
  /// What the cursor is on after `next()`.
  enum Node: Equatable {
    /// An element's start; `empty` for `<x/>`, which has no end node.
    case start(empty: Bool)
    /// Text inside an element (CDATA and whitespace too).
    case text
    /// An element's end.
    case end
  }

  private let reader: xmlTextReaderPtr
  /// The XML, copied to memory the reader may keep pointing at until it is freed.
  private let storage: UnsafeMutableBufferPointer<UInt8>
  private let failure: UnsafeMutablePointer<assay_xml_failure>
  /// The part's name, for messages: `book.xlsx: xl/worksheets/sheet1.xml`.
  let part: String

  /// A cursor over `bytes`, the XML of the part named `part`.
  init(_ bytes: [UInt8], part: String) throws {
    if let reason = assay_libxml2_load() {
      throw AssayError(message: "\(part): \(String(cString: reason))", hint: "install the libxml2 package")
    }
    guard let size = Int32(exactly: bytes.count) else {
      throw AssayError(message: "\(part): over 2 GiB of XML")
    }
    if Self.declaresDocumentType(bytes) { throw Self.documentType(part) }
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
    _ = storage.initialize(from: bytes)
    let failure = UnsafeMutablePointer<assay_xml_failure>.allocate(capacity: 1)
    failure.initialize(to: assay_xml_failure())
    let made = storage.baseAddress.flatMap { base in
      base.withMemoryRebound(to: CChar.self, capacity: storage.count) { assay_xml_reader($0, size, failure) }
    }
    guard let made else {
      storage.deallocate()
      failure.deallocate()
      throw AssayError(message: "\(part): not XML")
    }
    (self.reader, self.storage, self.failure, self.part) = (made, storage, failure, part)
  }

  deinit {
    xmlFreeTextReader(reader)
    storage.deallocate()
    failure.deallocate()
  }

  /// Moves to the next element start, text or element end; nil at the end of the document.
  func next() throws -> Node? {
    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { return nil }
      if status < 0 { throw malformed() }
      switch Int(xmlTextReaderNodeType(reader)) {
      case ASSAY_XML_ELEMENT: return .start(empty: xmlTextReaderIsEmptyElement(reader) == 1)
      case ASSAY_XML_END_ELEMENT: return .end
      case ASSAY_XML_TEXT, ASSAY_XML_CDATA, ASSAY_XML_WHITESPACE, ASSAY_XML_SIGNIFICANT_WHITESPACE:
        return .text
      case ASSAY_XML_DOCUMENT_TYPE:
        throw Self.documentType(part)  // one in an encoding other than UTF-8, which the scan misses
      case ASSAY_XML_ENTITY_REFERENCE:
        throw AssayError(message: "\(part): refers to an entity, which no workbook part does; not read")
      default: continue  // comments, processing instructions, the XML declaration
      }
    }
  }

  /// True when the node's local name (its name without a namespace prefix) is `name`.
  func isNamed(_ name: StaticString) -> Bool {
    guard let local = xmlTextReaderConstLocalName(reader) else { return false }
    return cStringIs(local, name)
  }

  /// The text of the text node the cursor is on.
  var text: String {
    guard let value = xmlTextReaderConstValue(reader) else { return "" }
    return String(cString: value)
  }

  /// Calls `body` with the local name and value of each attribute of the element the cursor is on,
  /// then returns to the element. The pointers live until the cursor moves.
  func forEachAttribute(_ body: (_ name: UnsafePointer<UInt8>, _ value: UnsafePointer<UInt8>) -> Void) {
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      if let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader) {
        body(name, value)
      }
    }
    xmlTextReaderMoveToElement(reader)
  }

  /// Bytes of the part read so far.
  var bytesRead: Int { max(0, Int(xmlTextReaderByteConsumed(reader))) }

  /// Bytes of the part.
  var totalBytes: Int { storage.count }

  /// True when the UTF-8 `bytes` declare a document type (`<!DOCTYPE`) before their first element:
  /// such a part is refused before libxml2 reads its declarations, so no entity of it is ever
  /// expanded (no billion laughs) and nothing it names is fetched.
  static func declaresDocumentType(_ bytes: [UInt8]) -> Bool {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
      let rest = bytes[open...]
      if rest.starts(with: Array("<!DOCTYPE".utf8)) { return true }
      let closing: [UInt8]
      if rest.starts(with: Array("<?".utf8)) {
        closing = Array("?>".utf8)
      } else if rest.starts(with: Array("<!--".utf8)) {
        closing = Array("-->".utf8)
      } else {
        return false
      }
      guard let end = rest.firstRange(of: closing) else { return false }
      index = end.upperBound
    }
    return false
  }

  /// The error for a part that declares a document type.
  private static func documentType(_ part: String) -> AssayError {
    AssayError(message: "\(part): has a DTD, which no workbook part has; not read")
  }

  /// The error for a document libxml2 could not read: its first complaint and line.
  private func malformed() -> AssayError {
    let report = failure.pointee
    guard report.reported != 0 else { return AssayError(message: "\(part): malformed XML") }
    let message = withUnsafeBytes(of: report.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
    return AssayError(message: "\(part): malformed XML at line \(report.line): \(reason)")
  }
}

/// True when the NUL-terminated `text` is `name`.
func cStringIs(_ text: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
  let expected = name.utf8Start
  for index in 0..<name.utf8CodeUnitCount where text[index] != expected[index] { return false }
  return text[name.utf8CodeUnitCount] == 0
}

/// The bytes of the NUL-terminated `text`, without the NUL.
func cStringBytes(_ text: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
  var length = 0
  while text[length] != 0 { length += 1 }
  return UnsafeBufferPointer(start: text, count: length)
}
