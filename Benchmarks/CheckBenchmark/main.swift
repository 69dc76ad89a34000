// Loads a visit file once and checks it several times, printing the best
// time of each phase: the figures behind Benchmarks/bench_check.sh.
//
//     swift run -c release check-benchmark FILE [RUNS]
import Foundation
import VisitCheck
import VisitCore
import VisitDiagnostics
import VisitLoader

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: check-benchmark FILE [RUNS]\n".utf8))
  exit(2)
}
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 5) : 5
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
  let (whole, fraction) = duration.components
  return Double(whole) + Double(fraction) / 1e18
}

var bestLoad = Double.infinity
var loaded: LoadedVisit?
for _ in 0..<min(3, runs) {
  let start = clock.now
  loaded = try VisitLoader.load(contentsOf: arguments[1])
  bestLoad = min(bestLoad, seconds(clock.now - start))
}
guard let loaded else { exit(2) }

var bestCheck = Double.infinity
var bestSteps: [String: Double] = [:]
var count = 0
for _ in 0..<runs {
  var steps: [String: Double] = [:]
  let start = clock.now
  count = Checker().check(loaded) { steps[$0] = seconds($1) }.count
  bestCheck = min(bestCheck, seconds(clock.now - start))
  for (step, time) in steps { bestSteps[step] = min(bestSteps[step] ?? .infinity, time) }
}
print(
  String(
    format: "events %d  load %.3f s  check %.3f s  diagnostics %d",
    loaded.visit.events.count, bestLoad, bestCheck, count))
for (step, time) in bestSteps.sorted(by: { $0.value > $1.value }).prefix(10) {
  print(String(format: "  %-20@ %.4f s", step as NSString, time))
}
