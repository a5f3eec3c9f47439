import Foundation

/// Writes a complete site into a temporary folder beside the output folder and swaps it in, so that
/// the output folder is never half-written: it holds the old site or the new one.
public enum OutputFolder {
    /// Files kept from the old output folder (committed notes about the folder).
    static let preserved = ["README.md"]

    /// Replaces `output` with a folder holding exactly `files` (relative path to contents).
    public static func replace(_ output: URL, with files: [String: String]) throws(UsageError) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(UUID().uuidString)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, contents) in files {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            }
            for name in preserved where files[name] == nil {
                let old = output.appendingPathComponent(name)
                if manager.fileExists(atPath: old.path) {
                    try manager.copyItem(at: old, to: staging.appendingPathComponent(name))
                }
            }
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
            }
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: output)
            }
            throw UsageError("cannot write the site to \(output.path): \(error.localizedDescription)")
        }
    }
}
