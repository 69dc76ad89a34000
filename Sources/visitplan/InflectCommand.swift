public import ArgumentParser
public import VisitCore
import VisitDiagnostics
public import VisitLanguage

/// `visitplan inflect`: the form the templates would use, for template
/// authors and for proof-reading names.
struct InflectCommand: ParsableCommand, LocalizedCommand {
  var messages: Language { language.language }

  static let configuration = CommandConfiguration(
    commandName: "inflect",
    abstract: "Print a Russian name, title or place in a grammatical case, as templates would.",
    discussion: """
      Examples:
        visitplan inflect "Жевлаков Сергей" --case instrumental        → Жевлаковым Сергеем
        visitplan inflect "глава города Липецка" --kind position --case dat
        visitplan inflect Стаханов --kind place --case ins            → Стахановом
      Without --case, all six forms are printed. TEXT "-" reads one text per line \
      from standard input and prints one form per line. What the rules could only \
      guess is said on standard error.
      """)

  @Argument(
    help: "The text in the nominative, e.g. \"Жевлаков Сергей\"; - to read lines from stdin.")
  var text: String

  @Option(
    name: .customLong("case"),
    help:
      "nominative|genitive|dative|accusative|instrumental|prepositional (or nom, gen, dat, acc, ins, prep).",
    transform: { name in
      guard let grammaticalCase = GrammaticalCase(name: name) else {
        throw ValidationError(
          "unknown case \"\(name)\"; use nominative, genitive, dative, accusative, instrumental or prepositional"
        )
      }
      return grammaticalCase
    })
  var grammaticalCase: GrammaticalCase?

  @Option(help: "male or female (people only; inferred from the name when it can be).")
  var gender: Gender?

  @Option(help: "person (default), position, organization or place.")
  var kind: InflectionKind = .person

  @Option(
    help:
      "singular or plural, for a position or organization whose words do not say (\"лица\"); by default read from the words."
  )
  var number: GrammaticalNumber?

  @OptionGroup var language: LanguageOption

  func run() throws {
    if text == "-" {
      var output = ""
      while let line = readLine() {
        let result = RussianInflector.inflect(
          line, as: kind, to: grammaticalCase ?? .nominative, gender: gender, number: number)
        output += result.text + "\n"
      }
      try Output.standardOutput(output)
      return
    }
    var notes: [InflectionNote] = []
    if let grammaticalCase {
      let result = RussianInflector.inflect(
        text, as: kind, to: grammaticalCase, gender: gender, number: number)
      try Output.standardOutput(result.text + "\n")
      notes = result.notes
    } else {
      var output = ""
      for grammaticalCase in GrammaticalCase.allCases {
        let result = RussianInflector.inflect(
          text, as: kind, to: grammaticalCase, gender: gender, number: number)
        output += "\(grammaticalCase.rawValue): \(result.text)\n"
        notes += result.notes.filter { !notes.contains($0) }
      }
      try Output.standardOutput(output)
    }
    let prefix = Severity.note.name.text(in: language.language)
    for note in notes {
      Output.standardError("visitplan: \(prefix): \(note.message(in: language.language))\n")
    }
  }
}

extension Gender: ExpressibleByArgument {}
extension InflectionKind: ExpressibleByArgument {}
extension GrammaticalNumber: ExpressibleByArgument {}
