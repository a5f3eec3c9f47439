import Foundation
import Yams

/// Reads `course.yml`, the file beside `Lessons/` that names the course, its authors and licence,
/// where it lives and is published, and the parts its lessons are grouped in.
public enum CourseFile {
    /// The file's name in the course's root folder.
    public static let name = "course.yml"

    static let knownKeys = ["title", "description", "authors", "licence", "license", "repository", "branch", "base-url", "parts", "snapshot-tolerance"]
    static let partKeys = ["title", "lessons"]

    /// The course described by `root/course.yml`; without that file, a course named after its folder.
    /// A malformed file, an unknown key or a value of the wrong type is a usage error naming
    /// `course.yml:LINE`.
    public static func load(root: URL) throws(UsageError) -> CourseInfo {
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return CourseInfo(title: defaultTitle(root: root), description: "")
        }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read \(name) as UTF-8 text; save it as UTF-8")
        }
        do {
            var course = try parse(text)
            if course.title.isEmpty { course.title = defaultTitle(root: root) }
            return course
        } catch {
            throw UsageError(error.location + ": " + error.message + (error.hint.map { "\n  hint: \($0)" } ?? ""))
        }
    }

    /// The title of a course that names none: its folder's name.
    static func defaultTitle(root: URL) -> String {
        root.standardizedFileURL.lastPathComponent
    }

    /// The course a `course.yml` text describes; an empty title means none was given.
    static func parse(_ text: String) throws(LessonError) -> CourseInfo {
        let fields = try YAMLFields(text, file: name, knownKeys: knownKeys)
        var course = CourseInfo(title: try fields.text("title") ?? "", description: try fields.text("description") ?? "")
        course.authors = try fields.texts("authors") ?? []
        if let licence = try fields.text("licence") {
            course.licence = licence
        } else {
            course.licence = try fields.text("license")
        }
        course.repository = try webAddress("repository", in: fields)
        if let branch = try fields.text("branch") { course.branch = branch }
        course.baseURL = try webAddress("base-url", in: fields)
        if let entry = fields["snapshot-tolerance"] {
            let text = try fields.text(of: entry.value, named: "'snapshot-tolerance'")
            guard let tolerance = Double(text), tolerance >= 0, tolerance < 1 else {
                throw LessonError(
                    file: name, line: entry.line, message: "'snapshot-tolerance' must be a number from 0 to 1, not '\(text)'",
                    hint: "write for instance 'snapshot-tolerance: 1e-9' (a relative difference)")
            }
            course.snapshotTolerance = tolerance
        }
        if let entry = fields["parts"] {
            course.parts = try fields.list(entry.value, named: "'parts'").map { node throws(LessonError) in
                try part(node, in: fields)
            }
        }
        return course
    }

    /// One item of `parts`: a mapping with a title and a list of lesson names or patterns.
    private static func part(_ node: Node, in fields: YAMLFields) throws(LessonError) -> CoursePart {
        guard let mapping = node.mapping else {
            throw LessonError(
                file: name, line: fields.line(of: node), message: "an item of 'parts' must be a mapping, not \(YAMLFields.describe(node))",
                hint: "write '- title: I. The idea' and, below it, 'lessons: [\"01-*.md\"]'")
        }
        var title: String?
        var lessons: [String]?
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "title": title = try fields.text(of: value, named: "a part's 'title'")
            case "lessons":
                lessons = try fields.list(value, named: "a part's 'lessons'").map { item throws(LessonError) in
                    try fields.text(of: item, named: "an item of a part's 'lessons'")
                }
            default:
                throw LessonError(
                    file: name, line: fields.line(of: keyNode), message: "unknown key '\(key)' in a part",
                    hint: "a part has the keys \(partKeys.joined(separator: " and "))")
            }
        }
        guard let title, let lessons else {
            throw LessonError(
                file: name, line: fields.line(of: node), message: "a part needs both a 'title' and a list of 'lessons'",
                hint: "write '- title: I. The idea' and, below it, 'lessons: [\"01-*.md\"]'")
        }
        return CoursePart(title: title, lessons: lessons)
    }

    /// A text value that must be an http(s) address.
    private static func webAddress(_ key: String, in fields: YAMLFields) throws(LessonError) -> String? {
        guard let value = try fields.text(key) else { return nil }
        guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
            throw LessonError(
                file: name, line: fields[key]?.line ?? 1, message: "'\(key)' must be a web address starting with https://, not '\(value)'",
                hint: "write for instance '\(key): https://github.com/owner/course'")
        }
        return value
    }
}
