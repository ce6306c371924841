import AssayStoreText

/// Reads the input as an object store's listing answer, S3's and Azure's XML (and its elements'
/// text, references decoded) and Google Cloud Storage's JSON, and as an AWS profile file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzStoreAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let page = ListPage(s3Listing: text)
  let json = ListPage(gcsListing: text)
  let blobs = ListPage(azureListing: text)
  _ =
    page.objects.count + page.prefixes.count + json.objects.count + json.prefixes.count + blobs.objects.count
  _ = XMLElements(text[...]).all("Key").map { XMLElements.decoded($0) }
  _ = ProfileFile(text: text).section("default")
  return 0
}
