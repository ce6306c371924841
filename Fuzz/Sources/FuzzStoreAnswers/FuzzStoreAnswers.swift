import AssayStoreText

/// Reads the input as an object store's listing answer (and its elements' text, references
/// decoded) and as an AWS profile file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzStoreAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let page = S3ListPage(listing: text)
  _ = page.objects.count + page.prefixes.count
  _ = XMLElements(text[...]).all("Key").map { XMLElements.decoded($0) }
  _ = ProfileFile(text: text).section("default")
  return 0
}
