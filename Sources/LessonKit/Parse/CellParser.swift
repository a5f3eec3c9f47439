import Foundation

/// Reads one ```` ```{swift} ```` block: its leading `//| key: value` options, its code and its
/// `// <N>` annotation markers.
enum CellParser {
    /// Parses the literal of a code block whose opening fence stands on `fenceLine` of `path`; every
    /// bad option or repeated marker is an error, and the cell is read as well as it can be.
    static func parse(literal: String, index: Int, fenceLine: Int, path: String) -> (cell: Cell, errors: [LessonError]) {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var options = CellOptions()
        var optionLineCount = 0
        var errors: [LessonError] = []
        var idLine: Int?
        for line in lines {
            let stripped = line.trimmingCharacters(in: .whitespaces)
            guard stripped.hasPrefix("//|") else { break }
            let text = String(stripped.dropFirst(3))
            // The column of the option's key: indentation, `//|`, then the spaces before the key.
            let column = line.prefix { $0.isWhitespace }.count + 4 + text.prefix { $0.isWhitespace }.count
            do {
                try apply(text, to: &options, path: path, line: fenceLine + 1 + optionLineCount, column: column)
                if options.id != nil && idLine == nil { idLine = fenceLine + 1 + optionLineCount }
            } catch {
                errors.append(error)
            }
            optionLineCount += 1
        }
        let codeFirstLine = fenceLine + 1 + optionLineCount
        var codeLines = Array(lines.dropFirst(optionLineCount))
        var annotations: [CodeAnnotation] = []
        for (offset, line) in codeLines.enumerated() {
            guard let (number, range) = annotationMarker(in: line) else { continue }
            let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
            if annotations.contains(where: { $0.number == number }) {
                errors.append(LessonError(
                    file: path, line: codeFirstLine + offset, column: column,
                    message: "annotation <\(number)> is used twice in this cell",
                    hint: "number the markers of a cell 1, 2, 3... once each"))
                continue
            }
            annotations.append(CodeAnnotation(codeLine: offset, number: number, column: column))
            var cleaned = line
            cleaned.removeSubrange(range)
            while cleaned.last == " " || cleaned.last == "\t" { cleaned.removeLast() }
            codeLines[offset] = cleaned
        }
        let cell = Cell(
            index: index, options: options, code: codeLines.joined(separator: "\n"),
            codeFirstLine: codeFirstLine, fenceLine: fenceLine, idLine: idLine, annotations: annotations)
        return (cell, errors)
    }

    /// Finds a trailing `// <N>` marker and returns its number and range in the line.
    static func annotationMarker(in line: String) -> (Int, Range<String.Index>)? {
        guard let match = line.firstMatch(of: #///\s*<(\d+)>\s*$/#) else { return nil }
        guard let number = Int(match.1) else { return nil }
        return (number, match.range)
    }

    // MARK: - Options

    private static func apply(
        _ text: String, to options: inout CellOptions, path: String, line: Int, column: Int
    ) throws(LessonError) {
        func fail(_ message: String, _ hint: String) -> LessonError {
            LessonError(file: path, line: line, column: column, message: message, hint: hint)
        }
        guard let colon = text.firstIndex(of: ":") else {
            throw fail("cell option is not 'key: value'", "write for instance '//| id: fig-loss'")
        }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        func flag() throws(LessonError) -> Bool {
            switch value {
            case "true": return true
            case "false": return false
            default: throw fail("cell option '\(key)' takes true or false, not '\(value)'", "write '//| \(key): false'")
            }
        }
        switch key {
        case "id":
            guard value.wholeMatch(of: #/[A-Za-z][A-Za-z0-9_-]*/#) != nil else {
                throw fail("cell id '\(value)' is not a valid id", "use letters, digits, '-' and '_', starting with a letter")
            }
            options.id = value
        case "caption": options.caption = value
        case "echo": options.echo = try flag()
        case "output": options.output = try flag()
        case "eval": options.eval = try flag()
        case "error":
            switch value {
            case "expected": options.error = .expected
            case "false", "none": options.error = .none
            default: throw fail("cell option 'error' takes 'expected', not '\(value)'", "write '//| error: expected'")
            }
        case "timeout":
            guard let seconds = Double(value), seconds > 0 else {
                throw fail("cell option 'timeout' takes a positive number of seconds, not '\(value)'", "write '//| timeout: 120'")
            }
            options.timeout = seconds
        case "output-lines":
            if value == "all" {
                options.outputLines = nil
            } else {
                guard let lines = Int(value), lines > 0 else {
                    throw fail("cell option 'output-lines' takes a positive number of lines or 'all', not '\(value)'", "write '//| output-lines: 50'")
                }
                options.outputLines = lines
            }
        default:
            throw fail("unknown cell option '\(key)'", "known options: \(CellOptions.knownKeys.joined(separator: ", "))")
        }
    }
}
