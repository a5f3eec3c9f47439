import Foundation

/// Golden files: expected output compared byte for byte and re-recorded when the environment
/// variable `RECORD_GOLDENS=1` is set.
///
/// The files of a test target `Tests/X` live in `Tests/Goldens/X`, outside every target, so that
/// SwiftPM does not warn about unhandled files (declaring them as resources would change Package.swift).
public enum Golden {
    /// The variable that switches from comparing to recording.
    public static let recordKey = "RECORD_GOLDENS"

    /// Compares `actual` with the golden file `name` of the calling test's target; returns nil when they match (or after recording), otherwise a message with the first
    /// differing line.
    public static func mismatch(_ actual: String, name: String, testFile: StaticString = #filePath) -> String? {
        let target = URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent()
        let folder = target.deletingLastPathComponent().appendingPathComponent("Goldens")
            .appendingPathComponent(target.lastPathComponent)
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment[recordKey] == "1" {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "could not record \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(url.path); run the tests with \(recordKey)=1 to record it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
        return "\(name) differs at line \(index + 1):\n  expected: \(want.prefix(300))\n  actual:   \(got.prefix(300))\n"
            + "Run with \(recordKey)=1 to re-record, then review the diff."
    }
}
