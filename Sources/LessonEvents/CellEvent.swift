/// One result that a lesson program reports to the build, in the order it happened.
///
/// Events travel as JSON lines (see ``EventRecord``) from the lesson's child process to the build,
/// each written and flushed as it is produced, so a crash keeps everything reported before it.
public enum CellEvent: Codable, Sendable, Equatable {
    /// The cell with this index (0-based, in lesson order) starts running.
    case cellStarted(cell: Int)
    /// The running cell starts the top-level statement that begins on this lesson line, so a crash or a
    /// time-out can name the statement it happened in. Never shown.
    case reached(line: Int)
    /// Text the cell printed.
    case text(String)
    /// A value shown with `show(_:)`, already formatted.
    case value(String)
    /// A table shown with `show(_:)`.
    case table(TableData)
    /// A figure (inline SVG) shown with `show(_:caption:)`.
    case figure(FigureData)
    /// The outcome of `check` or `expectClose`.
    case check(CheckRecord)
    /// Progress of a long loop: shown in the terminal during a build, never in the page.
    case progress(ProgressRecord)
    /// The value of the inline expression with this index (0-based, in lesson order).
    case inlineValue(index: Int, text: String)
    /// Every cell ran to its end.
    case finished
}

/// A table ready for display: column headings, formatted cells, alignment and caption.
public struct TableData: Codable, Sendable, Equatable {
    /// How the cells of one column line up.
    public enum Alignment: String, Codable, Sendable {
        case left, right, center
    }

    public var caption: String?
    public var columns: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    /// Creates a table from already formatted cells; `alignments` has one entry per column.
    public init(caption: String?, columns: [String], alignments: [Alignment], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.alignments = alignments
        self.rows = rows
    }
}

/// A figure ready for display: the SVG markup built by the runtime and an optional caption.
public struct FigureData: Codable, Sendable, Equatable {
    public var svg: String
    public var caption: String?

    /// Creates a figure from SVG markup produced by the runtime's plotting code.
    public init(svg: String, caption: String?) {
        self.svg = svg
        self.caption = caption
    }
}

/// The outcome of one verification call, with the lesson location of the call.
public struct CheckRecord: Codable, Sendable, Equatable {
    public var passed: Bool
    public var message: String
    public var file: String
    public var line: Int

    /// Creates a check outcome located at `file:line`.
    public init(passed: Bool, message: String, file: String, line: Int) {
        self.passed = passed
        self.message = message
        self.file = file
        self.line = line
    }
}

/// How far a long-running loop has come.
public struct ProgressRecord: Codable, Sendable, Equatable {
    public var step: Int
    public var total: Int
    public var message: String

    /// Creates a progress report: `step` of `total`, with a short message.
    public init(step: Int, total: Int, message: String) {
        self.step = step
        self.total = total
        self.message = message
    }
}

/// One line of the event stream: the event and the version of the stream's format.
public struct EventRecord: Codable, Sendable, Equatable {
    /// The format version this build writes and reads.
    public static let currentVersion = 1

    public var version: Int
    public var event: CellEvent

    /// Wraps an event in a record of the current format version.
    public init(_ event: CellEvent) {
        self.version = Self.currentVersion
        self.event = event
    }

    private enum CodingKeys: String, CodingKey {
        case version = "v"
        case event = "e"
    }
}
