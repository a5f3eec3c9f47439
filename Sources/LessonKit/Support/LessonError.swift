/// A problem in a lesson, located at `file:line[:column]`, with what went wrong and what to do.
public struct LessonError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The lesson's path as the user names it, e.g. `Lessons/03-maximum-likelihood.md`.
    public var file: String
    /// The 1-based line in the lesson file.
    public var line: Int
    /// The 1-based column, when known.
    public var column: Int?
    /// What went wrong.
    public var message: String
    /// What to do about it, if there is something useful to say.
    public var hint: String?

    /// Creates an error located in a lesson file.
    public init(file: String, line: Int, column: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line[:column]`, the form editors and CI annotations understand.
    public var location: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Every authoring error found in a lesson, in the order of the file, reported together.
public struct LessonErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The errors, sorted by line and column.
    public var errors: [LessonError]
    /// The links of the lesson, so that links to other lessons are checked even when it does not parse.
    var links: [LessonLink]

    /// Collects errors, sorting them by their place in the file.
    public init(_ errors: [LessonError]) {
        self.init(errors, links: [])
    }

    /// Collects errors and the links of the lesson they were found in.
    init(_ errors: [LessonError], links: [LessonLink]) {
        self.errors = errors.sorted { ($0.file, $0.line, $0.column ?? 0) < ($1.file, $1.line, $1.column ?? 0) }
        self.links = links
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// A problem with how the tool was called or configured (exit code 2), not with a lesson's content.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One clear line: what is wrong and what to do.
    public var message: String

    /// Creates a usage error with a one-line message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "error: \(message)" }
}
