import Foundation

/// Which CPU this machine has, as far as compiled code cares.
///
/// The runtime libraries are compiled with `-target-cpu native`, so a copy built on one kind of CPU may not
/// run on another; their folder name includes this digest. Lesson results do not depend on it.
enum HostCPU {
    /// A short digest of the processor's model and feature flags (Linux), or of the architecture elsewhere.
    static let identity: String = {
        var description = ""
        #if arch(x86_64)
        description = "x86_64"
        #elseif arch(arm64)
        description = "arm64"
        #endif
        if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) {
            // The first processor's lines that describe what it can execute.
            let wanted = ["model name", "flags", "Features", "CPU part"]
            let firstProcessor = cpuinfo.components(separatedBy: "\n\n").first ?? ""
            for line in firstProcessor.split(separator: "\n") where wanted.contains(where: { line.hasPrefix($0) }) {
                description += "\n" + line
            }
        }
        return String(SHA256.hex(description).prefix(12))
    }()
}
