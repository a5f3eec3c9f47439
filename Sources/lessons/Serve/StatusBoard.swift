import LessonKit
import Synchronization

/// The latest build's status: written by the build loop, read by the server for every request.
final class StatusBoard: Sendable {
    private let status = Mutex(PreviewStatus())

    /// The status as it is now.
    var current: PreviewStatus { status.withLock { $0 } }

    /// Records a finished build that failed with `error` or, when it is nil, succeeded.
    func record(error: String?) {
        status.withLock { $0 = $0.next(error: error) }
    }
}
