import ArgumentParser
import Testing

@testable import assay

/// `LsRequest.parsePlain` gives what the argument parser gives, and leaves every other spelling to it.
@Suite struct LsArgumentsTests {
  /// What a parsed `ls` asks for, to compare.
  struct Request: Equatable {
    let path: String
    let flags: [Bool]
    let format: SheetFormat
    let output: String?
    let color: ColorChoice
    let noColor: Bool
    let options: [String: String]

    init(_ request: LsRequest) {
      path = request.path
      flags = [request.scope.recursive, request.scope.hidden, request.scope.sniffAll, request.summary]
      format = request.format
      output = request.output.output
      color = request.output.color
      noColor = request.output.noColor
      options = request.options.named
    }
  }

  /// The request the whole command tree parses from `assay ls ARGUMENTS`.
  func parsedByTheTree(_ arguments: [String]) throws -> Request {
    let command = try Assay.parseAsRoot(["ls"] + arguments)
    return Request(try #require(command as? LsCommand).request)
  }

  /// Every plain spelling, alone and with one of another kind in either order, and all kinds at once.
  static let plainArguments: [[String]] = {
    let kinds: [[[String]]] = [
      [["-r"], ["--recursive"]], [["-a"], ["--all"]], [["--sniff"]], [["--summary"]], [["--no-color"]],
      ["text", "csv", "tsv", "json", "jsonl"].map { ["--format", $0] },
      ["auto", "always", "never"].map { ["--color", $0] },
      [["-o", "out.csv"], ["--output", "a b"], ["-o", ""]],
      [["some/folder"], ["help"], ["ls"], [""], ["x=y"]],
    ]
    var cases: [[String]] = [[]] + kinds.joined()
    for (index, kind) in kinds.enumerated() {
      for other in kinds[(index + 1)...] {
        for first in kind {
          for second in other { cases += [first + second, second + first] }
        }
      }
    }
    cases.append(["data", "-r", "--summary", "--format", "csv", "-a", "--sniff", "--no-color", "-o", "o.csv"])
    cases.append(["--color", "never", "--summary", "--all", "--output", "o", "--recursive", "dir"])
    return cases
  }()

  @Test(arguments: plainArguments)
  func plainSpellingsParseAsTheTreeParsesThem(arguments: [String]) throws {
    let plain = try #require(LsRequest.parsePlain(arguments))
    #expect(Request(plain) == (try parsedByTheTree(arguments)))
  }

  @Test(arguments: [
    ["-h"], ["--help"], ["-help"], ["--version"], ["--format=csv"], ["-ra"], ["--", "-r"], ["--bogus"], ["-"],
    ["--format", "CSV"], ["--format"], ["--color", "bogus"], ["-o"], ["-o", "--summary"], ["-o", "-"],
    ["-r", "-r"], ["-r", "--recursive"], ["a", "b"], ["--format", "csv", "--format", "json"],
    ["-o", "a", "-o", "b"],
    ["--generate-completion-script", "zsh"], ["--experimental-dump-help"], ["---completion", "--", "x"],
  ])
  func everyOtherSpellingIsLeftToTheTree(arguments: [String]) {
    #expect(LsRequest.parsePlain(arguments) == nil)
  }
}
