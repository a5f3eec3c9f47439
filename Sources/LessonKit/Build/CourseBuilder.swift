import Foundation
import LessonEvents
import Synchronization

/// How a build should go: which lessons, where to, how many at once, with or without the cache.
public struct BuildSettings: Sendable {
    /// The course's root folder: it holds `Lessons/`.
    public var root: URL
    /// The folder holding `Sources/GANCore` and `Sources/LessonRuntime`, which lessons are compiled
    /// against; compiled libraries are cached there too, shared by every course that uses them.
    public var packageRoot: URL
    /// Lesson paths as the user gave them; empty means every lesson.
    public var lessons: [String] = []
    public var output: URL
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    public var useCache = true
    /// Seconds a cell may run unless its `timeout` option says otherwise.
    public var cellTimeout: Double = 300
    /// Keep every line the cells printed (for `lessons run`) instead of the bounded text a page shows
    /// (``OutputLimit``); the cache always keeps the bounded text.
    public var fullOutput = false
    /// The course as a whole; nil reads it from `root/course.yml` (see ``CourseFile``).
    public var course: CourseInfo?
    /// What to do with the committed snapshots (``SnapshotStore``) after running each lesson.
    public var snapshots = SnapshotMode.ignore
    /// Take every lesson's results from its snapshot instead of running it (`build --frozen`).
    public var frozen = false

    /// Settings for the course in `root`, writing to `root/Output`.
    public init(root: URL) {
        self.root = root
        self.output = root.appendingPathComponent("Output")
        self.packageRoot = Self.locatePackageRoot() ?? root
    }

    /// The package this tool was built from: the nearest folder above the executable (or the current
    /// folder) that holds `Sources/GANCore`.
    static func locatePackageRoot() -> URL? {
        let starts = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        ]
        for start in starts {
            var folder = start
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sources/GANCore").path) {
                    return folder
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// The folder for compiled libraries, scratch programs and cached results.
    public var cacheFolder: URL { root.appendingPathComponent(".lessons-cache") }
}

/// One lesson's trip through the pipeline, as the build reports it.
public struct LessonReport: Sendable {
    public var path: String
    public var lesson: Lesson?
    public var results: LessonResults?
    /// Whether the results came from the cache.
    public var cached: Bool
    public var failures: [LessonError]
    /// The cache key of the results: what the page rendered from them depends on, besides the prose.
    var resultsKey: String?
    /// Whether the results came from the lesson's snapshot (`build --frozen`).
    public var frozen = false
}

/// Parses, executes and renders every lesson, then writes the site only if all of them succeeded.
public struct CourseBuilder: Sendable {
    public let settings: BuildSettings

    /// A builder for these settings.
    public init(settings: BuildSettings) {
        self.settings = settings
    }

    /// The course as the settings give it, or as `course.yml` describes it.
    public func course() throws(UsageError) -> CourseInfo {
        if let course = settings.course { return course }
        return try CourseFile.load(root: settings.root)
    }

    /// Runs the lessons (from the cache where possible), reporting each one through `report` as it
    /// finishes; `activity` receives live progress for a terminal display.
    public func execute(
        report: @Sendable (LessonReport) -> Void = { _ in },
        activity: @Sendable (String, ExecutionActivity) -> Void = { _, _ in }
    ) throws(UsageError) -> [LessonReport] {
        let course = try course()
        let paths = try LessonLoader.lessonPaths(root: settings.root, requested: settings.lessons)
        var loaded: [(String, Result<Lesson, Error>)] = []
        for path in paths {
            do { loaded.append((path, .success(try LessonLoader.load(path, root: settings.root)))) }
            catch let error as UsageError { throw error }
            catch { loaded.append((path, .failure(error))) }
        }
        let lessons = CourseLinkCheck.apply(to: loaded, root: settings.root)
        // A frozen build runs nothing, so it needs no compiler and no compiled libraries.
        let engine = settings.frozen ? nil : try SwiftEngine.prepare(
            packageRoot: settings.packageRoot, cache: settings.packageRoot.appendingPathComponent(".lessons-cache"),
            defaultCellTimeout: settings.cellTimeout)
        let snapshots = SnapshotRun(
            store: SnapshotStore(root: settings.root), mode: settings.snapshots, tolerance: course.snapshotTolerance)
        let cache = LessonCache(folder: settings.cacheFolder.appendingPathComponent("results"))
        let reports = Mutex([LessonReport?](repeating: nil, count: lessons.count))
        let usage = Mutex<UsageError?>(nil)
        let next = Atomic(0)
        // Workers take the next lesson until none is left; each lesson runs in a child process.
        DispatchQueue.concurrentPerform(iterations: max(1, min(settings.jobs, lessons.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < lessons.count, usage.withLock({ $0 == nil }) else { return }
                let (path, parsed) = lessons[index]
                let lessonReport: LessonReport
                switch parsed {
                case .failure(let error):
                    let located = (error as? LessonErrors)?.errors ?? [LessonError(file: path, line: 1, message: "\(error)")]
                    lessonReport = LessonReport(path: path, cached: false, failures: located)
                case .success(let lesson):
                    do throws(UsageError) {
                        if let engine {
                            lessonReport = try snapshots.check(run(lesson, engine: engine, cache: cache) { activity(path, $0) })
                        } else {
                            lessonReport = snapshots.frozen(lesson)
                        }
                    } catch {
                        usage.withLock { $0 = error }
                        return
                    }
                }
                reports.withLock { $0[index] = lessonReport }
                report(lessonReport)
            }
        }
        if let error = usage.withLock({ $0 }) { throw error }
        return reports.withLock { $0.compactMap { $0 } }
    }

    private func run(_ lesson: Lesson, engine: SwiftEngine, cache: LessonCache, activity: (ExecutionActivity) -> Void) throws(UsageError) -> LessonReport {
        let key = LessonCache.key(for: lesson, environment: engine.environmentKey)
        if settings.useCache, let results = cache.results(for: lesson, key: key) {
            return LessonReport(path: lesson.path, lesson: lesson, results: results, cached: true, failures: [], resultsKey: key)
        }
        let full = try engine.execute(lesson, activity: activity)
        let bounded = OutputLimit.apply(to: full, lesson: lesson)
        cache.store(bounded, for: lesson, key: key)
        let results = settings.fullOutput ? full : bounded
        return LessonReport(
            path: lesson.path, lesson: lesson, results: results, cached: false, failures: results.failures, resultsKey: key)
    }

    /// The running program's path, size and modification time: a new build of the tool may render
    /// pages differently, so cached pages are keyed by it.
    static let rendererIdentity: String = {
        let path = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(attributes?[.size] as? Int ?? 0) \(modified)"
    }()

    /// Renders every lesson and writes the site, unless some lesson failed: then the old site stays.
    public func writeSite(_ reports: [LessonReport]) throws(UsageError) -> [LessonError] {
        let failures = reports.flatMap(\.failures)
        var pages: [RenderedPage] = []
        let pageCache = CacheStore(folder: settings.cacheFolder.appendingPathComponent("pages"))
        for report in reports {
            guard let lesson = report.lesson, let results = report.results else { continue }
            // A page depends on the lesson's text, its results and the renderer, which is this program.
            let key = report.resultsKey.map { SHA256.hex([$0, Self.rendererIdentity, lesson.path, lesson.title, lesson.summary, lesson.body].joined(separator: "\u{0}")) }
            if let key, let page = pageCache.load(RenderedPage.self, name: lesson.slug, key: key) {
                pages.append(page)
                continue
            }
            let page = PageRenderer.render(lesson, results: results)
            if let key, report.failures.isEmpty { pageCache.save(page, name: lesson.slug, key: key) }
            pages.append(page)
        }
        guard failures.isEmpty else { return failures }
        try OutputFolder.replace(
            settings.output, with: SiteBuilder.files(course: course(), pages: pages, extraCSS: PlotTheme.css))
        return []
    }
}
