import AssayCore
import Foundation

/// Where an answer came from.
public enum AnswerOrigin: String, Sendable, Equatable {
  /// A person gave it (a flag or the wizard).
  case given
  /// The advisor inferred it from a profile of the data.
  case inferred
  /// The advisor assumed it from a hint in the data (today's size, how the data looks to be used);
  /// the person knows better and can override it with `--answer`.
  case assumed
}

/// One answer to one question, with where it came from.
public struct Answer: Sendable, Equatable {
  /// The question's key.
  public var question: String
  /// The chosen answer's key; for a question that takes several answers, their keys joined by commas.
  public var value: String
  /// Who gave it.
  public var origin: AnswerOrigin
  /// For an inferred answer, what in the data led to it.
  public var evidence: String?

  /// An answer from its parts.
  public init(question: String, value: String, origin: AnswerOrigin = .given, evidence: String? = nil) {
    self.question = question
    self.value = value
    self.origin = origin
    self.evidence = evidence
  }

  /// The answer keys given: one, or several for a question that takes several answers.
  public var values: [String] { value.split(separator: ",").map(String.init) }
}

/// The answers so far, at most one per question.
public struct Answers: Sendable, Equatable {
  /// The answers, in the order they were set.
  public private(set) var all: [Answer] = []

  /// No answers.
  public init() {}

  /// These answers; a later answer to the same question replaces an earlier one.
  public init(_ answers: [Answer]) { answers.forEach { set($0) } }

  /// The answer key given to a question, if any.
  public subscript(question: String) -> String? { all.first { $0.question == question }?.value }

  /// The full answer to a question, if any.
  public func answer(to question: String) -> Answer? { all.first { $0.question == question } }

  /// Sets (or replaces) the answer to its question.
  public mutating func set(_ answer: Answer) {
    if let index = all.firstIndex(where: { $0.question == answer.question }) {
      all[index] = answer
    } else {
      all.append(answer)
    }
  }

  /// Removes the answer to a question.
  public mutating func remove(_ question: String) { all.removeAll { $0.question == question } }

  /// True when every condition (question → accepted answers) holds: one of the accepted answers was
  /// given, or each part of an accepted `a+b`; the answer key `RuleBook.unanswered` matches a question
  /// without an answer.
  public func satisfy(_ conditions: [String: [String]]) -> Bool {
    conditions.allSatisfy { question, accepted in
      guard let given = self[question] else { return accepted.contains(RuleBook.unanswered) }
      return accepted.contains { Self.holds($0, given: given) }
    }
  }

  /// True when an accepted entry (`a`, or `a+b` for answers given together) holds for a given value
  /// (`a`, or `a,b` for several answers).
  private static func holds(_ entry: String, given: String) -> Bool {
    if entry == given { return true }
    guard given.contains(","), !entry.isEmpty else { return false }
    let values = given.split(separator: ",")
    return entry.split(separator: "+").allSatisfy(values.contains)
  }
}

extension RuleBook {
  /// Parses `question=answer` as a given answer, checking both keys; a wrong key gets an error that
  /// lists the valid ones.
  public func parseAnswer(_ text: String) throws -> Answer {
    let parts = text.split(separator: "=", maxSplits: 1).map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw AssayError(
        message: "'\(SafeText.visible(text))' is not an answer",
        hint: "write question=answer, e.g. data=tabular; questions: \(questionKeys)")
    }
    return try validatedAnswer(question: parts[0], value: parts[1])
  }

  /// A given answer after checking that the question and the answer exist. A question that takes
  /// several answers accepts them comma-separated (`transactions,analytics`), kept in the book's order.
  public func validatedAnswer(question key: String, value: String) throws -> Answer {
    guard let question = question(key) else {
      throw AssayError(
        message: "unknown question '\(SafeText.visible(key))'", hint: "valid questions: \(questionKeys)")
    }
    let parts = value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    guard !parts.isEmpty else {
      throw AssayError(
        message: "no answer to '\(key)'",
        hint: "valid answers: \(question.answers.map(\.key).joined(separator: ", "))")
    }
    guard parts.count == 1 || question.acceptsSeveral else {
      throw AssayError(
        message: "'\(key)' takes one answer, not '\(SafeText.visible(value))'",
        hint: "valid answers: \(question.answers.map(\.key).joined(separator: ", "))")
    }
    for part in parts where question.answer(part) == nil {
      throw AssayError(
        message: "unknown answer '\(SafeText.visible(part))' to '\(key)'",
        hint: "valid answers: \(question.answers.map(\.key).joined(separator: ", "))")
    }
    let chosen = question.answers.map(\.key).filter(parts.contains)
    return Answer(question: key, value: chosen.joined(separator: ","))
  }

  /// The question keys, comma-separated.
  private var questionKeys: String { questions.map(\.key).joined(separator: ", ") }
}
