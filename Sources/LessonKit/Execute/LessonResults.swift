import LessonEvents

/// Execute stage output: what every cell of a lesson showed, and what went wrong.
public struct LessonResults: Sendable, Equatable, Codable {
    /// One entry per cell of the lesson, by cell index.
    public var cells: [CellResult]
    /// The values of the inline expressions, by index (missing when the program did not reach them).
    public var inlineValues: [Int: String]
    /// Every failure that makes the lesson fail: compile errors, crashes, timeouts, failed checks.
    public var failures: [LessonError]
    /// Seconds spent compiling and running (0 when the results came from the cache).
    public var seconds: Double

    /// Results for a lesson with `cellCount` cells, none of which has run yet.
    public init(cellCount: Int) {
        cells = Array(repeating: CellResult(), count: cellCount)
        inlineValues = [:]
        failures = []
        seconds = 0
    }

    /// Whether the lesson passed: no failure of any kind.
    public var succeeded: Bool { failures.isEmpty }
}

/// What one cell produced.
public struct CellResult: Sendable, Equatable, Codable {
    /// Everything the cell reported, in order (text, values, tables, figures, checks).
    public var events: [CellEvent] = []
    /// The error the cell ended with: a compile error, a crash, a time-out, shown under the cell.
    public var error: String?
    /// Whether the cell ran at all.
    public var ran = false

    /// A cell that has not run.
    public init() {}

    /// Adds an error line below any the cell already has.
    mutating func appendError(_ text: String) {
        error = error.map { $0 + "\n" + text } ?? text
    }
}

