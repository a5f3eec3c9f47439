/// One compiler error, `file:line:column: error: message`.
struct Diagnostic: Equatable {
    var file: String
    var line: Int
    var column: Int
    var message: String

    /// The error as the compiler printed it, for the page.
    var text: String { "\(file):\(line):\(column): error: \(message)" }

    /// The errors in the compiler's output, in order; warnings and notes are left out.
    static func errors(in output: String) -> [Diagnostic] {
        output.split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: #/(.+?):(\d+):(\d+): error: (.*)/#),
                  let number = Int(match.2), let column = Int(match.3) else { return nil }
            return Diagnostic(file: String(match.1), line: number, column: column, message: String(match.4))
        }
    }
}
