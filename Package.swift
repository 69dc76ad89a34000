// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "visitplan",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "visitplan", targets: ["visitplan"]),
    // For the benchmark executables in Benchmarks/Package.swift only, which
    // time the modules' phases one by one.
    .library(
      name: "VisitBenchmarkSupport",
      targets: [
        "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitCheck", "VisitWorkbook", "VisitXLSX",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/stencilproject/Stencil", from: "0.15.1"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    // Tests only: random visits for the property test of every command.
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // The domain model: pure values, no I/O, no dependencies.
    .target(name: "VisitCore"),
    // Diagnostics as values, the rule catalogue, and the printers.
    .target(name: "VisitDiagnostics", dependencies: ["VisitCore"]),
    // libyaml from Debian's libyaml-dev: the parser's event stream.
    .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    // YAML → model with source positions; the only module that imports CYAML.
    .target(
      name: "VisitLoader", dependencies: ["VisitCore", "VisitDiagnostics", "VisitFiles", "CYAML"]),
    // Russian declension, dates, lists and wrapping for documents; no dependencies.
    .target(name: "VisitLanguage", dependencies: ["VisitCore"]),
    // The check rules, one per file.
    .target(
      name: "VisitCheck",
      dependencies: ["VisitCore", "VisitDiagnostics", "VisitLanguage"]),
    // Z3 from Debian's libz3-dev: the planner's exact solver for small visits.
    .systemLibrary(name: "CZ3", pkgConfig: "z3", providers: [.apt(["libz3-dev"])]),
    // The planner: places untimed events, repairs, explains what cannot fit;
    // the only module that imports CZ3.
    .target(
      name: "VisitPlan", dependencies: ["VisitCore", "VisitDiagnostics", "VisitLanguage", "CZ3"]),
    // libxlsxwriter from Debian's libxlsxwriter-dev; used by the workbook module (next issues).
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // The XLSX writer: pure-value workbooks, and the one caller of libxlsxwriter.
    .target(name: "VisitXLSX", dependencies: ["CXlsxWriter"]),
    // The officials' workbook, built from the visit.
    .target(
      name: "VisitWorkbook",
      dependencies: ["VisitCore", "VisitDiagnostics", "VisitLanguage", "VisitXLSX"]
    ),
    // Plain-text reports from templates; the only module that imports Stencil.
    .target(
      name: "VisitReports",
      dependencies: [
        "VisitCore", "VisitDiagnostics", "VisitLanguage", "VisitFiles",
        .product(name: "Stencil", package: "Stencil"),
      ],
      plugins: ["EmbedTemplates"]
    ),
    // The visit as one self-contained HTML page (timeline, findings, agenda);
    // the only module that imports Plot.
    .target(
      name: "VisitPage",
      dependencies: [
        "VisitCore", "VisitDiagnostics", "VisitLanguage",
        .product(name: "Plot", package: "Plot"),
      ]
    ),
    // iCalendar (RFC 5545) files of a visit, a person's or a site's events.
    .target(
      name: "VisitCalendar", dependencies: ["VisitCore", "VisitDiagnostics", "VisitLanguage"]),
    // The live preview server; the only module that imports Hummingbird. It
    // serves what the command line renders and knows nothing of visits.
    .target(
      name: "VisitServe",
      dependencies: [
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]
    ),
    // Embeds Templates/ into VisitReports at build time.
    .executableTarget(name: "embed-templates"),
    .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
    // Files users name: read with read(2), written whole or not at all, FIFOs
    // and devices never replaced.
    .target(name: "VisitFiles"),
    // The thin command line.
    .executableTarget(
      name: "visitplan",
      dependencies: [
        "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitCheck", "VisitWorkbook",
        "VisitLanguage", "VisitReports", "VisitFiles", "VisitPlan", "VisitPage", "VisitCalendar",
        "VisitServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The fuzz target: bytes through load, check, workbook and report. Built
    // with -DFUZZING and the fuzzer sanitizer it is a libFuzzer binary
    // (`make fuzz`); built plainly it replays the files it is given.
    .executableTarget(
      name: "visitplan-fuzz",
      dependencies: [
        "VisitCore", "VisitLoader", "VisitCheck", "VisitDiagnostics", "VisitFiles",
        "VisitWorkbook", "VisitXLSX", "VisitReports", "VisitPlan", "VisitPage", "VisitCalendar",
      ],
      path: "Fuzz/Target"
    ),
    // Helpers shared by the tests: fixtures, golden files, running the binary.
    .target(name: "VisitTestSupport", path: "Tests/VisitTestSupport"),
    .testTarget(name: "VisitCoreTests", dependencies: ["VisitCore", "VisitTestSupport"]),
    .testTarget(
      name: "VisitLanguageTests", dependencies: ["VisitLanguage", "VisitCore", "VisitTestSupport"]),
    .testTarget(
      name: "VisitDiagnosticsTests",
      dependencies: ["VisitDiagnostics", "VisitCore", "VisitTestSupport"]
    ),
    .testTarget(
      name: "VisitLoaderTests",
      dependencies: ["VisitLoader", "VisitCore", "VisitDiagnostics", "VisitTestSupport"]
    ),
    .testTarget(
      name: "VisitCheckTests",
      dependencies: [
        "VisitCheck", "VisitLoader", "VisitCore", "VisitDiagnostics", "VisitTestSupport",
      ]
    ),
    .testTarget(
      name: "CXlsxWriterTests",
      dependencies: ["CXlsxWriter"]
    ),
    .testTarget(name: "VisitXLSXTests", dependencies: ["VisitXLSX", "VisitTestSupport"]),
    .testTarget(name: "VisitFilesTests", dependencies: ["VisitFiles", "VisitTestSupport"]),
    .testTarget(
      name: "VisitWorkbookTests",
      dependencies: [
        "VisitWorkbook", "VisitXLSX", "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitCheck",
        "VisitTestSupport",
      ]
    ),
    .testTarget(
      name: "VisitReportsTests",
      dependencies: [
        "VisitReports", "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitTestSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "PropertyTests",
      dependencies: [
        "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitCheck", "VisitWorkbook", "VisitXLSX",
        "VisitReports", "VisitTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "VisitPlanTests",
      dependencies: [
        "VisitPlan", "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitCheck",
        "VisitTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "VisitPageTests",
      dependencies: [
        "VisitPage", "VisitCore", "VisitDiagnostics", "VisitLanguage", "VisitLoader", "VisitCheck",
        "VisitTestSupport",
      ]
    ),
    .testTarget(
      name: "VisitCalendarTests",
      dependencies: [
        "VisitCalendar", "VisitCore", "VisitDiagnostics", "VisitLoader", "VisitTestSupport",
      ]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["visitplan", "VisitTestSupport"],
      exclude: ["Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system && target.type != .plugin {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"),
      .enableUpcomingFeature("InternalImportsByDefault"),
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
