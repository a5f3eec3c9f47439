import Foundation

/// The YAML front matter of a lesson: `title` and `summary`, between `---` lines at the top.
struct FrontMatter: Equatable {
    var title: String?
    var summary: String?
    /// The body that follows the front matter.
    var body: Substring
    /// The 1-based line of the file on which the body starts.
    var bodyFirstLine: Int

    static let knownKeys = ["title", "summary"]

    /// Splits `text` into front matter and body; a file without front matter is all body.
    static func parse(_ text: String, path: String) throws(LessonError) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.first.map(trimmed) == "---" else {
            return FrontMatter(body: text[...], bodyFirstLine: 1)
        }
        lines.removeFirst()
        var result = FrontMatter(body: "", bodyFirstLine: 1)
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            if trimmed(line) == "---" {
                let bodyStart = lines.first?.startIndex ?? text.endIndex
                result.body = text[bodyStart...]
                result.bodyFirstLine = lineNumber + 1
                return result
            }
            if trimmed(line).isEmpty || trimmed(line).hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw LessonError(
                    file: path, line: lineNumber, message: "front matter line is not 'key: value'",
                    hint: "write for instance 'title: Maximum likelihood'")
            }
            let key = trimmed(line[..<colon])
            let value = unquote(trimmed(line[line.index(after: colon)...]))
            switch key {
            case "title": result.title = value
            case "summary": result.summary = value
            default:
                throw LessonError(
                    file: path, line: lineNumber, message: "unknown front matter key '\(key)'",
                    hint: "known keys: \(knownKeys.joined(separator: ", "))")
            }
        }
        throw LessonError(
            file: path, line: 1, message: "front matter is never closed",
            hint: "end it with a line of three dashes '---'")
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text).trimmingCharacters(in: .whitespaces)
    }

    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
