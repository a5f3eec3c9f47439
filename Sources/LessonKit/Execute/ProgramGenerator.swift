/// Writes the one Swift program that runs a lesson's cells in order.
///
/// Every cell is preceded by `#sourceLocation` so that compiler diagnostics, `#filePath` and
/// `fatalError` point at the lesson's own lines.
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
        ]
        for cell in lesson.cells where cell.options.eval && !excluded.contains(cell.index) {
            lines.append("LessonProgram.cellStarted(\(cell.index))")
            let expectsError = cell.options.error == .expected
            // A cell expected to fail runs in a scope of its own, so it can be skipped on a rerun.
            if expectsError { lines.append("if !LessonProgram.isSkipped(\(cell.index)) { do {") }
            lines.append(location(lesson.path, cell.codeFirstLine))
            lines.append(cell.code)
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

    private static func location(_ path: String, _ line: Int) -> String {
        let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "#sourceLocation(file: \"\(escaped)\", line: \(line))"
    }
}
