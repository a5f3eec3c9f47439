import Foundation

/// The committed snapshots of a course, in `Snapshots/` beside `Lessons/`: per lesson a readable record
/// (`NAME.txt`, see ``SnapshotText``) that `lessons verify` compares with each run, and the complete
/// results (`NAME.json`) from which `lessons build --frozen` renders the page without running a cell.
/// Without a `Snapshots/` folder, `verify` compares nothing; `verify --update` creates it.
public struct SnapshotStore: Sendable {
    /// The folder's name beside `Lessons/`.
    public static let folderName = "Snapshots"

    /// The course's root folder.
    public let root: URL

    /// The snapshots of the course in `root`.
    public init(root: URL) {
        self.root = root
    }

    var folder: URL { root.appendingPathComponent(Self.folderName) }

    /// Whether the course keeps snapshots.
    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private var results: LessonCache { LessonCache(folder: folder) }

    /// The snapshot's key: the lesson's cells, options and inline expressions (not its prose).
    private static func key(_ lesson: Lesson) -> String {
        LessonCache.key(for: lesson, environment: "snapshot")
    }

    /// The path of a lesson's readable record, relative to the root, as messages name it.
    static func recordPath(_ lesson: Lesson) -> String {
        "\(folderName)/\(lesson.slug).txt"
    }

    /// Records a lesson that succeeded: its readable record and its complete results.
    func update(_ lesson: Lesson, results: LessonResults) throws(UsageError) {
        var results = results
        results.seconds = 0
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(SnapshotText.render(lesson, results: results).utf8)
                .write(to: root.appendingPathComponent(Self.recordPath(lesson)), options: .atomic)
        } catch {
            throw UsageError("cannot write \(Self.recordPath(lesson)): \(error.localizedDescription)")
        }
        self.results.store(results, for: lesson, key: Self.key(lesson))
    }

    /// How a fresh run differs from the lesson's snapshot: one error per differing cell, at the cell's
    /// fence line, with a short diff; a missing snapshot is one error.
    func compare(_ lesson: Lesson, results: LessonResults, tolerance: Double) -> [LessonError] {
        let path = Self.recordPath(lesson)
        guard let recorded = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
            return [LessonError(
                file: lesson.path, line: 1, message: "no snapshot of this lesson in \(path)",
                hint: "run 'swift run lessons verify --update \(lesson.path)' and commit \(path)")]
        }
        let fresh = SnapshotText.render(lesson, results: results)
        let differences = SnapshotComparison(tolerance: tolerance).differences(snapshot: recorded, fresh: fresh)
        return differences.map { difference in
            let cell = lesson.cells.first { SnapshotText.header(of: $0) == difference.header }
            // An inline value is named at the line of its expression in the prose.
            let inline = lesson.inlineExpressions.first { inline in
                difference.diff.contains { $0.hasPrefix("+ `\(inline.expression)` = ") || $0.hasPrefix("- `\(inline.expression)` = ") }
            }
            let name = cell?.displayName ?? (inline == nil ? difference.header.dropFirst(3).description : "an inline value")
            return LessonError(
                file: lesson.path, line: cell?.fenceLine ?? inline?.line ?? 1,
                message: "\(name) differs from its snapshot \(path) (- snapshot, + this run):\n"
                    + difference.diff.map { "    " + $0 }.joined(separator: "\n"),
                hint: "if the change is intended, reread the prose around it, then run "
                    + "'swift run lessons verify --update \(lesson.path)' and commit \(path)")
        }
    }

    /// The recorded results of a lesson for `build --frozen`, or an error when there are none for its
    /// current cells.
    func frozenResults(_ lesson: Lesson) -> Result<LessonResults, LessonError> {
        if let results = results.results(for: lesson, key: Self.key(lesson)) { return .success(results) }
        return .failure(LessonError(
            file: lesson.path, line: 1,
            message: "no snapshot of this lesson's current cells in \(Self.folderName)/\(lesson.slug).json, so --frozen cannot build it",
            hint: "run 'swift run lessons verify --update \(lesson.path)' and commit \(Self.folderName)/"))
    }
}
