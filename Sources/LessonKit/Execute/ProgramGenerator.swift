import SwiftParser
import SwiftSyntax

/// Writes the one Swift program that runs a lesson's cells in order.
///
/// Every cell is preceded by `#sourceLocation` so that compiler diagnostics, `#filePath` and
/// `fatalError` point at the lesson's own lines. Every top-level statement that starts a line is
/// preceded by a report of that line (`LessonProgram.reached`), so that a crash or a time-out names
/// the statement it happened in, not only the cell.
enum ProgramGenerator {
    /// The program's source for `lesson`, leaving out cells that do not run and the cells in `excluded`
    /// (expected-failure cells whose compile error has been recorded).
    static func program(for lesson: Lesson, excluding excluded: Set<Int> = []) -> String {
        var lines = [
            "import Foundation",
            "import GANCore",
            "import LessonRuntime",
            "",
            "// Cells print into the page: route Swift's print to the lesson's event stream.",
            "func print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\") {",
            "    capturePrint(items, separator: separator, terminator: terminator)",
            "}",
            "",
            "LessonProgram.start()",
        ]
        for cell in lesson.cells where cell.options.eval && !excluded.contains(cell.index) {
            lines.append("LessonProgram.cellStarted(\(cell.index))")
            let expectsError = cell.options.error == .expected
            // A cell expected to fail runs in a scope of its own, so it can be skipped on a rerun.
            if expectsError { lines.append("if !LessonProgram.isSkipped(\(cell.index)) { do {") }
            lines.append(contentsOf: marked(cell.code, path: lesson.path, firstLine: cell.codeFirstLine))
            lines.append("#sourceLocation()")
            if expectsError { lines.append("} }") }
        }
        for inline in lesson.inlineExpressions {
            lines.append(location(lesson.path, inline.line))
            lines.append("LessonProgram.inlineValue(\(inline.index), (\(inline.expression)))")
            lines.append("#sourceLocation()")
        }
        lines.append("LessonProgram.finished()")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell's code, each top-level statement that begins a line preceded by its line report and a
    /// `#sourceLocation` back to its own line, so diagnostics keep their lines and columns. Code that
    /// does not parse is left as it is: the compiler will report it.
    static func marked(_ code: String, path: String, firstLine: Int) -> [String] {
        let codeLines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var starts = Set<Int>()  // 0-based lines of the cell that begin a top-level statement
        let tree = Parser.parse(source: code)
        if !tree.hasError {
            let converter = SourceLocationConverter(fileName: path, tree: tree)
            for item in tree.statements {
                let location = item.startLocation(converter: converter, afterLeadingTrivia: true)
                let line = location.line - 1
                guard line >= 0 && line < codeLines.count else { continue }
                let indentation = codeLines[line].utf8.prefix(location.column - 1)
                if indentation.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { starts.insert(line) }
            }
        }
        var lines = [location(path, firstLine)]
        for (offset, text) in codeLines.enumerated() {
            if starts.contains(offset) {
                lines.append("LessonProgram.reached(\(firstLine + offset))")
                lines.append(location(path, firstLine + offset))
            }
            lines.append(text)
        }
        return lines
    }

    private static func location(_ path: String, _ line: Int) -> String {
        let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "#sourceLocation(file: \"\(escaped)\", line: \(line))"
    }
}
