import Foundation
import LessonEvents

/// Results of lessons that succeeded, stored per lesson under a key covering everything that can
/// change them, so that an unchanged lesson, or an edit of its prose only, does not run again.
public struct LessonCache: Sendable {
    /// The folder holding one JSON entry per lesson.
    public let folder: URL

    /// What is stored for a lesson: where the cells stood, and the results.
    private struct Entry: Codable {
        /// The first code line of every cell when the results were computed.
        var cellLines: [Int]
        var results: LessonResults
    }

    private var store: CacheStore { CacheStore(folder: folder) }

    /// A cache stored in `folder` (created when needed).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The key of a lesson: its path, cells, options and inline expressions, and the engine's inputs
    /// (toolchain, flags, library sources). Prose is not part of it, nor are line numbers: a
    /// paragraph added above a cell moves the cell without changing what it computes.
    public static func key(for lesson: Lesson, environment: String) -> String {
        var digest = SHA256()
        digest.update(field: environment)
        digest.update(field: lesson.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for cell in lesson.cells {
            digest.update(field: "cell")
            digest.update((try? encoder.encode(cell.options)) ?? Data())
            digest.update(field: cell.code)
        }
        for inline in lesson.inlineExpressions {
            digest.update(field: "inline \(inline.expression)")
        }
        return digest.hexDigest()
    }

    /// The stored results for this key, with lesson lines moved to where the cells now stand;
    /// a missing, stale, truncated or corrupt entry gives nil.
    public func results(for lesson: Lesson, key: String) -> LessonResults? {
        guard let entry = store.load(Entry.self, name: lesson.slug, key: key),
              entry.results.cells.count == lesson.cells.count,
              entry.cellLines.count == lesson.cells.count
        else { return nil }
        var results = entry.results
        for cell in lesson.cells {
            let shift = cell.codeFirstLine - entry.cellLines[cell.index]
            guard shift != 0 else { continue }
            results.cells[cell.index] = Self.shifted(results.cells[cell.index], by: shift, path: lesson.path)
        }
        return results
    }

    /// Stores the results of a lesson that succeeded, atomically (a crash never leaves half an entry).
    public func store(_ results: LessonResults, for lesson: Lesson, key: String) {
        guard results.succeeded else { return }
        store.save(Entry(cellLines: lesson.cells.map(\.codeFirstLine), results: results), name: lesson.slug, key: key)
    }

    /// A cell's results with every location in the lesson moved by `shift` lines.
    private static func shifted(_ result: CellResult, by shift: Int, path: String) -> CellResult {
        var result = result
        result.events = result.events.map { event in
            guard case .check(var check) = event, check.file == path else { return event }
            check.line += shift
            return .check(check)
        }
        result.error = result.error.map { error in
            var text = ""
            var rest = error[...]
            while let range = rest.range(of: path + ":") {
                text += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                let digits = rest.prefix(while: \.isNumber)
                if let line = Int(digits) {
                    text += String(line + shift)
                    rest = rest.dropFirst(digits.count)
                }
            }
            return text + rest
        }
        return result
    }
}
