import Foundation

/// Results of lessons that succeeded, stored per lesson under a key covering everything that can
/// change them, so that an unchanged lesson (or a prose-only edit) does not run again.
public struct LessonCache: Sendable {
    /// The folder holding one JSON entry per lesson.
    public let folder: URL

    /// One stored entry: the key it was computed for, and the results.
    private struct Entry: Codable {
        var key: String
        var results: LessonResults
    }

    /// A cache stored in `folder` (created when needed).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The key of a lesson: its cells and options, inline expressions, path, and the engine's inputs
    /// (toolchain, flags, library sources). Prose is not part of it.
    public static func key(for lesson: Lesson, environment: String) -> String {
        var digest = SHA256()
        digest.update(field: environment)
        digest.update(field: lesson.path)
        for cell in lesson.cells {
            let options = (try? JSONEncoder().encode(cell.options)) ?? Data()
            digest.update(field: "cell \(cell.codeFirstLine) \(cell.fenceLine)")
            digest.update(options)
            digest.update(field: cell.code)
        }
        for inline in lesson.inlineExpressions {
            digest.update(field: "inline \(inline.line) \(inline.expression)")
        }
        return digest.hexDigest()
    }

    /// The stored results for this key; a missing, stale, truncated or corrupt entry gives nil.
    public func results(for lesson: Lesson, key: String) -> LessonResults? {
        guard let data = try? Data(contentsOf: entryURL(lesson)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.key == key, entry.results.cells.count == lesson.cells.count
        else { return nil }
        return entry.results
    }

    /// Stores the results of a lesson that succeeded, atomically (a crash never leaves half an entry).
    public func store(_ results: LessonResults, for lesson: Lesson, key: String) {
        guard results.succeeded else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Entry(key: key, results: results)) else { return }
        try? data.write(to: entryURL(lesson), options: .atomic)
    }

    private func entryURL(_ lesson: Lesson) -> URL {
        folder.appendingPathComponent("\(lesson.slug).json")
    }
}
