import AssayCore
import Foundation

/// The advisor's knowledge as data: questions with their answers, storage categories with their
/// products and notes, and the rules that score categories from answers. Loaded from `rules.json`.
public struct RuleBook: Sendable, Equatable, Codable {
  /// The format version of the file.
  public var version: Int
  /// Providers whose products each category names, in display order.
  public var providers: [Provider]
  /// The questions, in the order the wizard asks them.
  public var questions: [Question]
  /// The storage categories that can be recommended.
  public var categories: [StorageCategory]
  /// The scoring rules.
  public var rules: [Rule]

  /// The question with this key, if any.
  public func question(_ key: String) -> Question? { questions.first { $0.key == key } }

  /// The category with this key, if any.
  public func category(_ key: String) -> StorageCategory? { categories.first { $0.key == key } }
}

/// A cloud or open-source family of products.
public struct Provider: Sendable, Equatable, Codable {
  /// The key used in a category's `products`.
  public var key: String
  /// The name people read.
  public var name: String
}

/// One question of the wizard and the answers it accepts.
public struct Question: Sendable, Equatable, Codable {
  /// The key used in `--answer key=value` and in rules.
  public var key: String
  /// The question as a person reads it.
  public var text: String
  /// True when several answers may be given at once (`access=transactions,analytics`).
  public var multiple: Bool?
  /// The accepted answers, in display order.
  public var answers: [AnswerOption]

  /// True when several answers may be given at once.
  public var acceptsSeveral: Bool { multiple ?? false }

  /// The answer with this key, if any.
  public func answer(_ key: String) -> AnswerOption? { answers.first { $0.key == key } }
}

/// One accepted answer to a question.
public struct AnswerOption: Sendable, Equatable, Codable {
  /// The key used in `--answer question=key` and in rules.
  public var key: String
  /// The answer as a person reads it.
  public var label: String
  /// For an answer about size: the bytes it stays below, so that a measured size picks it. Each answer
  /// of such a question but the last has a bound, rising from answer to answer.
  public var bytesBelow: Int?
}

/// A storage category the advisor can recommend.
public struct StorageCategory: Sendable, Equatable, Codable {
  /// The key used in rules.
  public var key: String
  /// The category's name for people.
  public var name: String
  /// What the category is, in one line.
  public var summary: String
  /// Product names per provider key.
  public var products: [String: [String]]
  /// Advice added when the category is recommended and the note's conditions hold.
  public var notes: [CategoryNote]
}

/// Advice attached to a category, such as a storage class or a high-availability option.
public struct CategoryNote: Sendable, Equatable, Codable {
  /// What the note is about, e.g. `storage class`.
  public var title: String
  /// The answers under which the note applies (question key → accepted answer keys).
  public var when: [String: [String]]
  /// The advice.
  public var text: String
}

/// A scoring rule: when every condition holds, each category's score changes by the given points.
public struct Rule: Sendable, Equatable, Codable {
  /// Question key → the answer keys that satisfy it; all questions must be satisfied. An entry
  /// `a+b` of a question that takes several answers holds only when both `a` and `b` were given.
  public var when: [String: [String]]
  /// Category key → points (negative points count against a category).
  public var scores: [String: Int]
  /// Why, in one line.
  public var reason: String
}

extension RuleBook {
  /// The answer key a condition uses to match a question that has no answer.
  public static let unanswered = "unanswered"

  /// The rule book compiled into Assay (`Resources/rules.json`); `--rules FILE` replaces it.
  public static func bundled() throws -> RuleBook {
    try decode(Data(BuiltInRules.json.utf8), name: "built-in rules.json")
  }

  /// Reads and validates a rule book from a JSON file.
  public static func load(contentsOf path: String) throws -> RuleBook {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AssayError(
        message: "\(path): cannot read the rules file", hint: "check the path and its permissions")
    }
    return try decode(data, name: path)
  }

  /// Decodes and validates a rule book from JSON bytes; `name` locates errors.
  public static func decode(_ data: Data, name: String) throws -> RuleBook {
    let book: RuleBook
    do {
      book = try JSONDecoder().decode(RuleBook.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw AssayError(
        message: "not valid JSON (\(context.debugDescription))", location: SourceLocation(source: name))
    } catch let DecodingError.keyNotFound(key, context) {
      throw AssayError(
        message: "\(path(context.codingPath + [key])) is missing", location: SourceLocation(source: name))
    } catch let DecodingError.typeMismatch(_, context) {
      throw AssayError(
        message: "\(path(context.codingPath)) has the wrong type (\(context.debugDescription))",
        location: SourceLocation(source: name))
    } catch {
      throw AssayError(message: "cannot decode the rules (\(error))", location: SourceLocation(source: name))
    }
    let problems = book.problems()
    if let first = problems.first {
      throw AssayError(
        message: first, location: SourceLocation(source: name),
        hint: problems.count > 1 ? "and \(problems.count - 1) more problems" : nil)
    }
    return book
  }

  /// A coding path as `rules[3].scores`.
  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
  }
}
