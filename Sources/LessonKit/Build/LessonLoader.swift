import Foundation

/// Finds and reads lesson files.
public enum LessonLoader {
    /// The lesson files to work on: the requested ones, or every `Lessons/*.md` in file-name order.
    /// Paths are returned relative to `root` when they are inside it, as messages name them.
    public static func lessonPaths(root: URL, requested: [String]) throws(UsageError) -> [String] {
        let folder = root.appendingPathComponent("Lessons")
        if requested.isEmpty {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw UsageError("no Lessons/ folder in \(root.path); run this from the course's root folder, or create Lessons/ with a first lesson")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let lessons = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            guard !lessons.isEmpty else {
                throw UsageError("Lessons/ holds no .md files; add a lesson such as Lessons/01-introduction.md")
            }
            return lessons.map { "Lessons/\($0)" }
        }
        return try requested.map { path throws(UsageError) in
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw UsageError("lesson file '\(path)' does not exist; lessons are the .md files in Lessons/")
            }
            let rootPath = root.standardizedFileURL.path + "/"
            return url.path.hasPrefix(rootPath) ? String(url.path.dropFirst(rootPath.count)) : url.path
        }
    }

    /// Reads and parses one lesson; a file that is not UTF-8 is a usage error, a malformed lesson a lesson error.
    public static func load(_ path: String, root: URL) throws -> Lesson {
        let url = URL(fileURLWithPath: path, relativeTo: root)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw UsageError("cannot read '\(path)': \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("'\(path)' is not UTF-8 text; save it as UTF-8")
        }
        return try LessonParser.parse(path: path, text: text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
