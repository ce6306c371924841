/// A reason a category scored: a rule's line and the answers that triggered it.
public struct Reason: Sendable, Equatable {
  /// The rule's one-line reason.
  public var text: String
  /// The answers the rule matched, as `question=answer`, in question order.
  public var answers: [String]
  /// The points the rule gave this category.
  public var points: Int
}

/// A category with its score and the reasons for it.
public struct ScoredCategory: Sendable, Equatable {
  /// The category.
  public var category: StorageCategory
  /// The sum of the points of every matching rule.
  public var score: Int
  /// The matching rules that gave points, strongest first.
  public var reasons: [Reason]
}

/// One answer change that would put an alternative first.
public struct Tip: Sendable, Equatable {
  /// The question to answer differently.
  public var question: String
  /// The answer that would tip the choice.
  public var value: String
  /// The answer's label.
  public var label: String
}

/// A runner-up, with what would make it the first choice.
public struct Alternative: Sendable, Equatable {
  /// The category, its score and reasons.
  public var scored: ScoredCategory
  /// Single answer changes that would make this category first (at most two).
  public var tips: [Tip]
}

/// A note of the recommended category that applies to the answers.
public struct AppliedNote: Sendable, Equatable {
  /// What the note is about.
  public var title: String
  /// The advice.
  public var text: String
}

/// The advisor's answer: the top category with its reasons, alternatives, notes, and the answers used.
public struct Recommendation: Sendable, Equatable {
  /// The first choice, or nil when no rule matched (no answers yet).
  public var top: ScoredCategory?
  /// The categories tied with the first choice and what separates them; nil when the first leads.
  public var tie: Tie?
  /// One or two runners-up.
  public var alternatives: [Alternative]
  /// Storage class, tiering and high-availability advice for the first choice.
  public var notes: [AppliedNote]
  /// The answers the recommendation used.
  public var answers: Answers
  /// The keys of questions still without an answer, in question order.
  public var unanswered: [String]
}

/// Categories that scored within the tie margin of the first: the answers do not decide between them.
public struct Tie: Sendable, Equatable {
  /// The tied categories, the first choice first; equal scores are a tie, not a ranking.
  public var categories: [ScoredCategory]
  /// The one question to answer next, whose answers put the most tied categories clearly first; nil
  /// when no single unanswered question puts any of them first.
  public var question: SeparatingQuestion?
}

/// A question that separates tied categories, with the category each of its deciding answers puts first.
public struct SeparatingQuestion: Sendable, Equatable {
  /// The question's key.
  public var key: String
  /// The question as a person reads it.
  public var text: String
  /// The answers that put a tied category clearly first, in the question's order.
  public var outcomes: [Outcome]
}

/// One answer to a separating question and the category it puts first.
public struct Outcome: Sendable, Equatable {
  /// The answer's key.
  public var answer: String
  /// The answer's label.
  public var label: String
  /// The category this answer puts first.
  public var category: StorageCategory
}
