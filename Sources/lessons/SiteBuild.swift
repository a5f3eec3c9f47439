import LessonKit

/// Executes the lessons and writes the site unless one failed, printing the same lines for `build`
/// and `serve`: one per lesson, every failure, and where the site went. Returns the failures.
func buildSite(_ settings: BuildSettings, outName: String) throws(UsageError) -> [LessonError] {
    let builder = CourseBuilder(settings: settings)
    let display = ProgressDisplay()
    let reports = try builder.execute(report: display.finished, activity: display.activity)
    let failures = try builder.writeSite(reports)
    display.clear()
    guard failures.isEmpty else {
        failures.forEach { printError($0.description) }
        printError("the site was not written; \(outName)/ still holds the previous build")
        return failures
    }
    printError("wrote \(reports.count) lesson page\(reports.count == 1 ? "" : "s") and the index to \(outName)/")
    return []
}
