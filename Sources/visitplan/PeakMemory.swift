import Foundation

/// The process's peak resident memory so far, for `check --timings`.
enum PeakMemory {
  static var megabytes: Int {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
    // Linux reports kilobytes.
    return Int(usage.ru_maxrss) / 1024
  }
}
