/// Failure reports in the formats CI systems read.
public enum VerifyReport {
    /// A GitHub Actions workflow command that annotates the lesson line.
    public static func githubAnnotation(_ error: LessonError) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        let column = error.column.map { ",col=\($0)" } ?? ""
        let message = error.message + (error.hint.map { " (\($0))" } ?? "")
        return "::error file=\(error.file),line=\(error.line)\(column)::\(escape(message))"
    }

    /// A JUnit XML document with one test case per lesson.
    public static func junit(_ reports: [LessonReport]) -> String {
        let failed = reports.filter { !$0.failures.isEmpty }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuite name=\"lessons\" tests=\"\(reports.count)\" failures=\"\(failed)\">\n"
        for report in reports {
            let seconds = report.results?.seconds ?? 0
            xml += "  <testcase classname=\"lessons\" name=\"\(HTML.escape(report.path))\" time=\"\(seconds)\""
            if report.failures.isEmpty {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            for failure in report.failures {
                xml += "    <failure message=\"\(HTML.escape(failure.location + ": " + failure.message))\">"
                    + "\(HTML.escape(failure.description))</failure>\n"
            }
            xml += "  </testcase>\n"
        }
        return xml + "</testsuite>\n"
    }
}
