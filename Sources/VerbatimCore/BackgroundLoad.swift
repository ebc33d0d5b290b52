import Foundation

/// Runs a lexicon load on a thread of its own at once; `value()` waits for it and rethrows its error.
/// Start-up reads several independent files: on two cores they load side by side. A thread, not a
/// Dispatch queue: loads wait on one another, and a blocked Dispatch worker can stall the pool for
/// a second before it grows.
public final class BackgroundLoad<Value>: @unchecked Sendable {
    // Written once by the loading thread before `done` is signalled, read only after waiting on it.
    private var result: Result<Value, LexiconError>?
    private let done = DispatchSemaphore(value: 0)

    public init(_ load: @escaping @Sendable () throws(LexiconError) -> Value) {
        Thread.detachNewThread { [self] in
            do throws(LexiconError) {
                result = .success(try load())
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    public func value() throws(LexiconError) -> Value {
        done.wait()
        return try result!.get()
    }
}
