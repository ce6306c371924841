import AssayAdvisor
import Foundation

/// Decodes the input as a rule book (JSON) and, when it is valid, asks it for advice with no answers.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  if let book = try? RuleBook.decode(Data(UnsafeBufferPointer(start: data, count: size)), name: "fuzz.json") {
    _ = Advisor(book: book).recommend(Answers())
  }
  return 0
}
