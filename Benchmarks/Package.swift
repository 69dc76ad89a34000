// swift-tools-version:6.1
// The benchmark executables, kept out of the product's package so that
// `swift build` at the top builds only visitplan. `make bench` builds these
// (release) through Benchmarks/bench_*.sh.
import PackageDescription

let package = Package(
  name: "visitplan-benchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "visitplan", path: "..")],
  targets: [
    // Runs the checker repeatedly on one file and prints each phase's time.
    .executableTarget(
      name: "check-benchmark",
      dependencies: [.product(name: "VisitBenchmarkSupport", package: "visitplan")],
      path: "CheckBenchmark"
    ),
    // Builds the workbook of a visit, times its phases, dumps its cell plan.
    .executableTarget(
      name: "export-benchmark",
      dependencies: [.product(name: "VisitBenchmarkSupport", package: "visitplan")],
      path: "ExportBenchmark"
    ),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets {
  target.swiftSettings = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
  ]
}
