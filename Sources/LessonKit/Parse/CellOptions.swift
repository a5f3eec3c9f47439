/// The `//| key: value` options of a cell.
public struct CellOptions: Sendable, Equatable, Codable {
    /// How a cell is expected to end.
    public enum ErrorExpectation: String, Sendable, Codable {
        /// The cell must succeed (the default).
        case none
        /// The cell must fail at compile time or at run time; its error is shown.
        case expected
    }

    public var id: String?
    public var caption: String?
    /// Show the code in the page.
    public var echo = true
    /// Show the cell's output in the page.
    public var output = true
    /// Run the cell; `false` only displays it.
    public var eval = true
    public var error = ErrorExpectation.none
    /// Seconds the cell may run; `nil` uses the build's default.
    public var timeout: Double?
    /// How many of the first and of the last lines the cell printed the page shows (`lessons run`
    /// prints them all); `nil` shows every line.
    public var outputLines: Int? = CellOptions.defaultOutputLines

    /// The first and last lines of printed text a page shows unless `output-lines` says otherwise.
    public static let defaultOutputLines = 200

    /// Options with every default.
    public init() {}

    /// The keys a cell may set.
    public static let knownKeys = ["id", "caption", "echo", "output", "eval", "error", "timeout", "output-lines"]
}
