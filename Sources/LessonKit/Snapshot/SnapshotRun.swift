/// What `verify` does with the snapshots: nothing, compare each lesson's results with its snapshot,
/// or record new snapshots.
public enum SnapshotMode: Sendable {
    /// Leave the snapshots alone (`build`, `run`).
    case ignore
    /// Report every cell whose results differ from its snapshot (`verify`), when the course keeps
    /// snapshots (has a `Snapshots/` folder).
    case compare
    /// Rewrite the snapshot of every lesson that succeeded (`verify --update`).
    case update
}

/// Applies a ``SnapshotMode`` to the lessons of one build, and reads the results of a frozen build.
struct SnapshotRun: Sendable {
    let store: SnapshotStore
    let mode: SnapshotMode
    /// The relative tolerance of numbers (`snapshot-tolerance` in `course.yml`).
    let tolerance: Double

    /// The report with the snapshot's differences added as failures, or with its snapshot rewritten.
    func check(_ report: LessonReport) throws(UsageError) -> LessonReport {
        guard report.failures.isEmpty, let lesson = report.lesson, let results = report.results else { return report }
        var report = report
        switch mode {
        case .ignore: break
        case .compare:
            if store.exists { report.failures += store.compare(lesson, results: results, tolerance: tolerance) }
        case .update:
            try store.update(lesson, results: results)
        }
        return report
    }

    /// The report of a lesson rendered from its snapshot, without running it.
    func frozen(_ lesson: Lesson) -> LessonReport {
        switch store.frozenResults(lesson) {
        case .success(let results):
            return LessonReport(path: lesson.path, lesson: lesson, results: results, cached: true, failures: [], resultsKey: nil, frozen: true)
        case .failure(let error):
            return LessonReport(path: lesson.path, lesson: lesson, results: nil, cached: false, failures: [error])
        }
    }
}
