import Foundation

/// Runs C calls under the C numeric locale on this thread only.
///
/// Debian's libxlsxwriter formats numbers with `printf`; under a Russian
/// `LC_NUMERIC` it writes `123,45` and widths like `21,28`, and the file is
/// corrupt. `uselocale` changes the locale of the calling thread alone, so
/// the rest of the process keeps its own.
enum NumericLocale {
  static func withCLocale<T>(_ body: () throws(XLSXError) -> T) throws(XLSXError) -> T {
    guard let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil) else { return try body() }
    let previous = uselocale(cLocale)
    defer {
      uselocale(previous)
      freelocale(cLocale)
    }
    return try body()
  }
}
