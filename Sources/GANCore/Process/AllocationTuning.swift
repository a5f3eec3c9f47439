#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed tensor memory in the process.
///
/// A training step allocates and frees many buffers of 128 KiB (a batch of 256 rows of 128 Floats).
/// By default glibc maps blocks that large straight from the kernel and hands freed memory back, so every
/// step paid page faults to map and zero the same memory again. Raising glibc's two thresholds lets such
/// buffers be reused from the heap. Other C libraries are left alone. Only ``ComputeSettings/apply()``
/// calls this.
enum AllocationTuning {
    /// Raises glibc's mmap and trim thresholds for the rest of the process.
    static func keepFreedMemory() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which Swift's Glibc module leaves out: look it up instead.
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }  // nil: RTLD_DEFAULT, every loaded library
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 128 << 20)
        #endif
    }
}
