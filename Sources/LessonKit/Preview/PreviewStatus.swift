import Foundation

/// What the live-reload script in a previewed page polls: how many builds have finished, and why
/// the last one failed (nil when it succeeded).
public struct PreviewStatus: Codable, Equatable, Sendable {
    /// Counts finished builds, failed ones included; a page reloads when it changes.
    public var build: Int
    /// The last build's errors, one per line, or nil.
    public var error: String?

    /// A status; the default is the one before the first build has finished.
    public init(build: Int = 0, error: String? = nil) {
        self.build = build
        self.error = error
    }

    /// The status after one more build, which failed with `error` or, when it is nil, succeeded.
    public func next(error: String?) -> PreviewStatus {
        PreviewStatus(build: build + 1, error: error)
    }

    /// The JSON served at ``LiveReload/statusPath``, e.g. `{"build":2,"error":null}`.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A two-field struct always encodes.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Encodes `error` as null rather than leaving it out, so that the script can test for null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(build, forKey: .build)
        try container.encode(error, forKey: .error)
    }
}
