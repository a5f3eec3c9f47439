import ArgumentParser
import Foundation
import LessonKit

/// `lessons serve`: builds the site, serves it on 127.0.0.1 and rebuilds it whenever a lesson (or
/// the library the lessons run against) changes; open pages reload themselves.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild it when a lesson changes.")

    @Option(help: "The port to serve on.")
    var port: Int = 8000

    @Option(help: "The folder the site is written to.")
    var out: String = "Output"

    @OptionGroup var execution: ExecutionOptions

    /// Checks Lessons/ and the port, starts the server, builds, then rebuilds on every change until stopped.
    func run() throws {
        var settings = execution.settings(lessons: [])
        settings.output = URL(fileURLWithPath: out, relativeTo: settings.root).standardizedFileURL
        _ = try LessonLoader.lessonPaths(root: settings.root, requested: [])
        let status = StatusBoard()
        try PreviewServer.start(port: port, handler: PreviewHandler(site: settings.output, status: status))
        let watched = [settings.root.appendingPathComponent("Lessons"), settings.root.appendingPathComponent(CourseFile.name)]
            + RuntimeLibraries.sourceFolders(packageRoot: settings.packageRoot)
        var snapshot = FolderSnapshot(folders: watched)
        build(settings, status: status)
        printError("serving http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let latest = FolderSnapshot(folders: watched)
            let changed = latest.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            snapshot = latest
            printError("changed: " + Self.describe(changed, root: settings.root))
            build(settings, status: status)
        }
    }

    /// The changed files for one terminal line: paths inside the course relative to it, three at most.
    private static func describe(_ changed: [String], root: URL) -> String {
        let prefix = root.standardizedFileURL.path + "/"
        let names = changed.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        return names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
    }

    /// Builds the site as `build` does, printing the same lines, and records the outcome for the
    /// pages; a failed build leaves the previous site in place.
    private func build(_ settings: BuildSettings, status: StatusBoard) {
        do throws(UsageError) {
            let failures = try buildSite(settings, outName: out)
            status.record(error: failures.isEmpty ? nil : failures.map(\.description).joined(separator: "\n"))
        } catch {
            printError(error.description)
            status.record(error: error.description)
        }
    }
}
